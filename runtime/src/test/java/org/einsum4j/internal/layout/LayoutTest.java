/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.internal.layout.Layout;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static List<Integer> positions(Layout l) {
    List<Integer> out = new ArrayList<>();
    l.forEachIndex(out::add);
    return out;
  }

  private static void assertLayout(Layout l, int[] shape, int[] strides, int offset) {
    assertArrayEquals(shape, l.shape(), "shape of " + l);
    assertArrayEquals(strides, l.strides(), "strides of " + l);
    assertEquals(offset, l.offset(), "offset of " + l);
  }

  private static String message(Runnable r) {
    return assertThrows(EinsumShapeException.class, r::run).getMessage();
  }

  @Test
  void contiguousIsRowMajor() {
    Layout l = Layout.contiguous(2, 3, 4);
    assertLayout(l, new int[] {2, 3, 4}, new int[] {12, 4, 1}, 0);
    assertEquals(3, l.rank());
    assertEquals(24, l.elementCount());
    assertEquals(3, l.size(1));
    assertEquals(4, l.stride(1));
    assertTrue(l.isContiguous());
  }

  @Test
  void contiguousScalarAndEmpty() {
    Layout s = Layout.contiguous();
    assertEquals(0, s.rank());
    assertEquals(1, s.elementCount());
    assertEquals(0, s.indexOf());
    assertEquals(List.of(0), positions(s));

    Layout e = Layout.contiguous(0, 3);
    assertEquals(0, e.elementCount());
    assertArrayEquals(new int[] {3, 1}, e.strides());
    assertTrue(e.isContiguous());
    assertEquals(List.of(), positions(e));
  }

  @Test
  void contiguousRefusesNegativeSize() {
    String m = message(() -> Layout.contiguous(2, -3));
    assertTrue(m.contains("[2, -3]") && m.contains("axis 1"), m);
  }

  @Test
  void contiguousRefusesOverflow() {
    String m = message(() -> Layout.contiguous(100000, 100000, 1000));
    assertTrue(m.contains("shape [100000, 100000, 1000] has more than 2147483647 elements"), m);
    // A zero size makes any shape empty, even if the other sizes multiply past int.
    assertEquals(0, Layout.contiguous(100000, 100000, 1000, 0).elementCount());
    assertEquals(0, Layout.contiguous(0, 100000, 100000, 1000).elementCount());
  }

  @Test
  void shapeAndStridesAreCopies() {
    Layout l = Layout.contiguous(2, 3);
    l.shape()[0] = 99;
    l.strides()[0] = 99;
    assertLayout(l, new int[] {2, 3}, new int[] {3, 1}, 0);
    int[] shape = {2, 3};
    Layout k = Layout.contiguous(shape);
    shape[0] = 7;
    assertEquals(2, k.size(0));
  }

  @Test
  void sizeAndStrideRefuseBadAxis() {
    Layout l = Layout.contiguous(2, 3);
    String m = message(() -> l.size(2));
    assertTrue(m.contains("axis 2") && m.contains("[2, 3]") && m.contains("0..1"), m);
    message(() -> l.stride(-1));
    String s = message(() -> Layout.contiguous().size(0));
    assertTrue(s.contains("0-d"), s);
  }

  @Test
  void indexOfComputesPositionAndChecksBounds() {
    Layout l = Layout.strided(100, 5, new int[] {2, 3}, new int[] {10, 2});
    assertEquals(5 + 10 + 4, l.indexOf(1, 2));
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> l.indexOf(1, 3));
    assertTrue(e.getMessage().contains("index 3 is out of bounds for axis 1 with size 3"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> l.indexOf(-1, 0));
    String m = message(() -> l.indexOf(1));
    assertTrue(m.contains("1 coordinates") && m.contains("2 axes"), m);
  }

  @Test
  void stridedValidates() {
    Layout ok = Layout.strided(20, 1, new int[] {4, 3}, new int[] {5, 1});
    assertLayout(ok, new int[] {4, 3}, new int[] {5, 1}, 1);
    assertFalse(ok.isContiguous());
    String tooFar = message(() -> Layout.strided(20, 3, new int[] {4, 3}, new int[] {5, 1}));
    assertTrue(tooFar.contains("reaches array index 20") && tooFar.contains("length 20"), tooFar);
    String neg = message(() -> Layout.strided(20, 0, new int[] {4, 3}, new int[] {5, -1}));
    assertTrue(neg.contains("negative stride -1 on axis 1"), neg);
    message(() -> Layout.strided(20, -1, new int[] {4}, new int[] {1}));
    String len = message(() -> Layout.strided(20, 0, new int[] {4, 3}, new int[] {1}));
    assertTrue(len.contains("different lengths"), len);
    // Empty views reach nothing, but the offset may not lie past the end.
    Layout.strided(0, 0, new int[] {0, 5}, new int[] {5, 1});
    message(() -> Layout.strided(3, 4, new int[] {0}, new int[] {1}));
    // A stride-0 axis may repeat one element any number of times.
    Layout rep = Layout.strided(1, 0, new int[] {1000}, new int[] {0});
    assertEquals(1000, rep.elementCount());
  }

  @Test
  void isContiguousIgnoresSizeOneStrides() {
    assertTrue(Layout.strided(6, 0, new int[] {1, 2, 3}, new int[] {99, 3, 1}).isContiguous());
    assertTrue(Layout.strided(7, 1, new int[] {2, 3}, new int[] {3, 1}).isContiguous());
    assertFalse(Layout.contiguous(2, 3).transpose(0, 1).isContiguous());
    assertFalse(Layout.contiguous(1, 3).expand(2, 3).isContiguous());
  }

  @Test
  void forEachIndexVisitsRowMajorOrder() {
    Layout t = Layout.contiguous(2, 3).transpose(0, 1);
    assertEquals(List.of(0, 3, 1, 4, 2, 5), positions(t));
    Layout e = Layout.contiguous(2).expand(2, 2);
    assertEquals(List.of(0, 1, 0, 1), positions(e));
  }

  @Test
  void transposeSwapsShapeAndStrides() {
    Layout l = Layout.contiguous(2, 3, 4).transpose(0, 2);
    assertLayout(l, new int[] {4, 3, 2}, new int[] {1, 4, 12}, 0);
    assertEquals(Layout.contiguous(2, 3), Layout.contiguous(2, 3).transpose(1, 1));
    String m = message(() -> Layout.contiguous(2, 3).transpose(0, 2));
    assertTrue(m.contains("transpose") && m.contains("axis 2"), m);
  }

  @Test
  void permuteReordersAxes() {
    Layout l = Layout.contiguous(2, 3, 4).permute(2, 0, 1);
    assertLayout(l, new int[] {4, 2, 3}, new int[] {1, 12, 4}, 0);
    assertEquals(l.indexOf(3, 1, 2), Layout.contiguous(2, 3, 4).indexOf(1, 2, 3));
    String dup = message(() -> Layout.contiguous(2, 3, 4).permute(0, 0, 1));
    assertTrue(dup.contains("axis 0 appears twice"), dup);
    String few = message(() -> Layout.contiguous(2, 3, 4).permute(1, 0));
    assertTrue(few.contains("names 2 axes") && few.contains("has 3"), few);
    String range = message(() -> Layout.contiguous(2, 3, 4).permute(0, 1, 3));
    assertTrue(range.contains("axis 3 is out of range"), range);
  }

  @Test
  void unsqueezeInsertsSizeOneAxis() {
    Layout base = Layout.contiguous(2, 3);
    assertLayout(base.unsqueeze(0), new int[] {1, 2, 3}, new int[] {6, 3, 1}, 0);
    assertLayout(base.unsqueeze(1), new int[] {2, 1, 3}, new int[] {3, 3, 1}, 0);
    assertLayout(base.unsqueeze(2), new int[] {2, 3, 1}, new int[] {3, 1, 1}, 0);
    assertLayout(Layout.contiguous().unsqueeze(0), new int[] {1}, new int[] {1}, 0);
    assertTrue(base.unsqueeze(1).isContiguous());
    String m = message(() -> base.unsqueeze(3));
    assertTrue(m.contains("axis 3") && m.contains("0..2"), m);
    message(() -> base.unsqueeze(-1));
  }

  @Test
  void squeezeRemovesSizeOneAxis() {
    Layout l = Layout.contiguous(2, 1, 3);
    assertLayout(l.squeeze(1), new int[] {2, 3}, new int[] {3, 1}, 0);
    assertLayout(Layout.contiguous(1).squeeze(0), new int[] {}, new int[] {}, 0);
    String m = message(() -> l.squeeze(2));
    assertTrue(m.contains("cannot squeeze axis 2 of shape [2, 1, 3]: its size is 3, not 1"), m);
    message(() -> l.squeeze(3));
  }

  @Test
  void expandFollowsBroadcastTo() {
    Layout row = Layout.contiguous(1, 3);
    assertLayout(row.expand(4, 3), new int[] {4, 3}, new int[] {0, 1}, 0);
    assertLayout(row.expand(5, 4, 3), new int[] {5, 4, 3}, new int[] {0, 0, 1}, 0);
    assertLayout(row.expand(-1, 3), new int[] {1, 3}, new int[] {3, 1}, 0);
    assertLayout(Layout.contiguous(2, 1).expand(-1, 5), new int[] {2, 5}, new int[] {1, 0}, 0);
    assertLayout(Layout.contiguous().expand(2, 2), new int[] {2, 2}, new int[] {0, 0}, 0);
    assertLayout(row.expand(0, 3), new int[] {0, 3}, new int[] {0, 1}, 0);
    assertEquals(12, row.expand(4, 3).elementCount());
    assertEquals(List.of(0, 1, 2, 0, 1, 2), positions(row.expand(2, 3)));

    String m = message(() -> Layout.contiguous(2, 3).expand(2, 4));
    assertTrue(m.contains("axis 1 has size 3 and cannot become 4"), m);
    String fewer = message(() -> Layout.contiguous(2, 3).expand(3));
    assertTrue(fewer.contains("fewer axes"), fewer);
    message(() -> row.expand(-1, 1, 3));
    message(() -> row.expand(-2, 3));
    String big = message(() -> Layout.contiguous(1).expand(100000, 100000, 1000));
    assertTrue(big.contains("more than 2147483647 elements"), big);
  }

  @Test
  void reshapeContiguous() {
    Layout l = Layout.contiguous(2, 3, 4);
    assertLayout(l.reshape(6, 4), new int[] {6, 4}, new int[] {4, 1}, 0);
    assertLayout(l.reshape(-1), new int[] {24}, new int[] {1}, 0);
    assertLayout(l.reshape(4, -1, 2), new int[] {4, 3, 2}, new int[] {6, 2, 1}, 0);
    assertLayout(l.reshape(1, 24, 1), new int[] {1, 24, 1}, new int[] {24, 1, 1}, 0);
    assertLayout(Layout.contiguous(1).reshape(), new int[] {}, new int[] {}, 0);
    assertLayout(Layout.contiguous().reshape(1, 1), new int[] {1, 1}, new int[] {1, 1}, 0);
    Layout shifted = Layout.strided(30, 6, new int[] {2, 3, 4}, new int[] {12, 4, 1});
    assertLayout(shifted.reshape(24), new int[] {24}, new int[] {1}, 6);
  }

  @Test
  void reshapeViewsThatNeedNoCopy() {
    // Columns 0..2 of a 4 x 5 matrix: the rows can be split, not merged with the columns.
    Layout slice = Layout.strided(20, 0, new int[] {4, 3}, new int[] {5, 1});
    assertLayout(slice.reshape(2, 2, 3), new int[] {2, 2, 3}, new int[] {10, 5, 1}, 0);
    String m = message(() -> slice.reshape(12));
    assertTrue(m.contains("not evenly spaced") && m.contains("contiguous()"), m);
    // An expanded row can be split along its stride-1 axis but not flattened.
    Layout expanded = Layout.contiguous(1, 4).expand(3, 4);
    assertLayout(expanded.reshape(3, 2, 2), new int[] {3, 2, 2}, new int[] {0, 2, 1}, 0);
    String e = message(() -> expanded.reshape(12));
    assertTrue(e.contains("expand") && e.contains("contiguous()"), e);
    // An unsqueezed axis does not get in the way.
    assertLayout(
        Layout.contiguous(2, 3).unsqueeze(1).reshape(6), new int[] {6}, new int[] {1}, 0);
    // A transposed matrix can still split an axis or gain size-1 axes.
    Layout t = Layout.contiguous(4, 6).transpose(0, 1);
    assertLayout(t.reshape(2, 3, 4), new int[] {2, 3, 4}, new int[] {3, 1, 6}, 0);
    assertLayout(t.reshape(6, 1, 4), new int[] {6, 1, 4}, new int[] {1, 24, 6}, 0);
  }

  @Test
  void reshapeRefusesAfterTransposeWithAdvice() {
    Layout t = Layout.contiguous(3, 5, 4).transpose(0, 1);
    String m = message(() -> t.reshape(3, 5, 4));
    assertEquals(
        "cannot reshape [5, 3, 4] (strides [4, 20, 1]) to [3, 5, 4] without copying: the axes are not"
            + " laid out row-major (after transpose or permute). Call contiguous() first to copy, or,"
            + " if you meant to swap axes (seq-first <-> batch-first), use transpose/permute instead of"
            + " reshape.",
        m);
  }

  @Test
  void reshapeRefusesWrongCounts() {
    Layout l = Layout.contiguous(2, 3);
    String m = message(() -> l.reshape(4, 2));
    assertTrue(m.contains("[2, 3] (6 elements) to [4, 2] (8 elements)"), m);
    String two = message(() -> l.reshape(-1, -1));
    assertTrue(two.contains("only one size may be -1"), two);
    String inf = message(() -> l.reshape(4, -1));
    assertTrue(inf.contains("-1 cannot be inferred"), inf);
    message(() -> l.reshape(-2, -3));
    String big = message(() -> l.reshape(100000, 100000));
    assertTrue(big.contains("more than 2147483647"), big);
    message(() -> Layout.contiguous(0, 3).reshape(0, -1));
  }

  @Test
  void reshapeEmpty() {
    Layout e = Layout.contiguous(0, 3).transpose(0, 1);
    assertLayout(e.reshape(3, 0, 5, 0), new int[] {3, 0, 5, 0}, new int[] {5, 5, 1, 1}, 0);
    assertLayout(Layout.contiguous(0, 3).reshape(-1, 6), new int[] {0, 6}, new int[] {6, 1}, 0);
  }

  @Test
  void equalsHashCodeAndToString() {
    Layout a = Layout.contiguous(2, 3);
    Layout b = Layout.strided(6, 0, new int[] {2, 3}, new int[] {3, 1});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.transpose(0, 1));
    assertNotEquals(a, Layout.strided(7, 1, new int[] {2, 3}, new int[] {3, 1}));
    assertNotEquals(a, "Layout");
    assertEquals("Layout[shape=[2, 3], strides=[3, 1], offset=0]", a.toString());
  }

  /** Whether two indices address one element, by visiting them all. */
  private static boolean overlapsByVisiting(int[] shape, int[] strides) {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    int count = 1;
    for (int d : shape) {
      count *= d;
    }
    for (int flat = 0; flat < count; flat++) {
      long pos = 0;
      for (int a = shape.length - 1, rest = flat; a >= 0; a--) {
        pos += (long) (rest % shape[a]) * strides[a];
        rest /= shape[a];
      }
      if (!seen.add(pos)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void selfOverlappingAgreesWithVisitingEveryIndex() {
    java.util.Random r = new java.util.Random(11);
    int overlapping = 0;
    for (int t = 0; t < 4000; t++) {
      int rank = 1 + r.nextInt(4);
      int[] shape = new int[rank];
      int[] strides = new int[rank];
      for (int a = 0; a < rank; a++) {
        shape[a] = r.nextInt(5);
        strides[a] = r.nextInt(9);
      }
      boolean expected = overlapsByVisiting(shape, strides);
      overlapping += expected ? 1 : 0;
      assertEquals(expected, Layout.selfOverlapping(shape, strides),
          java.util.Arrays.toString(shape) + " strides " + java.util.Arrays.toString(strides));
    }
    assertTrue(overlapping > 500 && overlapping < 3500, overlapping + " of 4000 overlap: the cases are too one-sided");
    // the quick test alone would refuse these: shape [3, 2], strides [2, 3] touches 0, 3, 2, 5, 4, 7
    assertFalse(Layout.selfOverlapping(new int[] {3, 2}, new int[] {2, 3}));
    assertTrue(Layout.selfOverlapping(new int[] {3, 2}, new int[] {1, 2}));
    assertFalse(Layout.selfOverlapping(new int[] {1, 0, 5}, new int[] {0, 0, 0}));
    assertFalse(Layout.selfOverlapping(new int[] {1000, 1000}, new int[] {1000, 1}));
  }
}
