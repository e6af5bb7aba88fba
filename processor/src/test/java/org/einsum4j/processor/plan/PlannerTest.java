/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.model.Scalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The plan pass: classification of matrix-product shapes, the step each spec gets, and the printed plans
 * (snapshots in {@code src/test/resources/golden/plans.txt}; after an intended change rerun with
 * {@code -Dgolden.update=true} and review the diff).
 */
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
      "...ij,...jk->...ik | []    | [i]     | [k] | [j]",
  })
  void matrixProductShapes(String spec, String batch, String m, String n, String k) {
    MatrixProduct s = assertInstanceOf(MatrixProduct.class, plan(spec, "a", "b").step());
    assertEquals(batch, s.batch().toString(), "batch");
    assertEquals(m, s.m().toString(), "M");
    assertEquals(n, s.n().toString(), "N");
    assertEquals(k, s.k().toString(), "K");
  }

  @ParameterizedTest
  @CsvSource({"'ij,ij->ij'", "'i,i->i'", "'i,i->'", "'bi,bi->b'", "'i,j->ij'", "'ir,jr->ijr'", "'ij,j->j'", "'ij,jk->k'", "'ij,jk,kl->il'", "'ij->ji'", "'ij->'"})
  void notMatrixProducts(String spec) {
    int n = Spec.parse(spec).operandCount();
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = "x" + i;
    }
    assertNull(Planner.matmul(Spec.parse(spec)), spec);
    assertFalse(plan(spec, names).step() instanceof MatrixProduct, spec);
  }

  @ParameterizedTest
  @CsvSource({"'bs,bsh->bh', MatrixProduct", "'ij->ji', Copy", "'ii', VectorNest", "'ij,ij->ij', VectorNest",
      "'ij,jk,kl->il', PairwisePaths", "'...ij,...jk,...kl->...il', VectorNest", "'i,(ij+j)->ij', GroupTerms",
      "'...i,(...i+...i)->...i', LoopNest"})
  void stepOfEachForm(String spec, String form) {
    int n = Spec.parse(spec).operandCount();
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = "x" + i;
    }
    Plan p = plan(spec, names);
    assertEquals(form, p.step().getClass().getSimpleName(), spec);
    assertEquals(p.step() == p.nest(), p.step() instanceof LoopNest, "a loop-nest step is the plan's own nest");
  }

  @Test
  void pathStepsAndTermsAreBuiltFromParts() {
    Plan chain = plan("ij,jk,kl->il", "a", "b", "c");
    for (PathPlan path : ((PairwisePaths) chain.step()).paths()) {
      for (int s = 0; s < path.steps().size(); s++) {
        assertEquals(path.steps().get(s).spec(), path.stepPlans().get(s).method().spec().text());
        assertEquals(Spec.parse(path.steps().get(s).spec()).normalized(),
            path.stepPlans().get(s).method().spec().normalized());
      }
    }
    Plan groups = plan("bijh,(bjhd+ijhd)->bihd", "a", "b", "c");
    List<GroupTerm> terms = ((GroupTerms) groups.step()).terms();
    assertEquals("[+ bijh,bjhd->bihd [GEMM], + bijh,ijhd->bihd [GEMM]]", terms.toString());
  }

  private static final String[][] SNAPSHOTS = {
      {"bs,bsh->bh", "weights", "encoderOutputs"},
      {"ii", "a"},
      {"bij->bji", "x"},
      {"ij,ij->ij", "a", "b"},
      {"...ij,...jk->...ik", "a", "b"},
      {"ij,jk,kl->il", "a", "b", "c"},
      {"bijh,(bjhd+ijhd)->bihd", "scores", "keys", "bias"},
      {"i,(ij-ji)->ij", "v", "m", "n"},
  };

  @Test
  void printedPlans() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String[] s : SNAPSHOTS) {
      all.append(plan(s[0], java.util.Arrays.copyOfRange(s, 1, s.length))).append('\n');
    }
    Path file = Path.of("src/test/resources/golden/plans.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, all.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), all.toString(),
        "printed plans changed; if intended, rerun with -Dgolden.update=true and review the diff");
  }

  @Test
  void printedPlanOfTheLuongContext() {
    assertEquals(String.join("\n",
        "einsum \"bs,bsh->bh\" (bs,bsh->bh), float",
        "  result[b,h] = Σ_s weights[b,s] · encoderOutputs[b,s,h]",
        "  free: b, h   reduced: s",
        "  flops: 2·nB·nS·nH",
        "  step: batched matrix product on the GEMM engine: batch b, M none, N h, K s",
        "    each group merged into one dimension where strides chain (at call time), an operand that",
        "    splits a group into many products first copied into the groups' order; packed panels,",
        "    register-tiled FMA micro-kernel, threads over batch and M blocks above a work threshold;",
        "    tiny products unpacked, and a depth of at most 8 on the vector nest when a measured cost",
        "    model says it is faster at the call's sizes",
        ""), plan("bs,bsh->bh", "weights", "encoderOutputs").toString());
  }

  @Test
  void printedPlanOfATrace() {
    assertEquals(String.join("\n",
        "einsum \"ii\" (ii->), float",
        "  result = Σ_i a[i,i]",
        "  free: none   reduced: i",
        "  flops: 1·nI",
        "  step: vector loop nest on the nest engine: dimensions merged where contiguous, the vector dimension",
        "    picked per call from the strides (stride-1 lines on the Vector API, stride-0 operands broadcast,",
        "    else the scalar twin); sums over i blocked and pairwise",
        ""), plan("ii", "a").toString());
  }
}
