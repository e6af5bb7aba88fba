/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.model;

import java.util.List;
import org.einsum4j.internal.spec.DeclaredSizes;
import org.einsum4j.internal.spec.Spec;

/**
 * A validated {@code @Einsum} method, as plain data: what code generation needs to override it, and no
 * {@code javax.lang.model} types.
 *
 * @param name the method's name
 * @param visibility {@code "public"}, {@code "protected"}, {@code ""} (package-private) or {@code "private"} (a
 *     gradient's einsum, which overrides nothing)
 * @param operandNames the operand parameters' names, in spec order
 * @param scalar the element type
 * @param outName the name of the parameter that receives the result, or {@code null} when the method returns it
 * @param spec the parsed spec
 * @param sizes the declared sizes as written ({@code ""} for none), already validated
 * @param accumulate whether the result is added into {@code out}
 */
public record KernelMethod(String name, String visibility, List<String> operandNames, Scalar scalar, String outName,
    Spec spec, String sizes, boolean accumulate) {

  /** Canonical constructor; copies the list. */
  public KernelMethod {
    operandNames = List.copyOf(operandNames);
  }

  /** A method without declared sizes that overwrites its result. */
  public KernelMethod(
      String name, String visibility, List<String> operandNames, Scalar scalar, String outName, Spec spec) {
    this(name, visibility, operandNames, scalar, outName, spec, "", false);
  }

  /** Returns the declared sizes, parsed against the spec. */
  public DeclaredSizes declaredSizes() {
    return DeclaredSizes.parse(spec, sizes);
  }

  /** Returns whether the method returns a new tensor (rather than writing into {@link #outName()}). */
  public boolean returnsResult() {
    return outName == null;
  }
}
