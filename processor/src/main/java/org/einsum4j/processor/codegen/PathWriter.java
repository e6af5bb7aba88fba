/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.einsum4j.internal.spec.PathOptimizer;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.plan.MatrixProduct;
import org.einsum4j.processor.plan.PairwisePaths;
import org.einsum4j.processor.plan.PathPlan;
import org.einsum4j.processor.plan.Plan;

/**
 * Writes the pairwise paths of a method with three or more operands: a dispatcher that asks
 * {@code Paths} for the best candidate at the bound sizes, one method per candidate that runs its
 * steps through temporaries (the calling thread's kept arrays, {@code Temporaries}), and one kernel per step.
 */
final class PathWriter {
  private static final ClassName CONTRACTION = ClassName.get("org.einsum4j.internal", "Contraction");
  private static final ClassName BINDING = CONTRACTION.nestedClass("Binding");
  private static final ClassName PATHS = ClassName.get("org.einsum4j.internal", "Paths");
  private static final ClassName TUNING = ClassName.get("org.einsum4j.internal", "Tuning");
  private static final ClassName TEMPORARIES = ClassName.get("org.einsum4j.internal", "Temporaries");

  private PathWriter() {}

  private static String step(int c, int s) {
    return "P" + c + "S" + s;
  }

  /** Adds the path table and each step's contraction to the method's holder class. */
  static void addFields(TypeSpec.Builder holder, PairwisePaths paths) {
    CodeBlock.Builder steps = CodeBlock.builder().add("{");
    for (int c = 0; c < paths.paths().size(); c++) {
      PathPlan p = paths.paths().get(c);
      steps.add(c == 0 ? "{" : ", {");
      for (int s = 0; s < p.steps().size(); s++) {
        Plan sp = p.stepPlans().get(s);
        steps.add(s == 0 ? "$S" : ", $S", p.steps().get(s).spec());
        holder.addField(FieldSpec.builder(CONTRACTION, step(c, s), Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($S, new String[] {\"x\", \"y\"}, \"out\")", CONTRACTION, sp.method().spec().text())
            .build());
        if (sp.step() instanceof MatrixProduct mp) {
          holder.addField(ImplementationWriter.groupsField(sp.method().spec(), mp, step(c, s) + "_GROUPS"));
        }
      }
      steps.add("}");
    }
    holder.addField(FieldSpec.builder(PATHS, "PATHS", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The candidate paths' cost table: per path, per step, the step's spec.\n")
        .initializer("$T.of(new String[][] $L)", PATHS, steps.add("}").build()).build());
  }

  /** Adds the dispatcher, one method per candidate path and one kernel per step. */
  static void write(TypeSpec.Builder cls, Plan plan, PairwisePaths paths, ClassName holder, String name,
      String nestKernel, NameAllocator members) {
    KernelMethod m = plan.method();
    TensorMethod tm = new TensorMethod(m);
    String bind = tm.bind;
    List<String> params = tm.params;
    String target = tm.target;
    ClassName tensor = tm.tensor;
    MethodSpec.Builder dispatch = tm.builder(name, true)
        .addJavadoc("Runs the cheapest of the candidate paths for the bound sizes; see {@link #$L}.\n", nestKernel);
    String choice = tm.names.newName("path");
    dispatch.addStatement("int $N = $T.forceNest() ? -1 : $T.PATHS.cheapest($N)", choice, TUNING, holder, bind);
    dispatch.beginControlFlow("switch ($N)", choice);
    for (int c = 0; c < paths.paths().size(); c++) {
      String pathMethod = members.newName(name + c);
      dispatch.addStatement("case $L -> $N($L$N)", c, pathMethod, args(params), target);
      cls.addMethod(pathMethod(cls, paths.paths().get(c), c, holder, pathMethod, tm, members));
    }
    dispatch.addStatement("default -> $L", tm.nestCall(nestKernel));
    dispatch.endControlFlow();
    cls.addMethod(dispatch.build());
  }

  private static CodeBlock args(List<String> params) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (String p : params) {
      b.add("$N, ", p);
    }
    return b.build();
  }

  private static MethodSpec pathMethod(TypeSpec.Builder cls, PathPlan path, int c, ClassName holder, String name,
      TensorMethod tm, NameAllocator members) {
    ClassName tensor = tm.tensor;
    List<String> params = tm.params;
    String target = tm.target;
    MethodSpec.Builder b = tm.builder(name, false)
        .addJavadoc("Path $L: {@code $L}.\n", c, ImplementationWriter.javadocCode(path.toString()));
    NameAllocator names = new NameAllocator();
    params.forEach(names::newName);
    names.newName(target);
    List<String> live = new ArrayList<>(params);
    int steps = path.steps().size();
    for (int s = 0; s < steps; s++) {
      PathOptimizer.Step st = path.steps().get(s);
      Plan sp = path.stepPlans().get(s);
      String x = live.get(st.left());
      String y = live.get(st.right());
      String bind = names.newName("step" + s);
      b.addComment("step $L: $L", s, st.spec());
      b.addStatement("$T $N = $T.$N.bind($N.layout(), $N.layout())", BINDING, bind, holder, step(c, s), x, y);
      String out;
      if (s == steps - 1) {
        out = target;
      } else {
        out = names.newName("t" + s);
        // the thread's kept array for this step: the step overwrites it whole
        b.addStatement("$T $N = $T.$N($L, $N.outputShape())", tensor, out, TEMPORARIES,
            tensor.simpleName().equals("DoubleTensor") ? "doubles" : "floats", s, bind);
      }
      b.addStatement("$N.bindOutput($N.layout())", bind, out);
      List<CodeBlock> arrays = List.of(CodeBlock.of("$N.array()", x), CodeBlock.of("$N.array()", y),
          CodeBlock.of("$N.array()", out));
      if (sp.step().onEngine()) {
        CodeBlock groups = sp.step() instanceof MatrixProduct ? CodeBlock.of("$T.$N", holder, step(c, s) + "_GROUPS")
            : null;
        b.addStatement(EngineCall.of(sp.step(), groups, bind, arrays, false,
            ImplementationWriter.arrayType(sp.method())));
      } else {
        // the dispatcher only picks a path when the nest is not forced: the step's kernel is its loop nest
        String kernel = members.newName(name + "Step" + s);
        b.addStatement("$N($N, $L)", kernel, bind, CodeBlock.join(arrays, ", "));
        cls.addMethod(KernelWriter.kernel(sp.method(), sp.nest(), kernel,
            "Step " + s + " of path " + c + ", {@code " + ImplementationWriter.javadocCode(st.spec()) + "}: "
                + "its fused loop nest.", null));
      }
      live.remove(st.right());
      live.remove(st.left());
      live.add(out);
    }
    return b.build();
  }
}
