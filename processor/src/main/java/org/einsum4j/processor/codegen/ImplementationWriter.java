/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.einsum4j.internal.spec.GeneratedNames;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.EinsumType;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.plan.LoopNest;
import org.einsum4j.processor.plan.Plan;

/**
 * The codegen pass, and the only user of JavaPoet: one implementation class per {@link EinsumType}. For each
 * method, a {@code static final Contraction} (the spec, parsed once at class init), the overriding method
 * (bind sizes and strides, allocate or check the result, call the kernel) and a private static kernel: the
 * plan's loop nest over the spec's labels with strided accesses, its plan printed in its Javadoc.
 */
public final class ImplementationWriter {
  static final String PROCESSOR = "org.einsum4j.processor.EinsumProcessor";
  private static final ClassName CONTRACTION = ClassName.get("org.einsum4j.internal", "Contraction");
  private static final ClassName BINDING = CONTRACTION.nestedClass("Binding");
  private static final ClassName SPEC = ClassName.get("org.einsum4j.internal.spec", "Spec");
  private static final ClassName OUTPUTS = ClassName.get("org.einsum4j.internal", "Outputs");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName TUNING = ClassName.get("org.einsum4j.internal", "Tuning");
  private static final ClassName MATMUL = ClassName.get("org.einsum4j.internal", "MatmulStep");

  private ImplementationWriter() {}

  /**
   * Writes the implementation class of a type.
   *
   * @param type the validated type
   * @param plans one plan per method of {@code type}, in the same order
   * @return the class, without originating elements (the processor adds them)
   */
  public static TypeSpec implementation(EinsumType type, List<Plan> plans) {
    ClassName target = ClassName.get(type.packageName(), type.simpleNames().get(0),
        type.simpleNames().subList(1, type.simpleNames().size()).toArray(new String[0]));
    TypeSpec.Builder cls = TypeSpec.classBuilder(GeneratedNames.implementationSimpleName(type.simpleNames()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The einsum4j implementation of {@link $T}, generated at build time. Load it with\n"
            + "{@code Einsums.load($T.class)}.\n", target, target);
    if (type.generatedAnnotation()) {
      cls.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", PROCESSOR)
          .addMember("comments", "$S", "from " + type.canonicalName())
          .build());
    }
    if (type.isInterface()) {
      cls.addSuperinterface(target);
    } else {
      cls.superclass(target);
    }
    cls.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the implementation; prefer {@code Einsums.load}, which shares one instance.\n")
        .build());

    NameAllocator members = new NameAllocator();
    members.newName(GeneratedNames.implementationSimpleName(type.simpleNames()));
    for (String simple : type.simpleNames()) {
      members.newName(simple);
    }
    for (Plan plan : plans) {
      KernelMethod m = plan.method();
      String holder = members.newName(Character.toUpperCase(m.name().charAt(0)) + m.name().substring(1) + "Spec");
      String kernel = members.newName(m.name() + "Kernel");
      ClassName holderName = ClassName.get(type.packageName(),
          GeneratedNames.implementationSimpleName(type.simpleNames()), holder);
      cls.addType(holderClass(plan, holder));
      String paths = !plan.paths().isEmpty() ? members.newName(m.name() + "Paths")
          : !plan.terms().isEmpty() ? members.newName(m.name() + "Terms") : null;
      CodeBlock gemm = plan.matmul() == null || paths != null ? null : CodeBlock.of("$T.GROUPS", holderName);
      cls.addMethod(publicMethod(m, holderName, kernel, paths, gemm));
      cls.addMethod(KernelWriter.kernel(plan, kernel,
          plan.matmul() == null ? null : CodeBlock.of("$T.GROUPS", holderName)));
      if (!plan.paths().isEmpty()) {
        PathWriter.write(cls, plan, holderName, paths, kernel, members);
      } else if (!plan.terms().isEmpty()) {
        GroupWriter.write(cls, plan, holderName, paths, kernel, members);
      }
    }
    return cls.build();
  }

  /**
   * Wraps a class into its file: the header comment names the source type; no timestamp, so a rebuild is
   * byte-identical.
   *
   * @param type the type implemented
   * @param cls the class from {@link #implementation}
   * @return the file
   */
  public static JavaFile file(EinsumType type, TypeSpec cls) {
    return JavaFile.builder(type.packageName(), cls)
        .addFileComment("Generated by einsum4j from $L. Do not edit: change the @Einsum specs instead.",
            type.canonicalName())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * The method's constants in a holder class of their own: initialized on first call (the lazy holder idiom),
   * so no generated static initializer grows with the number of methods.
   */
  private static TypeSpec holderClass(Plan plan, String name) {
    KernelMethod m = plan.method();
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < m.operandNames().size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", m.operandNames().get(i));
    }
    TypeSpec.Builder holder = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Constants of {@code $L}, created on its first call.\n", m.name())
        .addField(FieldSpec.builder(CONTRACTION, "CONTRACTION", Modifier.STATIC, Modifier.FINAL)
            .initializer(CodeBlock.builder()
                .add("$T.of($T.parse($S), new String[] {$L}, $S)", CONTRACTION, SPEC, m.spec().text(),
                    names.build(), m.outName() == null ? "result" : m.outName())
                .add(m.sizes().isEmpty() ? CodeBlock.of("") : CodeBlock.of(".withSizes($S)", m.sizes()))
                .build())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (plan.matmul() != null) {
      holder.addField(groupsField(plan, "GROUPS"));
    }
    PathWriter.addFields(holder, plan);
    GroupWriter.addFields(holder, plan);
    return holder.build();
  }

  static FieldSpec groupsField(Plan plan, String name) {
    Spec spec = plan.method().spec();
    CodeBlock.Builder init = CodeBlock.builder().add("{");
    String[] what = {"batch", "M", "N", "K"};
    List<List<Character>> groups = plan.matmul().groups();
    for (int g = 0; g < groups.size(); g++) {
      init.add(g == 0 ? "{" : ", {");
      for (int i = 0; i < groups.get(g).size(); i++) {
        init.add(i == 0 ? "$L" : ", $L", spec.labelIndex(groups.get(g).get(i)));
      }
      init.add("}");
    }
    init.add("}");
    StringBuilder doc = new StringBuilder("Label numbers of the matrix product's groups:");
    for (int g = 0; g < groups.size(); g++) {
      doc.append(' ').append(what[g]).append(' ').append(groups.get(g));
    }
    return FieldSpec.builder(int[][].class, name, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L.\n", doc.toString())
        .initializer(init.build())
        .build();
  }

  /**
   * The implementation of the user's method: checks, binding, the kernel call, the result or {@code out}.
   *
   * @param gemm the matrix product's groups when the whole plan is one matrix product, else null: an
   *     accumulating method then adds the product into {@code out} in place
   */
  private static MethodSpec publicMethod(KernelMethod m, ClassName holder, String kernel, String paths,
      CodeBlock gemm) {
    ClassName tensor = ClassName.get("org.einsum4j", m.scalar().tensorSimpleName());
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name()).addAnnotation(Override.class);
    if (m.visibility().equals("public")) {
      b.addModifiers(Modifier.PUBLIC);
    } else if (m.visibility().equals("protected")) {
      b.addModifiers(Modifier.PROTECTED);
    }
    NameAllocator names = new NameAllocator();
    List<String> all = new ArrayList<>(m.operandNames());
    if (!m.returnsResult()) {
      all.add(m.outName());
    }
    for (String p : all) {
      b.addParameter(ParameterSpec.builder(tensor, p).build());
      names.newName(p, p);
    }
    b.returns(m.returnsResult() ? tensor : TypeName.VOID);
    b.addJavadoc("Computes {@code $L}; see {@link #$L} for the plan.\n", m.spec().text().replace("->", "-&gt;"),
        kernel);

    for (String p : all) {
      b.addStatement("$T.requireNonNull($N, $S)", OBJECTS, p, p);
    }
    String bind = names.newName("binding");
    CodeBlock.Builder layouts = CodeBlock.builder();
    for (int i = 0; i < m.operandNames().size(); i++) {
      layouts.add(i == 0 ? "$N.layout()" : ", $N.layout()", m.operandNames().get(i));
    }
    b.addStatement("$T $N = $T.CONTRACTION.bind($L)", BINDING, bind, holder, layouts.build());
    CodeBlock.Builder arrays = CodeBlock.builder();
    for (String p : m.operandNames()) {
      arrays.add("$N.array(), ", p);
    }
    if (m.returnsResult()) {
      String result = names.newName("result");
      b.addStatement("$T $N = $T.zeros($N.outputShape())", tensor, result, tensor, bind);
      b.addStatement("$N.bindOutput($N.layout())", bind, result);
      if (paths != null) {
        b.addStatement("$N($N, $L$N)", paths, bind, tensors(m), result);
      } else {
        b.addStatement("$N($N, $L$N.array())", kernel, bind, arrays.build(), result);
      }
      b.addStatement("return $N", result);
    } else {
      String out = m.outName();
      String target = names.newName("target");
      b.addStatement("$N.checkOutput($N.shape(), $N.strides())", bind, out, out);
      CodeBlock.Builder operandArrays = CodeBlock.builder();
      for (String p : m.operandNames()) {
        operandArrays.add(", $N.array()", p);
      }
      if (m.accumulate() && gemm != null) {
        b.beginControlFlow("if (!$T.forceNest() && !$T.aliases($N.array()$L))", TUNING, OUTPUTS, out,
            operandArrays.build());
        b.addComment("accumulate: the matrix product adds into out in place");
        b.addStatement("$N.bindOutput($N.layout())", bind, out);
        b.addStatement("$T.run($N, $L, $L$N.array(), true)", MATMUL, bind, gemm, arrays.build(), out);
        b.addStatement("return");
        b.endControlFlow();
      }
      if (m.accumulate()) {
        b.addComment("accumulate: compute into a temporary, then add it into out");
        b.addStatement("$T $N = $T.zeros($N.outputShape())", tensor, target, tensor, bind);
      } else {
        b.addComment("an out that shares its array with an operand gets the result through a copy");
        b.addStatement("$T $N = $T.aliases($N.array()$L) ? $T.zeros($N.outputShape()) : $N", tensor, target,
            OUTPUTS, out, operandArrays.build(), tensor, bind, out);
      }
      b.addStatement("$N.bindOutput($N.layout())", bind, target);
      if (paths != null) {
        b.addStatement("$N($N, $L$N)", paths, bind, tensors(m), target);
      } else {
        b.addStatement("$N($N, $L$N.array())", kernel, bind, arrays.build(), target);
      }
      if (m.accumulate()) {
        b.addStatement("$T.add($N, $N)", OUTPUTS, target, out);
      } else {
        b.beginControlFlow("if ($N != $N)", target, out);
        b.addStatement("$T.copy($N, $N)", OUTPUTS, target, out);
        b.endControlFlow();
      }
    }
    return b.build();
  }

  private static CodeBlock tensors(KernelMethod m) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (String p : m.operandNames()) {
      b.add("$N, ", p);
    }
    return b.build();
  }

  static ClassName tensorType(KernelMethod m) {
    return ClassName.get("org.einsum4j", m.scalar().tensorSimpleName());
  }

  static ArrayTypeName arrayType(KernelMethod m) {
    return ArrayTypeName.of(m.scalar() == org.einsum4j.processor.model.Scalar.FLOAT ? TypeName.FLOAT : TypeName.DOUBLE);
  }

  static ClassName binding() {
    return BINDING;
  }

  /** Escapes text for a Javadoc block. */
  static String javadocText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  /** Returns the term of operand {@code k}, or of the output for {@code k == operandCount}. */
  static Spec.Term term(Spec spec, int k) {
    return k == spec.operandCount() ? spec.output() : spec.operand(k);
  }

  static boolean usesEllipsis(LoopNest nest) {
    return nest.ellipsis();
  }
}
