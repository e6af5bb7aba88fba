/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;

/**
 * One term of a spec with operand groups, distributed: {@code bijh,(bjhd+ijhd)->bihd} is the sum of the terms
 * {@code +bijh,bjhd->bihd} and {@code +bijh,ijhd->bihd}. Each term is an ordinary einsum over some of the
 * method's operands, with its own plan.
 *
 * @param sign +1 or -1
 * @param operands the method's operand indices the term multiplies, in order
 * @param plan the term's plan (its method's operand names are the chosen parameters)
 */
public record GroupTerm(int sign, List<Integer> operands, Plan plan) {
  /** Canonical constructor; copies the list. */
  public GroupTerm {
    operands = List.copyOf(operands);
  }

  /** Returns the term as text, e.g. {@code + bijh,ijhd->bihd [GEMM]}. */
  @Override
  public String toString() {
    return (sign < 0 ? "- " : "+ ") + plan.method().spec().text() + " [" + plan.step().tag() + "]";
  }
}
