/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * The contractions the Spark job runs on every batch row, generated at build time by the einsum4j processor.
 * Labels: {@code b} batch, {@code s} source position, {@code h}/{@code k} hidden size (Luong); {@code i},
 * {@code j} query and key positions, {@code h} head, {@code d}/{@code e} head dimension (relative attention).
 */
public interface BatchAttention {
  /** Luong's "general" score uses {@code W · dec}: {@code q[b,h] = Σ_k dec[b,k] · W[h,k]}. */
  @Einsum("bk,hk->bh")
  FloatTensor luongQuery(FloatTensor decoderHidden, FloatTensor w);

  /** Scores of every source position: {@code score[b,s] = Σ_h enc[b,s,h] · q[b,h]}. */
  @Einsum("bsh,bh->bs")
  FloatTensor luongScores(FloatTensor encoderOutputs, FloatTensor query);

  /** The context vector: {@code ctx[b,h] = Σ_s w[b,s] · enc[b,s,h]}. */
  @Einsum("bs,bsh->bh")
  FloatTensor luongContext(FloatTensor weights, FloatTensor encoderOutputs);

  /** Adds the Gram matrix of a batch of context vectors into {@code out}: {@code out[h,k] += Σ_b c[b,h] · c[b,k]}. */
  @Einsum(value = "bh,bk->hk", accumulate = true)
  void addGram(FloatTensor context, FloatTensor sameContext, FloatTensor out);

  /** Per-head projection {@code x · W}: {@code [B, S, H, D] x [H, D, E] -> [B, S, H, E]}. */
  @Einsum("bshd,hde->bshe")
  FloatTensor project(FloatTensor x, FloatTensor w);

  /** Relative-position scores {@code e = Σ_d q · (k + aK)}, the sum never materialized. */
  @Einsum("bihd,(bjhd+ijhd)->bijh")
  FloatTensor relativeScores(FloatTensor q, FloatTensor k, FloatTensor aK);

  /** Relative-position context {@code z = Σ_j α · (v + aV)}, the sum never materialized. */
  @Einsum("bijh,(bjhd+ijhd)->bihd")
  FloatTensor relativeContext(FloatTensor alpha, FloatTensor v, FloatTensor aV);
}
