/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;

/**
 * A step that is neither a matrix product nor a copy (elementwise and broadcast products of any number of
 * operands, outer and Khatri-Rao products, one-operand sums over any labels, batched dot products, diagonals
 * and traces): one pass over memory on the runtime's nest engine, no temporaries. At call time the engine merges
 * dimensions contiguous in every operand and the output and picks the vector dimension from the strides: stride-1
 * lines run on the Vector API, operands that lack the dimension are broadcast scalars, and the scalar twin runs
 * strided lines. Sums are blocked and pairwise.
 *
 * @param free the labels kept in the output, in output order
 * @param reduced the labels summed over
 */
public record VectorNest(List<Character> free, List<Character> reduced) implements Step {
  /** Canonical constructor; copies the lists. */
  public VectorNest {
    free = List.copyOf(free);
    reduced = List.copyOf(reduced);
  }

  @Override
  public String tag() {
    return "vector nest";
  }

  @Override
  public boolean onEngine() {
    return true;
  }

  @Override
  public String describe(String indent) {
    return indent + "vector loop nest on the nest engine: dimensions merged where contiguous, the vector dimension\n"
        + indent + "  picked per call from the strides (stride-1 lines on the Vector API, stride-0 operands broadcast,\n"
        + indent + "  else the scalar twin); " + (reduced.isEmpty() ? "nothing summed, each element stored once"
            : "sums over " + Plan.list(reduced) + " blocked and pairwise") + "\n";
  }

  @Override
  public String toString() {
    return describe("");
  }
}
