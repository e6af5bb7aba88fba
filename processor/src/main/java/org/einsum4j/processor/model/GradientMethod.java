/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.model;

/**
 * A validated {@code @EinsumGradient} method, as plain data: the gradient of {@link #forward()} with respect to
 * its operand number {@link #wrt()}.
 *
 * @param name the method's name
 * @param visibility {@code "public"}, {@code "protected"} or {@code ""} (package-private)
 * @param gradName the name of the first parameter, the upstream gradient
 * @param forward the {@code @Einsum} method it differentiates; its operand names are this method's next parameters
 * @param wrt the index of the operand (among the flattened terms) differentiated with respect to
 * @param outName the name of the parameter that receives the gradient, or {@code null} when the method returns it
 * @param accumulate whether the gradient is added into {@code out}
 */
public record GradientMethod(String name, String visibility, String gradName, KernelMethod forward, int wrt,
    String outName, boolean accumulate) {

  /** Returns the element type. */
  public Scalar scalar() {
    return forward.scalar();
  }

  /** Returns the name of the operand differentiated with respect to. */
  public String wrtName() {
    return forward.operandNames().get(wrt);
  }

  /** Returns whether the method returns a new tensor (rather than writing into {@link #outName()}). */
  public boolean returnsResult() {
    return outName == null;
  }
}
