/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.layout;

import java.util.function.IntFunction;

/**
 * Formats a tensor as text in the style of NumPy's {@code repr}, shared by {@code FloatTensor} and
 * {@code DoubleTensor}. For einsum4j's own use; not API.
 *
 * <p>The first line is the type name and the shape; then the values in nested brackets, one row of the last
 * axis per line, with a blank line between blocks of rank 3 and more:
 *
 * <pre>
 * FloatTensor[2, 3]
 * [[1.0, 2.0, 3.0],
 *  [4.0, 5.0, 6.0]]
 * </pre>
 *
 * Tensors with more than {@value #SUMMARY_THRESHOLD} elements are summarized: every axis longer than
 * {@code 2 * }{@value #EDGE_ITEMS} shows its first and last {@value #EDGE_ITEMS} entries around
 * {@code ...}. A 0-d tensor prints its single value on the second line.
 */
public final class TensorFormat {
  /** Tensors with more elements than this are summarized. */
  public static final int SUMMARY_THRESHOLD = 1000;

  /** How many leading and trailing entries per axis a summary shows. */
  public static final int EDGE_ITEMS = 3;

  private TensorFormat() {}

  /**
   * Formats a tensor.
   *
   * @param typeName the name on the first line, e.g. {@code "FloatTensor"}
   * @param layout the tensor's layout
   * @param element formats the element at a given array position (as computed from {@code layout})
   * @return the text, two or more lines separated by {@code '\n'}, without a trailing newline
   */
  public static String format(String typeName, Layout layout, IntFunction<String> element) {
    StringBuilder sb = new StringBuilder(typeName).append('[');
    int[] shape = layout.shape();
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(shape[i]);
    }
    sb.append("]\n");
    boolean summarize = layout.elementCount() > SUMMARY_THRESHOLD;
    appendAxis(sb, layout, element, summarize, 0, layout.offset());
    return sb.toString();
  }

  private static void appendAxis(
      StringBuilder sb, Layout layout, IntFunction<String> element, boolean summarize, int axis, int pos) {
    int rank = layout.rank();
    if (axis == rank) {
      sb.append(element.apply(pos));
      return;
    }
    int n = layout.size(axis);
    int stride = layout.stride(axis);
    int axesLeft = rank - axis;
    String separator =
        axesLeft == 1 ? ", " : "," + "\n".repeat(axesLeft - 1) + " ".repeat(axis + 1);
    boolean elide = summarize && n > 2 * EDGE_ITEMS;
    sb.append('[');
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      if (elide && i == EDGE_ITEMS) {
        sb.append("...").append(separator);
        i = n - EDGE_ITEMS;
      }
      appendAxis(sb, layout, element, summarize, axis + 1, pos + i * stride);
    }
    sb.append(']');
  }
}
