/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

/**
 * The root of the exceptions einsum4j throws for bad input: a spec that does not parse
 * ({@link EinsumSpecException}) or tensors whose shapes do not fit a spec or a view
 * ({@link EinsumShapeException}).
 *
 * <p>It is an {@link IllegalArgumentException}, so code that already guards against bad arguments catches
 * it; catch this type to handle every einsum4j input error in one place. Messages are one sentence that
 * starts with the spec in quotes where there is one and names the offending label, operand, axis and sizes.
 */
public class EinsumException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a complete, user-facing message.
   *
   * @param message what was wrong, naming the offending thing
   */
  public EinsumException(String message) {
    super(message);
  }
}
