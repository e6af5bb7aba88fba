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

  /** Returns the width of a micro-tile in vectors: 2, or 1 to 3 from {@code -Deinsum4j.gemm.tileVectors}. */
  static int tileVectors() {
    int v = Integer.getInteger("einsum4j.gemm.tileVectors", 2);
    return Math.max(1, Math.min(3, v));
  }
}
