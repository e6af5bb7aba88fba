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
import java.util.function.BiFunction;
import javax.lang.model.element.Modifier;
import org.einsum4j.internal.spec.GeneratedNames;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.EinsumType;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.plan.GroupTerms;
import org.einsum4j.processor.plan.LoopNest;
import org.einsum4j.processor.plan.MatrixProduct;
import org.einsum4j.processor.plan.PairwisePaths;
import org.einsum4j.processor.plan.Plan;
import org.einsum4j.processor.plan.Step;
import org.einsum4j.processor.plan.VectorNest;

/**
 * The codegen pass, and the only user of JavaPoet: one implementation class per {@link EinsumType}. For each
 * method, a holder class of constants (its {@code Contraction}, parsed from the spec text once, on first call),
 * the overriding method (bind sizes and strides, allocate or check the result, run the plan; the plan printed in
 * its Javadoc) and a private static kernel (the engine call of an engine step, else the fused loop nest). The plan's
 * {@link Step} is dispatched on once, in {@link #implementation}; path and group-term methods come from
 * {@link PathWriter} and {@link GroupWriter}, and only code that can run is written.
 */
public final class ImplementationWriter {
  static final String PROCESSOR = "org.einsum4j.processor.EinsumProcessor";
  private static final ClassName CONTRACTION = ClassName.get("org.einsum4j.internal", "Contraction");
  private static final ClassName BINDING = CONTRACTION.nestedClass("Binding");
  private static final ClassName OUTPUTS = ClassName.get("org.einsum4j.internal", "Outputs");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

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
      // the one dispatch over the plan's step
      Step step = plan.step();
      String spec = "{@code " + javadocCode(m.spec().text()) + "}";
      String driver = null;
      CodeBlock gemm = null;
      String kernelDoc;
      BiFunction<String, List<CodeBlock>, CodeBlock> engine = null;
      if (step instanceof PairwisePaths) {
        driver = members.newName(m.name() + "Paths");
        kernelDoc = "Runs " + spec + " as one vector loop nest on the runtime's nest engine: the fallback of its "
            + "pairwise paths.";
        VectorNest whole = new VectorNest(plan.nest().free(), plan.nest().reduced());
        engine = (bind, arrays) -> EngineCall.of(whole, null, bind, arrays, false, arrayType(m));
      } else if (step instanceof GroupTerms) {
        driver = members.newName(m.name() + "Terms");
        kernelDoc = "The fused loop nest of " + spec + ", summing each group as it loads it: the fallback of its terms.";
      } else if (step instanceof LoopNest) {
        kernelDoc = "The fused loop nest of " + spec + ".";
      } else {
        CodeBlock groups = step instanceof MatrixProduct ? CodeBlock.of("$T.GROUPS", holderName) : null;
        gemm = groups;
        engine = (bind, arrays) -> EngineCall.of(step, groups, bind, arrays, false, arrayType(m));
        kernelDoc = "Runs " + spec + " on the runtime's " + step.tag() + " engine.";
      }
      cls.addMethod(publicMethod(plan, holderName, kernel, driver, gemm));
      cls.addMethod(KernelWriter.kernel(m, plan.nest(), kernel, kernelDoc, engine));
      if (step instanceof PairwisePaths pp) {
        PathWriter.write(cls, plan, pp, holderName, driver, kernel, members);
      } else if (step instanceof GroupTerms gt) {
        GroupWriter.write(cls, plan, gt, holderName, driver, kernel, members);
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
                .add("$T.of($S, new String[] {$L}, $S)", CONTRACTION, m.spec().text(),
                    names.build(), m.outName() == null ? "result" : m.outName())
                .add(m.sizes().isEmpty() ? CodeBlock.of("") : CodeBlock.of(".withSizes($S)", m.sizes()))
                .build())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (plan.step() instanceof MatrixProduct mp) {
      holder.addField(groupsField(m.spec(), mp, "GROUPS"));
    } else if (plan.step() instanceof PairwisePaths pp) {
      PathWriter.addFields(holder, pp);
    } else if (plan.step() instanceof GroupTerms gt) {
      GroupWriter.addFields(holder, gt);
    }
    return holder.build();
  }

  static FieldSpec groupsField(Spec spec, MatrixProduct mp, String name) {
    CodeBlock.Builder init = CodeBlock.builder().add("{");
    String[] what = {"batch", "M", "N", "K"};
    List<List<Character>> groups = mp.groups();
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
  private static MethodSpec publicMethod(Plan plan, ClassName holder, String kernel, String paths,
      CodeBlock gemm) {
    KernelMethod m = plan.method();
    ClassName tensor = ClassName.get("org.einsum4j", m.scalar().tensorSimpleName());
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name());
    if (m.visibility().equals("private")) {
      b.addModifiers(Modifier.PRIVATE); // a gradient's einsum, called by the gradient method (GradientWriter)
    } else {
      b.addAnnotation(Override.class);
    }
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
    b.addJavadoc("Computes {@code $L}, generated by einsum4j. The plan:\n\n<pre>{@code\n$L}</pre>\n",
        javadocCode(m.spec().text()), javadocCode(plan.toString()));

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
        b.beginControlFlow("if (!$T.aliases($N.array()$L))", OUTPUTS, out,
            operandArrays.build());
        b.addComment("accumulate: the matrix product adds into out in place");
        b.addStatement("$N.bindOutput($N.layout())", bind, out);
        List<CodeBlock> engineArrays = new ArrayList<>();
        m.operandNames().forEach(p -> engineArrays.add(CodeBlock.of("$N.array()", p)));
        engineArrays.add(CodeBlock.of("$N.array()", out));
        b.addStatement(EngineCall.of(plan.step(), gemm, bind, engineArrays, true, arrayType(m)));
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

  /**
   * Makes text safe inside a Javadoc code span, where entities are not decoded: what would end the comment or
   * the span, or start a tag, becomes a look-alike (specs and plans contain none of it).
   */
  static String javadocCode(String s) {
    return s.replace("*/", "*\u2215").replace("@", "\uff20").replace("{", "(").replace("}", ")");
  }

  /** Returns the term of operand {@code k}, or of the output for {@code k == operandCount}. */
  static Spec.Term term(Spec spec, int k) {
    return k == spec.operandCount() ? spec.output() : spec.operand(k);
  }
}
