/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import org.einsum4j.EinsumSpecException;
import org.einsum4j.internal.spec.DeclaredSizes;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.Message;

/**
 * The model pass: reads a type and its {@code @Einsum} methods through {@code javax.lang.model}, reports every
 * problem at the narrowest element (the annotation value for a spec, the parameter for a type), and returns
 * the validated {@link EinsumType}, or nothing if anything was wrong. Builds no code.
 */
public final class ModelReader {
  static final String EINSUM = "org.einsum4j.Einsum";

  private final Elements elements;
  private final Messager messager;
  private int errors;

  /**
   * Creates a reader.
   *
   * @param elements the processing environment's element utilities
   * @param messager where diagnostics go
   */
  public ModelReader(Elements elements, Messager messager) {
    this.elements = elements;
    this.messager = messager;
  }

  /**
   * Reads one type.
   *
   * @param type the interface or abstract class that declares {@code @Einsum} methods
   * @return the validated type, or empty if any error was reported
   */
  public Optional<EinsumType> read(TypeElement type) {
    int before = errors;
    checkType(type);
    List<KernelMethod> methods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      AnnotationMirror einsum = einsumAnnotation(m);
      boolean declaredHere = m.getEnclosingElement().equals(type);
      if (einsum == null) {
        if (m.getModifiers().contains(Modifier.ABSTRACT) && !GradientReader.isGradient(m)) {
          error(declaredHere ? m : type, null, null,
              Message.UNANNOTATED.format(m.getSimpleName(), type.getQualifiedName()));
        }
        continue;
      }
      readMethod(type, m, einsum, declaredHere).ifPresent(methods::add);
    }
    if (errors != before) {
      return Optional.empty();
    }
    Deque<String> names = new ArrayDeque<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.addFirst(e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    PackageElement pkg = elements.getPackageOf(type);
    boolean generated = elements.getTypeElement("javax.annotation.processing.Generated") != null;
    return Optional.of(new EinsumType(pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(),
        List.copyOf(names), type.getKind() == ElementKind.INTERFACE, generated, methods));
  }

  /** Returns the number of errors reported so far. */
  public int errorCount() {
    return errors;
  }

  private void checkType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)) {
      error(type, null, null, Message.BAD_TYPE.format(name, "it is a concrete class; make it an interface or an "
          + "abstract class"));
    } else if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.INTERFACE) {
      error(type, null, null, Message.BAD_TYPE.format(name, "it is a " + type.getKind().toString().toLowerCase()
          + "; use an interface or an abstract class"));
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement t = (TypeElement) e;
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        error(type, null, null, Message.BAD_TYPE.format(name, "'" + t.getSimpleName() + "' is private"));
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        error(type, null, null, Message.BAD_TYPE.format(name, "it is a local class"));
      }
      if (t.getNestingKind() == NestingKind.MEMBER && t.getKind() == ElementKind.CLASS
          && !t.getModifiers().contains(Modifier.STATIC)) {
        error(type, null, null, Message.BAD_TYPE.format(name, "'" + t.getSimpleName() + "' is an inner class; make "
            + "it static"));
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      error(type, null, null, Message.GENERIC.format("type '" + name + "'"));
    }
    if (type.getKind() == ElementKind.CLASS) {
      boolean ok = false;
      for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
        ok |= c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE);
      }
      if (!ok) {
        error(type, null, null, Message.BAD_TYPE.format(name, "it has no non-private constructor without "
            + "parameters"));
      }
    }
  }

  private Optional<KernelMethod> readMethod(
      TypeElement type, ExecutableElement m, AnnotationMirror einsum, boolean declaredHere) {
    int before = errors;
    Element at = declaredHere ? m : type;
    String name = m.getSimpleName().toString();
    if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
      error(at, null, null, Message.NOT_ABSTRACT.format(name));
      return Optional.empty();
    }
    if (!m.getTypeParameters().isEmpty()) {
      error(at, null, null, Message.GENERIC.format("method '" + name + "'"));
    }
    if (m.isVarArgs()) {
      error(at, null, null, Message.VARARGS.format(name));
    }

    AnnotationValue value = annotationValue(einsum, "value");
    AnnotationValue sizesValue = annotationValue(einsum, "sizes");
    AnnotationValue accumulateValue = annotationValue(einsum, "accumulate");
    String sizes = sizesValue == null ? "" : String.valueOf(sizesValue.getValue());
    boolean accumulate = accumulateValue != null && Boolean.TRUE.equals(accumulateValue.getValue());
    String text = value == null ? "" : String.valueOf(value.getValue());
    Spec spec = null;
    try {
      spec = Spec.parse(text);
    } catch (EinsumSpecException e) {
      error(at, einsum, value, Message.SYNTAX.format(e.reason(), e.column(),
          EinsumSpecException.caretLines(e.spec(), e.column())));
    }

    if (spec != null && !sizes.isEmpty()) {
      try {
        DeclaredSizes.parse(spec, sizes);
      } catch (EinsumSpecException e) {
        error(at, einsum, sizesValue, Message.SIZES.format(e.reason(), e.column(),
            EinsumSpecException.caretLines(e.spec(), e.column())));
      }
    }
    List<? extends VariableElement> params = m.getParameters();
    boolean isVoid = m.getReturnType().getKind() == TypeKind.VOID;
    Scalar scalar = null;
    String firstType = null;
    for (VariableElement p : params) {
      Scalar s = scalarOf(p.asType());
      Element pAt = declaredHere ? p : type;
      if (s == null) {
        error(pAt, null, null, Message.PARAMETER_TYPE.format(p.getSimpleName(), p.asType()));
      } else if (scalar == null) {
        scalar = s;
        firstType = s.tensorSimpleName();
      } else if (s != scalar) {
        error(pAt, null, null, Message.MIXED_TYPES.format(p.getSimpleName(), s.tensorSimpleName(), firstType));
      }
    }
    if (!isVoid) {
      Scalar r = scalarOf(m.getReturnType());
      if (r == null || (scalar != null && r != scalar)) {
        String expected = scalar == null ? "FloatTensor or DoubleTensor" : scalar.tensorSimpleName();
        error(at, null, null, Message.RETURN_TYPE.format(name, m.getReturnType(), expected));
      } else if (scalar == null) {
        scalar = r;
      }
    }

    if (accumulate && !isVoid) {
      error(at, einsum, accumulateValue, Message.ACCUMULATE.format(name));
    }
    String outName = null;
    if (spec != null) {
      int n = spec.operandCount();
      int expected = isVoid ? n + 1 : n;
      if (params.size() != expected) {
        // the parameters before a void method's last ('out') one are the operands, term by term
        int given = isVoid ? Math.max(params.size() - 1, 0) : params.size();
        String which = given < n
            ? "term '" + spec.operand(given) + "' (operand " + given + ") has no parameter; "
            : given > n ? "parameter '" + params.get(n).getSimpleName() + "' has no term in the spec; " : "";
        String hint = which + (isVoid
            ? "a void method takes the " + n + " operand(s) and then an 'out' parameter for the result"
            : "a method that returns its result takes exactly the operands");
        error(at, einsum, value, Message.OPERAND_COUNT.format(text, n, name, params.size(), hint));
      } else if (isVoid) {
        VariableElement out = params.get(params.size() - 1);
        outName = out.getSimpleName().toString();
        if (!isOutName(outName)) {
          error(declaredHere ? out : type, null, null, Message.OUT_NAME.format(outName));
        }
      }
      if (spec.anyOperandEllipsis() && spec.explicitOutput() && !spec.output().hasEllipsis()) {
        messager.printMessage(Diagnostic.Kind.WARNING, Message.ELLIPSIS_DROPPED.format(text), at, einsum, value);
      }
    } else if (isVoid && !params.isEmpty()) {
      outName = params.get(params.size() - 1).getSimpleName().toString();
    }
    if (scalar == null && errors == before) {
      error(at, null, null, Message.RETURN_TYPE.format(name, m.getReturnType(), "FloatTensor or DoubleTensor"));
    }
    if (errors != before) {
      return Optional.empty();
    }
    List<String> operandNames = new ArrayList<>();
    for (int i = 0; i < spec.operandCount(); i++) {
      operandNames.add(params.get(i).getSimpleName().toString());
    }
    String visibility = m.getModifiers().contains(Modifier.PUBLIC) || type.getKind() == ElementKind.INTERFACE
        ? "public"
        : m.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "";
    return Optional.of(new KernelMethod(name, visibility, operandNames, scalar, outName, spec, sizes, accumulate));
  }

  /**
   * Returns whether a parameter name may receive a void method's result: {@code out}, or {@code out} followed by
   * an upper-case letter, a digit or {@code '_'}.
   *
   * @param name the parameter's name
   * @return whether it is an out name
   */
  public static boolean isOutName(String name) {
    return name.equals("out")
        || (name.startsWith("out") && name.length() > 3
            && (Character.isUpperCase(name.charAt(3)) || name.charAt(3) == '_' || Character.isDigit(name.charAt(3))));
  }

  static Scalar scalarOf(TypeMirror t) {
    String s = t.toString();
    for (Scalar scalar : Scalar.values()) {
      if (s.equals(scalar.tensorQualifiedName())) {
        return scalar;
      }
    }
    return null;
  }

  private static AnnotationMirror einsumAnnotation(ExecutableElement m) {
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(EINSUM)) {
        return a;
      }
    }
    return null;
  }

  private static AnnotationValue annotationValue(AnnotationMirror a, String member) {
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
