/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.gemm;

/**
 * The scalar twin of {@link GemmVectorFloat}: the same packed panels and blocking, plain loops inside the tile.
 * {@link GemmScalarDouble} is its {@code double} twin (the first lines of each say which of the two is
 * generated). Used when the {@code jdk.incubator.vector} module is absent or {@code -Deinsum4j.vectorBits=0}.
 * Internal, not API.
 */
final class GemmScalarFloat extends GemmKernelsFloat {
  /** Width of a packed B strip: the tile is {@code MR x NR}. */
  private static final int NR = 8;

  @Override
  int lane() {
    return 1;
  }

  @Override
  int nr() {
    return NR;
  }

  @Override
  void kernel(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc) {
    for (int r = 0; r < MR; r++) {
      int ci = cOff + r * ldc;
      for (int j = 0; j < w; j++) {
        float s = 0;
        for (int p = 0; p < kc; p++) {
          s += ap[apOff + p * MR + r] * bp[bpOff + p * w + j];
        }
        c[ci + j] = acc ? c[ci + j] + s : s;
      }
    }
  }
}
