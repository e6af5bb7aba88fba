/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import java.util.List;

/**
 * The naming rule that ties {@link org.einsum4j.Einsums#load} to the annotation processor: the implementation
 * of {@code com.acme.Outer.Attention} is {@code com.acme.Einsum4j_Outer_Attention}. Internal.
 */
public final class GeneratedNames {
  /** The prefix of every generated implementation class. */
  public static final String PREFIX = "Einsum4j_";

  private GeneratedNames() {}

  /**
   * Returns the simple name of the implementation of a type.
   *
   * @param enclosingSimpleNames the simple names from the outermost class down to the annotated type
   * @return e.g. {@code Einsum4j_Outer_Attention}
   */
  public static String implementationSimpleName(List<String> enclosingSimpleNames) {
    return PREFIX + String.join("_", enclosingSimpleNames);
  }
}
