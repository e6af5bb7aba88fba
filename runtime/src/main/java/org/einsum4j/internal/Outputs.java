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
    float[] s = src.array();
    float[] d = dst.array();
    int[] offsets = rowMajorOffsets(dst.layout());
    for (int i = 0; i < offsets.length; i++) {
      d[offsets[i]] = s[i];
    }
  }

  /**
   * Copies a contiguous tensor into a same-shaped, possibly strided one.
   *
   * @param src the contiguous source
   * @param dst the destination
   */
  public static void copy(DoubleTensor src, DoubleTensor dst) {
    double[] s = src.array();
    double[] d = dst.array();
    int[] offsets = rowMajorOffsets(dst.layout());
    for (int i = 0; i < offsets.length; i++) {
      d[offsets[i]] = s[i];
    }
  }

  /** Returns the array index of every element of a layout, in row-major order. */
  static int[] rowMajorOffsets(Layout layout) {
    int n = layout.elementCount();
    int[] result = new int[n];
    int rank = layout.rank();
    int[] idx = new int[rank];
    int off = layout.offset();
    for (int i = 0; i < n; i++) {
      result[i] = off;
      for (int a = rank - 1; a >= 0; a--) {
        idx[a]++;
        off += layout.stride(a);
        if (idx[a] < layout.size(a)) {
          break;
        }
        off -= layout.stride(a) * layout.size(a);
        idx[a] = 0;
      }
    }
    return result;
  }
}
