/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;
import org.einsum4j.internal.EngineCost;

/**
 * A two-operand step that is a batched matrix product: its labels sorted into batch (both operands and the
 * output), M (first operand and output), N (second operand and output) and K (both operands, summed). At call
 * time the runtime merges each group's labels into one dimension where strides allow and runs the register-
 * tiled, packed, threaded GEMM engine.
 *
 * @param batch labels in both operands and the output
 * @param m labels in the first operand and the output only
 * @param n labels in the second operand and the output only
 * @param k labels in both operands, not in the output
 */
public record MatrixProduct(List<Character> batch, List<Character> m, List<Character> n, List<Character> k)
    implements Step {
  /** Canonical constructor; copies the lists. */
  public MatrixProduct {
    batch = List.copyOf(batch);
    m = List.copyOf(m);
    n = List.copyOf(n);
    k = List.copyOf(k);
  }

  /** Returns the groups in the order the runtime takes them: batch, M, N, K. */
  public List<List<Character>> groups() {
    return List.of(batch, m, n, k);
  }

  @Override
  public String tag() {
    return "GEMM";
  }

  @Override
  public boolean onEngine() {
    return true;
  }

  @Override
  public String describe(String indent) {
    return indent + "batched matrix product on the GEMM engine: batch " + Plan.list(batch) + ", M " + Plan.list(m)
        + ", N " + Plan.list(n) + ", K " + Plan.list(k) + "\n"
        + indent + "  each group merged into one dimension where strides chain (at call time), an operand that\n"
        + indent + "  splits a group into many products first copied into the groups' order; packed panels,\n"
        + indent + "  register-tiled FMA micro-kernel, threads over batch and M blocks above a work threshold;\n"
        + indent + "  tiny products unpacked, and a depth of at most " + EngineCost.NEST_MAX_DEPTH
        + " on the vector nest when a measured cost\n"
        + indent + "  model says it is faster at the call's sizes\n";
  }

  @Override
  public String toString() {
    return describe("");
  }
}
