/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import org.einsum4j.DoubleTensor;
import org.einsum4j.FloatTensor;

/**
 * Support for generated methods that write into a caller's {@code out} tensor. Internal: for generated code.
 */
public final class Outputs {
  private Outputs() {}

  /**
   * Returns whether {@code out} is the same array as one of the operands' (then the kernel must not write into
   * it while it still reads the operands).
   *
   * @param out the output's backing array
   * @param operands the operands' backing arrays
   * @return whether any operand shares the array
   */
  public static boolean aliases(Object out, Object... operands) {
    for (Object o : operands) {
      if (o == out) {
        return true;
      }
    }
    return false;
  }

  /**
   * Copies a contiguous tensor into a same-shaped, possibly strided one.
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void copy(FloatTensor src, FloatTensor dst) {
    OutputsFloat.copy(src, dst);
  }

  /**
   * Copies a contiguous tensor into a same-shaped, possibly strided one.
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void copy(DoubleTensor src, DoubleTensor dst) {
    OutputsDouble.copy(src, dst);
  }

  /**
   * Adds a contiguous tensor into a same-shaped, possibly strided one ({@code dst += src}).
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void add(FloatTensor src, FloatTensor dst) {
    OutputsFloat.add(src, dst);
  }

  /**
   * Adds a contiguous tensor into a same-shaped, possibly strided one ({@code dst += src}).
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void add(DoubleTensor src, DoubleTensor dst) {
    OutputsDouble.add(src, dst);
  }

  /**
   * Subtracts a contiguous tensor from a same-shaped, possibly strided one ({@code dst -= src}).
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void subtract(FloatTensor src, FloatTensor dst) {
    OutputsFloat.subtract(src, dst);
  }

  /**
   * Subtracts a contiguous tensor from a same-shaped, possibly strided one ({@code dst -= src}).
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void subtract(DoubleTensor src, DoubleTensor dst) {
    OutputsDouble.subtract(src, dst);
  }
}
