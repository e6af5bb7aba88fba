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
 * that the generated kernel's Javadoc shows and that planner tests snapshot.
 *
 * @param method the method it implements
 * @param nest the fused loop nest: the whole computation, and the fallback variant
 * @param matmul the matrix-product schedule when the method has that shape, else {@code null}
 * @param copy whether the method is a one-operand copy with nothing to sum (a permutation, a diagonal)
 * @param paths candidate pairwise contraction paths (three or more operands), empty otherwise
 * @param reduction whether the method sums one operand (run as a matrix times a vector of ones)
 * @param terms for a spec with operand groups: the distributed terms, or empty when the groups are summed
 *     inside the fused loop nest
 */
public record Plan(KernelMethod method, LoopNest nest, MatmulSchedule matmul, boolean copy, List<PathPlan> paths,
    boolean reduction, List<GroupTerm> terms) {
  /** Canonical constructor; copies the lists. */
  public Plan {
    paths = List.copyOf(paths);
    terms = List.copyOf(terms);
  }


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

  /** Returns the plan as the multi-line text the kernel's Javadoc shows. */
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
    if (matmul != null) {
      sb.append("  step 1: batched matrix product on the GEMM engine: batch ").append(list(matmul.batch()))
          .append(nest.ellipsis() ? " + ..." : "").append(", M ").append(list(matmul.m())).append(", N ")
          .append(list(matmul.n())).append(", K ").append(list(matmul.k())).append('\n')
          .append("    each group merged into one dimension where strides chain (at call time); packed panels,\n")
          .append("    register-tiled FMA micro-kernel, threads over batch and M blocks above a work threshold\n")
          .append("  fallback (einsum4j.variant=nest): ");
    } else if (copy) {
      sb.append("  step 1: strided copy: dimensions ordered by the output, merged where contiguous, ")
          .append("arraycopy runs\n    or 32x32 tiles for transposes, threads over the outermost dimension\n")
          .append("  fallback (einsum4j.variant=nest): ");
    } else if (reduction) {
      sb.append("  step 1: reduction on the GEMM engine: the operand as a matrix (M = free labels, K = summed\n")
          .append("    labels, merged where strides chain) times a stride-0 vector of ones; vectorized sums\n")
          .append("  fallback (einsum4j.variant=nest): ");
    } else if (!terms.isEmpty()) {
      sb.append("  groups distributed over their members (no group is ever materialized), one einsum per term,\n")
          .append("  each added into the result; GEMM terms accumulate in place, others through a temporary:\n");
      for (GroupTerm t : terms) {
        sb.append("    ").append(t).append('\n');
      }
      sb.append("  fallback (a labeled size-1 broadcast, or einsum4j.variant=nest): ");
    } else if (!paths.isEmpty()) {
      sb.append("  pairwise paths, the cheapest picked at call time by Σ NumPy FLOPs of its steps (a loop-nest\n")
          .append("  step weighted ×8), temporaries capped at 2^28 elements:\n");
      for (int c = 0; c < paths.size(); c++) {
        sb.append("    path ").append(c).append(": ").append(paths.get(c)).append('\n');
      }
      sb.append("  fallback (cheapest at the sizes, or einsum4j.variant=nest): ");
    } else {
      sb.append("  step 1: ");
    }
    sb.append("fused loop nest ")
        .append(nest.loopOrder().isEmpty() ? "(no loops)" : list(nest.loopOrder()).replace(", ", " > "))
        .append(", scalar; ")
        .append(nest.reduced().isEmpty() ? "each product stored once" : "accumulates over "
            + list(nest.reduced()) + " in a local, stores once")
        .append('\n');
    return sb.toString();
  }

  private static String list(List<Character> labels) {
    return labels.isEmpty() ? "none" : labels.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
