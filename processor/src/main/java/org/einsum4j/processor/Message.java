/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

/**
 * Every diagnostic the processor reports: one tag, one sentence, the offending thing in quotes, a hint where
 * one fits. Tests assert on the tag ({@code [EinsumSyntax]}), so tags are stable API of the build.
 */
public enum Message {
  /** The spec string does not parse; args: reason, column, caret lines. */
  SYNTAX("EinsumSyntax", "%s at column %d\n%s"),
  /** Operand count and parameters disagree; args: spec, operands, method, parameters, hint. */
  OPERAND_COUNT("EinsumOperandCount",
      "spec \"%s\" has %d operand(s) but method '%s' has %d parameter(s); %s"),
  /** A parameter is not a tensor; args: parameter, type. */
  PARAMETER_TYPE("EinsumParameterType",
      "parameter '%s' has type %s; @Einsum operands are FloatTensor or DoubleTensor"),
  /** Parameters mix float and double; args: parameter, its type, first type. */
  MIXED_TYPES("EinsumMixedTypes",
      "parameter '%s' is a %s but the method's first operand is a %s; one method has one element type "
          + "(convert with toFloat() or toDouble())"),
  /** Return type is neither void nor the element type's tensor; args: method, return type, expected. */
  RETURN_TYPE("EinsumReturnType",
      "method '%s' returns %s; an @Einsum method returns %s (a new result) or void (with a last 'out' parameter)"),
  /** The last parameter of a void method has the wrong name; args: parameter. */
  OUT_NAME("EinsumOutName",
      "parameter '%s' receives the result of a void @Einsum method, so its name must be 'out' or start with "
          + "'out' (e.g. 'outScores'); did you forget an operand?"),
  /** The annotated method is not abstract; args: method. */
  NOT_ABSTRACT("EinsumNotAbstract", "method '%s' must be abstract to be implemented by einsum4j"),
  /** The enclosing type cannot be implemented; args: type, reason. */
  BAD_TYPE("EinsumEnclosingType", "type '%s' cannot be implemented by einsum4j: %s"),
  /** The type or the method has type parameters; args: what. */
  GENERIC("EinsumGeneric", "%s has type parameters; @Einsum methods and their types must not be generic"),
  /** Varargs method; args: method. */
  VARARGS("EinsumVarargs", "method '%s' is varargs; declare one parameter per operand"),
  /** Another abstract method in the type has no @Einsum; args: method, type. */
  UNANNOTATED("EinsumUnimplementable",
      "abstract method '%s' of '%s' has no @Einsum, so the generated implementation could not implement it"),
  /** Explicit output drops the ellipsis the operands use (a warning); args: spec. */
  ELLIPSIS_DROPPED("EinsumEllipsisDropped",
      "spec \"%s\" has \"...\" in an operand but not in the output: calls fail unless \"...\" stands for no "
          + "dimensions (write \"->...\" to keep them)"),
  /** The declared sizes do not parse or do not fit the spec; args: reason, column, caret lines. */
  SIZES("EinsumSizes", "%s at column %d of sizes\n%s"),
  /** accumulate = true on a method without an out parameter; args: method. */
  ACCUMULATE("EinsumAccumulate",
      "method '%s' has accumulate = true but returns its result; accumulate needs a void method with an 'out' "
          + "parameter to add into"),
  /** {@code @EinsumGradient(of = ...)} names no {@code @Einsum} method; args: of, type, hint. */
  GRADIENT_OF("EinsumGradientOf", "@EinsumGradient(of = \"%s\") names no @Einsum method of '%s'; %s"),
  /** {@code @EinsumGradient(wrt = ...)} names no operand of the forward method; args: wrt, of, operands. */
  GRADIENT_WRT("EinsumGradientWrt",
      "@EinsumGradient(wrt = \"%s\") is not an operand of '%s'; its operands are %s"),
  /** A gradient method's parameters do not match its forward method; args: method, detail. */
  GRADIENT_PARAMETERS("EinsumGradientParameters", "gradient method '%s' does not match its @Einsum method: %s"),
  /** The first parameter of a gradient method has the wrong name; args: parameter. */
  GRADIENT_NAME("EinsumGradientName",
      "parameter '%s' receives the upstream gradient, so its name must be 'grad' or start with 'grad' "
          + "(e.g. 'gradScores'), followed by the forward method's operands"),
  /** The processor path lacks a dependency of the processor; args: Maven coordinates, missing class. */
  SETUP("Einsum4jSetup",
      "the annotation processor path has einsum4j-processor but not its dependency %s (class %s is missing): "
          + "list org.einsum4j:einsum4j-processor in maven-compiler-plugin's annotationProcessorPaths (Gradle: "
          + "annotationProcessor) by its coordinates so that its dependencies come along, or add that jar to "
          + "-processorpath"),
  /** An unexpected failure of the processor itself; args: type, stack trace. */
  INTERNAL("Einsum4jInternal",
      "einsum4j failed while processing '%s'; please report this with the stack trace:\n%s");

  private final String tag;
  private final String format;

  Message(String tag, String format) {
    this.tag = tag;
    this.format = format;
  }

  /** Returns the tag, without brackets. */
  public String tag() {
    return tag;
  }

  /**
   * Formats the message with its tag.
   *
   * @param args the arguments the constant's documentation lists
   * @return {@code [Tag] text}
   */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }
}
