/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.Tuning;
import org.junit.jupiter.api.Test;

/**
 * The temporaries of pairwise paths are the calling thread's kept arrays: what an earlier call (of any method,
 * at any sizes) left in them never shows in a later result, also when a later step writes an empty sum.
 */
class TemporariesTest {
  private static final String SOURCE = String.join("\n",
      "package temps;",
      "import org.einsum4j.*;",
      "public interface Temps {",
      "  @Einsum(\"ab,bc,cd->ad\") FloatTensor chain(FloatTensor a, FloatTensor b, FloatTensor c);",
      "  @Einsum(\"ab,bc,cd->ad\") DoubleTensor chainD(DoubleTensor a, DoubleTensor b, DoubleTensor c);",
      "  @Einsum(\"ij,ij,jk->ik\") FloatTensor mixed(FloatTensor a, FloatTensor b, FloatTensor c);",
      "  @Einsum(\"ea,fb,abcd,gc,hd->efgh\") FloatTensor basis(FloatTensor a, FloatTensor b, FloatTensor t,",
      "      FloatTensor c, FloatTensor d);",
      "}", "");

  private static final Object TEMPS = Compiled.compile("temps.Temps", SOURCE).load("temps.Temps");

  private static Object call(String name, Object... args) {
    try {
      for (Method m : TEMPS.getClass().getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == args.length) {
          return m.invoke(TEMPS, args);
        }
      }
      throw new AssertionError("no method " + name);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertMatchesInterpreter(String spec, FloatTensor got, FloatTensor... in) {
    FloatTensor want = Einsums.evaluate(spec, in);
    assertArrayEquals(want.shape(), got.shape());
    float[] w = want.toArray();
    float[] g = got.toArray();
    for (int i = 0; i < w.length; i++) {
      assertEquals(w[i], g[i], 1e-4f * (1 + Math.abs(w[i])), spec + " element " + i);
    }
  }

  @Test
  void anEmptySumAfterAFullOneGivesZeros() {
    for (int path = 0; path < 2; path++) {
      Tuning.path = path;
      try {
        // fill the temporaries with nonzeros, then contract over an empty b: every step overwrites its temporary
        FloatTensor full = (FloatTensor) call("chain", FloatTensor.rand(1, 5, 3), FloatTensor.rand(2, 3, 4),
            FloatTensor.rand(3, 4, 6));
        assertEquals(5 * 6, full.toArray().length);
        FloatTensor[] in = {FloatTensor.rand(4, 5, 0), FloatTensor.rand(5, 0, 4), FloatTensor.rand(6, 4, 6)};
        FloatTensor empty = (FloatTensor) call("chain", (Object[]) in);
        assertMatchesInterpreter("ab,bc,cd->ad", empty, in);
        for (float v : empty.toArray()) {
          assertEquals(0f, v);
        }
      } finally {
        Tuning.path = -1;
      }
    }
  }

  @Test
  void callsOfOtherMethodsAndSizesLeaveNoTrace() {
    FloatTensor[] basis = {FloatTensor.rand(1, 6, 5), FloatTensor.rand(2, 7, 4), FloatTensor.rand(3, 5, 4, 3, 2),
        FloatTensor.rand(4, 3, 3), FloatTensor.rand(5, 4, 2)};
    for (int round = 0; round < 3; round++) {
      int n = 3 + 5 * round;
      FloatTensor[] chain = {FloatTensor.rand(10 + round, n, n + 1), FloatTensor.rand(20 + round, n + 1, n + 2),
          FloatTensor.rand(30 + round, n + 2, 2)};
      assertMatchesInterpreter("ab,bc,cd->ad", (FloatTensor) call("chain", (Object[]) chain), chain);
      assertMatchesInterpreter("ea,fb,abcd,gc,hd->efgh", (FloatTensor) call("basis", (Object[]) basis), basis);
      FloatTensor[] mixed = {FloatTensor.rand(40 + round, n, 4), FloatTensor.rand(50 + round, n, 4),
          FloatTensor.rand(60 + round, 4, n)};
      assertMatchesInterpreter("ij,ij,jk->ik", (FloatTensor) call("mixed", (Object[]) mixed), mixed);
    }
  }

  @Test
  void doublesAndFloatsKeepTheirOwnArrays() {
    DoubleTensor a = DoubleTensor.of(new double[] {1, 2, 3, 4}, 2, 2);
    FloatTensor f = FloatTensor.of(new float[] {1, 2, 3, 4}, 2, 2);
    DoubleTensor d1 = (DoubleTensor) call("chainD", a, a, a);
    FloatTensor f1 = (FloatTensor) call("chain", f, f, f);
    DoubleTensor d2 = (DoubleTensor) call("chainD", a, a, a);
    // A³ = [[37, 54], [81, 118]]
    assertArrayEquals(new double[] {37, 54, 81, 118}, d1.toArray());
    assertArrayEquals(new double[] {37, 54, 81, 118}, d2.toArray());
    assertArrayEquals(new float[] {37, 54, 81, 118}, f1.toArray());
  }

  @Test
  void threadsDoNotShareTemporaries() throws InterruptedException {
    FloatTensor[] big = {FloatTensor.rand(7, 64, 64), FloatTensor.rand(8, 64, 64), FloatTensor.rand(9, 64, 64)};
    FloatTensor want = Einsums.evaluate("ab,bc,cd->ad", big);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int seed = t;
      threads[t] = new Thread(() -> {
        try {
          for (int i = 0; i < 100; i++) {
            if ((i + seed) % 2 == 0) {
              FloatTensor got = (FloatTensor) call("chain", (Object[]) big);
              assertNotSame(want, got);
              float[] w = want.toArray();
              float[] g = got.toArray();
              for (int e = 0; e < w.length; e++) {
                assertEquals(w[e], g[e], 1e-4f * (1 + Math.abs(w[e])), "element " + e);
              }
            } else {
              FloatTensor[] small = {FloatTensor.rand(i, 3, 5), FloatTensor.rand(i + 1, 5, 2),
                  FloatTensor.rand(i + 2, 2, 4)};
              assertMatchesInterpreter("ab,bc,cd->ad", (FloatTensor) call("chain", (Object[]) small), small);
            }
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }
}
