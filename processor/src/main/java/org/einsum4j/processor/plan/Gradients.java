/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.einsum4j.internal.spec.DeclaredSizes;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.GradientMethod;
import org.einsum4j.processor.model.KernelMethod;

/**
 * Derives the plan of an {@code @EinsumGradient} method. For a forward einsum {@code T1,...,Tn->O} (its slots, a
 * group being one slot), the gradient with respect to a member {@code X} of slot {@code s} is
 * {@code sign(X) · einsum(O, every slot but s -> X')} where {@code X'} is {@code X}'s distinct labels that occur in
 * {@code O} or another slot, in {@code X}'s order, with {@code "..."} where {@code X} has it (in front when it has
 * none but the other operands do), the operand with the innermost output label second. The rest is a fit at call time: see {@link GradientPlan}. The gradient einsum is
 * planned by {@link Planner} like any other method.
 */
public final class Gradients {
  private Gradients() {}

  /**
   * Plans a gradient method.
   *
   * @param g the validated gradient method
   * @return its plan
   */
  public static GradientPlan plan(GradientMethod g) {
    KernelMethod f = g.forward();
    Spec spec = f.spec();
    int k = g.wrt();
    int slotOfX = -1;
    int sign = 1;
    for (int s = 0; s < spec.slots().size(); s++) {
      for (Spec.Member m : spec.slots().get(s).members()) {
        if (m.operand() == k) {
          slotOfX = s;
          sign = m.sign();
        }
      }
    }
    // each operand position of the gradient einsum: its text, its parameters, its labels
    List<String> slotText = new ArrayList<>(List.of(spec.output().toString()));
    List<List<String>> slotNames = new ArrayList<>(List.of(List.of(g.gradName())));
    List<String> slotLabels = new ArrayList<>(List.of(spec.output().labels()));
    boolean ellipsis = spec.output().hasEllipsis();
    for (int s = 0; s < spec.slots().size(); s++) {
      if (s == slotOfX) {
        continue;
      }
      List<Spec.Member> members = spec.slots().get(s).members();
      StringBuilder t = new StringBuilder(members.size() > 1 ? "(" : "");
      List<String> n = new ArrayList<>();
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < members.size(); i++) {
        Spec.Member m = members.get(i);
        Spec.Term term = spec.operand(m.operand());
        t.append(i == 0 ? "" : m.sign() < 0 ? "-" : "+").append(term);
        n.add(f.operandNames().get(m.operand()));
        l.append(term.labels());
        ellipsis |= term.hasEllipsis();
      }
      slotText.add(t.append(members.size() > 1 ? ")" : "").toString());
      slotNames.add(n);
      slotLabels.add(l.toString());
    }
    StringBuilder present = new StringBuilder(String.join("", slotLabels));
    Spec.Term x = spec.operand(k);
    String xl = x.labels();
    StringBuilder out = new StringBuilder();
    boolean distinct = true;
    boolean allPresent = true;
    for (int i = 0; i <= xl.length(); i++) {
      if (ellipsis && (x.hasEllipsis() ? i == x.ellipsisAt() : i == 0)) {
        out.append("...");
      }
      if (i == xl.length()) {
        break;
      }
      char c = xl.charAt(i);
      if (xl.indexOf(c) != i) {
        distinct = false;
      } else if (present.indexOf(String.valueOf(c)) < 0) {
        allPresent = false;
      } else {
        out.append(c);
      }
    }
    // A matrix product stores its N label unit-stride: with two operands, the one that has the result's innermost
    // label goes second (the forward's order), so "bihd,bijh->bjhd" is written "bijh,bihd->bjhd".
    if (slotText.size() == 2 && out.length() > 0 && out.charAt(out.length() - 1) != '.') {
      char inner = out.charAt(out.length() - 1);
      if (slotLabels.get(0).indexOf(inner) >= 0 && slotLabels.get(1).indexOf(inner) < 0) {
        Collections.reverse(slotText);
        Collections.reverse(slotNames);
      }
    }
    List<String> names = new ArrayList<>();
    slotNames.forEach(names::addAll);
    Spec gradSpec = Spec.parse(String.join(",", slotText) + "->" + out);

    List<GradientPlan.ScaleLabel> scale = new ArrayList<>();
    for (Spec.Member m : spec.slots().get(slotOfX).members()) {
      if (m.operand() == k) {
        continue;
      }
      for (char c : spec.operand(m.operand()).labels().toCharArray()) {
        if (present.indexOf(String.valueOf(c)) >= 0 || xl.indexOf(c) >= 0
            || scale.stream().anyMatch(l -> l.label() == c)) {
          continue;
        }
        List<Integer> from = new ArrayList<>();
        for (Spec.Member sib : spec.slots().get(slotOfX).members()) {
          if (sib.operand() != k && spec.operand(sib.operand()).labels().indexOf(c) >= 0) {
            from.add(sib.operand());
          }
        }
        scale.add(new GradientPlan.ScaleLabel(c, from));
      }
    }

    DeclaredSizes declared = f.declaredSizes();
    StringBuilder sizes = new StringBuilder();
    for (int li = 0; li < spec.labelCount(); li++) {
      char c = spec.labels().charAt(li);
      if (declared.size(li) != DeclaredSizes.NONE && gradSpec.labelIndex(c) >= 0) {
        sizes.append(sizes.length() == 0 ? "" : ", ").append(c).append('=').append(declared.size(li));
      }
    }
    boolean direct = distinct && allPresent && sign > 0 && scale.isEmpty();
    KernelMethod kernel = new KernelMethod(g.name() + "$einsum", "private", names, g.scalar(), null, gradSpec,
        sizes.toString(), false);
    KernelMethod into = direct && !g.returnsResult()
        ? new KernelMethod(g.name() + "$einsumInto", "private", names, g.scalar(), g.outName(), gradSpec,
            sizes.toString(), g.accumulate())
        : null;
    return new GradientPlan(g, Planner.plan(kernel), into == null ? null : Planner.plan(into), out.toString(),
        x.toString(), sign, scale, direct);
  }
}
