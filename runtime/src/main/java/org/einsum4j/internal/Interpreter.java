/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.einsum4j.internal.spec.Spec;

/**
 * The reference interpreter: NumPy's einsum, plainly. One odometer over every label and ellipsis dimension;
 * at each point it multiplies the operands' elements and adds the product into the output element, in
 * {@code double}. With operand groups ({@link Spec#slots()}) it multiplies the slots instead, a group's value
 * being the signed sum of its members' elements at that point, loaded and added there (the group is never
 * materialized). Slow and obviously right: it is the oracle every generated kernel is tested against.
 * Internal: reached through {@link org.einsum4j.Einsums#evaluate}.
 */
public final class Interpreter {
  private Interpreter() {}

  /**
   * Evaluates a bound contraction whose output has been bound to the contiguous layout of
   * {@link Contraction.Binding#outputShape()} at offset 0.
   *
   * @param b the binding, output bound contiguous
   * @param operands reads element {@code i} of operand {@code k}'s backing array; one per flattened term
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
    // The product's factors: for each slot, its members' operand indices and signs.
    List<Spec.Slot> slots = b.contraction().spec().slots();
    int nSlots = slots.size();
    int[][] members = new int[nSlots][];
    double[][] signs = new double[nSlots][];
    for (int s = 0; s < nSlots; s++) {
      List<Spec.Member> ms = slots.get(s).members();
      members[s] = new int[ms.size()];
      signs[s] = new double[ms.size()];
      for (int m = 0; m < ms.size(); m++) {
        members[s][m] = ms.get(m).operand();
        signs[s][m] = ms.get(m).sign();
      }
    }
    int[] idx = new int[dims];
    int[] off = new int[nOps + 1];
    for (int k = 0; k <= nOps; k++) {
      off[k] = b.offset(k);
    }
    while (true) {
      double p = 1;
      for (int s = 0; s < nSlots; s++) {
        int[] ks = members[s];
        if (ks.length == 1) {
          p *= operands[ks[0]].applyAsDouble(off[ks[0]]);
          continue;
        }
        double v = 0;
        for (int m = 0; m < ks.length; m++) {
          v += signs[s][m] * operands[ks[m]].applyAsDouble(off[ks[m]]);
        }
        p *= v;
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
