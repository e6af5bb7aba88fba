/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * The seed suite's workloads as {@link Einsum} methods, one per workload, with exactly the specs of
 * {@link Workload#ALL}. The annotation processor compiles them into {@code Einsum4j_SeedSuite} at build time.
 *
 * <p>Each workload has two methods: {@code x} returns a new result, and {@code xInto} (the same spec) overwrites
 * the caller's {@code out}, which has exactly the result's shape ({@code []} for {@code trace}), so a call
 * neither allocates nor zero-fills a result. {@link EinsumBench} measures the first, {@link EinsumIntoBench} the
 * second.
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

  /** {@link #luongScores}, written into {@code out}. */
  @Einsum("bsh,bh->bs")
  void luongScoresInto(FloatTensor encoderOutputs, FloatTensor decoderState, FloatTensor out);

  /** {@link #luongContext}, written into {@code out}. */
  @Einsum("bs,bsh->bh")
  void luongContextInto(FloatTensor weights, FloatTensor encoderOutputs, FloatTensor out);

  /** {@link #bmm}, written into {@code out}. */
  @Einsum("bik,bkj->bij")
  void bmmInto(FloatTensor a, FloatTensor b, FloatTensor out);

  /** {@link #gemm}, written into {@code out}. */
  @Einsum("ik,kj->ij")
  void gemmInto(FloatTensor a, FloatTensor b, FloatTensor out);

  /** {@link #headProj}, written into {@code out}. */
  @Einsum("bshd,hde->bshe")
  void headProjInto(FloatTensor x, FloatTensor weights, FloatTensor out);

  /** {@link #relScores}, written into {@code out}. */
  @Einsum("bihd,bjhd->bijh")
  void relScoresInto(FloatTensor queries, FloatTensor keys, FloatTensor out);

  /** {@link #relPosScores}, written into {@code out}. */
  @Einsum("bihd,ijhd->bijh")
  void relPosScoresInto(FloatTensor queries, FloatTensor positions, FloatTensor out);

  /** {@link #relContext}, written into {@code out}. */
  @Einsum("bijh,bjhd->bihd")
  void relContextInto(FloatTensor weights, FloatTensor values, FloatTensor out);

  /** {@link #permute}, written into {@code out}. */
  @Einsum("bshd->bhsd")
  void permuteInto(FloatTensor x, FloatTensor out);

  /** {@link #chain3}, written into {@code out}. */
  @Einsum("ij,jk,kl->il")
  void chain3Into(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor out);

  /** {@link #trace}, written into {@code out}. */
  @Einsum("ii->")
  void traceInto(FloatTensor a, FloatTensor out);

  /** {@link #bilinear}, written into {@code out}. */
  @Einsum("bi,ij,bj->b")
  void bilinearInto(FloatTensor x, FloatTensor a, FloatTensor y, FloatTensor out);

  /** {@link #relContextFused}, written into {@code out}. */
  @Einsum("bijh,(bjhd+ijhd)->bihd")
  void relContextFusedInto(FloatTensor weights, FloatTensor values, FloatTensor positionValues, FloatTensor out);

  /** {@link #chain5}, written into {@code out}. */
  @Einsum("ab,bc,cd,de,ef->af")
  void chain5Into(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor d, FloatTensor e, FloatTensor out);
}
