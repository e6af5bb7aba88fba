/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * Self-attention with relative position representations:
 *
 * <pre>
 * e[b,i,j,h] = Σ_d q[b,i,h,d] · (k[b,j,h,d] + aK[i,j,h,d]) / sqrt(D)
 * α = softmax over j of e
 * z[b,i,h,d] = Σ_j α[b,i,j,h] · (v[b,j,h,d] + aV[i,j,h,d])
 * </pre>
 *
 * The {@code [B, S, S, H, D]} tensors {@code k + aK} and {@code v + aV} are never built: either each sum of
 * two terms is written as an operand group, {@code (bjhd+ijhd)}, which the generated code distributes into two
 * matrix products, or it is split by hand into two einsums whose results are added.
 */
public interface RelativeAttention {
  /** Per-head projection {@code x · W}: {@code [B, S, H, D] x [H, D, E] -> [B, S, H, E]}. */
  @Einsum("bshd,hde->bshe")
  FloatTensor project(FloatTensor x, FloatTensor w);

  /** Content scores {@code Σ_d q[b,i,h,d] · k[b,j,h,d]}. */
  @Einsum("bihd,bjhd->bijh")
  FloatTensor contentScores(FloatTensor q, FloatTensor k);

  /** Position scores {@code Σ_d q[b,i,h,d] · aK[i,j,h,d]}. */
  @Einsum("bihd,ijhd->bijh")
  FloatTensor positionScores(FloatTensor q, FloatTensor aK);

  /** Attention over values {@code Σ_j α[b,i,j,h] · v[b,j,h,d]}. */
  @Einsum("bijh,bjhd->bihd")
  FloatTensor mixValues(FloatTensor alpha, FloatTensor v);

  /** Attention over position values {@code Σ_j α[b,i,j,h] · aV[i,j,h,d]}. */
  @Einsum("bijh,ijhd->bihd")
  FloatTensor mixPositions(FloatTensor alpha, FloatTensor aV);

  /** The scores in one call, {@code e = Σ_d q · (k + aK)}, with {@code k + aK} an operand group. */
  @Einsum("bihd,(bjhd+ijhd)->bijh")
  FloatTensor scores(FloatTensor q, FloatTensor k, FloatTensor aK);

  /** The context in one call, {@code z = Σ_j α · (v + aV)}, with {@code v + aV} an operand group. */
  @Einsum("bijh,(bjhd+ijhd)->bihd")
  FloatTensor context(FloatTensor alpha, FloatTensor v, FloatTensor aV);

  /**
   * The same context for models with 4 heads of 32 dimensions, declared: a tensor with other sizes throws
   * {@link org.einsum4j.EinsumShapeException} naming the label, and the kernel uses the sizes as constants.
   */
  @Einsum(value = "bijh,(bjhd+ijhd)->bihd", sizes = "h=4, d=32")
  FloatTensor context4x32(FloatTensor alpha, FloatTensor v, FloatTensor aV);

  /** Adds {@code Σ_j α[b,i,j,h] · aV[i,j,h,d]} into {@code out} ({@code out += ...}). */
  @Einsum(value = "bijh,ijhd->bihd", accumulate = true)
  void addMixPositions(FloatTensor alpha, FloatTensor aV, FloatTensor out);

  /** The seed's scores on a materialized {@code kPlusAk[b,i,j,h,d] = k[b,j,h,d] + aK[i,j,h,d]}. */
  @Einsum("bihd,bijhd->bijh")
  FloatTensor scoresMaterialized(FloatTensor q, FloatTensor kPlusAk);

  /** The seed's formula on a materialized {@code vPlusAv[b,i,j,h,d] = v[b,j,h,d] + aV[i,j,h,d]}. */
  @Einsum("bijh,bijhd->bihd")
  FloatTensor contextMaterialized(FloatTensor alpha, FloatTensor vPlusAv);
}
