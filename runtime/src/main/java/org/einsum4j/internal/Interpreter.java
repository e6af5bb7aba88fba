/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.function.IntToDoubleFunction;

/**
 * The reference interpreter: NumPy's einsum, plainly. One odometer over every label and ellipsis dimension;
 * at each point it multiplies the operands' elements and adds the product into the output element, in
 * {@code double}. Slow and obviously right: it is the oracle every generated kernel is tested against.
 * Internal: reached through {@link org.einsum4j.Einsums#evaluate}.
 */
public final class Interpreter {
  private Interpreter() {}

  /**
   * Evaluates a bound contraction whose output has been bound to the contiguous layout of
   * {@link Contraction.Binding#outputShape()} at offset 0.
   *
   * @param b the binding, output bound contiguous
   * @param operands reads element {@code i} of operand {@code k}'s backing array
   * @return the result's elements, row-major
   */
  public static double[] evaluate(Contraction.Binding b, IntToDoubleFunction[] operands) {
    int nOps = operands.length;
    int out = b.outputIndex();
    int nLabels = b.contraction().spec().labelCount();
    int eRank = b.ellipsisRank();
    int dims = nLabels + eRank;
    int[] size = new int[dims];
    int[][] stride = new int[nOps + 1][dims];
    long outCount = 1;
    for (int s : b.outputShape()) {
      outCount *= s;
    }
    double[] acc = new double[(int) outCount];
    for (int d = 0; d < dims; d++) {
      size[d] = d < eRank ? b.ellipsisSize(d) : b.size(d - eRank);
      if (size[d] == 0) {
        return acc;
      }
      for (int k = 0; k <= nOps; k++) {
        stride[k][d] = d < eRank ? b.ellipsisStride(k, d) : b.stride(k, d - eRank);
      }
    }
    int[] idx = new int[dims];
    int[] off = new int[nOps + 1];
    for (int k = 0; k <= nOps; k++) {
      off[k] = b.offset(k);
    }
    while (true) {
      double p = 1;
      for (int k = 0; k < nOps; k++) {
        p *= operands[k].applyAsDouble(off[k]);
      }
      acc[off[out]] += p;
      int d = dims - 1;
      for (; d >= 0; d--) {
        idx[d]++;
        for (int k = 0; k <= nOps; k++) {
          off[k] += stride[k][d];
        }
        if (idx[d] < size[d]) {
          break;
        }
        for (int k = 0; k <= nOps; k++) {
          off[k] -= stride[k][d] * size[d];
        }
        idx[d] = 0;
      }
      if (d < 0) {
        return acc;
      }
    }
  }
}
