/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.einsum4j.processor.model.GradientMethod;

/**
 * How one {@code @EinsumGradient} method is computed: the gradient einsum of the upstream gradient and the other
 * operands ({@link #kernel()}, an ordinary plan: GEMM, copy, sum, paths, group terms or a loop nest), then, unless
 * its result already has {@code wrt}'s shape, a fit onto {@code wrt}'s term: broadcast along labels it lacks,
 * summed over size-1 and missing {@code "..."} dimensions of {@code wrt}, written onto the diagonal of repeated
 * labels, times {@link #sign()} and the sizes of {@link #scaleLabels()}.
 *
 * @param method the gradient method
 * @param kernel the plan of the gradient einsum, returning its result
 * @param into the same einsum written (or added) straight into {@code out}, when the fit may be the identity and
 *     the method is void; else {@code null}
 * @param gradientTerm the gradient einsum's output term, e.g. {@code "...ij"}
 * @param wrtTerm {@code wrt}'s term in the forward spec
 * @param sign -1 for a group member subtracted with {@code '-'}, else +1
 * @param scaleLabels labels only in {@code wrt}'s group siblings: summed in the forward along a constant, so the
 *     gradient is multiplied by their sizes
 * @param direct whether the gradient einsum's result is {@code wrt}'s gradient as it is whenever the shapes agree
 */
public record GradientPlan(GradientMethod method, Plan kernel, Plan into, String gradientTerm, String wrtTerm,
    int sign, List<ScaleLabel> scaleLabels, boolean direct) {

  /**
   * A label whose size multiplies the gradient, and the operands (group siblings of {@code wrt}) it is read from.
   *
   * @param label the label
   * @param operands the forward operands that have it
   */
  public record ScaleLabel(char label, List<Integer> operands) {}

  /** Canonical constructor; copies the list. */
  public GradientPlan {
    scaleLabels = List.copyOf(scaleLabels);
  }

  /** Returns the plans the gradient method calls: the kernel, and {@link #into()} when there is one. */
  public List<Plan> kernels() {
    return into == null ? List.of(kernel) : List.of(kernel, into);
  }

  /** Returns the plan as the text the generated method's Javadoc shows. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("gradient of ").append(method.forward().name()).append(" \"").append(method.forward().spec().text())
        .append("\" with respect to '").append(method.wrtName()).append("' (").append(wrtTerm.isEmpty() ? "0-d"
            : wrtTerm).append("), ").append(method.scalar().primitive()).append('\n');
    sb.append("  the gradient einsum \"").append(kernel.method().spec().text()).append("\" of ")
        .append(String.join(", ", kernel.method().operandNames())).append('\n');
    if (direct) {
      sb.append("  when it has the shape of '").append(method.wrtName()).append("', it is the gradient")
          .append(into == null ? ", returned as it is" : method.accumulate() ? ", added straight into "
              + method.outName() : ", written straight into " + method.outName()).append('\n');
    }
    sb.append(direct ? "  else" : "  then").append(" fitted onto '").append(wrtTerm).append("'");
    if (sign < 0 || !scaleLabels.isEmpty()) {
      sb.append(", times ").append(sign < 0 ? "-1" : "").append(sign < 0 && !scaleLabels.isEmpty() ? "·" : "")
          .append(scaleLabels.stream().map(l -> "n" + Character.toUpperCase(l.label()))
              .collect(Collectors.joining("·")));
    }
    sb.append(": broadcast along labels it lacks, summed over size-1 and extra \"...\" dims, diagonals\n");
    sb.append(kernel.toString().indent(2));
    return sb.toString();
  }
}
