/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import org.einsum4j.processor.Message;

/**
 * The model pass for {@code @EinsumGradient} methods: after {@link ModelReader} has read a type's {@code @Einsum}
 * methods, finds each gradient's forward method ({@code of}, among overloads the one whose operands the parameters
 * match) and operand ({@code wrt}), checks the parameters (the upstream gradient {@code grad...} first, then the
 * forward operands by name, then {@code out...} for a void method), and reports every problem at the narrowest
 * element: the annotation value for {@code of} and {@code wrt}, the parameter for a name or type. Builds no code.
 */
public final class GradientReader {
  static final String GRADIENT = "org.einsum4j.EinsumGradient";

  private final Elements elements;
  private final Messager messager;
  private int errors;

  /**
   * Creates a reader.
   *
   * @param elements the processing environment's element utilities
   * @param messager where diagnostics go
   */
  public GradientReader(Elements elements, Messager messager) {
    this.elements = elements;
    this.messager = messager;
  }

  /**
   * Reads the gradient methods of a type.
   *
   * @param type the type
   * @param forwards its validated {@code @Einsum} methods
   * @return the validated gradient methods in source order, or empty if any error was reported
   */
  public Optional<List<GradientMethod>> read(TypeElement type, List<KernelMethod> forwards) {
    List<GradientMethod> result = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      AnnotationMirror a = annotation(m, GRADIENT);
      if (a != null) {
        readMethod(type, m, a, forwards).ifPresent(result::add);
      }
    }
    return errors == 0 ? Optional.of(result) : Optional.empty();
  }

  /**
   * Returns whether a method carries {@code @EinsumGradient} (so {@link ModelReader} leaves it to this reader).
   *
   * @param m the method
   * @return whether it is a gradient method
   */
  public static boolean isGradient(ExecutableElement m) {
    return annotation(m, GRADIENT) != null;
  }

  private Optional<GradientMethod> readMethod(
      TypeElement type, ExecutableElement m, AnnotationMirror a, List<KernelMethod> forwards) {
    boolean here = m.getEnclosingElement().equals(type);
    Element at = here ? m : type;
    String name = m.getSimpleName().toString();
    int before = errors;
    if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
      error(at, null, null, Message.NOT_ABSTRACT.format(name));
      return Optional.empty();
    }
    if (annotation(m, ModelReader.EINSUM) != null) {
      error(at, null, null, Message.GRADIENT_PARAMETERS.format(name, "it has both @Einsum and @EinsumGradient"));
      return Optional.empty();
    }
    if (!m.getTypeParameters().isEmpty()) {
      error(at, null, null, Message.GENERIC.format("method '" + name + "'"));
    }
    if (m.isVarArgs()) {
      error(at, null, null, Message.VARARGS.format(name));
    }
    AnnotationValue ofValue = value(a, "of");
    AnnotationValue wrtValue = value(a, "wrt");
    AnnotationValue accValue = value(a, "accumulate");
    String of = ofValue == null ? "" : String.valueOf(ofValue.getValue());
    String wrt = wrtValue == null ? "" : String.valueOf(wrtValue.getValue());
    boolean accumulate = accValue != null && Boolean.TRUE.equals(accValue.getValue());
    boolean isVoid = m.getReturnType().getKind() == TypeKind.VOID;
    List<? extends VariableElement> params = m.getParameters();

    Scalar scalar = null;
    for (VariableElement p : params) {
      Scalar s = ModelReader.scalarOf(p.asType());
      if (s == null) {
        error(here ? p : type, null, null, Message.PARAMETER_TYPE.format(p.getSimpleName(), p.asType()));
      } else if (scalar == null) {
        scalar = s;
      } else if (s != scalar) {
        error(here ? p : type, null, null,
            Message.MIXED_TYPES.format(p.getSimpleName(), s.tensorSimpleName(), scalar.tensorSimpleName()));
      }
    }
    if (!isVoid) {
      Scalar r = ModelReader.scalarOf(m.getReturnType());
      if (r == null || (scalar != null && r != scalar)) {
        String expected = scalar == null ? "FloatTensor or DoubleTensor" : scalar.tensorSimpleName();
        error(at, null, null, Message.RETURN_TYPE.format(name, m.getReturnType(), expected));
      }
    }
    if (accumulate && !isVoid) {
      error(at, a, accValue, Message.ACCUMULATE.format(name));
    }
    if (!params.isEmpty() && !isGradName(params.get(0).getSimpleName().toString())) {
      error(here ? params.get(0) : type, null, null, Message.GRADIENT_NAME.format(params.get(0).getSimpleName()));
    }
    if (errors != before) {
      return Optional.empty();
    }

    List<KernelMethod> named = forwards.stream().filter(f -> f.name().equals(of)).collect(Collectors.toList());
    if (named.isEmpty()) {
      String known = forwards.stream().map(KernelMethod::name).distinct().map(s -> "'" + s + "'")
          .collect(Collectors.joining(", "));
      error(at, a, ofValue, Message.GRADIENT_OF.format(of, type.getSimpleName(),
          known.isEmpty() ? "it has none" : "it has " + known));
      return Optional.empty();
    }
    int operands = params.size() - 1 - (isVoid ? 1 : 0);
    KernelMethod forward = null;
    for (KernelMethod f : named) {
      if (f.operandNames().size() == operands && f.scalar() == scalar) {
        forward = f;
        break;
      }
    }
    if (forward == null) {
      KernelMethod f = named.get(0);
      error(at, null, null, Message.GRADIENT_PARAMETERS.format(name, "'" + of + "' takes "
          + f.operandNames().size() + " " + f.scalar().tensorSimpleName() + " operand(s), so its gradient takes "
          + signature(f, isVoid)));
      return Optional.empty();
    }
    for (int i = 0; i < operands; i++) {
      String p = params.get(i + 1).getSimpleName().toString();
      String expected = forward.operandNames().get(i);
      if (!p.equals(expected)) {
        error(here ? params.get(i + 1) : type, null, null, Message.GRADIENT_PARAMETERS.format(name,
            "parameter '" + p + "' stands for operand " + i + " of '" + of + "', named '" + expected
                + "' there; the gradient takes " + signature(forward, isVoid)));
      }
    }
    String outName = null;
    if (isVoid) {
      VariableElement out = params.get(params.size() - 1);
      outName = out.getSimpleName().toString();
      if (!ModelReader.isOutName(outName)) {
        error(here ? out : type, null, null, Message.OUT_NAME.format(outName));
      }
    }
    int wrtIndex = forward.operandNames().indexOf(wrt);
    if (wrtIndex < 0) {
      error(at, a, wrtValue, Message.GRADIENT_WRT.format(wrt, of, forward.operandNames().stream()
          .map(s -> "'" + s + "'").collect(Collectors.joining(", "))));
    }
    if (errors != before) {
      return Optional.empty();
    }
    String visibility = m.getModifiers().contains(Modifier.PUBLIC) || type.getKind() == ElementKind.INTERFACE
        ? "public"
        : m.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "";
    return Optional.of(new GradientMethod(name, visibility, params.get(0).getSimpleName().toString(), forward,
        wrtIndex, outName, accumulate));
  }

  private static String signature(KernelMethod f, boolean isVoid) {
    String t = f.scalar().tensorSimpleName();
    StringBuilder sb = new StringBuilder("(").append(t).append(" grad...");
    for (String p : f.operandNames()) {
      sb.append(", ").append(t).append(' ').append(p);
    }
    return sb.append(isVoid ? ", " + t + " out...)" : ")").toString();
  }

  /**
   * Returns whether a parameter name may receive the upstream gradient: {@code grad}, or {@code grad} followed by
   * an upper-case letter, a digit or {@code '_'}.
   *
   * @param name the parameter's name
   * @return whether it is a gradient name
   */
  public static boolean isGradName(String name) {
    return name.equals("grad")
        || (name.startsWith("grad") && name.length() > 4
            && (Character.isUpperCase(name.charAt(4)) || name.charAt(4) == '_' || Character.isDigit(name.charAt(4))));
  }

  static AnnotationMirror annotation(ExecutableElement m, String qualifiedName) {
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return a;
      }
    }
    return null;
  }

  private static AnnotationValue value(AnnotationMirror a, String member) {
    for (var e : a.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  private void error(Element e, AnnotationMirror a, AnnotationValue v, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, e, a, v);
  }
}
