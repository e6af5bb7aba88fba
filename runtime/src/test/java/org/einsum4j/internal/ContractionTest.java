/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.einsum4j.EinsumShapeException;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;
import org.einsum4j.internal.layout.Layout;
import org.einsum4j.internal.spec.Spec;

/**
 * Binding: label sizes, broadcasting, ellipsis, strides and the messages of every shape error. Which shapes
 * are accepted follows NumPy's {@code einsum}.
 */
class ContractionTest {

  private static Layout c(int... shape) {
    return Layout.contiguous(shape);
  }

  private static String bindError(Contraction c, Layout... layouts) {
    return assertThrows(EinsumShapeException.class, () -> c.bind(layouts)).getMessage();
  }

  /** Binds and binds a contiguous output, as {@code Einsums.evaluate} does. */
  private static Contraction.Binding bound(String spec, Layout... layouts) {
    Contraction.Binding b = Contraction.of(spec).bind(layouts);
    return b.bindOutput(c(b.outputShape()));
  }

  @Test
  void names() {
    Contraction c = Contraction.of("ij,jk->ik", "a");
    assertEquals("a", c.name(0));
    assertEquals("operand 1", c.name(1));
    assertEquals("out", c.name(2));
    Contraction d = Contraction.of(Spec.parse("i->i"), new String[] {"x"}, "result");
    assertEquals("result", d.name(1));
    assertEquals("i->i", d.spec().normalized());
  }

  @Test
  void rankMismatch() {
    assertEquals("einsum \"ijk\": 'x' has rank 2 but its subscripts \"ijk\" name 3 dimensions",
        bindError(Contraction.of("ijk", "x"), c(2, 3)));
    assertEquals("einsum \"i,ij\": 'operand 1' has rank 1 but its subscripts \"ij\" name 2 dimensions",
        bindError(Contraction.of("i,ij"), c(2), c(2)));
    assertEquals("einsum \"i\": 'operand 0' has rank 2 but its subscripts \"i\" name 1 dimension",
        bindError(Contraction.of("i"), c(2, 3)));
    assertEquals("einsum \"->\": 'operand 0' has rank 1 but its subscripts \"\" name 0 dimensions",
        bindError(Contraction.of("->"), c(1)));
    assertEquals("einsum \"...ijk\": 'operand 0' has rank 2 but its subscripts \"...ijk\" name at least 3 dimensions",
        bindError(Contraction.of("...ijk"), c(2, 3)));
  }

  @Test
  void labelSizeMismatchNamesLabelOperandsAxesAndSizes() {
    Contraction c = Contraction.of("bsh,bh->bs", "encoderOutputs", "decoderHidden");
    assertEquals("einsum \"bsh,bh->bs\": label 'h' is 512 in 'encoderOutputs' (axis 2) but 256 in 'decoderHidden'"
        + " (axis 1)", bindError(c, c(4, 10, 512), c(4, 256)));
    assertEquals("einsum \"ij,jk\": label 'j' is 3 in 'operand 0' (axis 1) but 4 in 'operand 1' (axis 0)",
        bindError(Contraction.of("ij,jk"), c(2, 3), c(4, 5)));
    // A size-1 operand is not the one named: the first size other than 1 is.
    assertEquals("einsum \"i,i,i\": label 'i' is 3 in 'operand 1' (axis 0) but 4 in 'operand 2' (axis 0)",
        bindError(Contraction.of("i,i,i"), c(1), c(3), c(4)));
    // NumPy: a size-0 dimension does not broadcast against 2.
    assertEquals("einsum \"i,i\": label 'i' is 0 in 'operand 0' (axis 0) but 2 in 'operand 1' (axis 0)",
        bindError(Contraction.of("i,i"), c(0), c(2)));
  }

  @Test
  void repeatedLabelWithinAnOperandMustHaveOneSize() {
    assertEquals("einsum \"ii\": label 'i' is 2 in 'operand 0' (axis 0) but 3 in 'operand 0' (axis 1)",
        bindError(Contraction.of("ii"), c(2, 3)));
    // Within one operand size 1 does not broadcast (NumPy: "dimensions ... for collapsing index 'i' don't match").
    assertEquals("einsum \"ii->i\": label 'i' is 1 in 'operand 0' (axis 0) but 3 in 'operand 0' (axis 1)",
        bindError(Contraction.of("ii->i"), c(1, 3)));
    assertEquals("einsum \"i...i\": label 'i' is 2 in 'operand 0' (axis 0) but 3 in 'operand 0' (axis 2)",
        bindError(Contraction.of("i...i"), c(2, 5, 3)));
  }

  @Test
  void sizeOneLabelsBroadcast() {
    Contraction.Binding b = bound("ij,ij->ij", c(1, 3), c(2, 3));
    assertArrayEquals(new int[] {2, 3}, b.outputShape());
    assertEquals(2, b.size(0));
    assertEquals(0, b.stride(0, 0));
    assertEquals(3, b.stride(1, 0));
    assertArrayEquals(new int[] {2, 4}, Contraction.of("ij,jk->ik").bind(c(2, 1), c(3, 4)).outputShape());
    assertArrayEquals(new int[] {2, 3}, Contraction.of("ij,ij->ij").bind(c(2, 1), c(1, 3)).outputShape());
    // A diagonal of size 1 broadcasts against another operand.
    Contraction.Binding d = bound("ii,i->i", c(1, 1), c(3));
    assertArrayEquals(new int[] {3}, d.outputShape());
    assertEquals(0, d.stride(0, 0));
    // 1 against 0 gives 0, in either order.
    assertArrayEquals(new int[] {0}, Contraction.of("i,i->i").bind(c(0), c(1)).outputShape());
    assertArrayEquals(new int[] {0}, Contraction.of("i,i->i").bind(c(1), c(0)).outputShape());
  }

  @Test
  void ellipsisBroadcasts() {
    assertArrayEquals(new int[] {2, 4}, Contraction.of("...i,...i").bind(c(2, 1, 3), c(4, 3)).outputShape());
    assertArrayEquals(new int[] {2, 3, 2, 2},
        Contraction.of("...ij,...jk->...ik").bind(c(2, 1, 2, 2), c(3, 2, 2)).outputShape());
    assertArrayEquals(new int[] {5, 2, 3},
        Contraction.of("i...,i...->i...").bind(c(5, 2, 1), c(5, 3)).outputShape());
    assertEquals("einsum \"...i,...i\": broadcast dimension 0 of \"...\" is 2 in 'operand 0' (axis 0) but 4 in"
        + " 'operand 1' (axis 0)", bindError(Contraction.of("...i,...i"), c(2, 3), c(4, 3)));
    assertEquals("einsum \"i...,...\": broadcast dimension 1 of \"...\" is 3 in 'a' (axis 2) but 5 in 'b' (axis 1)",
        bindError(Contraction.of("i...,...", "a", "b"), c(7, 2, 3), c(2, 5)));
  }

  @Test
  void ellipsisWithDimensionsNeedsOneInTheOutput() {
    assertEquals("einsum \"...i->i\": \"...\" stands for 1 dimension of 'operand 0' but the output has no \"...\""
        + " to keep it", bindError(Contraction.of("...i->i"), c(2, 3)));
    // NumPy refuses even when the dimensions have size 1.
    assertEquals("einsum \"i,...i->i\": \"...\" stands for 2 dimensions of 'operand 1' but the output has no"
        + " \"...\" to keep them", bindError(Contraction.of("i,...i->i"), c(3), c(1, 1, 3)));
    // Standing for no dimensions is fine.
    assertArrayEquals(new int[] {3}, Contraction.of("...i->i").bind(c(3)).outputShape());
    assertArrayEquals(new int[] {}, Contraction.of("...->").bind(c()).outputShape());
    // An output "..." with none in the operands stands for no dimensions.
    assertArrayEquals(new int[] {2, 3}, Contraction.of("ij->...ij").bind(c(2, 3)).outputShape());
  }

  @Test
  void operandCount() {
    assertEquals("einsum \"ij,jk\": the spec has 2 operands but 1 was given",
        bindError(Contraction.of("ij,jk"), c(2, 3)));
    assertEquals("einsum \"i\": the spec has 1 operand but 2 were given",
        bindError(Contraction.of("i"), c(2), c(2)));
    assertEquals("einsum \"\": the spec has 1 operand but 0 were given", bindError(Contraction.of("")));
  }

  @Test
  void checkOutput() {
    Contraction.Binding b = Contraction.of(Spec.parse("ij,jk->ik"), new String[0], "result").bind(c(2, 3), c(3, 4));
    b.checkOutput(new int[] {2, 4}, new int[] {4, 1});
    b.checkOutput(new int[] {2, 4}, new int[] {1, 2});
    String wrong = assertThrows(EinsumShapeException.class,
        () -> b.checkOutput(new int[] {2, 5}, new int[] {5, 1})).getMessage();
    assertEquals("einsum \"ij,jk->ik\": 'result' has shape [2, 5] but the result has shape [2, 4] (axis 1: 5 vs 4)",
        wrong);
    String rank = assertThrows(EinsumShapeException.class,
        () -> b.checkOutput(new int[] {8}, new int[] {1})).getMessage();
    assertEquals("einsum \"ij,jk->ik\": 'result' has shape [8] but the result has shape [2, 4] (rank 1 vs 2)", rank);
    String broadcast = assertThrows(EinsumShapeException.class,
        () -> b.checkOutput(new int[] {2, 4}, new int[] {0, 1})).getMessage();
    assertEquals("einsum \"ij,jk->ik\": 'result' is a broadcast view (axis 0 has stride 0 and size 2), so it"
        + " cannot receive a result", broadcast);
    // Stride 0 on a size-1 axis writes one element only: fine.
    Contraction.Binding one = Contraction.of("ij->ij").bind(c(1, 3));
    one.checkOutput(new int[] {1, 3}, new int[] {0, 1});
  }

  @Test
  void checkOutputRefusesAViewWhoseElementsOverlap() {
    Contraction.Binding b = Contraction.of(Spec.parse("ij,jk->ik"), new String[0], "out").bind(c(2, 3), c(3, 4));
    String overlap = assertThrows(EinsumShapeException.class,
        () -> b.checkOutput(new int[] {2, 4}, new int[] {1, 1})).getMessage();
    assertEquals("einsum \"ij,jk->ik\": 'out' is a view whose elements overlap (shape [2, 4], strides [1, 1]"
        + " address some element twice), so it cannot receive a result; pass a tensor with distinct elements, e.g."
        + " a copy", overlap);
    assertThrows(EinsumShapeException.class, () -> b.checkOutput(new int[] {2, 4}, new int[] {3, 1}));
    // distinct elements, however they are interleaved: fine
    b.checkOutput(new int[] {2, 4}, new int[] {4, 1});
    b.checkOutput(new int[] {2, 4}, new int[] {1, 2});
    b.checkOutput(new int[] {2, 4}, new int[] {5, 1});
  }

  @Test
  void resultTooLargeForAnArray() {
    Layout big = FloatTensor.zeros(1).expand(100000).layout();
    assertEquals("einsum \"i,j->ij\": the result [100000, 100000] would have more than 2147483647 elements, more"
        + " than an array can hold", bindError(Contraction.of("i,j->ij"), big, big));
    // Exactly Integer.MAX_VALUE is fine as far as binding goes.
    Layout max = FloatTensor.zeros(1).expand(Integer.MAX_VALUE).layout();
    assertArrayEquals(new int[] {Integer.MAX_VALUE}, Contraction.of("i->i").bind(max).outputShape());
  }

  @Test
  void resultWithASizeZeroAxisIsEmptyWhateverTheOtherSizes() {
    // NumPy: einsum("i,j,k->ijk", ...) with sizes 100000, 100000, 0 has shape (100000, 100000, 0), in any order.
    Layout big = FloatTensor.zeros(1).expand(100000).layout();
    assertArrayEquals(new int[] {100000, 100000, 0},
        Contraction.of("i,j,k->ijk").bind(big, big, c(0)).outputShape());
    assertArrayEquals(new int[] {0, 100000, 100000},
        Contraction.of("k,i,j->kij").bind(c(0), big, big).outputShape());
  }

  @Test
  void contiguousEllipsisDimensionsMerge() {
    Contraction.Binding b = Contraction.of("...ij").bind(c(2, 3, 4, 5));
    assertEquals(2, b.ellipsisRank());
    b.bindOutput(c(b.outputShape()));
    assertEquals(1, b.ellipsisRank());
    assertEquals(6, b.ellipsisSize(0));
    assertEquals(20, b.ellipsisStride(0, 0));
    assertEquals(20, b.ellipsisStride(b.outputIndex(), 0));
    assertEquals(6, b.ellipsisCount());
    assertEquals(100, b.offset(0, 5));
    // Size-1 dimensions drop out before merging.
    Contraction.Binding ones = bound("...ij", c(2, 1, 3, 4, 5));
    assertEquals(1, ones.ellipsisRank());
    assertEquals(6, ones.ellipsisSize(0));
  }

  @Test
  void ellipsisDimensionsThatAreNotContiguousStaySeparate() {
    Layout swapped = FloatTensor.zeros(3, 2, 4, 5).transpose(0, 1).layout();
    Contraction.Binding b = bound("...ij", swapped);
    assertEquals(2, b.ellipsisRank());
    assertEquals(2, b.ellipsisSize(0));
    assertEquals(3, b.ellipsisSize(1));
    assertEquals(20, b.ellipsisStride(0, 0));
    assertEquals(40, b.ellipsisStride(0, 1));
    assertEquals(6, b.ellipsisCount());
    // Flat index 4 is (1, 1): 20 + 40.
    assertEquals(60, b.offset(0, 4));
    // Broadcast in one operand only: [2, 3] against [3] cannot merge.
    Contraction.Binding m = bound("...i,...i->...i", c(2, 3, 4), c(3, 4));
    assertEquals(2, m.ellipsisRank());
    assertEquals(0, m.ellipsisStride(1, 0));
    assertEquals(4, m.ellipsisStride(1, 1));
    // Broadcast in every dimension of an operand merges: stride 0 all along.
    Contraction.Binding all = bound("...i,i->...i", c(2, 3, 4), c(4));
    assertEquals(1, all.ellipsisRank());
    assertEquals(0, all.ellipsisStride(1, 0));
  }

  @Test
  void strides() {
    // A repeated label's stride is the sum of its axes' strides.
    Contraction.Binding trace = Contraction.of("ii").bind(c(3, 3));
    assertEquals(4, trace.stride(0, 0));
    Contraction.Binding iij = Contraction.of("iij->j").bind(c(2, 2, 3));
    assertEquals(9, iij.stride(0, 0));
    assertEquals(1, iij.stride(0, 1));
    // A transposed view: other strides, same sizes.
    Contraction.Binding t = Contraction.of("ij").bind(FloatTensor.zeros(3, 2).transpose(0, 1).layout());
    assertEquals(1, t.stride(0, 0));
    assertEquals(2, t.stride(0, 1));
    assertEquals(2, t.size(0));
    assertEquals(3, t.size(1));
    // An absent label has stride 0.
    Contraction.Binding mm = Contraction.of("ij,jk->ik").bind(c(2, 3), c(3, 4));
    assertEquals(0, mm.stride(0, 2));
    assertEquals(0, mm.stride(1, 0));
    assertEquals(4, mm.stride(1, 1));
    assertEquals(4, mm.size(2));
    // A broadcast (size-1) axis has stride 0.
    Contraction.Binding bc = Contraction.of("ij,ij->ij").bind(c(2, 1), c(2, 3));
    assertEquals(0, bc.stride(0, 1));
    assertEquals(1, bc.stride(0, 0));
    // Offsets pass through.
    Layout strided = Layout.strided(20, 3, new int[] {2, 2}, new int[] {5, 1});
    assertEquals(3, Contraction.of("ij").bind(strided).offset(0));
  }

  @Test
  void outputStrides() {
    Contraction.Binding b = Contraction.of("ij->ji").bind(c(2, 3));
    assertArrayEquals(new int[] {3, 2}, b.outputShape());
    assertSame(b, b.bindOutput(new int[] {2, 1}, 7));
    assertEquals(1, b.stride(b.outputIndex(), 0));
    assertEquals(2, b.stride(b.outputIndex(), 1));
    assertEquals(7, b.offset(b.outputIndex()));
    Contraction.Binding sum = bound("ij->i", c(2, 3));
    assertEquals(1, sum.stride(sum.outputIndex(), 0));
    assertEquals(0, sum.stride(sum.outputIndex(), 1));
  }

  @Test
  void groupMembersBindAsOperands() {
    // "v" and "av" are members of one group; names and strides follow the flattened operands.
    Contraction c = Contraction.of("bijh,(bjhd+ijhd)->bihd", "alpha", "v", "av");
    assertEquals("av", c.name(2));
    assertEquals("out", c.name(3));
    Contraction.Binding b = bound("bijh,(bjhd+ijhd)->bihd", c(2, 3, 3, 4), c(2, 3, 4, 5), c(3, 3, 4, 5));
    assertArrayEquals(new int[] {2, 3, 4, 5}, b.outputShape());
    Spec s = b.contraction().spec();
    // av lacks b: stride 0 along it; v lacks i: stride 0 along it.
    assertEquals(0, b.stride(2, s.labelIndex('b')));
    assertEquals(60, b.stride(2, s.labelIndex('i')));
    assertEquals(0, b.stride(1, s.labelIndex('i')));
    assertEquals(60, b.stride(1, s.labelIndex('b')));
    assertEquals("einsum \"bijh,(bjhd+ijhd)->bihd\": label 'd' is 5 in 'v' (axis 3) but 6 in 'av' (axis 3)",
        bindError(c, c(2, 3, 3, 4), c(2, 3, 4, 5), c(3, 3, 4, 6)));
    assertEquals("einsum \"bijh,(bjhd+ijhd)->bihd\": the spec has 3 operands but 2 were given",
        bindError(c, c(2, 3, 3, 4), c(2, 3, 4, 5)));
  }
}
