/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the elementwise operations, nested arrays, random tensors and slicing views of {@link FloatTensor}
 * against values NumPy computed in float64 ({@code src/test/resources/org/einsum4j/npy/make_fixtures.py}
 * wrote them; the tests do not run Python) and against the reference interpreter. {@code DoubleTensorOpsTest}
 * is generated from this file by {@code org.einsum4j.internal.twins.Twins}.
 */
class FloatTensorOpsTest {
  /** Relative and absolute tolerance against NumPy's float64 results. */
  private static final double TOL = 2e-6;

  private static FloatTensor fixture(String name) {
    try (InputStream in = FloatTensorOpsTest.class.getResourceAsStream("npy/" + name)) {
      assertNotEquals(null, in, name);
      return Npy.readFloat(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertClose(FloatTensor expected, FloatTensor actual) {
    assertArrayEquals(expected.shape(), actual.shape());
    float[] e = expected.toArray();
    float[] a = actual.toArray();
    for (int i = 0; i < e.length; i++) {
      assertTrue(Math.abs(e[i] - a[i]) <= TOL + TOL * Math.abs(e[i]),
          "element " + i + ": expected " + e[i] + " but was " + a[i]);
    }
  }

  // ---- softmax, log-softmax, exp, against NumPy ----

  @Test
  void softmaxMatchesNumpyOnEveryAxis() {
    FloatTensor x = fixture("x_f4_c.npy");
    for (int axis = 0; axis < 3; axis++) {
      assertClose(fixture("softmax_axis" + axis + ".npy"), x.softmax(axis));
      assertClose(fixture("log_softmax_axis" + axis + ".npy"), x.logSoftmax(axis));
    }
  }

  @Test
  void softmaxOfAStridedViewMatchesItsCopy() {
    FloatTensor x = fixture("x_f4_c.npy").permute(2, 0, 1);
    assertClose(x.contiguous().softmax(2), x.softmax(2));
    assertClose(fixture("softmax_axis1.npy").permute(2, 0, 1), x.softmax(2));
  }

  @Test
  void softmaxIsStableForLargeScores() {
    FloatTensor big = fixture("big.npy");
    FloatTensor p = big.softmax(1);
    assertClose(fixture("softmax_big.npy"), p);
    assertClose(fixture("log_softmax_big.npy"), big.logSoftmax(1));
    for (float v : p.toArray()) {
      assertTrue(Float.isFinite(v));
    }
  }

  @Test
  void softmaxRowsSumToOneAndLogSoftmaxIsItsLog() {
    FloatTensor x = FloatTensor.randn(3, 5, 7);
    FloatTensor p = x.softmax(1);
    FloatTensor sums = Einsums.evaluate("ij->i", p);
    for (float s : sums.toArray()) {
      assertEquals(1, s, 1e-6);
    }
    assertClose(p, x.logSoftmax(1).exp());
  }

  @Test
  void softmaxChecksTheAxisAndKeepsEmptyShapes() {
    FloatTensor x = FloatTensor.zeros(2, 3);
    String m = assertThrows(EinsumShapeException.class, () -> x.softmax(2)).getMessage();
    assertEquals("softmax: axis 2 is out of range for shape [2, 3] (valid axes are 0..1)", m);
    assertThrows(EinsumShapeException.class, () -> FloatTensor.scalar(1).logSoftmax(0));
    assertArrayEquals(new int[] {0, 3}, FloatTensor.zeros(0, 3).softmax(1).shape());
    assertTrue(Float.isNaN(FloatTensor.of(new float[] {1, Float.NaN}, 2).softmax(0).get(0)));
  }

  @Test
  void expMatchesNumpy() {
    assertClose(fixture("exp_x.npy"), fixture("x_f4_c.npy").exp());
  }

  // ---- add, sub, mul with broadcasting; scale ----

  @Test
  void broadcastingMatchesNumpy() {
    FloatTensor x = fixture("x_f4_c.npy");
    FloatTensor y = fixture("y.npy");
    FloatTensor z = fixture("z.npy");
    assertClose(fixture("x_plus_y.npy"), x.add(y));
    assertClose(fixture("x_plus_y.npy"), y.add(x));
    assertClose(fixture("x_minus_z.npy"), x.sub(z));
    assertClose(fixture("y_times_z.npy"), y.mul(z));
  }

  @Test
  void elementwiseOpsAgreeWithTheInterpreterOnStridedViews() {
    Random random = new Random(5);
    FloatTensor a = FloatTensor.randn(random, 4, 6).transpose(0, 1);   // [6, 4], strides [1, 6]
    FloatTensor b = FloatTensor.randn(random, 6, 8).narrow(1, 2, 4);   // [6, 4], strides [8, 1]
    FloatTensor product = a.mul(b);
    assertClose(Einsums.evaluate("ij,ij->ij", a, b), product);
    FloatTensor row = FloatTensor.randn(random, 4);
    FloatTensor ones = FloatTensor.zeros(6).add(FloatTensor.scalar(1));
    // a + row = a + outer(ones, row)
    assertClose(Einsums.evaluate("ij->ij", a).add(Einsums.evaluate("i,j->ij", ones, row)), a.add(row));
    assertClose(a.add(b.scale(-1)), a.sub(b));
    assertArrayEquals(new float[] {2, 4, 6}, FloatTensor.of(new float[] {1, 2, 3}, 3).scale(2).toArray());
  }

  @Test
  void broadcastingRefusesMismatchedAxes() {
    FloatTensor a = FloatTensor.zeros(2, 3);
    String m = assertThrows(EinsumShapeException.class, () -> a.add(FloatTensor.zeros(2))).getMessage();
    assertEquals("add: shapes [2, 3] and [2] do not broadcast: axis 1 of the broadcast shape is 3 in this "
        + "tensor and 2 in the other (aligned at the last axis; sizes must be equal or 1)", m);
    assertArrayEquals(new int[] {2, 0}, a.narrow(1, 0, 0).mul(FloatTensor.zeros(1)).shape());
    assertEquals(6, FloatTensor.scalar(2).mul(FloatTensor.scalar(3)).get());
  }

  // ---- nested arrays ----

  @Test
  void nestedArraysRoundTrip() {
    float[][] m = {{1, 2, 3}, {4, 5, 6}};
    FloatTensor t = FloatTensor.of(m);
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertEquals(6, t.get(1, 2));
    assertArrayEquals(m, t.toArray2D());
    assertArrayEquals(new float[][] {{1, 4}, {2, 5}, {3, 6}}, t.transpose(0, 1).toArray2D());
    float[][][] c = {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}, {{9, 10}, {11, 12}}};
    FloatTensor t3 = FloatTensor.of(c);
    assertArrayEquals(new int[] {3, 2, 2}, t3.shape());
    assertEquals(7, t3.get(1, 1, 0));
    assertArrayEquals(c, t3.toArray3D());
    float[][][][] d = {c, c};
    FloatTensor t4 = FloatTensor.of(d);
    assertArrayEquals(new int[] {2, 3, 2, 2}, t4.shape());
    assertEquals(12, t4.get(1, 2, 1, 1));
    assertArrayEquals(d, t4.toArray4D());
  }

  @Test
  void raggedAndWrongRankArraysAreRefused() {
    String m = assertThrows(EinsumShapeException.class,
        () -> FloatTensor.of(new float[][] {{1, 2}, {3}})).getMessage();
    assertEquals("ragged array: rows[1] has length 1 but rows[0] has length 2; every sub-array of one level "
        + "must have the same length", m);
    String m3 = assertThrows(EinsumShapeException.class,
        () -> FloatTensor.of(new float[][][] {{{1}, {2}}, {{3}}})).getMessage();
    assertTrue(m3.startsWith("ragged array: values[1] has length 1 but values[0] has length 2"), m3);
    String r = assertThrows(EinsumShapeException.class, () -> FloatTensor.zeros(2).toArray2D()).getMessage();
    assertEquals("toArray2D needs a tensor of rank 2, but this one has shape [2] (rank 1)", r);
    assertArrayEquals(new int[] {0, 0}, FloatTensor.of(new float[0][]).shape());
  }

  // ---- random tensors ----

  @Test
  void randnIsSeededAndStandardNormal() {
    FloatTensor a = FloatTensor.randn(42, 100, 100);
    assertArrayEquals(a.toArray(), FloatTensor.randn(42, 100, 100).toArray());
    assertFalse(java.util.Arrays.equals(a.toArray(), FloatTensor.randn(43, 100, 100).toArray()));
    double sum = 0;
    double squares = 0;
    for (float v : a.toArray()) {
      sum += v;
      squares += v * v;
    }
    assertEquals(0, sum / 10000, 0.05);
    assertEquals(1, squares / 10000, 0.05);
    Random r = new Random(42);
    assertEquals((float) r.nextGaussian(), FloatTensor.randn(42, 1).get(0));
  }

  @Test
  void randIsSeededAndUniform() {
    FloatTensor u = FloatTensor.rand(7, 10000);
    assertArrayEquals(u.toArray(), FloatTensor.rand(new Random(7), 10000).toArray());
    double sum = 0;
    for (float v : u.toArray()) {
      assertTrue(v >= 0 && v < 1);
      sum += v;
    }
    assertEquals(0.5, sum / 10000, 0.02);
  }

  // ---- select and narrow ----

  @Test
  void selectAndNarrowAreViews() {
    FloatTensor x = FloatTensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
    assertArrayEquals(new float[] {4, 5, 6}, x.select(0, 1).toArray());
    FloatTensor column = x.select(1, 0);
    assertArrayEquals(new float[] {1, 4}, column.toArray());
    assertArrayEquals(new int[] {3}, column.strides());
    assertSame(x.array(), column.array());
    FloatTensor right = x.narrow(1, 1, 2);
    assertArrayEquals(new int[] {2, 2}, right.shape());
    assertArrayEquals(new float[] {2, 3, 5, 6}, right.toArray());
    right.fill(0);
    assertArrayEquals(new float[] {1, 0, 0, 4, 0, 0}, x.toArray());
    assertEquals(4, x.select(0, 1).select(0, 0).get());
    assertArrayEquals(new int[] {2, 0}, x.narrow(1, 3, 0).shape());
  }

  @Test
  void selectAndNarrowCheckTheirRanges() {
    FloatTensor x = FloatTensor.zeros(2, 3);
    assertEquals("select: index 3 is out of range for axis 1 of shape [2, 3] (valid indices are 0..2)",
        assertThrows(EinsumShapeException.class, () -> x.select(1, 3)).getMessage());
    assertEquals("narrow: indices 2..4 (start 2, length 2) do not lie within axis 1 of shape [2, 3] (size 3)",
        assertThrows(EinsumShapeException.class, () -> x.narrow(1, 2, 2)).getMessage());
    assertThrows(EinsumShapeException.class, () -> x.select(2, 0));
  }
}
