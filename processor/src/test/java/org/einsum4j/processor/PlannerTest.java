/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.model.Scalar;
import org.einsum4j.processor.plan.MatmulSchedule;
import org.einsum4j.processor.plan.Plan;
import org.einsum4j.processor.plan.Planner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The plan pass: classification of matrix-product shapes and the printed plan. */
class PlannerTest {

  private static Plan plan(String spec, String... names) {
    return Planner.plan(new KernelMethod("m", "public", List.of(names), Scalar.FLOAT, null, Spec.parse(spec)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ik,kj->ij        | []      | [i]     | [j] | [k]",
      "bik,bkj->bij     | [b]     | [i]     | [j] | [k]",
      "bshd,hde->bshe   | [h]     | [b, s]  | [e] | [d]",
      "bihd,bjhd->bijh  | [b, h]  | [i]     | [j] | [d]",
      "bihd,ijhd->bijh  | [i, h]  | [b]     | [j] | [d]",
      "bijh,bjhd->bihd  | [b, h]  | [i]     | [d] | [j]",
      "bsh,bh->bs       | [b]     | [s]     | []  | [h]",
      "bs,bsh->bh       | [b]     | []      | [h] | [s]",
      "i,i->            | []      | []      | []  | [i]",
      "i,j->ij          | []      | [i]     | [j] | []",
      "...ij,...jk->...ik | []    | [i]     | [k] | [j]",
  })
  void matrixProductShapes(String spec, String batch, String m, String n, String k) {
    MatmulSchedule s = plan(spec, "a", "b").matmul();
    assertEquals(batch, s.batch().toString(), "batch");
    assertEquals(m, s.m().toString(), "M");
    assertEquals(n, s.n().toString(), "N");
    assertEquals(k, s.k().toString(), "K");
  }

  @ParameterizedTest
  @CsvSource({"'ij,ij->ij'", "'i,i->i'", "'ij,j->j'", "'ij,jk->k'", "'ij,jk,kl->il'", "'ij->ji'", "'ij->'"})
  void notMatrixProducts(String spec) {
    int n = Spec.parse(spec).operandCount();
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = "x" + i;
    }
    assertNull(plan(spec, names).matmul(), spec);
  }

  @Test
  void printedPlanOfTheLuongContext() {
    assertEquals(String.join("\n",
        "einsum \"bs,bsh->bh\" (bs,bsh->bh), float",
        "  result[b,h] = Σ_s weights[b,s] · encoderOutputs[b,s,h]",
        "  free: b, h   reduced: s",
        "  step 1: batched matrix product on the GEMM engine: batch b, M none, N h, K s",
        "    each group merged into one dimension where strides chain (at call time); packed panels,",
        "    register-tiled FMA micro-kernel, threads over batch and M blocks above a work threshold",
        "  fallback (einsum4j.variant=nest): fused loop nest b > h > s, scalar; accumulates over s in a local, "
            + "stores once",
        ""), plan("bs,bsh->bh", "weights", "encoderOutputs").toString());
  }

  @Test
  void printedPlanOfATrace() {
    assertEquals(String.join("\n",
        "einsum \"ii\" (ii->), float",
        "  result = Σ_i a[i,i]",
        "  free: none   reduced: i",
        "  step 1: reduction on the GEMM engine: the operand as a matrix (M = free labels, K = summed",
        "    labels, merged where strides chain) times a stride-0 vector of ones; vectorized sums",
        "  fallback (einsum4j.variant=nest): fused loop nest i, scalar; accumulates over i in a local, stores once",
        ""), plan("ii", "a").toString());
  }
}
