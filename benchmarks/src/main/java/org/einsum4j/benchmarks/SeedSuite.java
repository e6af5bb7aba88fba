/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * The seed suite's workloads as {@link Einsum} methods, one per workload, with exactly the specs of
 * {@link Workload#ALL}. The annotation processor compiles them into {@code Einsum4j_SeedSuite} at build time.
 */
public interface SeedSuite {
  /** Luong attention scores: {@code score[b,s] = Σ_h enc[b,s,h] · dec[b,h]}. */
  @Einsum("bsh,bh->bs")
  FloatTensor luongScores(FloatTensor encoderOutputs, FloatTensor decoderState);

  /** Luong attention context: {@code ctx[b,h] = Σ_s w[b,s] · enc[b,s,h]}. */
  @Einsum("bs,bsh->bh")
  FloatTensor luongContext(FloatTensor weights, FloatTensor encoderOutputs);

  /** Batched matrix product. */
  @Einsum("bik,bkj->bij")
  FloatTensor bmm(FloatTensor a, FloatTensor b);

  /** Matrix product. */
  @Einsum("ik,kj->ij")
  FloatTensor gemm(FloatTensor a, FloatTensor b);

  /** Per-head projection of a {@code [batch, seq, head, dim]} tensor. */
  @Einsum("bshd,hde->bshe")
  FloatTensor headProj(FloatTensor x, FloatTensor weights);

  /** Relative-attention content scores. */
  @Einsum("bihd,bjhd->bijh")
  FloatTensor relScores(FloatTensor queries, FloatTensor keys);

  /** Relative-attention position scores against a {@code [i, j, head, dim]} table. */
  @Einsum("bihd,ijhd->bijh")
  FloatTensor relPosScores(FloatTensor queries, FloatTensor positions);

  /** Relative-attention context: the weights applied to the values. */
  @Einsum("bijh,bjhd->bihd")
  FloatTensor relContext(FloatTensor weights, FloatTensor values);

  /** Swaps the sequence and head axes, materialized. */
  @Einsum("bshd->bhsd")
  FloatTensor permute(FloatTensor x);

  /** A chain of three matrix products. */
  @Einsum("ij,jk,kl->il")
  FloatTensor chain3(FloatTensor a, FloatTensor b, FloatTensor c);

  /** The trace of a square matrix, as a 0-d tensor. */
  @Einsum("ii->")
  FloatTensor trace(FloatTensor a);

  /** A batched bilinear form {@code x[b]ᵀ A y[b]}. */
  @Einsum("bi,ij,bj->b")
  FloatTensor bilinear(FloatTensor x, FloatTensor a, FloatTensor y);

  /**
   * Seed 003's relative-attention context {@code z[b,i,h,d] = Σ_j α[b,i,j,h] · (v[b,j,h,d] + av[i,j,h,d])},
   * with {@code v + av} an operand group: the {@code [b, i, j, h, d]} sum is never built.
   */
  @Einsum("bijh,(bjhd+ijhd)->bihd")
  FloatTensor relContextFused(FloatTensor weights, FloatTensor values, FloatTensor positionValues);

  /** A chain of five matrix products (not in the seed suite: a 5-operand spec for the planner). */
  @Einsum("ab,bc,cd,de,ef->af")
  FloatTensor chain5(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor d, FloatTensor e);
}
