/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal;

import org.einsum4j.FloatTensor;

/**
 * The bodies of {@link Outputs} for {@code float} tensors; {@link OutputsDouble} is the {@code double} twin
 * (the first lines of each say which of the two is generated). Internal, not API.
 */
final class OutputsFloat {
  private OutputsFloat() {}

  /**
   * Copies a contiguous tensor into a same-shaped, possibly strided one.
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  static void copy(FloatTensor src, FloatTensor dst) {
    float[] s = src.array();
    float[] d = dst.array();
    if (dst.layout().isContiguous()) {
      System.arraycopy(s, 0, d, dst.layout().offset(), dst.layout().elementCount());
      return;
    }
    int[] i = {0};
    dst.layout().forEachIndex(o -> d[o] = s[i[0]++]);
  }

  /**
   * Adds a contiguous tensor into a same-shaped, possibly strided one ({@code dst += src}).
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  static void add(FloatTensor src, FloatTensor dst) {
    float[] s = src.array();
    float[] d = dst.array();
    if (dst.layout().isContiguous()) {
      // one dense run: a plain loop, which C2 vectorizes
      for (int x = 0, o = dst.layout().offset(), n = dst.layout().elementCount(); x < n; x++) {
        d[o + x] += s[x];
      }
      return;
    }
    int[] i = {0};
    dst.layout().forEachIndex(o -> d[o] += s[i[0]++]);
  }

  /**
   * Subtracts a contiguous tensor from a same-shaped, possibly strided one ({@code dst -= src}).
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  static void subtract(FloatTensor src, FloatTensor dst) {
    float[] s = src.array();
    float[] d = dst.array();
    int[] i = {0};
    dst.layout().forEachIndex(o -> d[o] -= s[i[0]++]);
  }
}
