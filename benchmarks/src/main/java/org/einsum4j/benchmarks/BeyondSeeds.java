/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * The "beyond the seeds" group: einsums from public code that are not matrix products, each with an allocating
 * method and one that writes into {@code out}. {@link Beyond} gives their sizes and sources.
 */
public interface BeyondSeeds {
  /** Elementwise (Hadamard) product. */
  @Einsum("ij,ij->ij")
  FloatTensor hadamard(FloatTensor a, FloatTensor b);

  /** A per-feature scale broadcast over batch and sequence. */
  @Einsum("bsh,h->bsh")
  FloatTensor featureScale(FloatTensor x, FloatTensor gain);

  /** A product of three operands in one pass (no temporary). */
  @Einsum("ij,ij,ij->ij")
  FloatTensor triple(FloatTensor a, FloatTensor b, FloatTensor c);

  /** Rotary-embedding angles: positions times inverse frequencies. */
  @Einsum("i,j->ij")
  FloatTensor ropeOuter(FloatTensor positions, FloatTensor invFreq);

  /** Khatri-Rao (column-wise Kronecker) product of two factor matrices. */
  @Einsum("ir,jr->ijr")
  FloatTensor khatriRao(FloatTensor a, FloatTensor b);

  /** A sum over a middle axis. */
  @Einsum("ijk->ik")
  FloatTensor middleSum(FloatTensor x);

  /** The diagonals of a batch of matrices. */
  @Einsum("...ii->...i")
  FloatTensor batchDiag(FloatTensor x);

  /** One dot product per batch and head. */
  @Einsum("bhd,bhd->bh")
  FloatTensor headDot(FloatTensor q, FloatTensor k);

  /** Row-wise dot products. */
  @Einsum("bi,bi->b")
  FloatTensor rowDot(FloatTensor x, FloatTensor y);

  /** Column sums. */
  @Einsum("ij->j")
  FloatTensor colSum(FloatTensor x);

  /** A masked sum over the sequence (mean pooling's numerator). */
  @Einsum("bnd,bn->bd")
  FloatTensor maskedPool(FloatTensor tokens, FloatTensor mask);

  /** A per-channel scale of an image batch. */
  @Einsum("bchw,c->bchw")
  FloatTensor channelScale(FloatTensor x, FloatTensor scale);

  /** Dot products over the last axis of any batch shape. */
  @Einsum("...d,...d->...")
  FloatTensor lastAxisDot(FloatTensor x, FloatTensor y);

  /** {@link #hadamard} into {@code out}. */
  @Einsum("ij,ij->ij")
  void hadamardInto(FloatTensor a, FloatTensor b, FloatTensor out);

  /** {@link #featureScale} into {@code out}. */
  @Einsum("bsh,h->bsh")
  void featureScaleInto(FloatTensor x, FloatTensor gain, FloatTensor out);

  /** {@link #triple} into {@code out}. */
  @Einsum("ij,ij,ij->ij")
  void tripleInto(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor out);

  /** {@link #ropeOuter} into {@code out}. */
  @Einsum("i,j->ij")
  void ropeOuterInto(FloatTensor positions, FloatTensor invFreq, FloatTensor out);

  /** {@link #khatriRao} into {@code out}. */
  @Einsum("ir,jr->ijr")
  void khatriRaoInto(FloatTensor a, FloatTensor b, FloatTensor out);

  /** {@link #middleSum} into {@code out}. */
  @Einsum("ijk->ik")
  void middleSumInto(FloatTensor x, FloatTensor out);

  /** {@link #batchDiag} into {@code out}. */
  @Einsum("...ii->...i")
  void batchDiagInto(FloatTensor x, FloatTensor out);

  /** {@link #headDot} into {@code out}. */
  @Einsum("bhd,bhd->bh")
  void headDotInto(FloatTensor q, FloatTensor k, FloatTensor out);

  /** {@link #rowDot} into {@code out}. */
  @Einsum("bi,bi->b")
  void rowDotInto(FloatTensor x, FloatTensor y, FloatTensor out);

  /** {@link #colSum} into {@code out}. */
  @Einsum("ij->j")
  void colSumInto(FloatTensor x, FloatTensor out);

  /** {@link #maskedPool} into {@code out}. */
  @Einsum("bnd,bn->bd")
  void maskedPoolInto(FloatTensor tokens, FloatTensor mask, FloatTensor out);

  /** {@link #channelScale} into {@code out}. */
  @Einsum("bchw,c->bchw")
  void channelScaleInto(FloatTensor x, FloatTensor scale, FloatTensor out);

  /** {@link #lastAxisDot} into {@code out}. */
  @Einsum("...d,...d->...")
  void lastAxisDotInto(FloatTensor x, FloatTensor y, FloatTensor out);

  /** Mixture-of-experts dispatch: tokens routed to expert capacity slots (GShard / Mesh TensorFlow). */
  @Einsum("gsec,gsm->egcm")
  FloatTensor moeDispatch(FloatTensor dispatch, FloatTensor tokens);

  /** {@link #moeDispatch} into {@code out}. */
  @Einsum("gsec,gsm->egcm")
  void moeDispatchInto(FloatTensor dispatch, FloatTensor tokens, FloatTensor out);

  /** Mixture-of-experts expert inputs from a combine tensor, the batch label inside the output. */
  @Einsum("bnd,bnec->becd")
  FloatTensor moeCombine(FloatTensor x, FloatTensor combine);

  /** {@link #moeCombine} into {@code out}. */
  @Einsum("bnd,bnec->becd")
  void moeCombineInto(FloatTensor x, FloatTensor combine, FloatTensor out);

  /** Attention scores within chunks: two batch labels and a chunk label (chunked/local attention). */
  @Einsum("bcxd,bcyd->bcxy")
  FloatTensor chunkScores(FloatTensor q, FloatTensor k);

  /** {@link #chunkScores} into {@code out}. */
  @Einsum("bcxd,bcyd->bcxy")
  void chunkScoresInto(FloatTensor q, FloatTensor k, FloatTensor out);

  /** Multi-head attention scores. */
  @Einsum("bhqd,bhkd->bhqk")
  FloatTensor attnScores(FloatTensor q, FloatTensor k);

  /** {@link #attnScores} into {@code out}. */
  @Einsum("bhqd,bhkd->bhqk")
  void attnScoresInto(FloatTensor q, FloatTensor k, FloatTensor out);

  /** A covariance (Gram) matrix: the depth label first in both operands. */
  @Einsum("ni,nj->ij")
  FloatTensor covariance(FloatTensor x, FloatTensor y);

  /** {@link #covariance} into {@code out}. */
  @Einsum("ni,nj->ij")
  void covarianceInto(FloatTensor x, FloatTensor y, FloatTensor out);

  /** A four-index basis change (opt_einsum's example; quantum chemistry integral transforms). */
  @Einsum("ea,fb,abcd,gc,hd->efgh")
  FloatTensor basisChange(FloatTensor u1, FloatTensor u2, FloatTensor t, FloatTensor u3, FloatTensor u4);

  /** {@link #basisChange} into {@code out}. */
  @Einsum("ea,fb,abcd,gc,hd->efgh")
  void basisChangeInto(FloatTensor u1, FloatTensor u2, FloatTensor t, FloatTensor u3, FloatTensor u4, FloatTensor out);

  /** A DMRG/MPS environment update: left environment, MPS tensor, MPO tensor and conjugate MPS. */
  @Einsum("abc,ade,bdfg,cfh->egh")
  FloatTensor mpoEnv(FloatTensor left, FloatTensor mps, FloatTensor mpo, FloatTensor conj);

  /** {@link #mpoEnv} into {@code out}. */
  @Einsum("abc,ade,bdfg,cfh->egh")
  void mpoEnvInto(FloatTensor left, FloatTensor mps, FloatTensor mpo, FloatTensor conj, FloatTensor out);

  /** Batched 3 x 3 products (rotation matrices composed per item). */
  @Einsum("bij,bjk->bik")
  FloatTensor batchRotations(FloatTensor r1, FloatTensor r2);

  /** {@link #batchRotations} into {@code out}. */
  @Einsum("bij,bjk->bik")
  void batchRotationsInto(FloatTensor r1, FloatTensor r2, FloatTensor out);

  /** Batched 8 x 8 block products. */
  @Einsum("bij,bjk->bik")
  FloatTensor blockProducts(FloatTensor a, FloatTensor b);

  /** {@link #blockProducts} into {@code out}. */
  @Einsum("bij,bjk->bik")
  void blockProductsInto(FloatTensor a, FloatTensor b, FloatTensor out);

  /** A low-rank update: a tall factor times a wide one over a rank of 2. */
  @Einsum("ir,rj->ij")
  FloatTensor lowRank(FloatTensor b, FloatTensor a);

  /** {@link #lowRank} into {@code out}. */
  @Einsum("ir,rj->ij")
  void lowRankInto(FloatTensor b, FloatTensor a, FloatTensor out);
}
