/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.einsum4j.processor.codegen.ImplementationWriter;
import org.einsum4j.processor.codegen.GradientWriter;
import org.einsum4j.processor.model.EinsumType;
import org.einsum4j.processor.model.GradientMethod;
import org.einsum4j.processor.model.GradientReader;
import org.einsum4j.processor.model.ModelReader;
import org.einsum4j.processor.plan.GradientPlan;
import org.einsum4j.processor.plan.Gradients;
import org.einsum4j.processor.plan.Plan;
import org.einsum4j.processor.plan.Planner;

/**
 * The einsum4j annotation processor. For every type that declares {@code @Einsum} methods it runs a flat
 * pipeline of passes, each producing a value that can be printed:
 *
 * <ol>
 *   <li><b>spec</b> ({@code org.einsum4j.internal.spec.Spec}, shared with the runtime): parse each spec string;</li>
 *   <li><b>model</b> ({@link ModelReader}): the validated read of the type and its methods (parameters,
 *       element type, result mode); every error reported at the narrowest element, all of them, then
 *       nothing generated for that type;</li>
 *   <li><b>plan</b> ({@link Planner}): each method's loop nest, free and reduced labels, loop order;
 *       {@code @EinsumGradient} methods (read by {@link GradientReader}) get a gradient einsum derived by
 *       {@link Gradients} and planned the same way;</li>
 *   <li><b>codegen</b> ({@link ImplementationWriter}): one {@code Einsum4j_<Type>} class, written with
 *       JavaPoet.</li>
 * </ol>
 *
 * It claims {@code @Einsum} and {@code @EinsumGradient}, its own annotations and the only ones it supports (so
 * that a user's build with {@code -Xlint:all -Werror} gets no "No processor claimed any of these annotations"
 * warning; no other processor has a use for them), supports the latest source version, is isolating for Gradle (one generated file per annotated
 * type, with that type as originating element), and never lets an exception escape into javac. Before the first
 * pass it checks that its own dependencies (JavaPoet and {@code einsum4j-runtime}) are on the processor path and
 * otherwise reports one {@code [Einsum4jSetup]} error saying how to fix the build; any other unexpected failure is
 * reported as one {@code [Einsum4jInternal]} error with its stack trace.
 */
@AutoService(Processor.class)
public final class EinsumProcessor extends AbstractProcessor {
  /**
   * A class of each dependency the processor needs at build time, with the Maven coordinates that provide it.
   * Maven's {@code annotationProcessorPaths} and Gradle's {@code annotationProcessor} bring them along; a
   * hand-written {@code -processorpath} may not.
   */
  private static final List<String[]> DEPENDENCIES = List.of(
      new String[] {"com.palantir.javapoet.JavaFile", "com.palantir.javapoet:javapoet"},
      new String[] {"org.einsum4j.internal.spec.Spec", "org.einsum4j:einsum4j-runtime"});

  private static final String EINSUM = "org.einsum4j.Einsum";
  private static final String GRADIENT = "org.einsum4j.EinsumGradient";
  /**
   * The annotation on the classes this processor writes. It is supported too, only so that the processor can
   * claim it in the rounds where every class that bears it is one of its own: otherwise {@code -Xlint:processing}
   * warns "No processor claimed any of these annotations" about the generated code.
   */
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Consumer<TypeElement> beforeGenerate;
  private final Predicate<String> classPresent;
  /** The qualified names of the classes this processor wrote. */
  private final Set<String> written = new HashSet<>();
  private Boolean setupOk;

  /** Creates the processor; javac does this through the service loader. */
  public EinsumProcessor() {
    this(type -> {});
  }

  /** For tests: runs {@code beforeGenerate} on each type first (to simulate a failure inside a pass). */
  EinsumProcessor(Consumer<TypeElement> beforeGenerate) {
    this(beforeGenerate, EinsumProcessor::loadable);
  }

  /** For tests: also decides which classes count as present on the processor path (to simulate a missing jar). */
  EinsumProcessor(Consumer<TypeElement> beforeGenerate, Predicate<String> classPresent) {
    this.beforeGenerate = beforeGenerate;
    this.classPresent = classPresent;
  }

  private static boolean loadable(String className) {
    try {
      Class.forName(className, false, EinsumProcessor.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Reports one setup error for each missing dependency; returns whether all are there. */
  private boolean checkSetup() {
    boolean ok = true;
    for (String[] dependency : DEPENDENCIES) {
      if (!classPresent.test(dependency[0])) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.SETUP.format(dependency[1], dependency[0]));
        ok = false;
      }
    }
    return ok;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(EINSUM, GRADIENT, GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement einsum = processingEnv.getElementUtils().getTypeElement(EINSUM);
    TypeElement gradient = processingEnv.getElementUtils().getTypeElement(GRADIENT);
    boolean ours = annotations.contains(einsum) || (gradient != null && annotations.contains(gradient));
    if (einsum == null || !ours) {
      return ownGeneratedOnly(annotations, round);
    }
    if (setupOk == null) {
      setupOk = checkSetup();
    }
    if (!setupOk) {
      return true;
    }
    Set<TypeElement> types = new LinkedHashSet<>();
    Set<Element> annotated = new LinkedHashSet<>(round.getElementsAnnotatedWith(einsum));
    if (gradient != null) {
      annotated.addAll(round.getElementsAnnotatedWith(gradient));
    }
    for (Element e : annotated) {
      if (e.getEnclosingElement() instanceof TypeElement) {
        types.add((TypeElement) e.getEnclosingElement());
      }
    }
    for (TypeElement type : types) {
      try {
        generate(type);
      } catch (Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.INTERNAL.format(type.getQualifiedName(), trace), type);
      }
    }
    // Claimed: @Einsum and @EinsumGradient are this processor's alone.
    return ownGeneratedOnly(annotations, round);
  }

  /**
   * Returns whether the annotations of this round may be claimed: every class that bears {@code @Generated} is
   * one this processor wrote (never claim another processor's or the user's).
   */
  private boolean ownGeneratedOnly(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement a : annotations) {
      if (a.getQualifiedName().contentEquals(GENERATED)) {
        for (Element e : round.getElementsAnnotatedWith(a)) {
          if (!(e instanceof TypeElement) || !written.contains(((TypeElement) e).getQualifiedName().toString())) {
            return false;
          }
        }
      }
    }
    return !annotations.isEmpty();
  }

  private void generate(TypeElement type) throws IOException {
    beforeGenerate.accept(type);
    ModelReader reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getMessager());
    Optional<EinsumType> model = reader.read(type);
    if (model.isEmpty()) {
      return;
    }
    Optional<List<GradientMethod>> gradients = new GradientReader(processingEnv.getElementUtils(),
        processingEnv.getMessager()).read(type, model.get().methods());
    if (gradients.isEmpty()) {
      return;
    }
    List<Plan> plans = new ArrayList<>();
    model.get().methods().forEach(m -> plans.add(Planner.plan(m)));
    List<GradientPlan> gradientPlans = new ArrayList<>();
    for (GradientMethod g : gradients.get()) {
      GradientPlan p = Gradients.plan(g);
      gradientPlans.add(p);
      plans.addAll(p.kernels());
    }
    TypeSpec.Builder builder = ImplementationWriter.implementation(model.get(), plans).toBuilder();
    GradientWriter.write(builder, model.get(), gradientPlans);
    TypeSpec cls = builder.addOriginatingElement(type).build();
    JavaFile file = ImplementationWriter.file(model.get(), cls);
    file.writeTo(processingEnv.getFiler());
    written.add(file.packageName().isEmpty() ? cls.name() : file.packageName() + "." + cls.name());
  }
}
