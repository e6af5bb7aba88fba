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
import java.util.List;
import javax.lang.model.element.Modifier;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.plan.GroupTerm;
import org.einsum4j.processor.plan.Plan;

/**
 * Writes a spec with operand groups as the sum of its distributed terms: a method that binds each term over
 * its operands, writes the first term into the result and adds (or subtracts) the others, GEMM terms
 * accumulating in place; it falls back to the fused loop nest, which sums each group as it loads it, when an
 * operand broadcasts a labeled size-1 dimension.
 */
final class GroupWriter {
  private static final ClassName CONTRACTION = ClassName.get("org.einsum4j.internal", "Contraction");
  private static final ClassName BINDING = CONTRACTION.nestedClass("Binding");
  private static final ClassName SPEC = ClassName.get("org.einsum4j.internal.spec", "Spec");
  private static final ClassName TUNING = ClassName.get("org.einsum4j.internal", "Tuning");
  private static final ClassName MATMUL = ClassName.get("org.einsum4j.internal", "MatmulStep");
  private static final ClassName OUTPUTS = ClassName.get("org.einsum4j.internal", "Outputs");

  private GroupWriter() {}

  /** Adds each term's contraction (and matmul groups) to the method's holder class. */
  static void addFields(TypeSpec.Builder holder, Plan plan) {
    for (int t = 0; t < plan.terms().size(); t++) {
      Plan tp = plan.terms().get(t).plan();
      KernelMethod m = tp.method();
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < m.operandNames().size(); i++) {
        names.add(i == 0 ? "$S" : ", $S", m.operandNames().get(i));
      }
      holder.addField(FieldSpec.builder(CONTRACTION, "TERM" + t, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($T.parse($S), new String[] {$L}, \"out\")", CONTRACTION, SPEC, m.spec().text(),
              names.build())
          .build());
      if (tp.matmul() != null) {
        holder.addField(ImplementationWriter.groupsField(tp, "TERM" + t + "_GROUPS"));
      }
    }
  }

  /** Adds the method that sums the terms, and one kernel per term. */
  static void write(TypeSpec.Builder cls, Plan plan, ClassName holder, String name, String nestKernel,
      NameAllocator members) {
    TensorMethod tm = new TensorMethod(plan.method());
    NameAllocator names = tm.names;
    String bind = tm.bind;
    List<String> params = tm.params;
    String target = tm.target;
    ClassName tensor = tm.tensor;
    MethodSpec.Builder b = tm.builder(name, true)
        .addJavadoc("Sums the distributed terms; see {@link #$L} for the plan.\n", nestKernel);
    b.beginControlFlow("if ($T.forceNest() || $N.broadcastsLabels())", TUNING, bind);
    b.addStatement(tm.nestCall(nestKernel));
    b.addStatement("return");
    b.endControlFlow();

    for (int t = 0; t < plan.terms().size(); t++) {
      GroupTerm term = plan.terms().get(t);
      Plan tp = term.plan();
      String tb = names.newName("term" + t);
      String kernel = members.newName(name + "Term" + t);
      CodeBlock.Builder layouts = CodeBlock.builder();
      CodeBlock.Builder arrays = CodeBlock.builder();
      for (int i = 0; i < term.operands().size(); i++) {
        String p = params.get(term.operands().get(i));
        layouts.add(i == 0 ? "$N.layout()" : ", $N.layout()", p);
        arrays.add("$N.array(), ", p);
      }
      b.addComment("term $L: $L", t, term.toString());
      b.addStatement("$T $N = $T.TERM$L.bind($L)", BINDING, tb, holder, t, layouts.build());
      CodeBlock groups = tp.matmul() == null ? null : CodeBlock.of("$T.TERM$L_GROUPS", holder, t);
      if (t == 0 && term.sign() > 0) {
        b.addStatement("$N.bindOutput($N.layout())", tb, target);
        b.addStatement("$N($N, $L$N.array())", kernel, tb, arrays.build(), target);
      } else if (tp.matmul() != null && term.sign() > 0) {
        b.addStatement("$N.bindOutput($N.layout())", tb, target);
        b.addStatement("$T.run($N, $L, $L$N.array(), true)", MATMUL, tb, groups, arrays.build(), target);
      } else {
        String tmp = names.newName("t" + t);
        b.addStatement("$T $N = $T.zeros($N.outputShape())", tensor, tmp, tensor, tb);
        b.addStatement("$N.bindOutput($N.layout())", tb, tmp);
        b.addStatement("$N($N, $L$N.array())", kernel, tb, arrays.build(), tmp);
        b.addStatement("$T.$L($N, $N)", OUTPUTS, term.sign() > 0 ? "add" : "subtract", tmp, target);
      }
      cls.addMethod(KernelWriter.kernel(tp, kernel, groups));
    }
    cls.addMethod(b.build());
  }


}
