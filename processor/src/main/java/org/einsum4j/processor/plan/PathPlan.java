/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;
import org.einsum4j.internal.spec.PathOptimizer;

/**
 * One candidate contraction path of a method with three or more operands: its pairwise steps and, for each
 * step, the plan of that step's two-operand einsum (a matrix product, or a loop nest).
 *
 * @param steps the steps in order, NumPy {@code einsum_path} positions
 * @param stepPlans each step's plan
 */
public record PathPlan(List<PathOptimizer.Step> steps, List<Plan> stepPlans) {
  /** Canonical constructor; copies the lists. */
  public PathPlan {
    steps = List.copyOf(steps);
    stepPlans = List.copyOf(stepPlans);
  }

  /** Returns the path in one line, e.g. {@code (0,1) ij,jk->ik [GEMM]; (0,1) ik,kl->il [GEMM]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < steps.size(); s++) {
      PathOptimizer.Step st = steps.get(s);
      sb.append(s == 0 ? "" : "; ").append('(').append(st.left()).append(',').append(st.right()).append(") ")
          .append(st.spec()).append(" [").append(stepPlans.get(s).step().tag()).append(']');
    }
    return sb.toString();
  }
}
