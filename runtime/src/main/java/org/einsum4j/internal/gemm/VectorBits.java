/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import jdk.incubator.vector.VectorShape;

/**
 * Reads the vector-width switch {@code -Deinsum4j.vectorBits} for {@link GemmVectorFloat} and {@link
 * GemmVectorDouble}, and for the nest engine's line kernels. Internal, not API.
 */
public final class VectorBits {
  private VectorBits() {}

  /**
   * Returns the shape forced by {@code -Deinsum4j.vectorBits=128|256|512}, or the preferred shape when the
   * property is unset or names no supported width.
   */
  public static VectorShape shape() {
    String bits = System.getProperty("einsum4j.vectorBits", "");
    switch (bits) {
      case "128":
        return VectorShape.S_128_BIT;
      case "256":
        return VectorShape.S_256_BIT;
      case "512":
        return VectorShape.S_512_BIT;
      default:
        return VectorShape.preferredShape();
    }
  }

  /**
   * Returns whether the GEMM micro-kernel runs its {@code 8 x 2}-vector tile as two {@code 4 x 2} halves:
   * {@code -Deinsum4j.gemm.halfTiles=true|false} when set, else whether the CPU has 16 vector registers, which
   * is an x86 CPU whose preferred vectors are narrower than 512 bits (AVX2; AVX-512 and ARM have 32). With 16
   * registers the whole tile (16 accumulators, 2 B vectors, a broadcast) does not fit and C2 spills: on a Zen 3
   * the in-cache kernel ran 44-52 GFLOP/s whole and 75-90 in halves (benchmarks/results).
   */
  static boolean halfTiles() {
    String forced = System.getProperty("einsum4j.gemm.halfTiles", "");
    if (forced.equals("true") || forced.equals("false")) {
      return Boolean.parseBoolean(forced);
    }
    String arch = System.getProperty("os.arch", "");
    boolean x86 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86") || arch.equals("i386");
    return x86 && VectorShape.preferredShape().vectorBitSize() < 512;
  }

  /** Returns the width of a micro-tile in vectors: 2, or 1 to 3 from {@code -Deinsum4j.gemm.tileVectors}. */
  static int tileVectors() {
    int v = Integer.getInteger("einsum4j.gemm.tileVectors", 2);
    return Math.max(1, Math.min(3, v));
  }
}
