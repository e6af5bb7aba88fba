/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.ArrayList;
import java.util.List;
import org.einsum4j.internal.Spec;
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
    return new Plan(method, new LoopNest(order, free, reduced, spec.anyOperandEllipsis() || spec.output().hasEllipsis()));
  }
}
