/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import java.io.Serializable;
import java.util.Random;
import org.einsum4j.FloatTensor;

/**
 * The model weights every row needs: what the job broadcasts once to every executor. Held as plain arrays so
 * that they serialize with Spark's default (Java) serializer; the tensors are views made on the executor.
 *
 * <p>Luong attention: {@code w} is {@code [H, H]}. Relative-position attention: {@code wQ}, {@code wK},
 * {@code wV} are {@code [heads, D, D]}, {@code aK} and {@code aV} are {@code [S, S, heads, D]} for a fixed
 * number of positions {@code S}.
 */
public final class Weights implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int hidden;
  private final int positions;
  private final int heads;
  private final int headDim;
  private final float[] w;
  private final float[] wQ;
  private final float[] wK;
  private final float[] wV;
  private final float[] aK;
  private final float[] aV;

  private Weights(int hidden, int positions, int heads, int headDim, Random random) {
    this.hidden = hidden;
    this.positions = positions;
    this.heads = heads;
    this.headDim = headDim;
    // Scaled so that the scores are of order 1 and the softmax is not one-hot.
    this.w = gaussian(random, hidden * hidden, 1.0 / hidden);
    int projection = heads * headDim * headDim;
    this.wQ = gaussian(random, projection, 1.0 / Math.sqrt(headDim));
    this.wK = gaussian(random, projection, 1.0 / Math.sqrt(headDim));
    this.wV = gaussian(random, projection, 1.0 / Math.sqrt(headDim));
    int relative = positions * positions * heads * headDim;
    this.aK = gaussian(random, relative, 0.1);
    this.aV = gaussian(random, relative, 0.1);
  }

  /**
   * Returns weights drawn from a seeded generator: the same seed and sizes give the same weights on every JVM.
   *
   * @param seed the generator's seed
   * @param hidden Luong's hidden size {@code H}
   * @param positions relative attention's sequence length {@code S}
   * @param heads relative attention's number of heads
   * @param headDim relative attention's head dimension {@code D}
   * @return the weights
   */
  public static Weights random(long seed, int hidden, int positions, int heads, int headDim) {
    return new Weights(hidden, positions, heads, headDim, new Random(seed));
  }

  /** Returns Luong's hidden size {@code H}. */
  public int hidden() {
    return hidden;
  }

  /** Returns relative attention's sequence length {@code S}. */
  public int positions() {
    return positions;
  }

  /** Returns relative attention's number of heads. */
  public int heads() {
    return heads;
  }

  /** Returns relative attention's head dimension {@code D}. */
  public int headDim() {
    return headDim;
  }

  /** Returns Luong's {@code [H, H]} weight, a view of the broadcast array. */
  public FloatTensor luongW() {
    return FloatTensor.of(w, hidden, hidden);
  }

  /** Returns the query projection {@code [heads, D, D]}. */
  public FloatTensor wQ() {
    return FloatTensor.of(wQ, heads, headDim, headDim);
  }

  /** Returns the key projection {@code [heads, D, D]}. */
  public FloatTensor wK() {
    return FloatTensor.of(wK, heads, headDim, headDim);
  }

  /** Returns the value projection {@code [heads, D, D]}. */
  public FloatTensor wV() {
    return FloatTensor.of(wV, heads, headDim, headDim);
  }

  /** Returns the relative key embeddings {@code [S, S, heads, D]}. */
  public FloatTensor aK() {
    return FloatTensor.of(aK, positions, positions, heads, headDim);
  }

  /** Returns the relative value embeddings {@code [S, S, heads, D]}. */
  public FloatTensor aV() {
    return FloatTensor.of(aV, positions, positions, heads, headDim);
  }

  private static float[] gaussian(Random random, int count, double scale) {
    float[] a = new float[count];
    for (int i = 0; i < count; i++) {
      a[i] = (float) (random.nextGaussian() * scale);
    }
    return a;
  }
}
