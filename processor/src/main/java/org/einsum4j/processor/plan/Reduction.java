/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

/** A one-operand step that sums labels: the operand as a matrix times a stride-0 vector of ones, on the GEMM engine. */
public record Reduction() implements Step {
  @Override
  public String tag() {
    return "sum";
  }

  @Override
  public boolean onEngine() {
    return true;
  }

  @Override
  public String describe(String indent) {
    return indent + "reduction on the GEMM engine: the operand as a matrix (M = free labels, K = summed\n"
        + indent + "  labels, merged where strides chain) times a stride-0 vector of ones; vectorized sums\n";
  }

  @Override
  public String toString() {
    return describe("");
  }
}
