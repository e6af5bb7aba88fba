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
 * Each sum of two terms is split into two einsums, so the {@code [B, S, S, H, D]} tensors
 * {@code k + aK} and {@code v + aV} are never built.
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
}
