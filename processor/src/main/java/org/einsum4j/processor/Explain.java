/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.einsum4j.Einsums;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.codegen.ImplementationWriter;
import org.einsum4j.processor.model.EinsumType;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.model.Scalar;
import org.einsum4j.processor.plan.Plan;
import org.einsum4j.processor.plan.Planner;

/**
 * The {@code explain} command: prints how the processor would compile one spec, without writing an interface.
 * It plans the spec as the method {@code FloatTensor m(FloatTensor in0, FloatTensor in1, ...)} and prints the
 * plan (steps, engines, free and reduced labels, FLOPs as formulas: what the generated method's Javadoc shows),
 * then, when sizes are given, each operand's shape and the contraction path with NumPy's FLOP counts and the
 * largest intermediate at those sizes ({@code Einsums.path}), then the generated Java.
 *
 * <pre>{@code
 * java -cp einsum4j-processor.jar:einsum4j-runtime.jar:javapoet.jar org.einsum4j.processor.Explain \
 *     explain "bijh,bjhd->bihd" b=8 i=128 j=128 h=4 d=32
 * }</pre>
 *
 * <p>Arguments: an optional leading word {@code explain}, an optional {@code --double} (plan for
 * {@code DoubleTensor}), the spec, then {@code label=size} for every label (or none at all). Exit status 0 on
 * success, 2 on a usage or spec error, whose message goes to standard error.
 */
public final class Explain {
  private Explain() {}

  /**
   * Runs the command.
   *
   * @param args the arguments described in the class documentation
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command, printing to the given streams.
   *
   * @param args the arguments
   * @param out where the explanation goes
   * @param err where usage and spec errors go
   * @return the exit status: 0, or 2 on an error
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    if (!rest.isEmpty() && rest.get(0).equals("explain")) {
      rest.remove(0);
    }
    boolean isDouble = !rest.isEmpty() && rest.get(0).equals("--double");
    if (isDouble) {
      rest.remove(0);
    }
    if (rest.isEmpty() || rest.get(0).startsWith("-")) {
      err.println("usage: explain [--double] SPEC [label=size ...]\n"
          + "  e.g. explain \"bijh,bjhd->bihd\" b=8 i=128 j=128 h=4 d=32");
      return 2;
    }
    try {
      explain(rest.get(0), rest.subList(1, rest.size()), isDouble ? Scalar.DOUBLE : Scalar.FLOAT, out);
      return 0;
    } catch (IllegalArgumentException e) {   // EinsumException too
      err.println("explain: " + e.getMessage());
      return 2;
    }
  }

  private static void explain(String text, List<String> sizeArgs, Scalar scalar, PrintStream out) {
    Spec spec = Spec.parse(text);
    Map<Character, Integer> sizes = parseSizes(spec, sizeArgs);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < spec.operandCount(); i++) {
      names.add("in" + i);
    }
    KernelMethod method = new KernelMethod("m", "public", names, scalar, null, spec);
    Plan plan = Planner.plan(method);
    String tensor = scalar.tensorSimpleName();
    out.println("As the method: " + tensor + " m(" + String.join(", ",
        names.stream().map(n -> tensor + " " + n).toList()) + ")");
    out.println();
    out.println("Plan (the generated method's Javadoc):");
    out.println(plan);
    if (!sizes.isEmpty()) {
      out.println();
      out.println("At " + sizeArgs.stream().reduce((a, b) -> a + " " + b).orElse("") + ":");
      int[][] shapes = new int[spec.operandCount()][];
      for (int i = 0; i < shapes.length; i++) {
        String labels = spec.operand(i).labels();
        shapes[i] = new int[labels.length()];
        for (int a = 0; a < labels.length(); a++) {
          shapes[i][a] = sizes.get(labels.charAt(a));
        }
        out.println("  " + names.get(i) + ": " + spec.operand(i) + " " + Arrays.toString(shapes[i]));
      }
      if (!spec.hasGroups()) {
        out.println(Einsums.path(text, shapes));
      }
    }
    EinsumType type = new EinsumType("explain", List.of("Explained"), true, true, List.of(method));
    out.println();
    out.println("Generated Java:");
    out.print(ImplementationWriter.file(type, ImplementationWriter.implementation(type, List.of(plan))));
  }

  private static Map<Character, Integer> parseSizes(Spec spec, List<String> args) {
    Map<Character, Integer> sizes = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq != 1 || !Spec.isLabel(arg.charAt(0))) {
        throw new IllegalArgumentException("'" + arg + "' is not label=size, e.g. b=8");
      }
      char label = arg.charAt(0);
      if (spec.labelIndex(label) < 0) {
        throw new IllegalArgumentException("label '" + label + "' does not appear in \"" + spec.text() + "\"");
      }
      int size;
      try {
        size = Integer.parseInt(arg.substring(2));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + arg + "': the size must be a whole number", e);
      }
      if (size < 0) {
        throw new IllegalArgumentException("'" + arg + "': a size cannot be negative");
      }
      sizes.put(label, size);
    }
    if (sizes.isEmpty()) {
      return sizes;
    }
    if (spec.anyOperandEllipsis()) {
      throw new IllegalArgumentException("sizes are not taken for a spec with \"...\"; explain it without sizes");
    }
    StringBuilder missing = new StringBuilder();
    for (char c : spec.labels().toCharArray()) {
      if (!sizes.containsKey(c)) {
        missing.append(missing.length() == 0 ? "" : ", ").append(c);
      }
    }
    if (missing.length() > 0) {
      throw new IllegalArgumentException("no size for label(s) " + missing + ": give every label, e.g. "
          + spec.labels().charAt(0) + "=8");
    }
    return sizes;
  }
}
