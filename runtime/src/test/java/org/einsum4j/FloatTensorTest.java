/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.einsum4j.internal.layout.Layout;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link FloatTensor}. {@code DoubleTensorTest} is generated from this file by {@code
 * org.einsum4j.internal.twins.Twins}, so both tensors get the same tests (the first lines of each say which one
 * to edit; rewrite the twin with {@code -Dtwins.update=true}, see {@code TwinsTest}).
 */
class FloatTensorTest {

  /** A tensor of the given shape holding 0, 1, 2, ... in row-major order. */
  private static FloatTensor arange(int... shape) {
    FloatTensor t = FloatTensor.zeros(shape);
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    return t;
  }

  private static float[] floats(double... values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }

  private static String message(Runnable r) {
    return assertThrows(EinsumShapeException.class, r::run).getMessage();
  }

  // ---- construction and accessors ----

  @Test
  void ofWrapsWithoutCopying() {
    float[] data = floats(1, 2, 3, 4, 5, 6);
    FloatTensor t = FloatTensor.of(data, 2, 3);
    assertSame(data, t.array());
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertArrayEquals(new int[] {3, 1}, t.strides());
    assertEquals(2, t.rank());
    assertEquals(6, t.size());
    assertEquals(3, t.size(1));
    assertEquals(1, t.stride(1));
    assertEquals(0, t.offset());
    assertEquals(6f, t.get(1, 2));
    data[5] = 60;
    assertEquals(60f, t.get(1, 2));
    t.set(7, 0, 0);
    assertEquals(7f, data[0]);
    assertEquals(Layout.contiguous(2, 3), t.layout());
  }

  @Test
  void ofRefusesWrongLength() {
    String m = message(() -> FloatTensor.of(new float[5], 2, 3));
    assertEquals("data has 5 elements but shape [2, 3] needs 6", m);
    message(() -> FloatTensor.of(new float[0]));
    message(() -> FloatTensor.of(new float[2], 2, -1));
    assertThrows(NullPointerException.class, () -> FloatTensor.of(null, 1));
  }

  @Test
  void ofRefusesOverflow() {
    String m = message(() -> FloatTensor.zeros(100000, 100000, 1000));
    assertTrue(m.contains("shape [100000, 100000, 1000] has more than 2147483647 elements"), m);
  }

  @Test
  void shapeAndStridesAreCopies() {
    FloatTensor t = FloatTensor.zeros(2, 3);
    t.shape()[0] = 5;
    t.strides()[0] = 5;
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertArrayEquals(new int[] {3, 1}, t.strides());
  }

  @Test
  void scalarsAreZeroDimensional() {
    FloatTensor s = FloatTensor.scalar(1.5f);
    assertEquals(0, s.rank());
    assertEquals(1, s.size());
    assertArrayEquals(new int[0], s.shape());
    assertEquals(1.5f, s.get());
    s.set(2.5f);
    assertArrayEquals(floats(2.5), s.toArray());
    FloatTensor w = FloatTensor.of(floats(3));
    assertEquals(3f, w.get());
    assertEquals(1, FloatTensor.zeros().size());
    assertArrayEquals(new int[] {1, 1}, s.unsqueeze(0).unsqueeze(0).shape());
    assertEquals(2.5f, s.reshape(1, 1).get(0, 0));
    assertArrayEquals(floats(2.5, 2.5, 2.5), s.expand(3).toArray());
    String m = message(() -> s.size(0));
    assertTrue(m.contains("0-d"), m);
    message(() -> s.get(0));
  }

  @Test
  void zeroSizeDimensions() {
    FloatTensor e = FloatTensor.zeros(0, 3);
    assertArrayEquals(new int[] {0, 3}, e.shape());
    assertEquals(0, e.size());
    assertEquals(0, e.toArray().length);
    assertEquals(0, e.transpose(0, 1).toArray().length);
    assertEquals(0, e.copy().toArray().length);
    assertArrayEquals(new int[] {3, 0, 2}, e.reshape(3, 0, 2).shape());
    assertTrue(e.allClose(FloatTensor.zeros(0, 3), 0, 0));
    assertFalse(e.allClose(FloatTensor.zeros(3, 0), 0, 0));
    assertSame(e, e.fill(1));
    assertThrows(IndexOutOfBoundsException.class, () -> e.get(0, 0));
    assertEquals(0, FloatTensor.of(new float[0], 2, 0, 4).size());
  }

  @Test
  void zerosIsFreshAndZero() {
    FloatTensor a = FloatTensor.zeros(2, 2);
    FloatTensor b = FloatTensor.zeros(2, 2);
    assertNotSame(a.array(), b.array());
    assertArrayEquals(new float[4], a.toArray());
  }

  @Test
  void ofStridedValidatesAndViews() {
    float[] a = new float[20];
    for (int i = 0; i < 20; i++) {
      a[i] = i;
    }
    FloatTensor cols = FloatTensor.ofStrided(a, 1, new int[] {4, 3}, new int[] {5, 1});
    assertArrayEquals(floats(1, 2, 3, 6, 7, 8, 11, 12, 13, 16, 17, 18), cols.toArray());
    assertEquals(1, cols.offset());
    assertFalse(cols.isContiguous());
    String m = message(() -> FloatTensor.ofStrided(a, 3, new int[] {4, 3}, new int[] {5, 1}));
    assertTrue(m.contains("reaches array index 20") && m.contains("length 20"), m);
    String neg = message(() -> FloatTensor.ofStrided(a, 0, new int[] {2}, new int[] {-1}));
    assertTrue(neg.contains("negative stride"), neg);
    message(() -> FloatTensor.ofStrided(a, 0, new int[] {2, 2}, new int[] {1}));
    message(() -> FloatTensor.ofStrided(a, -1, new int[] {2}, new int[] {1}));
  }

  @Test
  void getAndSetCheckIndices() {
    FloatTensor t = arange(2, 3);
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(2, 0));
    assertTrue(e.getMessage().contains("index 2 is out of bounds for axis 0 with size 2"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> t.set(1, 0, -1));
    String m = message(() -> t.get(1));
    assertTrue(m.contains("1 coordinates") && m.contains("2 axes"), m);
    message(() -> t.set(1, 0, 0, 0));
  }

  @Test
  void toArrayAndFill() {
    FloatTensor t = arange(2, 3);
    float[] copy = t.toArray();
    assertNotSame(t.array(), copy);
    assertArrayEquals(floats(0, 1, 2, 3, 4, 5), copy);
    // fill writes only the view's elements
    float[] a = new float[6];
    FloatTensor col = FloatTensor.ofStrided(a, 1, new int[] {2}, new int[] {3});
    assertSame(col, col.fill(9));
    assertArrayEquals(floats(0, 9, 0, 0, 9, 0), a);
  }

  // ---- views ----

  @Test
  void transposeSharesData() {
    FloatTensor x = FloatTensor.of(floats(1, 2, 3, 4, 5, 6), 2, 3);
    FloatTensor xt = x.transpose(0, 1);
    assertSame(x.array(), xt.array());
    assertArrayEquals(new int[] {3, 2}, xt.shape());
    assertArrayEquals(new int[] {1, 3}, xt.strides());
    assertEquals(4f, xt.get(0, 1));
    xt.set(40, 0, 1);
    assertEquals(40f, x.get(1, 0));
    assertArrayEquals(floats(1, 40, 2, 5, 3, 6), xt.toArray());
    assertFalse(xt.isContiguous());
    String m = message(() -> x.transpose(0, 2));
    assertTrue(m.contains("axis 2") && m.contains("[2, 3]"), m);
  }

  @Test
  void toArrayAfterPermute() {
    FloatTensor x = arange(2, 3, 4);
    FloatTensor p = x.permute(2, 0, 1);
    assertArrayEquals(new int[] {4, 2, 3}, p.shape());
    float[] expected = new float[24];
    int k = 0;
    for (int c = 0; c < 4; c++) {
      for (int a = 0; a < 2; a++) {
        for (int b = 0; b < 3; b++) {
          expected[k++] = 12 * a + 4 * b + c;
        }
      }
    }
    assertArrayEquals(expected, p.toArray());
    assertEquals(x.get(1, 2, 3), p.get(3, 1, 2));
    String m = message(() -> x.permute(0, 1, 1));
    assertTrue(m.contains("appears twice"), m);
    message(() -> x.permute(0, 1));
  }

  @Test
  void unsqueezeAndSqueeze() {
    FloatTensor x = arange(2, 3);
    FloatTensor u = x.unsqueeze(1);
    assertArrayEquals(new int[] {2, 1, 3}, u.shape());
    assertEquals(x.get(1, 2), u.get(1, 0, 2));
    assertTrue(u.isContiguous());
    assertSame(x.array(), u.array());
    FloatTensor s = u.squeeze(1);
    assertArrayEquals(new int[] {2, 3}, s.shape());
    assertArrayEquals(x.toArray(), s.toArray());
    assertArrayEquals(new int[] {2, 3, 1}, x.unsqueeze(2).shape());
    String m = message(() -> x.squeeze(0));
    assertTrue(m.contains("its size is 2, not 1"), m);
    message(() -> x.unsqueeze(3));
    message(() -> x.squeeze(-1));
  }

  @Test
  void expandUsesStrideZeroAndWritesShareElement() {
    FloatTensor bias = FloatTensor.of(floats(1, 2, 3), 3);
    FloatTensor b = bias.expand(4, 3);
    assertArrayEquals(new int[] {4, 3}, b.shape());
    assertArrayEquals(new int[] {0, 1}, b.strides());
    assertEquals(12, b.size());
    assertArrayEquals(floats(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3), b.toArray());
    assertFalse(b.isContiguous());
    b.set(20, 3, 1);
    assertEquals(20f, bias.get(1));
    assertEquals(20f, b.get(0, 1));
    assertEquals(20f, b.get(2, 1));
    FloatTensor col = FloatTensor.of(floats(1, 2), 2, 1).expand(-1, 3);
    assertArrayEquals(floats(1, 1, 1, 2, 2, 2), col.toArray());
    String m = message(() -> bias.expand(4, 4));
    assertTrue(m.contains("axis 0 has size 3 and cannot become 4"), m);
    message(() -> bias.expand());
  }

  @Test
  void reshapeOnContiguousIsAView() {
    FloatTensor x = arange(2, 3, 4);
    FloatTensor r = x.reshape(6, -1);
    assertArrayEquals(new int[] {6, 4}, r.shape());
    assertSame(x.array(), r.array());
    assertArrayEquals(x.toArray(), r.toArray());
    r.set(-1, 5, 3);
    assertEquals(-1f, x.get(1, 2, 3));
    String m = message(() -> x.reshape(5, 5));
    assertTrue(m.contains("24 elements") && m.contains("25 elements"), m);
  }

  @Test
  void reshapeOnViewsNumPyCanViewWithoutCopy() {
    float[] a = new float[20];
    for (int i = 0; i < 20; i++) {
      a[i] = i;
    }
    // A slice (columns 0..2 of a 4 x 5 matrix) can split its rows.
    FloatTensor slice = FloatTensor.ofStrided(a, 0, new int[] {4, 3}, new int[] {5, 1});
    FloatTensor split = slice.reshape(2, 2, 3);
    assertSame(a, split.array());
    assertArrayEquals(slice.toArray(), split.toArray());
    assertEquals(16f, split.get(1, 1, 1));
    // An expanded row can split its stride-1 axis.
    FloatTensor row = FloatTensor.of(floats(1, 2, 3, 4), 1, 4).expand(3, 4);
    FloatTensor rowSplit = row.reshape(3, 2, 2);
    assertArrayEquals(new int[] {0, 2, 1}, rowSplit.strides());
    assertArrayEquals(row.toArray(), rowSplit.toArray());
    // An unsqueezed tensor can be flattened.
    FloatTensor flat = arange(2, 3).unsqueeze(1).reshape(-1);
    assertArrayEquals(floats(0, 1, 2, 3, 4, 5), flat.toArray());
    // A transposed matrix can split an axis.
    FloatTensor t = arange(4, 6).transpose(0, 1).reshape(2, 3, 4);
    assertArrayEquals(arange(4, 6).transpose(0, 1).toArray(), t.toArray());
    // But not merge one that is not evenly spaced.
    String m = message(() -> slice.reshape(12));
    assertTrue(m.contains("contiguous()"), m);
  }

  @Test
  void reshapeIsNotTranspose() {
    // The seed trap: [batch=2, seq=3, emb=4] -> [seq, batch, emb].
    FloatTensor x = arange(2, 3, 4);
    FloatTensor reshaped = x.reshape(3, 2, 4);  // legal, but regroups rows: no axis moves
    FloatTensor swapped = x.transpose(0, 1);    // the real seq-first tensor
    assertArrayEquals(reshaped.shape(), swapped.shape());
    assertEquals(4f, reshaped.get(0, 1, 0));    // batch 0, seq 1
    assertEquals(12f, swapped.get(0, 1, 0));    // batch 1, seq 0
    assertNotEquals(reshaped.get(0, 1, 0), swapped.get(0, 1, 0));
    assertFalse(Arrays.equals(reshaped.toArray(), swapped.toArray()));
    assertFalse(reshaped.allClose(swapped, 0, 0));

    // Flattening the transposed view needs a copy: refused, with advice.
    String m = message(() -> swapped.reshape(6, 4));
    assertTrue(m.contains("contiguous()"), m);
    assertTrue(m.contains("transpose"), m);
    assertTrue(m.startsWith("cannot reshape [3, 2, 4] (strides [4, 12, 1]) to [6, 4] without copying"), m);

    FloatTensor flat = swapped.contiguous().reshape(6, 4);
    assertEquals(12f, flat.get(1, 0));
    assertEquals(4f, flat.get(2, 0));
  }

  @Test
  void contiguousAndCopy() {
    FloatTensor x = arange(2, 3);
    assertSame(x, x.contiguous());
    assertTrue(x.isContiguous());
    assertSame(x.unsqueeze(0).contiguous().array(), x.array());

    FloatTensor xt = x.transpose(0, 1);
    FloatTensor c = xt.contiguous();
    assertNotSame(xt.array(), c.array());
    assertTrue(c.isContiguous());
    assertArrayEquals(xt.toArray(), c.array());
    assertArrayEquals(new int[] {3, 2}, c.shape());

    FloatTensor e = FloatTensor.of(floats(1, 2), 2).expand(3, 2);
    assertNotSame(e, e.contiguous());
    assertArrayEquals(new int[] {2, 1}, e.contiguous().strides());

    float[] a = floats(9, 1, 2, 3);
    FloatTensor shifted = FloatTensor.ofStrided(a, 1, new int[] {3}, new int[] {1});
    assertTrue(shifted.isContiguous());
    FloatTensor sc = shifted.contiguous();
    assertNotSame(shifted, sc);
    assertEquals(0, sc.offset());
    assertArrayEquals(floats(1, 2, 3), sc.array());

    FloatTensor copy = x.copy();
    assertNotSame(x.array(), copy.array());
    copy.set(100, 0, 0);
    assertEquals(0f, x.get(0, 0));
  }

  @Test
  void allCloseFollowsNumPy() {
    FloatTensor a = FloatTensor.of(floats(1, 100), 2);
    assertTrue(a.allClose(FloatTensor.of(floats(1, 100), 2), 0, 0));
    assertTrue(a.allClose(FloatTensor.of(floats(1.05, 100), 2), 0, 0.1));
    assertFalse(a.allClose(FloatTensor.of(floats(1.2, 100), 2), 0, 0.1));
    // rtol scales with |b|, the argument.
    assertTrue(a.allClose(FloatTensor.of(floats(1, 101), 2), 0.01, 0));
    assertFalse(a.allClose(FloatTensor.of(floats(1, 102), 2), 0.01, 0));
    FloatTensor nan = FloatTensor.of(floats(Double.NaN), 1);
    assertFalse(nan.allClose(nan, 1, 1));
    FloatTensor inf = FloatTensor.of(floats(Double.POSITIVE_INFINITY), 1);
    assertTrue(inf.allClose(inf, 0, 0));
    assertFalse(inf.allClose(FloatTensor.of(floats(Double.NEGATIVE_INFINITY), 1), 1, 1));
    // shapes must match exactly, even with the same elements
    assertFalse(a.allClose(FloatTensor.of(floats(1, 100), 1, 2), 1, 1));
    // views compare by index, not by array position
    FloatTensor m = arange(2, 3);
    assertTrue(m.transpose(0, 1).allClose(FloatTensor.of(floats(0, 3, 1, 4, 2, 5), 3, 2), 0, 0));
  }

  @Test
  void toDoubleCopies() {
    FloatTensor x = FloatTensor.of(floats(0.1, 2, 3, 4), 2, 2).transpose(0, 1);
    DoubleTensor d = x.toDouble();
    assertArrayEquals(new int[] {2, 2}, d.shape());
    assertArrayEquals(new double[] {0.1f, 3, 2, 4}, d.toArray());
    assertTrue(d.isContiguous());
    assertEquals(1.5, FloatTensor.scalar(1.5f).toDouble().get());
  }

  // ---- toString ----

  @Test
  void toStringScalarAndVectors() {
    assertEquals("FloatTensor[]\n1.5", FloatTensor.scalar(1.5f).toString());
    assertEquals("FloatTensor[3]\n[1.0, 2.0, 3.5]", FloatTensor.of(floats(1, 2, 3.5), 3).toString());
    assertEquals("FloatTensor[0]\n[]", FloatTensor.zeros(0).toString());
  }

  @Test
  void toStringMatrix() {
    assertEquals(
        "FloatTensor[2, 3]\n[[1.0, 2.0, 3.0],\n [4.0, 5.0, 6.0]]",
        FloatTensor.of(floats(1, 2, 3, 4, 5, 6), 2, 3).toString());
    assertEquals(
        "FloatTensor[3, 2]\n[[1.0, 4.0],\n [2.0, 5.0],\n [3.0, 6.0]]",
        FloatTensor.of(floats(1, 2, 3, 4, 5, 6), 2, 3).transpose(0, 1).toString());
  }

  @Test
  void toString3d() {
    assertEquals(
        "FloatTensor[2, 2, 2]\n"
            + "[[[0.0, 1.0],\n"
            + "  [2.0, 3.0]],\n"
            + "\n"
            + " [[4.0, 5.0],\n"
            + "  [6.0, 7.0]]]",
        arange(2, 2, 2).toString());
  }

  @Test
  void toStringSummarizesLargeTensors() {
    assertEquals(
        "FloatTensor[2000]\n[0.0, 1.0, 2.0, ..., 1997.0, 1998.0, 1999.0]", arange(2000).toString());
    // exactly 1000 elements are all printed
    String full = arange(1000).toString();
    assertFalse(full.contains("..."), full);
    assertTrue(full.contains("500.0"), full);

    String m = arange(40, 40).toString();
    assertEquals(
        "FloatTensor[40, 40]\n"
            + "[[0.0, 1.0, 2.0, ..., 37.0, 38.0, 39.0],\n"
            + " [40.0, 41.0, 42.0, ..., 77.0, 78.0, 79.0],\n"
            + " [80.0, 81.0, 82.0, ..., 117.0, 118.0, 119.0],\n"
            + " ...,\n"
            + " [1480.0, 1481.0, 1482.0, ..., 1517.0, 1518.0, 1519.0],\n"
            + " [1520.0, 1521.0, 1522.0, ..., 1557.0, 1558.0, 1559.0],\n"
            + " [1560.0, 1561.0, 1562.0, ..., 1597.0, 1598.0, 1599.0]]",
        m);

    // Short axes are printed in full even when summarizing; blocks keep their blank lines.
    String c = arange(10, 2, 100).toString();
    String[] lines = c.split("\n", -1);
    assertEquals("FloatTensor[10, 2, 100]", lines[0]);
    assertEquals("[[[0.0, 1.0, 2.0, ..., 97.0, 98.0, 99.0],", lines[1]);
    assertEquals("  [100.0, 101.0, 102.0, ..., 197.0, 198.0, 199.0]],", lines[2]);
    assertEquals("", lines[3]);
    assertTrue(c.contains("]],\n\n ...,\n\n [[1400.0, 1401.0, 1402.0, ..., 1497.0, 1498.0, 1499.0],"), c);
    assertTrue(c.endsWith("  [1900.0, 1901.0, 1902.0, ..., 1997.0, 1998.0, 1999.0]]]"), c);
  }

  // ---- reshape properties ----

  /** A random shape, a permutation of its axes and a new shape with the same element count. */
  static final class ReshapeCase {
    final int[] shape;
    final int[] perm;
    final int[] newShape;

    ReshapeCase(int[] shape, int[] perm, int[] newShape) {
      this.shape = shape;
      this.perm = perm;
      this.newShape = newShape;
    }

    @Override
    public String toString() {
      return "shape=" + Arrays.toString(shape) + " perm=" + Arrays.toString(perm) + " newShape="
          + Arrays.toString(newShape);
    }
  }

  static ReshapeCase randomCase(Random random) {
    int rank = 1 + random.nextInt(4);
    int[] shape = new int[rank];
    int count = 1;
    for (int i = 0; i < rank; i++) {
      shape[i] = 1 + random.nextInt(4);
      count *= shape[i];
    }
    List<Integer> axes = new ArrayList<>();
    for (int i = 0; i < rank; i++) {
      axes.add(i);
    }
    java.util.Collections.shuffle(axes, random);
    int[] perm = axes.stream().mapToInt(Integer::intValue).toArray();

    // Split the element count's prime factors among 1..4 new axes, then maybe sprinkle size-1 axes.
    int newRank = 1 + random.nextInt(4);
    int[] newShape = new int[newRank];
    Arrays.fill(newShape, 1);
    int n = count;
    for (int p = 2; n > 1; p++) {
      while (n % p == 0) {
        newShape[random.nextInt(newRank)] *= p;
        n /= p;
      }
    }
    if (random.nextInt(3) == 0) {
      newShape[random.nextInt(newRank)] = -1;
    }
    return new ReshapeCase(shape, perm, newShape);
  }

  /** Row-major contents of {@code arange(shape).permute(perm)}, computed by hand. */
  static float[] permutedReference(int[] shape, int[] perm) {
    int rank = shape.length;
    int[] srcStrides = new int[rank];
    int s = 1;
    for (int i = rank - 1; i >= 0; i--) {
      srcStrides[i] = s;
      s *= shape[i];
    }
    float[] out = new float[s];
    int[] idx = new int[rank];  // index into the permuted tensor
    for (int k = 0; k < s; k++) {
      int src = 0;
      for (int i = 0; i < rank; i++) {
        src += idx[i] * srcStrides[perm[i]];
      }
      out[k] = src;
      for (int i = rank - 1; i >= 0; i--) {
        if (++idx[i] < shape[perm[i]]) {
          break;
        }
        idx[i] = 0;
      }
    }
    return out;
  }

  static void checkReshapeCase(ReshapeCase c) {
    FloatTensor t = arange(c.shape);
    FloatTensor p = t.permute(c.perm);
    float[] reference = permutedReference(c.shape, c.perm);
    assertArrayEquals(reference, p.toArray(), c.toString());

    FloatTensor viaCopy = p.contiguous().reshape(c.newShape);
    assertArrayEquals(reference, viaCopy.toArray(), c.toString());
    int[] resolved = viaCopy.shape();
    for (int i = 0; i < resolved.length; i++) {
      if (c.newShape[i] != -1) {
        assertEquals(c.newShape[i], resolved[i], c.toString());
      }
    }

    FloatTensor direct;
    try {
      direct = p.reshape(c.newShape);
    } catch (EinsumShapeException e) {
      assertFalse(p.isContiguous(), "a contiguous tensor must always reshape: " + c);
      assertTrue(e.getMessage().contains("contiguous()"), e.getMessage());
      return;
    }
    assertSame(t.array(), direct.array(), "reshape must be a view: " + c);
    assertArrayEquals(resolved, direct.shape(), c.toString());
    forEachIndex(resolved, index ->
        assertEquals(viaCopy.get(index), direct.get(index), c + " at " + Arrays.toString(index)));
    assertArrayEquals(reference, direct.toArray(), c.toString());
  }

  private static void forEachIndex(int[] shape, java.util.function.Consumer<int[]> action) {
    int total = 1;
    for (int d : shape) {
      total *= d;
    }
    int[] idx = new int[shape.length];
    for (int k = 0; k < total; k++) {
      action.accept(idx.clone());
      for (int i = shape.length - 1; i >= 0; i--) {
        if (++idx[i] < shape[i]) {
          break;
        }
        idx[i] = 0;
      }
    }
  }

  /** The reshape property over 2000 random cases from a fixed seed. */
  @Test
  void reshapeOfPermutedAgreesWithReferenceSeeded() {
    Random random = new Random(20260101L);
    int views = 0;
    int refusals = 0;
    for (int i = 0; i < 2000; i++) {
      ReshapeCase c = randomCase(random);
      checkReshapeCase(c);
      FloatTensor p = arange(c.shape).permute(c.perm);
      try {
        p.reshape(c.newShape);
        if (!p.isContiguous()) {
          views++;
        }
      } catch (EinsumShapeException e) {
        refusals++;
      }
    }
    // Both outcomes must actually be exercised on non-contiguous views.
    assertTrue(views > 50, "non-contiguous views reshaped: " + views);
    assertTrue(refusals > 50, "refusals: " + refusals);
  }
}
