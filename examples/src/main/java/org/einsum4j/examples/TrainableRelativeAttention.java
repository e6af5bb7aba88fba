/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import org.einsum4j.Einsum;
import org.einsum4j.EinsumGradient;
import org.einsum4j.FloatTensor;

/**
 * Seed 003's relative-position attention layer with its backward pass, every gradient generated from the
 * forward's spec:
 *
 * <pre>
 * q = x · W_Q,  k = x · W_K,  v = x · W_V                  (per head: "bshd,hde->bshe")
 * e[b,i,j,h] = Σ_d q[b,i,h,d] · (k[b,j,h,d] + aK[i,j,h,d]) / sqrt(D)
 * α = softmax over j of e
 * z[b,i,h,d] = Σ_j α[b,i,j,h] · (v[b,j,h,d] + aV[i,j,h,d])
 * </pre>
 */
public interface TrainableRelativeAttention {
  /** Per-head projection {@code x · W}. */
  @Einsum("bshd,hde->bshe")
  FloatTensor project(FloatTensor x, FloatTensor w);

  /** The projection's gradient with respect to {@code x}, given that of its result. */
  @EinsumGradient(of = "project", wrt = "x")
  FloatTensor projectGradX(FloatTensor grad, FloatTensor x, FloatTensor w);

  /** Adds the projection's gradient with respect to {@code w} into a buffer ({@code "bshd,bshe->hde"}). */
  @EinsumGradient(of = "project", wrt = "w", accumulate = true)
  void projectAddGradW(FloatTensor grad, FloatTensor x, FloatTensor w, FloatTensor outGradW);

  /** Scores {@code Σ_d q · (k + aK)}. */
  @Einsum("bihd,(bjhd+ijhd)->bijh")
  FloatTensor scores(FloatTensor q, FloatTensor k, FloatTensor aK);

  /** Gradient of the scores with respect to {@code q}. */
  @EinsumGradient(of = "scores", wrt = "q")
  FloatTensor scoresGradQ(FloatTensor grad, FloatTensor q, FloatTensor k, FloatTensor aK);

  /** Gradient of the scores with respect to {@code k}, a member of the group {@code (k + aK)}. */
  @EinsumGradient(of = "scores", wrt = "k")
  FloatTensor scoresGradK(FloatTensor grad, FloatTensor q, FloatTensor k, FloatTensor aK);

  /** Gradient of the scores with respect to {@code aK} (summed over the batch). */
  @EinsumGradient(of = "scores", wrt = "aK")
  FloatTensor scoresGradAK(FloatTensor grad, FloatTensor q, FloatTensor k, FloatTensor aK);

  /** Context {@code Σ_j α · (v + aV)}. */
  @Einsum("bijh,(bjhd+ijhd)->bihd")
  FloatTensor context(FloatTensor alpha, FloatTensor v, FloatTensor aV);

  /** Gradient of the context with respect to {@code alpha}. */
  @EinsumGradient(of = "context", wrt = "alpha")
  FloatTensor contextGradAlpha(FloatTensor grad, FloatTensor alpha, FloatTensor v, FloatTensor aV);

  /** Gradient of the context with respect to {@code v}. */
  @EinsumGradient(of = "context", wrt = "v")
  FloatTensor contextGradV(FloatTensor grad, FloatTensor alpha, FloatTensor v, FloatTensor aV);

  /** Gradient of the context with respect to {@code aV}. */
  @EinsumGradient(of = "context", wrt = "aV")
  FloatTensor contextGradAV(FloatTensor grad, FloatTensor alpha, FloatTensor v, FloatTensor aV);
}
