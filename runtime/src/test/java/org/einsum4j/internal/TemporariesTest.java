/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.einsum4j.DoubleTensor;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;

class TemporariesTest {

  @Test
  void aStepReusesItsArrayAndGrowsIt() {
    FloatTensor a = Temporaries.floats(0, new int[] {4, 5});
    FloatTensor b = Temporaries.floats(0, new int[] {5, 4});
    assertSame(a.array(), b.array());
    assertArrayEquals(new int[] {5, 4}, b.shape());
    assertArrayEquals(new int[] {4, 1}, b.layout().strides());
    FloatTensor c = Temporaries.floats(0, new int[] {8, 8});
    assertTrue(c.array().length >= 64);
    assertSame(c.array(), Temporaries.floats(0, new int[] {2, 3}).array());
    assertNotSame(c.array(), Temporaries.floats(1, new int[] {8, 8}).array(), "steps have their own arrays");
    DoubleTensor d = Temporaries.doubles(0, new int[] {8, 8});
    assertSame(d.array(), Temporaries.doubles(0, new int[] {8, 8}).array());
  }

  @Test
  void whatAThreadKeepsIsCapped() {
    int over = (int) (Temporaries.KEPT_BYTES / Float.BYTES) + 16;
    FloatTensor big = Temporaries.floats(3, new int[] {over});
    assertNotSame(big.array(), Temporaries.floats(3, new int[] {over}).array(), "too large to keep");
    assertTrue(Temporaries.keptBytes() <= Temporaries.KEPT_BYTES);
    // filling the cap with other steps, then asking for more, allocates without keeping
    int quarter = (int) (Temporaries.KEPT_BYTES / Float.BYTES / 4);
    for (int s = 4; s < 12; s++) {
      Temporaries.floats(s, new int[] {quarter});
    }
    assertTrue(Temporaries.keptBytes() <= Temporaries.KEPT_BYTES);
    assertEquals(0, Temporaries.floats(2, new int[] {0, 3}).array().length, "an empty temporary");
  }

  @Test
  void threadsKeepTheirOwn() throws InterruptedException {
    float[] mine = Temporaries.floats(0, new int[] {16}).array();
    AtomicReference<float[]> theirs = new AtomicReference<>();
    Thread t = new Thread(() -> theirs.set(Temporaries.floats(0, new int[] {16}).array()));
    t.start();
    t.join();
    assertNotSame(mine, theirs.get());
  }
}
