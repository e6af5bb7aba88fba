/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * What the job computes for one batch row, in plain Java: the code every Spark task runs, and the code a
 * single JVM runs to check the job. Shape errors surface as {@link org.einsum4j.EinsumShapeException}, naming
 * the label, operand and sizes that do not fit.
 */
public final class AttentionKernels {
  private static final BatchAttention KERNELS = Einsums.load(BatchAttention.class);

  private AttentionKernels() {}

  /**
   * Luong's outputs for one batch.
   *
   * @param context the context vectors {@code [B, H]}
   * @param weights the attention weights {@code [B, S]}, each row summing to 1
   */
  public record LuongResult(FloatTensor context, FloatTensor weights) {}

  /**
   * Luong "general" attention: scores {@code enc · (W · dec)}, a softmax over source positions, then the
   * context {@code Σ_s α · enc}.
   *
   * @param weights the model; its {@code [H, H]} weight is used
   * @param encoderOutputs {@code [B, S, H]}
   * @param decoderHidden {@code [B, H]}
   * @return the context and the attention weights
   */
  public static LuongResult luong(Weights weights, FloatTensor encoderOutputs, FloatTensor decoderHidden) {
    FloatTensor query = KERNELS.luongQuery(decoderHidden, weights.luongW());
    FloatTensor alpha = softmax(KERNELS.luongScores(encoderOutputs, query), 1);
    return new LuongResult(KERNELS.luongContext(alpha, encoderOutputs), alpha);
  }

  /**
   * Self-attention with relative position representations (seed 003): {@code e = q · (k + aK) / sqrt(D)},
   * {@code α = softmax over j}, {@code z = Σ_j α · (v + aV)}, without the {@code [B, S, S, H, D]} sums.
   *
   * @param weights the model; its projections and relative embeddings are used
   * @param x {@code [B, S, heads, D]}
   * @return {@code z}, {@code [B, S, heads, D]}
   */
  public static FloatTensor relative(Weights weights, FloatTensor x) {
    FloatTensor q = KERNELS.project(x, weights.wQ());
    FloatTensor k = KERNELS.project(x, weights.wK());
    FloatTensor v = KERNELS.project(x, weights.wV());
    FloatTensor e = KERNELS.relativeScores(q, k, weights.aK());
    scaleInPlace(e, (float) (1 / Math.sqrt(weights.headDim())));
    return KERNELS.relativeContext(softmax(e, 2), v, weights.aV());
  }

  /**
   * Adds {@code Σ_b c[b,h] · c[b,k]} into {@code gram}.
   *
   * @param context {@code [B, H]}
   * @param gram {@code [H, H]}, updated in place
   */
  public static void addGram(FloatTensor context, FloatTensor gram) {
    KERNELS.addGram(context, context, gram);
  }

  /**
   * Replaces a contiguous tensor by its softmax along {@code axis} (max-subtracted, the sum in {@code double}).
   *
   * @return {@code t}
   */
  static FloatTensor softmax(FloatTensor t, int axis) {
    if (!t.isContiguous() || t.offset() != 0) {
      throw new IllegalArgumentException("softmax needs a contiguous tensor");
    }
    int[] shape = t.shape();
    float[] x = t.array();
    int n = shape[axis];
    int outer = 1;
    for (int a = 0; a < axis; a++) {
      outer *= shape[a];
    }
    int inner = 1;
    for (int a = axis + 1; a < shape.length; a++) {
      inner *= shape[a];
    }
    for (int o = 0; o < outer; o++) {
      for (int i = 0; i < inner; i++) {
        int base = o * n * inner + i;
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
          max = Math.max(max, x[base + k * inner]);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
          double ex = Math.exp(x[base + k * inner] - max);
          x[base + k * inner] = (float) ex;
          sum += ex;
        }
        float inverse = (float) (1 / sum);
        for (int k = 0; k < n; k++) {
          x[base + k * inner] *= inverse;
        }
      }
    }
    return t;
  }

  private static void scaleInPlace(FloatTensor t, float factor) {
    if (!t.isContiguous() || t.offset() != 0) {
      throw new IllegalArgumentException("scaleInPlace needs a contiguous tensor");
    }
    float[] x = t.array();
    for (int i = 0, n = t.size(); i < n; i++) {
      x[i] *= factor;
    }
  }
}
