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
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.plan.GroupTerm;
import org.einsum4j.processor.plan.GroupTerms;
import org.einsum4j.processor.plan.MatrixProduct;
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
  private static final ClassName TUNING = ClassName.get("org.einsum4j.internal", "Tuning");
  private static final ClassName OUTPUTS = ClassName.get("org.einsum4j.internal", "Outputs");

  private GroupWriter() {}

  /** Adds each term's contraction (and matmul groups) to the method's holder class. */
  static void addFields(TypeSpec.Builder holder, GroupTerms terms) {
    for (int t = 0; t < terms.terms().size(); t++) {
      Plan tp = terms.terms().get(t).plan();
      KernelMethod m = tp.method();
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < m.operandNames().size(); i++) {
        names.add(i == 0 ? "$S" : ", $S", m.operandNames().get(i));
      }
      holder.addField(FieldSpec.builder(CONTRACTION, "TERM" + t, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($S, new String[] {$L}, \"out\")", CONTRACTION, m.spec().text(), names.build())
          .build());
      if (tp.step() instanceof MatrixProduct mp) {
        holder.addField(ImplementationWriter.groupsField(m.spec(), mp, "TERM" + t + "_GROUPS"));
      }
    }
  }

  /**
   * Adds the method that sums the terms, and a kernel for each term that runs as a loop nest (an engine term is
   * called directly: the method runs the terms only when the nest is not forced).
   */
  static void write(TypeSpec.Builder cls, Plan plan, GroupTerms terms, ClassName holder, String name,
      String nestKernel, NameAllocator members) {
    TensorMethod tm = new TensorMethod(plan.method());
    NameAllocator names = tm.names;
    String bind = tm.bind;
    List<String> params = tm.params;
    String target = tm.target;
    ClassName tensor = tm.tensor;
    MethodSpec.Builder b = tm.builder(name, true)
        .addJavadoc("Sums the distributed terms; the fallback is {@link #$L}.\n", nestKernel);
    b.beginControlFlow("if ($T.forceNest() || $N.broadcastsLabels())", TUNING, bind);
    b.addStatement(tm.nestCall(nestKernel));
    b.addStatement("return");
    b.endControlFlow();

    for (int t = 0; t < terms.terms().size(); t++) {
      GroupTerm term = terms.terms().get(t);
      Plan tp = term.plan();
      String tb = names.newName("term" + t);
      CodeBlock.Builder layouts = CodeBlock.builder();
      List<CodeBlock> arrays = new ArrayList<>();
      for (int i = 0; i < term.operands().size(); i++) {
        String p = params.get(term.operands().get(i));
        layouts.add(i == 0 ? "$N.layout()" : ", $N.layout()", p);
        arrays.add(CodeBlock.of("$N.array()", p));
      }
      b.addComment("term $L: $L", t, term.toString());
      b.addStatement("$T $N = $T.TERM$L.bind($L)", BINDING, tb, holder, t, layouts.build());
      CodeBlock groups = tp.step() instanceof MatrixProduct ? CodeBlock.of("$T.TERM$L_GROUPS", holder, t) : null;
      boolean inPlace = term.sign() > 0 && (t == 0 || tp.step() instanceof MatrixProduct);
      String into = target;
      if (!inPlace) {
        into = names.newName("t" + t);
        b.addStatement("$T $N = $T.zeros($N.outputShape())", tensor, into, tensor, tb);
      }
      b.addStatement("$N.bindOutput($N.layout())", tb, into);
      arrays.add(CodeBlock.of("$N.array()", into));
      if (tp.step().onEngine()) {
        b.addStatement(EngineCall.of(tp.step(), groups, tb, arrays, inPlace && t > 0,
            ImplementationWriter.arrayType(tp.method())));
      } else {
        String kernel = members.newName(name + "Term" + t);
        b.addStatement("$N($N, $L)", kernel, tb, CodeBlock.join(arrays, ", "));
        cls.addMethod(KernelWriter.kernel(tp.method(), tp.nest(), kernel, "Term " + t + ", {@code "
            + ImplementationWriter.javadocCode(tp.method().spec().text()) + "}: its fused loop nest.", null));
      }
      if (!inPlace) {
        b.addStatement("$T.$L($N, $N)", OUTPUTS, term.sign() > 0 ? "add" : "subtract", into, target);
      }
    }
    cls.addMethod(b.build());
  }
}
