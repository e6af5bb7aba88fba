/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import java.io.Serializable;
import java.util.Random;
import org.einsum4j.FloatTensor;

/**
 * Synthetic batches of the seed workloads (seq2seq Luong attention, relative-position attention), one per row
 * id. Each row's values come from a generator seeded by the row id alone, so any JVM, a Spark executor or a
 * test, makes the same row from the same id.
 */
public final class SeedBatches {
  private SeedBatches() {}

  /** The sizes of one batch row. */
  public record Sizes(int batch, int source, int hidden, int positions, int heads, int headDim)
      implements Serializable {
    /** Sizes for tests: small enough for a few dozen rows in a second or two. */
    public static Sizes small() {
      return new Sizes(4, 12, 32, 8, 2, 8);
    }

    /**
     * The seed suite's per-head sizes (S=128, H=512; S=128, 8 heads of 64), with 8 sequences per row rather
     * than the suite's 64 so that a row is 2 MiB.
     */
    public static Sizes seed() {
      return new Sizes(8, 128, 512, 128, 8, 64);
    }

    /** Returns weights for these sizes drawn from {@code seed}. */
    public Weights weights(long seed) {
      return Weights.random(seed, hidden, positions, heads, headDim);
    }
  }

  /** Returns the encoder outputs {@code [B, S, H]} of row {@code id}. */
  public static FloatTensor encoderOutputs(long id, Sizes sizes) {
    return gaussian(new Random(mix(id, 1)), sizes.batch(), sizes.source(), sizes.hidden());
  }

  /** Returns the decoder states {@code [B, H]} of row {@code id}. */
  public static FloatTensor decoderHidden(long id, Sizes sizes) {
    return gaussian(new Random(mix(id, 2)), sizes.batch(), sizes.hidden());
  }

  /** Returns the relative-attention input {@code [B, S, heads, D]} of row {@code id}. */
  public static FloatTensor relativeInput(long id, Sizes sizes) {
    return gaussian(new Random(mix(id, 3)), sizes.batch(), sizes.positions(), sizes.heads(), sizes.headDim());
  }

  private static long mix(long id, long stream) {
    return id * 0x9E3779B97F4A7C15L + stream;
  }

  private static FloatTensor gaussian(Random random, int... shape) {
    FloatTensor t = FloatTensor.zeros(shape);
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) random.nextGaussian();
    }
    return t;
  }
}
