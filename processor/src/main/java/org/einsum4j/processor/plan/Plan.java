/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.KernelMethod;

/**
 * How one {@code @Einsum} method is computed: an immutable value whose {@link #toString()} is the printout
 * that the generated method's Javadoc shows and that planner tests snapshot.
 *
 * @param method the method it implements
 * @param step how it is computed
 * @param nest the fused loop nest over all labels: the step itself when {@code step} is this nest (a spec with
 *     groups that are summed as they are loaded), the run-time fallback of group terms, and, run on the nest
 *     engine, of pairwise paths (also under {@code einsum4j.variant=nest}); unused by an engine step, which has
 *     no fallback
 */
public record Plan(KernelMethod method, Step step, LoopNest nest) {

  /** Returns the math the method computes, e.g. {@code out[b,h] = Σ_s weights[b,s] · encoderOutputs[b,s,h]}. */
  public String formula() {
    Spec spec = method.spec();
    StringBuilder sb = new StringBuilder();
    sb.append(method.outName() == null ? "result" : method.outName()).append(index(spec.output())).append(" = ");
    if (!nest.reduced().isEmpty()) {
      sb.append("Σ_").append(nest.reduced().stream().map(String::valueOf).collect(Collectors.joining())).append(' ');
    }
    List<Spec.Slot> slots = spec.slots();
    for (int si = 0; si < slots.size(); si++) {
      List<Spec.Member> members = slots.get(si).members();
      sb.append(si > 0 ? " · " : "").append(members.size() > 1 ? "(" : "");
      for (int mi = 0; mi < members.size(); mi++) {
        Spec.Member m = members.get(mi);
        sb.append(mi == 0 ? "" : m.sign() < 0 ? " - " : " + ").append(method.operandNames().get(m.operand()))
            .append(index(spec.operand(m.operand())));
      }
      sb.append(members.size() > 1 ? ")" : "");
    }
    return sb.toString();
  }

  private static String index(Spec.Term t) {
    String s = t.toString();
    if (s.isEmpty()) {
      return "";
    }
    return s.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(",", "[", "]"))
        .replace(".,.,.", "...");
  }

  /**
   * Returns the NumPy FLOP count of the fused computation in terms of the sizes, e.g. {@code 2·nB·nH·nS}: the
   * product of every label's size (and the ellipsis's, {@code nEll}) times the operations per point, one per
   * multiply, one for the sum when labels are reduced, one per extra group member.
   */
  public String flops() {
    Spec spec = method.spec();
    int ops = spec.slots().size() - 1 + (nest.reduced().isEmpty() ? 0 : 1);
    for (Spec.Slot slot : spec.slots()) {
      ops += slot.members().size() - 1;
    }
    StringBuilder sb = new StringBuilder().append(Math.max(ops, 1));
    for (char c : spec.labels().toCharArray()) {
      sb.append("·n").append(Character.toUpperCase(c));
    }
    if (nest.ellipsis()) {
      sb.append("·nEll");
    }
    return sb.toString();
  }

  /** Returns the plan as the multi-line text the generated method's Javadoc shows. */
  @Override
  public String toString() {
    Spec spec = method.spec();
    StringBuilder sb = new StringBuilder();
    sb.append("einsum \"").append(spec.text()).append("\" (").append(spec.normalized()).append("), ")
        .append(method.scalar().primitive()).append('\n');
    sb.append("  ").append(formula()).append(method.accumulate() ? "   (added into " + method.outName() + ")" : "")
        .append('\n');
    if (!method.sizes().isEmpty()) {
      sb.append("  declared sizes: ").append(method.sizes()).append(" (checked per call, constant trip counts)\n");
    }
    sb.append("  free: ").append(list(nest.free())).append("   reduced: ").append(list(nest.reduced()));
    if (nest.ellipsis()) {
      sb.append("   ...: free, merged where contiguous, one outer loop");
    }
    sb.append('\n');
    sb.append("  flops: ").append(flops()).append('\n');
    sb.append("  step: ").append(step.describe("  ").substring(2));
    if (step != nest && !step.onEngine()) {
      String head = "  fallback (einsum4j.variant=nest" + (step instanceof PairwisePaths ? ", or cheapest at the sizes"
          : step instanceof GroupTerms ? ", or a labeled size-1 broadcast" : "") + "):";
      String body = step instanceof PairwisePaths ? new VectorNest(nest.free(), nest.reduced()).describe("    ").strip()
          + "\n" : nest.describe("");
      sb.append(head).append(head.length() + body.length() > 120 ? "\n    " : " ").append(body);
    }
    return sb.toString();
  }

  static String list(List<Character> labels) {
    return labels.isEmpty() ? "none" : labels.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
