/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.ArrayList;
import java.util.List;
import org.einsum4j.internal.spec.Intermediates;
import org.einsum4j.internal.spec.PathOptimizer;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.KernelMethod;

/** The plan pass: from a validated method to its {@link Plan}. No javac and no JavaPoet types. */
public final class Planner {
  private Planner() {}

  /**
   * Plans a method: one fused loop nest, free labels outside in output order (so stores walk the result in
   * order), reduced labels inside in order of first appearance.
   *
   * @param method the validated method
   * @return its plan
   */
  public static Plan plan(KernelMethod method) {
    Spec spec = method.spec();
    List<Character> free = new ArrayList<>();
    List<Character> reduced = new ArrayList<>();
    for (char c : spec.output().labels().toCharArray()) {
      free.add(c);
    }
    for (char c : spec.labels().toCharArray()) {
      if (!spec.isFree(c)) {
        reduced.add(c);
      }
    }
    List<Character> order = new ArrayList<>(free);
    order.addAll(reduced);
    LoopNest nest = new LoopNest(order, free, reduced, spec.anyOperandEllipsis() || spec.output().hasEllipsis());
    return new Plan(method, step(method, nest), nest);
  }

  /**
   * Picks the step: distributed group terms (or the scalar nest that sums groups), a copy, a matrix product, a
   * path search, or the vector nest.
   */
  private static Step step(KernelMethod method, LoopNest nest) {
    Spec spec = method.spec();
    if (spec.hasGroups()) {
      List<GroupTerm> terms = terms(method);
      return terms.isEmpty() ? nest : new GroupTerms(terms);
    }
    VectorNest vector = new VectorNest(nest.free(), nest.reduced());
    if (spec.operandCount() == 1) {
      return nest.reduced().isEmpty() ? new Copy() : vector;
    }
    MatrixProduct mp = matmul(spec);
    if (mp != null) {
      return mp;
    }
    List<PathPlan> paths = paths(method);
    return paths.isEmpty() ? vector : new PairwisePaths(paths);
  }

  /** At most this many distributed terms; beyond it the groups are summed inside the fused nest. */
  static final int MAX_TERMS = 16;

  /**
   * Distributes a spec's groups over their members: one term per choice of a member in each slot. Done only
   * when every term touches every label and nothing has {@code "..."} (then each term's result has the
   * output's full shape and nothing needs rescaling); otherwise the groups are summed inside the fused nest.
   */
  private static List<GroupTerm> terms(KernelMethod method) {
    Spec spec = method.spec();
    if (spec.anyOperandEllipsis() || spec.output().hasEllipsis()) {
      return List.of();
    }
    List<List<Spec.Member>> choices = new ArrayList<>();
    choices.add(List.of());
    for (Spec.Slot slot : spec.slots()) {
      List<List<Spec.Member>> next = new ArrayList<>();
      for (List<Spec.Member> prefix : choices) {
        for (Spec.Member m : slot.members()) {
          List<Spec.Member> c = new ArrayList<>(prefix);
          c.add(m);
          next.add(c);
        }
      }
      choices = next;
      if (choices.size() > MAX_TERMS) {
        return List.of();
      }
    }
    List<GroupTerm> terms = new ArrayList<>();
    for (List<Spec.Member> choice : choices) {
      List<String> termLabels = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Integer> operands = new ArrayList<>();
      int sign = 1;
      StringBuilder labels = new StringBuilder();
      for (Spec.Member m : choice) {
        termLabels.add(spec.operand(m.operand()).labels());
        names.add(method.operandNames().get(m.operand()));
        operands.add(m.operand());
        sign *= m.sign();
        labels.append(spec.operand(m.operand()).labels());
      }
      for (char c : spec.labels().toCharArray()) {
        if (labels.indexOf(String.valueOf(c)) < 0) {
          return List.of();
        }
      }
      KernelMethod term = new KernelMethod(method.name() + "Term" + terms.size(), "", names, method.scalar(), "out",
          Spec.of(termLabels, spec.output().labels()));
      Plan p = plan(term);
      // a term runs as one step: its own GEMM, copy, sum or loop nest (no path search inside a term)
      terms.add(new GroupTerm(sign, operands,
          p.step() instanceof PairwisePaths ? new Plan(term, p.nest(), p.nest()) : p));
    }
    return terms;
  }

  /**
   * Plans the candidate pairwise paths of a method with three or more operands and no {@code "..."} (whose
   * dimension count is only known at call time; such specs run as one fused loop nest).
   */
  private static List<PathPlan> paths(KernelMethod method) {
    Spec spec = method.spec();
    if (spec.operandCount() < 3 || spec.anyOperandEllipsis() || spec.output().hasEllipsis()) {
      return List.of();
    }
    List<String> inputs = new ArrayList<>();
    for (Spec.Term t : spec.operands()) {
      inputs.add(t.labels());
    }
    List<PathPlan> result = new ArrayList<>();
    List<List<PathOptimizer.Step>> candidates = PathOptimizer.candidates(inputs, spec.output().labels());
    for (int c = 0; c < candidates.size(); c++) {
      List<PathOptimizer.Step> steps = candidates.get(c);
      if (steps.isEmpty()) {
        continue;
      }
      List<Plan> stepPlans = new ArrayList<>();
      for (int s = 0; s < steps.size(); s++) {
        KernelMethod step = new KernelMethod(method.name() + "Path" + result.size() + "Step" + s, "",
            List.of("x", "y"), method.scalar(), "out", Spec.of(List.of(steps.get(s).leftLabels(), steps.get(s).rightLabels()), steps.get(s).outLabels()));
        stepPlans.add(plan(step));
      }
      result.add(new PathPlan(steps, stepPlans));
    }
    return result;
  }

  /**
   * Classifies a two-operand spec as a batched matrix product, or returns {@code null}. It is one when every
   * label is batch, M, N or K (no label is summed within one operand alone), there is a K label, and an M or an
   * N label. The others are the vector nest's: elementwise products (no K, no M or N), outer and Khatri-Rao
   * products (no K: each element is one product, stored once, so they are bound by the stores) and batched dot
   * products (K alone: each element is read once, so they are bound by the loads).
   *
   * @param spec the spec
   * @return the schedule, or {@code null}
   */
  static MatrixProduct matmul(Spec spec) {
    if (spec.operandCount() != 2) {
      return null;
    }
    String[] g = Intermediates.matrixGroups(spec.operand(0).labels(), spec.operand(1).labels(),
        spec.output().labels());
    return g == null ? null : new MatrixProduct(chars(g[0]), chars(g[1]), chars(g[2]), chars(g[3]));
  }

  private static List<Character> chars(String labels) {
    List<Character> out = new ArrayList<>();
    for (char c : labels.toCharArray()) {
      out.add(c);
    }
    return out;
  }
}
