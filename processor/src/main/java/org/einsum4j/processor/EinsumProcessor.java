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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
 * It never claims the annotation, supports the latest source version, is isolating for Gradle (one generated
 * file per annotated type, with that type as originating element), and never lets an exception escape into
 * javac: an unexpected failure is reported as one {@code [Einsum4jInternal]} error with its stack trace.
 */
@AutoService(Processor.class)
public final class EinsumProcessor extends AbstractProcessor {
  private final Consumer<TypeElement> beforeGenerate;

  /** Creates the processor; javac does this through the service loader. */
  public EinsumProcessor() {
    this(type -> {});
  }

  /** For tests: runs {@code beforeGenerate} on each type first (to simulate a failure inside a pass). */
  EinsumProcessor(Consumer<TypeElement> beforeGenerate) {
    this.beforeGenerate = beforeGenerate;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("org.einsum4j.Einsum", "org.einsum4j.EinsumGradient");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement einsum = processingEnv.getElementUtils().getTypeElement("org.einsum4j.Einsum");
    if (einsum == null) {
      return false;
    }
    Set<TypeElement> types = new LinkedHashSet<>();
    Set<Element> annotated = new LinkedHashSet<>(round.getElementsAnnotatedWith(einsum));
    TypeElement gradient = processingEnv.getElementUtils().getTypeElement("org.einsum4j.EinsumGradient");
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
    return false;
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
  }
}
