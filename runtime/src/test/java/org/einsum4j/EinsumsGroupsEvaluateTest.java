/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.einsum4j.internal.spec.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Einsums#evaluate} on specs with operand groups. Each group spec is checked against the same spec with
 * every group materialized: the test builds the summed tensor itself, broadcasting the members by label and
 * under {@code "..."}, and evaluates the group-free spec, whose evaluation {@link EinsumsEvaluateTest} checks
 * against NumPy. Inputs are small integers, so every result is exact. A few results are also NumPy's literal
 * values.
 */
class EinsumsGroupsEvaluateTest {

  private static int[] s(int... shape) {
    return shape;
  }

  private static Arguments c(String spec, int[]... shapes) {
    return Arguments.of(spec, shapes);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c("bijh,(bjhd+ijhd)->bihd", s(2, 3, 3, 2), s(2, 3, 2, 4), s(3, 3, 2, 4)),
        c("bijh,(bjhd-ijhd)->bihd", s(2, 3, 3, 2), s(2, 3, 2, 4), s(3, 3, 2, 4)),
        c("bijh,(bjhd+ijhd)", s(2, 3, 3, 2), s(2, 3, 2, 4), s(3, 3, 2, 4)),
        c("(ij+ij),(jk-jk)->ik", s(2, 3), s(2, 3), s(3, 4), s(3, 4)),
        c("(ij+ij),(ij-ij)->ij", s(2, 3), s(2, 3), s(2, 3), s(2, 3)),
        c("i,(ij+j)->ij", s(2), s(2, 3), s(3)),
        c("i,(ij+j)", s(2), s(2, 3), s(3)),
        c("(ij+ji)", s(3, 3), s(3, 3)),
        c("(ii+ij)", s(3, 3), s(3, 4)),
        c("(iij+j)->ij", s(2, 2, 3), s(3)),
        c("(ij-j)->", s(2, 3), s(3)),
        c("(a+b-c)->abc", s(2), s(3), s(4)),
        c("(a+b-c)->cab", s(2), s(3), s(4)),
        c("ij,(jk+k),(kl-l+jl)->il", s(2, 3), s(3, 4), s(4), s(4, 2), s(2), s(3, 2)),
        c("(i+j),(j+k),(k+i)", s(2), s(3), s(3), s(4), s(4), s(2)),
        c("(ab-ba),(bc+cb)->ac", s(3, 3), s(3, 3), s(3, 3), s(3, 3)),
        c("(Ab+bA)->bA", s(2, 3), s(3, 2)),
        // size-1 dimensions broadcast between members and against other operands
        c("(ij+ij),jk->ik", s(2, 1), s(2, 3), s(3, 2)),
        c("(ij+ij)->ij", s(1, 3), s(2, 1)),
        c("i,(ij+j)->ij", s(2), s(1, 3), s(1)),
        // "..." in members, aligned on the right
        c("(...ij+j),jk->...ik", s(2, 2, 3), s(3), s(3, 4)),
        c("(...i+i...)", s(2, 3), s(3, 2)),
        c("(...i+...i)->...i", s(1, 3), s(2, 3)),
        c("(...+i)->...i", s(2), s(3)),
        c("(...ij+...ji),...jk->...ik", s(2, 1, 2, 3), s(4, 3, 2), s(3, 2)),
        // 0-d members and operands
        c("i,(...+i)->i", s(3), s(), s(3)),
        c("(...+...)->...", s(), s(2, 3)),
        c(",(i+i)->i", s(), s(3), s(3)),
        c("(...-...),i->", s(), s(), s(4)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("cases")
  void matchesTheMaterializedSpec(String spec, int[][] shapes) {
    Random random = new Random(spec.hashCode());
    DoubleTensor[] operands = new DoubleTensor[shapes.length];
    for (int k = 0; k < shapes.length; k++) {
      operands[k] = randomInts(random, shapes[k]);
    }
    Spec parsed = Spec.parse(spec);
    StringBuilder plain = new StringBuilder();
    List<DoubleTensor> materialized = new ArrayList<>();
    for (Spec.Slot slot : parsed.slots()) {
      if (!materialized.isEmpty()) {
        plain.append(',');
      }
      List<Spec.Member> ms = slot.members();
      if (!slot.isGroup()) {
        plain.append(parsed.operand(ms.get(0).operand()));
        materialized.add(operands[ms.get(0).operand()]);
        continue;
      }
      Spec.Term[] terms = new Spec.Term[ms.size()];
      DoubleTensor[] tensors = new DoubleTensor[ms.size()];
      int[] signs = new int[ms.size()];
      for (int m = 0; m < ms.size(); m++) {
        terms[m] = parsed.operand(ms.get(m).operand());
        tensors[m] = operands[ms.get(m).operand()];
        signs[m] = ms.get(m).sign();
      }
      Group g = materialize(terms, tensors, signs);
      plain.append(g.term);
      materialized.add(g.tensor);
    }
    plain.append("->").append(parsed.output());

    DoubleTensor expected = Einsums.evaluate(plain.toString(), materialized.toArray(new DoubleTensor[0]));
    DoubleTensor actual = Einsums.evaluate(spec, operands);
    assertArrayEquals(expected.shape(), actual.shape(), plain::toString);
    assertArrayEquals(expected.toArray(), actual.toArray(), plain::toString);

    FloatTensor[] floats = new FloatTensor[operands.length];
    for (int k = 0; k < operands.length; k++) {
      floats[k] = operands[k].toFloat();
    }
    FloatTensor f = Einsums.evaluate(spec, floats);
    assertArrayEquals(expected.shape(), f.shape());
    float[] fe = expected.toFloat().toArray();
    assertArrayEquals(fe, f.toArray(), plain::toString);
  }

  /** A materialized group: its term ({@code "..."} first when any member has one, then its labels) and tensor. */
  private record Group(String term, DoubleTensor tensor) {}

  /** Builds the signed sum of the members as a tensor over the union of their labels, broadcasting as NumPy. */
  private static Group materialize(Spec.Term[] terms, DoubleTensor[] tensors, int[] signs) {
    StringBuilder labels = new StringBuilder();
    int eRank = 0;
    boolean ellipsis = false;
    for (int m = 0; m < terms.length; m++) {
      for (char ch : terms[m].labels().toCharArray()) {
        if (labels.indexOf(String.valueOf(ch)) < 0) {
          labels.append(ch);
        }
      }
      if (terms[m].hasEllipsis()) {
        ellipsis = true;
        eRank = Math.max(eRank, tensors[m].rank() - terms[m].labels().length());
      }
    }
    int n = labels.length();
    int[] shape = new int[eRank + n];
    Arrays.fill(shape, 1);
    for (int m = 0; m < terms.length; m++) {
      int[] ms = tensors[m].shape();
      for (int a = 0; a < ms.length; a++) {
        int d = dimension(terms[m], a, ms.length, eRank, labels);
        shape[d] = Math.max(shape[d], ms[a]);
      }
    }
    DoubleTensor out = DoubleTensor.zeros(shape);
    int[] idx = new int[shape.length];
    int count = out.size();
    for (int e = 0; e < count; e++) {
      int rest = e;
      for (int d = shape.length - 1; d >= 0; d--) {
        idx[d] = rest % shape[d];
        rest /= shape[d];
      }
      double v = 0;
      for (int m = 0; m < terms.length; m++) {
        int[] ms = tensors[m].shape();
        int[] mi = new int[ms.length];
        for (int a = 0; a < ms.length; a++) {
          mi[a] = ms[a] == 1 ? 0 : idx[dimension(terms[m], a, ms.length, eRank, labels)];
        }
        v += signs[m] * tensors[m].get(mi);
      }
      out.set(v, idx.clone());
    }
    return new Group((ellipsis ? "..." : "") + labels, out);
  }

  /** Returns the dimension of the materialized group that axis {@code a} of a member stands for. */
  private static int dimension(Spec.Term t, int a, int rank, int eRank, CharSequence labels) {
    int eLen = rank - t.labels().length();
    int p = a;
    if (t.hasEllipsis()) {
      if (a >= t.ellipsisAt() && a < t.ellipsisAt() + eLen) {
        return eRank - eLen + (a - t.ellipsisAt());
      }
      p = a < t.ellipsisAt() ? a : a - eLen;
    }
    return eRank + labels.toString().indexOf(t.labels().charAt(p));
  }

  private static DoubleTensor randomInts(Random random, int[] shape) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    double[] data = new double[n];
    for (int i = 0; i < n; i++) {
      data[i] = random.nextInt(9) - 4;
    }
    return DoubleTensor.of(data, shape);
  }

  @Test
  void membersMayBeStridedAndBroadcastViews() {
    double[] a = {1, -2, 3, 0, 4, -1};
    DoubleTensor x = DoubleTensor.of(a, 2, 3);
    DoubleTensor xt = DoubleTensor.of(a.clone(), 3, 2).transpose(0, 1);  // [[1,3,4],[-2,0,-1]]
    DoubleTensor row = DoubleTensor.of(new double[] {10, 20, 30}, 1, 3).expand(2, 3);
    DoubleTensor r = Einsums.evaluate("(ij+ij-ij)->ij", x, xt, row);
    assertArrayEquals(new int[] {2, 3}, r.shape());
    assertArrayEquals(new double[] {1 + 1 - 10, -2 + 3 - 20, 3 + 4 - 30, 0 - 2 - 10, 4 + 0 - 20, -1 - 1 - 30},
        r.toArray());
  }

  @Test
  void subtractingAnOperandFromItselfGivesZero() {
    DoubleTensor a = DoubleTensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    DoubleTensor b = DoubleTensor.of(new double[] {7, 8, 9}, 3);
    DoubleTensor r = Einsums.evaluate("(ij-ij),j->i", a, a, b);
    assertArrayEquals(new double[] {0, 0}, r.toArray());
  }

  // Literal results: numpy.einsum (2.4) on the materialized formula, e.g.
  // np.einsum("bijh,bijhd->bihd", alpha, v[:, None] + av[None]) for "bijh,(bjhd+ijhd)->bihd".

  @Test
  void seedSpecMatchesNumPy() {
    DoubleTensor alpha = DoubleTensor.of(new double[] {1, 2, -1, 0, 3, 1, 2, -2}, 1, 2, 2, 2);
    DoubleTensor v = DoubleTensor.of(new double[] {1, 0, 2, 1, -1, 3, 0, 2}, 1, 2, 2, 2);
    DoubleTensor av = DoubleTensor.of(new double[] {2, 1, 0, -1, 1, 1, 3, 0, -2, 0, 1, 1, 0, 2, -1, 1}, 2, 2, 2, 2);
    DoubleTensor z = Einsums.evaluate("bijh,(bjhd+ijhd)->bihd", alpha, v, av);
    assertArrayEquals(new int[] {1, 2, 2, 2}, z.shape());
    assertArrayEquals(NUMPY_SEED, z.toArray());
  }

  private static final double[] NUMPY_SEED = {3, -3, 4, 0, -5, 10, 5, -4};

  @Test
  void subtractionAndBroadcastMatchNumPy() {
    DoubleTensor x = DoubleTensor.of(new double[] {1, 2, 3}, 3);
    DoubleTensor y = DoubleTensor.of(new double[] {4, -1, 0, 2, 5, -3}, 3, 2);
    DoubleTensor w = DoubleTensor.of(new double[] {2, -1}, 2);
    DoubleTensor r = Einsums.evaluate("i,(ij-j)->ij", x, y, w);
    assertArrayEquals(new int[] {3, 2}, r.shape());
    assertArrayEquals(NUMPY_SUB, r.toArray());
  }

  private static final double[] NUMPY_SUB = {2, 0, -4, 6, 9, -6};

  @Test
  void twoGroupsImplicitOutputMatchNumPy() {
    DoubleTensor a = DoubleTensor.of(new double[] {1, 2, 0, -1, 3, 1}, 2, 3);
    DoubleTensor b = DoubleTensor.of(new double[] {0, 1, 2, 1, -2, 1}, 3, 2).transpose(0, 1);
    DoubleTensor c = DoubleTensor.of(new double[] {2, 0, 1, 1, -1, 3, 0, 2, 1, 1, 0, -2}, 3, 4);
    DoubleTensor d = DoubleTensor.of(new double[] {1, 1, 0, 2}, 4);
    DoubleTensor r = Einsums.evaluate("(ij+ij),(jk-k)", a, b, c, d);
    assertEquals("ik", Spec.parse("(ij+ij),(jk-k)").output().toString());
    assertArrayEquals(new int[] {2, 4}, r.shape());
    assertArrayEquals(NUMPY_TWO, r.toArray());
  }

  private static final double[] NUMPY_TWO = {-7, 7, 1, 7, -8, 8, 0, -8};

  @Test
  void sizesMustAgreeAcrossMembersAndOtherOperands() {
    DoubleTensor a = DoubleTensor.zeros(2, 3);
    DoubleTensor b = DoubleTensor.zeros(2, 4);
    EinsumShapeException e = assertThrows(EinsumShapeException.class, () -> Einsums.evaluate("(ij+ij)", a, b));
    assertEquals("einsum \"(ij+ij)\": label 'j' is 3 in 'operand 0' (axis 1) but 4 in 'operand 1' (axis 1)",
        e.getMessage());
    EinsumShapeException other = assertThrows(EinsumShapeException.class,
        () -> Einsums.evaluate("jk,(ij+j)", DoubleTensor.zeros(3, 2), a, DoubleTensor.zeros(4)));
    assertEquals("einsum \"jk,(ij+j)\": label 'j' is 3 in 'operand 0' (axis 0) but 4 in 'operand 2' (axis 0)",
        other.getMessage());
  }

  @Test
  void operandsAreCountedFlattened() {
    DoubleTensor a = DoubleTensor.zeros(2, 2, 2, 2);
    EinsumShapeException e = assertThrows(EinsumShapeException.class,
        () -> Einsums.evaluate("bijh,(bjhd+ijhd)->bihd", a, a));
    assertEquals("einsum \"bijh,(bjhd+ijhd)->bihd\": the spec has 3 operands but 2 were given", e.getMessage());
    EinsumShapeException rank = assertThrows(EinsumShapeException.class,
        () -> Einsums.evaluate("bijh,(bjhd+ijhd)->bihd", a, a, DoubleTensor.zeros(2, 2, 2)));
    assertEquals("einsum \"bijh,(bjhd+ijhd)->bihd\": 'operand 2' has rank 3 but its subscripts \"ijhd\" name 4"
        + " dimensions", rank.getMessage());
  }
}
