/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

/**
 * Call-time choice among the contraction paths the processor generated for a method with three or more
 * operands. Each candidate's cost is the sum of its steps' NumPy FLOP counts with the exact sizes, a step on the
 * nest engine weighted {@link #NEST_WEIGHT} times a step on the GEMM or copy engine (a nest step reads each
 * operand element once per product, where the GEMM engine reuses each from registers); the single fused nest
 * over all labels is the last candidate. A candidate whose temporaries would exceed
 * {@link #MAX_TEMPORARY} elements is skipped. Internal: for generated code.
 */
public final class Paths {
  /**
   * How much slower a nest-engine step is taken to be, per FLOP, than a step on the GEMM engine: from about 2 for
   * products bound by memory either way to over 10 for products the GEMM engine runs from registers.
   */
  public static final double NEST_WEIGHT = 8;
  /** The largest temporary, in elements, a path may allocate. */
  public static final long MAX_TEMPORARY = 1L << 28;

  private Paths() {}

  /**
   * Returns the cheapest candidate for the bound sizes, or {@code -1} for the fused loop nest.
   *
   * @param bd the binding
   * @param labels per candidate, per step: the label numbers the step touches
   * @param outs per candidate, per step: the label numbers the step keeps
   * @param fast per candidate, per step: 1 when the step runs on the GEMM or copy engine, 0 for a loop nest
   * @param operands the number of operands (for the fused nest's cost)
   * @return the index of the cheapest candidate, or -1
   */
  public static int cheapest(Contraction.Binding bd, int[][][] labels, int[][][] outs, int[][] fast, int operands) {
    int forced = Tuning.path;
    if (forced >= 0) {
      return forced < labels.length ? forced : -1;
    }
    int labelCount = bd.contraction().spec().labelCount();
    double fused = NEST_WEIGHT * Math.max(1, operands - 1);
    for (int l = 0; l < labelCount; l++) {
      fused *= bd.size(l);
    }
    int best = -1;
    double bestCost = fused;
    for (int c = 0; c < labels.length; c++) {
      double cost = 0;
      boolean fits = true;
      for (int s = 0; s < labels[c].length; s++) {
        double points = product(bd, labels[c][s]);
        boolean sums = labels[c][s].length > outs[c][s].length;
        cost += points * (sums ? 2 : 1) * (fast[c][s] == 1 ? 1 : NEST_WEIGHT);
        if (s < labels[c].length - 1 && product(bd, outs[c][s]) > MAX_TEMPORARY) {
          fits = false;
        }
      }
      if (fits && cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  private static double product(Contraction.Binding bd, int[] labels) {
    double p = 1;
    for (int l : labels) {
      p *= bd.size(l);
    }
    return p;
  }
}
