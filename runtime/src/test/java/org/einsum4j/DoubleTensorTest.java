/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.einsum4j.internal.layout.Layout;
import org.junit.jupiter.api.Test;

/** DoubleTensor shares all its view logic with FloatTensor through Layout; this checks the double API. */
class DoubleTensorTest {

  private static DoubleTensor arange(int... shape) {
    DoubleTensor t = DoubleTensor.zeros(shape);
    double[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    return t;
  }

  private static String message(Runnable r) {
    return assertThrows(EinsumShapeException.class, r::run).getMessage();
  }

  @Test
  void ofWrapsWithoutCopying() {
    double[] data = {1, 2, 3, 4, 5, 6};
    DoubleTensor t = DoubleTensor.of(data, 2, 3);
    assertSame(data, t.array());
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertArrayEquals(new int[] {3, 1}, t.strides());
    assertEquals(2, t.rank());
    assertEquals(6, t.size());
    assertEquals(3, t.size(1));
    assertEquals(3, t.stride(0));
    assertEquals(0, t.offset());
    assertEquals(Layout.contiguous(2, 3), t.layout());
    assertEquals(6.0, t.get(1, 2));
    t.set(0.25, 1, 2);
    assertEquals(0.25, data[5]);
    assertEquals(
        "data has 5 elements but shape [2, 3] needs 6",
        message(() -> DoubleTensor.of(new double[5], 2, 3)));
    String big = message(() -> DoubleTensor.zeros(100000, 100000, 1000));
    assertTrue(big.contains("more than 2147483647 elements"), big);
  }

  @Test
  void scalarsAndEmpty() {
    DoubleTensor s = DoubleTensor.scalar(1.5);
    assertEquals(0, s.rank());
    assertEquals(1.5, s.get());
    assertEquals("DoubleTensor[]\n1.5", s.toString());
    assertEquals(2.0, DoubleTensor.of(new double[] {2}).get());
    DoubleTensor e = DoubleTensor.zeros(0, 3);
    assertEquals(0, e.toArray().length);
    assertArrayEquals(new int[] {0, 3}, e.shape());
    assertEquals("DoubleTensor[0, 3]\n[]", e.toString());
  }

  @Test
  void ofStridedAndIndexChecks() {
    double[] a = new double[12];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    DoubleTensor every2nd = DoubleTensor.ofStrided(a, 1, new int[] {2, 3}, new int[] {6, 2});
    assertArrayEquals(new double[] {1, 3, 5, 7, 9, 11}, every2nd.toArray());
    message(() -> DoubleTensor.ofStrided(a, 2, new int[] {2, 3}, new int[] {6, 2}));
    IndexOutOfBoundsException oob =
        assertThrows(IndexOutOfBoundsException.class, () -> every2nd.get(0, 3));
    assertTrue(oob.getMessage().contains("axis 1 with size 3"), oob.getMessage());
    message(() -> every2nd.get(0));
    assertSame(every2nd, every2nd.fill(-1));
    assertArrayEquals(new double[] {0, -1, 2, -1, 4, -1, 6, -1, 8, -1, 10, -1}, a);
  }

  @Test
  void views() {
    DoubleTensor x = arange(2, 3, 4);
    DoubleTensor p = x.permute(1, 2, 0);
    assertArrayEquals(new int[] {3, 4, 2}, p.shape());
    assertEquals(x.get(1, 2, 3), p.get(2, 3, 1));
    assertArrayEquals(new double[] {0, 12, 1, 13, 2, 14, 3, 15}, java.util.Arrays.copyOf(p.toArray(), 8));
    assertArrayEquals(new int[] {3, 2, 4}, x.transpose(0, 1).shape());
    assertArrayEquals(new int[] {2, 1, 3, 4}, x.unsqueeze(1).shape());
    assertArrayEquals(new int[] {2, 3, 4}, x.unsqueeze(1).squeeze(1).shape());
    message(() -> x.squeeze(0));
    message(() -> x.permute(0, 0, 1));

    DoubleTensor v = DoubleTensor.of(new double[] {1, 2}, 2, 1).expand(2, 3);
    assertArrayEquals(new int[] {1, 0}, v.strides());
    v.set(5, 1, 2);
    assertArrayEquals(new double[] {1, 1, 1, 5, 5, 5}, v.toArray());
    message(() -> v.expand(3, 3));
  }

  @Test
  void reshapeAndTheSeedTrap() {
    DoubleTensor x = arange(2, 3, 4);
    DoubleTensor r = x.reshape(3, 2, 4);
    DoubleTensor t = x.transpose(0, 1);
    assertSame(x.array(), r.array());
    assertNotEquals(r.get(0, 1, 0), t.get(0, 1, 0));
    String m = message(() -> t.reshape(6, 4));
    assertTrue(m.contains("contiguous()") && m.contains("transpose"), m);
    assertEquals(12.0, t.contiguous().reshape(6, 4).get(1, 0));
    assertArrayEquals(new int[] {4, 6}, x.reshape(-1, 6).shape());
    // a view of an expanded row splits without copying
    DoubleTensor row = DoubleTensor.of(new double[] {1, 2, 3, 4}, 4).expand(3, 4).reshape(3, 2, 2);
    assertEquals(3.0, row.get(2, 1, 0));
  }

  @Test
  void contiguousCopyAndIsContiguous() {
    DoubleTensor x = arange(2, 3);
    assertTrue(x.isContiguous());
    assertSame(x, x.contiguous());
    DoubleTensor xt = x.transpose(0, 1);
    assertFalse(xt.isContiguous());
    DoubleTensor c = xt.contiguous();
    assertNotSame(x.array(), c.array());
    assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, c.array());
    DoubleTensor copy = x.copy();
    assertNotSame(x.array(), copy.array());
    assertArrayEquals(x.toArray(), copy.toArray());
  }

  @Test
  void allCloseAndToFloat() {
    DoubleTensor a = DoubleTensor.of(new double[] {1, 1e-9}, 2);
    assertTrue(a.allClose(DoubleTensor.of(new double[] {1 + 1e-9, 0}, 2), 1e-8, 1e-8));
    assertFalse(a.allClose(DoubleTensor.of(new double[] {1.001, 0}, 2), 1e-8, 1e-8));
    assertFalse(a.allClose(DoubleTensor.of(new double[] {1, 1e-9}, 1, 2), 1, 1));
    DoubleTensor nan = DoubleTensor.scalar(Double.NaN);
    assertFalse(nan.allClose(nan, 1, 1));
    DoubleTensor inf = DoubleTensor.scalar(Double.POSITIVE_INFINITY);
    assertTrue(inf.allClose(inf, 0, 0));
    assertFalse(inf.allClose(DoubleTensor.scalar(1e308), 1, 1));

    FloatTensor f = DoubleTensor.of(new double[] {0.1, 2, 1e300, 4}, 2, 2).transpose(0, 1).toFloat();
    assertArrayEquals(new int[] {2, 2}, f.shape());
    assertArrayEquals(new float[] {0.1f, Float.POSITIVE_INFINITY, 2, 4}, f.toArray());
  }

  @Test
  void toStringLikeNumPy() {
    assertEquals(
        "DoubleTensor[2, 3]\n[[0.0, 1.0, 2.0],\n [3.0, 4.0, 5.0]]", arange(2, 3).toString());
    assertEquals(
        "DoubleTensor[1, 2, 1]\n[[[0.0],\n  [1.0]]]", arange(1, 2, 1).toString());
    assertEquals(
        "DoubleTensor[1001]\n[0.0, 1.0, 2.0, ..., 998.0, 999.0, 1000.0]", arange(1001).toString());
    // When summarizing, an axis of 7 is elided (3 + ... + 3) but an axis of 6 is printed in full.
    String[] seven = arange(7, 150).toString().split("\n");
    assertEquals(8, seven.length);
    assertEquals(" ...,", seven[4]);
    assertEquals(" [900.0, 901.0, 902.0, ..., 1047.0, 1048.0, 1049.0]]", seven[7]);
    String[] six = arange(6, 200).toString().split("\n");
    assertEquals(7, six.length);
    assertEquals(" [600.0, 601.0, 602.0, ..., 797.0, 798.0, 799.0],", six[4]);
  }
}
