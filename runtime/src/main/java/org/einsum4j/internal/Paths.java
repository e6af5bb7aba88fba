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
 * skipped. Which steps run on GEMM is the processor's rule ({@link Intermediates#isMatrixProduct}). Internal: for
 * generated code.
 *
 * <p>A time model of the engines (per product, per point and per byte, as {@link Intermediates} costs a step) was tried
 * in this place and measured against every candidate with {@code PathChoiceBench}: it chose well on chains,
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

  private Paths() {}

  /**
   * Returns the cheapest candidate for the bound sizes, or {@code -1} for the fused loop nest.
   *
   * @param bd the binding
   * @param paths per candidate, per step: the step's spec, e.g. {@code "ab,bc->ac"}, over the method's labels
   * @return the index of the cheapest candidate, or -1
   */
  public static int cheapest(Contraction.Binding bd, String[][] paths) {
    int forced = Tuning.path;
    if (forced >= 0) {
      return forced < paths.length ? forced : -1;
    }
    Spec spec = bd.contraction().spec();
    double[] size = new double[128];
    for (int l = 0; l < spec.labelCount(); l++) {
      size[spec.labels().charAt(l)] = bd.size(l);
    }
    int best = -1;
    double bestCost = NEST_WEIGHT * Math.max(1, spec.operandCount() - 1)
        * Intermediates.product(spec.labels(), size);
    for (int c = 0; c < paths.length; c++) {
      double cost = cost(paths[c], size);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /** One path's cost, or infinity when a temporary is too large. */
  private static double cost(String[] steps, double[] size) {
    double cost = 0;
    for (int s = 0; s < steps.length; s++) {
      String st = steps[s];
      int comma = st.indexOf(',');
      int arrow = st.indexOf("->");
      String a = st.substring(0, comma);
      String b = st.substring(comma + 1, arrow);
      String out = st.substring(arrow + 2);
      String touched = PathOptimizer.distinct(a + b);
      boolean sums = touched.length() > out.length();
      cost += Intermediates.product(touched, size) * (sums ? 2 : 1)
          * (Intermediates.isMatrixProduct(a, b, out) ? 1 : NEST_WEIGHT);
      if (s < steps.length - 1 && Intermediates.product(out, size) > MAX_TEMPORARY) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return cost;
  }
}
