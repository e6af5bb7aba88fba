/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsum;
import org.einsum4j.EinsumGradient;
import org.einsum4j.FloatTensor;

/** Three workloads of the seed suite and the gradients of each with respect to both operands. */
public interface GradientSuite {
  /** head_proj. */
  @Einsum("bshd,hde->bshe")
  FloatTensor headProj(FloatTensor x, FloatTensor w);

  /** head_proj's gradient with respect to x: {@code "bshe,hde->bshd"}. */
  @EinsumGradient(of = "headProj", wrt = "x")
  FloatTensor headProjGradX(FloatTensor grad, FloatTensor x, FloatTensor w);

  /** head_proj's gradient with respect to w: {@code "bshd,bshe->hde"}. */
  @EinsumGradient(of = "headProj", wrt = "w")
  FloatTensor headProjGradW(FloatTensor grad, FloatTensor x, FloatTensor w);

  /** rel_scores. */
  @Einsum("bihd,bjhd->bijh")
  FloatTensor relScores(FloatTensor q, FloatTensor k);

  /** rel_scores' gradient with respect to q: {@code "bijh,bjhd->bihd"}. */
  @EinsumGradient(of = "relScores", wrt = "q")
  FloatTensor relScoresGradQ(FloatTensor grad, FloatTensor q, FloatTensor k);

  /** rel_scores' gradient with respect to k: {@code "bijh,bihd->bjhd"}. */
  @EinsumGradient(of = "relScores", wrt = "k")
  FloatTensor relScoresGradK(FloatTensor grad, FloatTensor q, FloatTensor k);

  /** rel_context. */
  @Einsum("bijh,bjhd->bihd")
  FloatTensor relContext(FloatTensor alpha, FloatTensor v);

  /** rel_context's gradient with respect to alpha: {@code "bihd,bjhd->bijh"}. */
  @EinsumGradient(of = "relContext", wrt = "alpha")
  FloatTensor relContextGradAlpha(FloatTensor grad, FloatTensor alpha, FloatTensor v);

  /** rel_context's gradient with respect to v: {@code "bijh,bihd->bjhd"}. */
  @EinsumGradient(of = "relContext", wrt = "v")
  FloatTensor relContextGradV(FloatTensor grad, FloatTensor alpha, FloatTensor v);
}
