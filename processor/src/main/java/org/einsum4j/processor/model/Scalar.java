/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.model;

/** The element type of an {@code @Einsum} method: which tensor class and which Java primitive. */
public enum Scalar {
  /** {@code FloatTensor} over {@code float[]}. */
  FLOAT("float", "FloatTensor"),
  /** {@code DoubleTensor} over {@code double[]}. */
  DOUBLE("double", "DoubleTensor");

  private final String primitive;
  private final String tensor;

  Scalar(String primitive, String tensor) {
    this.primitive = primitive;
    this.tensor = tensor;
  }

  /** Returns the primitive's keyword, {@code float} or {@code double}. */
  public String primitive() {
    return primitive;
  }

  /** Returns the simple name of the tensor class in {@code org.einsum4j}. */
  public String tensorSimpleName() {
    return tensor;
  }

  /** Returns the qualified name of the tensor class. */
  public String tensorQualifiedName() {
    return "org.einsum4j." + tensor;
  }
}
