/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import org.einsum4j.internal.nest.NestLoopsDouble;
import org.einsum4j.internal.nest.NestLoopsFloat;
import org.einsum4j.internal.nest.NestPlan;

/**
 * A fused loop nest: every einsum step that is neither a matrix product nor a copy, such as {@code
 * bsh,h->bsh}, {@code ij,ij,ij->ij}, {@code ir,jr->ijr}, {@code ijk->ik} or {@code bi,bi->b}, computed in one
 * pass over its operands with no temporaries. Internal: for generated code.
 *
 * <p>At call time {@link NestPlan} merges the dimensions that are contiguous in every operand and the output,
 * and picks as the vector dimension one along which every operand and the output have stride 0 or 1 (when
 * there is one): the innermost loop then runs on the Vector API, operands that lack the dimension (or are
 * expanded along it) being broadcast scalars. Otherwise the scalar twin of the same loops runs, with strides;
 * it also runs without the {@code jdk.incubator.vector} module. Sums are blocked and pairwise: float32 error
 * grows like NumPy's, not with the length of the sum. Calls above the work threshold split their output across
 * einsum4j's threads.
 */
public final class NestStep {
  private NestStep() {}

  /**
   * Computes the bound contraction into the output, overwriting it.
   *
   * @param bd the binding, output bound
   * @param operands the operands' arrays, in order
   * @param out the output's array
   */
  public static void run(Contraction.Binding bd, float[][] operands, float[] out) {
    NestLoopsFloat.run(NestPlan.of(bd), operands, out);
  }

  /**
   * Computes the bound contraction into the output, overwriting it, over doubles.
   *
   * @param bd the binding, output bound
   * @param operands the operands' arrays, in order
   * @param out the output's array
   */
  public static void run(Contraction.Binding bd, double[][] operands, double[] out) {
    NestLoopsDouble.run(NestPlan.of(bd), operands, out);
  }
}
