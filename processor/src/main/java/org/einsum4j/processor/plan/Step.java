/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

/**
 * How a plan computes its einsum: one of six forms, each an immutable value that prints itself. Codegen is one
 * dispatch over this type; planner tests snapshot the printout.
 *
 * <ul>
 *   <li>{@link MatrixProduct}: two operands on the GEMM engine;
 *   <li>{@link Copy}: one operand, nothing summed, a strided copy;
 *   <li>{@link VectorNest}: every other step, one operand summed or several multiplied, on the nest engine (also
 *       the fallback of pairwise paths, and what they run under {@code einsum4j.variant=nest});
 *   <li>{@link LoopNest}: a fused scalar loop nest that sums operand groups as it loads them (the fallback of
 *       group terms);
 *   <li>{@link PairwisePaths}: three or more operands, candidate pairwise paths picked at call time;
 *   <li>{@link GroupTerms}: operand groups distributed into ordinary einsums, summed.
 * </ul>
 */
public sealed interface Step permits MatrixProduct, Copy, VectorNest, LoopNest, PairwisePaths, GroupTerms {
  /** Returns the step's tag in a one-line listing, e.g. {@code GEMM}, {@code copy}, {@code sum}, {@code nest}. */
  String tag();

  /** Returns whether the step runs on an engine of the runtime (GEMM, copy, nest) rather than generated loops. */
  default boolean onEngine() {
    return false;
  }

  /**
   * Returns the step described in lines, each starting with {@code indent}, the last ending in a newline.
   *
   * @param indent the prefix of every line
   * @return the description
   */
  String describe(String indent);
}
