/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.model;

import java.util.List;

/**
 * A validated type with {@code @Einsum} methods, as plain data.
 *
 * @param packageName its package ({@code ""} for the unnamed package)
 * @param simpleNames simple names from the outermost type down to this one
 * @param isInterface whether the generated class implements (rather than extends) it
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available
 * @param methods its {@code @Einsum} methods, in source order
 */
public record EinsumType(
    String packageName,
    List<String> simpleNames,
    boolean isInterface,
    boolean generatedAnnotation,
    List<KernelMethod> methods) {

  /** Canonical constructor; copies the lists. */
  public EinsumType {
    simpleNames = List.copyOf(simpleNames);
    methods = List.copyOf(methods);
  }

  /** Returns the type's canonical name, e.g. {@code com.acme.Outer.Attention}. */
  public String canonicalName() {
    return (packageName.isEmpty() ? "" : packageName + ".") + String.join(".", simpleNames);
  }
}
