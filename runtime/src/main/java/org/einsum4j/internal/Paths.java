/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import org.einsum4j.internal.spec.Intermediates;
import org.einsum4j.internal.spec.PathOptimizer;
import org.einsum4j.internal.spec.Spec;

/**
 * Call-time choice among the contraction paths the processor generated for a method with three or more
 * operands. Each candidate's cost is the sum of its steps' NumPy FLOP counts with the exact sizes, a step on the
 * nest engine weighted {@link #NEST_WEIGHT} times a step on the GEMM engine (a nest step reads each operand
 * element once per product, where the GEMM engine reuses each from registers); the single fused nest over all
 * labels is the last candidate. A candidate whose temporaries would exceed {@link #MAX_TEMPORARY} elements is
 * skipped. Which steps run on GEMM is the processor's rule ({@link Intermediates#matrixGroups}). Internal: for
 * generated code, which holds each method's table in a constant ({@link #of}), so that a call only multiplies
 * sizes.
 *
 * <p>A time model of the engines (per product, per point and per byte, as {@link Intermediates} costs a step)
 * was tried in this place and measured against every candidate with {@code PathChoiceBench}: it chose well on chains,
 * elementwise products and the basis change, but took a slower path for {@code abc,ade,bdfg,cfh->egh} (3.3 ms
 * against 1.5), whose small, split products it underestimates; it is used only to order intermediates
 * ({@link Intermediates}), where the FLOPs of the candidates are equal.
 */
public final class Paths {
  /**
   * How much slower a nest-engine step is taken to be, per FLOP, than a step on the GEMM engine: from about 2 for
   * products bound by memory either way to over 10 for products the GEMM engine runs from registers.
   */
  public static final double NEST_WEIGHT = 8;
  /** The largest temporary, in elements, a path may allocate. */
  public static final long MAX_TEMPORARY = 1L << 28;

  /** Per candidate, per step: the labels the step touches, the labels it keeps, and whether it sums. */
  private final char[][][] touched;
  private final char[][][] kept;
  private final boolean[][] sums;
  /** Per candidate, per step: whether the step runs on the GEMM engine. */
  private final boolean[][] gemm;

  private Paths(String[][] paths) {
    int n = paths.length;
    touched = new char[n][][];
    kept = new char[n][][];
    sums = new boolean[n][];
    gemm = new boolean[n][];
    for (int c = 0; c < n; c++) {
      int steps = paths[c].length;
      touched[c] = new char[steps][];
      kept[c] = new char[steps][];
      sums[c] = new boolean[steps];
      gemm[c] = new boolean[steps];
      for (int s = 0; s < steps; s++) {
        String st = paths[c][s];
        int comma = st.indexOf(',');
        int arrow = st.indexOf("->");
        String a = st.substring(0, comma);
        String b = st.substring(comma + 1, arrow);
        String out = st.substring(arrow + 2);
        String t = PathOptimizer.distinct(a + b);
        touched[c][s] = t.toCharArray();
        kept[c][s] = out.toCharArray();
        sums[c][s] = t.length() > out.length();
        gemm[c][s] = Intermediates.matrixGroups(a, b, out) != null;
      }
    }
  }

  /**
   * Returns the cost table of a method's candidate paths, read once (a generated class holds it in a constant).
   *
   * @param paths per candidate, per step: the step's spec, e.g. {@code "ab,bc->ac"}, over the method's labels
   * @return the table
   */
  public static Paths of(String[][] paths) {
    return new Paths(paths);
  }

  /**
   * Returns the cheapest candidate for the bound sizes, or {@code -1} for the fused loop nest.
   *
   * @param bd the binding
   * @return the index of the cheapest candidate, or -1
   */
  public int cheapest(Contraction.Binding bd) {
    int forced = Tuning.path;
    if (forced >= 0) {
      return forced < touched.length ? forced : -1;
    }
    Spec spec = bd.contraction().spec();
    double[] size = new double[128];
    for (int l = 0; l < spec.labelCount(); l++) {
      size[spec.labels().charAt(l)] = bd.size(l);
    }
    int best = -1;
    double bestCost = NEST_WEIGHT * Math.max(1, spec.operandCount() - 1)
        * Intermediates.product(spec.labels(), size);
    for (int c = 0; c < touched.length; c++) {
      double cost = cost(c, size);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /** One path's cost, or infinity when a temporary is too large. */
  private double cost(int c, double[] size) {
    double cost = 0;
    int steps = touched[c].length;
    for (int s = 0; s < steps; s++) {
      cost += product(touched[c][s], size) * (sums[c][s] ? 2 : 1) * (gemm[c][s] ? 1 : NEST_WEIGHT);
      if (s < steps - 1 && product(kept[c][s], size) > MAX_TEMPORARY) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return cost;
  }

  private static double product(char[] labels, double[] size) {
    double p = 1;
    for (char l : labels) {
      p *= size[l];
    }
    return p;
  }
}
