/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;

/**
 * A spec with operand groups distributed over their members: one ordinary einsum per term, each added into the
 * result (GEMM terms accumulate in place, others through a temporary). No group is ever materialized.
 *
 * @param terms the terms, at least one
 */
public record GroupTerms(List<GroupTerm> terms) implements Step {
  /** Canonical constructor; copies the list. */
  public GroupTerms {
    terms = List.copyOf(terms);
  }

  @Override
  public String tag() {
    return "terms";
  }

  @Override
  public String describe(String indent) {
    StringBuilder sb = new StringBuilder();
    sb.append(indent).append("groups distributed over their members, one einsum per term, each added into\n")
        .append(indent).append("  the result; GEMM terms accumulate in place, others through a temporary:\n");
    for (GroupTerm t : terms) {
      sb.append(indent).append("  ").append(t).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe("");
  }
}
