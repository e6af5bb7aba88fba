/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

/**
 * Tensors whose shapes do not fit: an einsum call whose operands disagree on a label's size, a rank that does
 * not match the spec, an {@code out} tensor of the wrong shape, a result too large for an {@code int}-indexed
 * array, or a view ({@code reshape}, {@code expand}, ...) that the tensor's layout cannot provide.
 *
 * <p>For einsum calls the message names the spec, the label, the operand (by parameter name when the call
 * came through an {@link Einsum} method), the axis and both sizes, for example:
 *
 * <pre>
 * einsum "bsh,bh-&gt;bs": label 'h' is 512 in 'encoderOutputs' (axis 2) but 256 in 'decoderHidden' (axis 1)
 * </pre>
 *
 * A call that throws this has written nothing into its {@code out} tensor.
 */
public class EinsumShapeException extends EinsumException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a shape error.
   *
   * @param message the complete message
   */
  public EinsumShapeException(String message) {
    super(message);
  }
}
