/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;

/**
 * A method with three or more operands as candidate pairwise contraction paths; the cheapest at the bound sizes
 * runs, by the sum of NumPy FLOPs of its steps (a loop-nest step weighted x8).
 *
 * @param paths the candidates, at least one
 */
public record PairwisePaths(List<PathPlan> paths) implements Step {
  /** Canonical constructor; copies the list. */
  public PairwisePaths {
    paths = List.copyOf(paths);
  }

  @Override
  public String tag() {
    return "paths";
  }

  @Override
  public String describe(String indent) {
    StringBuilder sb = new StringBuilder();
    sb.append(indent).append("pairwise paths, the cheapest picked at call time by Σ NumPy FLOPs of its steps\n")
        .append(indent).append("  (a loop-nest step weighted ×8), temporaries capped at 2^28 elements:\n");
    for (int c = 0; c < paths.size(); c++) {
      sb.append(indent).append("  path ").append(c).append(": ").append(paths.get(c)).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe("");
  }
}
