/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j;

import java.util.Arrays;
import java.util.Objects;
import org.einsum4j.internal.layout.Layout;
import org.einsum4j.internal.layout.TensorFormat;

/**
 * An n-dimensional array of {@code float}s: a strided view over a {@code float[]}. {@link DoubleTensor} is its
 * {@code double} twin, generated from this file.
 *
 * <p>The element at index {@code (i0, ..., ik)} is {@code array()[offset() + i0 * stride(0) + ... + ik *
 * stride(k)]}. Strides are counted in elements and are never negative. A tensor of rank 0 is a scalar with
 * one element; sizes may be 0.
 *
 * <p>The view methods ({@link #transpose}, {@link #permute}, {@link #unsqueeze}, {@link #squeeze},
 * {@link #expand}, {@link #reshape}) never copy: they return a new tensor over the same array, so a write
 * through one is seen by all. {@link #contiguous()} and {@link #copy()} make dense copies when needed.
 *
 * <pre>{@code
 * FloatTensor x = FloatTensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
 * x.get(1, 0);                    // 4.0
 * FloatTensor xt = x.transpose(0, 1);
 * xt.get(0, 1);                   // 4.0, the same element
 * xt.set(40f, 0, 1);              // x.get(1, 0) is now 40.0 too
 * float[] rows = xt.toArray();    // [1, 40, 2, 5, 3, 6], row-major order of the view
 * }</pre>
 *
 * <p>Tensors are not thread-safe for writes, and two tensors are equal only if they are the same object;
 * compare values with {@link #allClose} or {@link #toArray()}.
 */
public final class FloatTensor {
  private final float[] data;
  private final Layout layout;

  private FloatTensor(float[] data, Layout layout) {
    this.data = data;
    this.layout = layout;
  }

  /**
   * Wraps an array as a dense row-major tensor, without copying: later writes to the array show in the
   * tensor and the other way round.
   *
   * <pre>{@code
   * FloatTensor m = FloatTensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);  // [[1, 2, 3], [4, 5, 6]]
   * FloatTensor s = FloatTensor.of(new float[] {7});                      // 0-d scalar
   * }</pre>
   *
   * @param data the elements in row-major order (the last axis varies fastest)
   * @param shape the size of each axis; empty for a 0-d scalar
   * @return the tensor
   * @throws EinsumShapeException if {@code data.length} is not the product of the sizes, a size is negative,
   *     or the shape has more than {@link Integer#MAX_VALUE} elements
   * @throws NullPointerException if {@code data} or {@code shape} is null
   */
  public static FloatTensor of(float[] data, int... shape) {
    Objects.requireNonNull(data, "data");
    Layout layout = Layout.contiguous(shape);
    if (data.length != layout.elementCount()) {
      throw new EinsumShapeException(
          "data has " + data.length + " elements but shape " + Arrays.toString(shape) + " needs "
              + layout.elementCount());
    }
    return new FloatTensor(data, layout);
  }

  /**
   * Returns a new 0-d tensor holding one value.
   *
   * @param value the value
   * @return a scalar tensor of shape {@code []}
   */
  public static FloatTensor scalar(float value) {
    return new FloatTensor(new float[] {value}, Layout.contiguous());
  }

  /**
   * Returns a new dense tensor of zeros.
   *
   * @param shape the size of each axis; empty for a 0-d scalar
   * @return the tensor, backed by a new array
   * @throws EinsumShapeException if a size is negative or the shape has more than
   *     {@link Integer#MAX_VALUE} elements
   */
  public static FloatTensor zeros(int... shape) {
    Layout layout = Layout.contiguous(shape);
    return new FloatTensor(new float[layout.elementCount()], layout);
  }

  /**
   * Wraps an array as an arbitrary strided view, without copying. The element at index {@code (i0, ...,
   * ik)} is {@code data[offset + i0 * strides[0] + ... + ik * strides[k]]}.
   *
   * <pre>{@code
   * float[] a = new float[20];  // a 4 x 5 matrix
   * // columns 1..3 of every row:
   * FloatTensor cols = FloatTensor.ofStrided(a, 1, new int[] {4, 3}, new int[] {5, 1});
   * // row 0, three times:
   * FloatTensor row = FloatTensor.ofStrided(a, 0, new int[] {3, 5}, new int[] {0, 1});
   * }</pre>
   *
   * @param data the backing array
   * @param offset the array position of element {@code (0, ..., 0)}
   * @param shape the size of each axis
   * @param strides the stride of each axis in elements, each {@code >= 0}
   * @return the view
   * @throws EinsumShapeException if {@code shape} and {@code strides} differ in length, a size, stride or the
   *     offset is negative, or some element would lie outside {@code data}
   * @throws NullPointerException if an argument is null
   */
  public static FloatTensor ofStrided(float[] data, int offset, int[] shape, int[] strides) {
    Objects.requireNonNull(data, "data");
    return new FloatTensor(data, Layout.strided(data.length, offset, shape, strides));
  }

  /**
   * Returns the size of every axis.
   *
   * @return a fresh copy of the shape; empty for a scalar
   */
  public int[] shape() {
    return layout.shape();
  }

  /**
   * Returns the size of one axis.
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @return its size
   * @throws EinsumShapeException if the axis is out of range
   */
  public int size(int axis) {
    return layout.size(axis);
  }

  /**
   * Returns the number of axes; 0 for a scalar.
   *
   * @return the rank
   */
  public int rank() {
    return layout.rank();
  }

  /**
   * Returns the number of elements: the product of the sizes (1 for a scalar).
   *
   * @return the element count
   */
  public int size() {
    return layout.elementCount();
  }

  /**
   * Returns the stride of every axis, in elements.
   *
   * @return a fresh copy of the strides
   */
  public int[] strides() {
    return layout.strides();
  }

  /**
   * Returns the stride of one axis, in elements: how far apart in {@link #array()} two elements are whose
   * indices differ by one on that axis. 0 for a broadcast axis.
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @return its stride
   * @throws EinsumShapeException if the axis is out of range
   */
  public int stride(int axis) {
    return layout.stride(axis);
  }

  /**
   * Returns the position in {@link #array()} of the element at index {@code (0, ..., 0)}.
   *
   * @return the offset
   */
  public int offset() {
    return layout.offset();
  }

  /**
   * Returns the backing array itself, not a copy: writes to it write through to this tensor and to every
   * view sharing it. Only the positions described by {@link #offset()} and {@link #strides()} belong to this
   * view; for the elements alone, in order, use {@link #toArray()}.
   *
   * @return the backing array
   */
  public float[] array() {
    return data;
  }

  /**
   * Returns the shape, strides and offset together, as generated einsum kernels read them. Intended for
   * generated code; {@link Layout} is not part of the public API.
   *
   * @return the layout
   */
  public Layout layout() {
    return layout;
  }

  /**
   * Returns one element.
   *
   * @param index one index per axis; none for a scalar
   * @return the element
   * @throws IndexOutOfBoundsException if an index is out of range for its axis
   * @throws EinsumShapeException if the number of indices is not {@link #rank()}
   */
  public float get(int... index) {
    return data[layout.indexOf(index)];
  }

  /**
   * Sets one element. Through an {@link #expand expanded} view, this writes the one element that all the
   * broadcast indices share.
   *
   * @param value the new value
   * @param index one index per axis; none for a scalar
   * @throws IndexOutOfBoundsException if an index is out of range for its axis
   * @throws EinsumShapeException if the number of indices is not {@link #rank()}
   */
  public void set(float value, int... index) {
    data[layout.indexOf(index)] = value;
  }

  /**
   * Copies the elements into a new array in row-major order of this view (the last axis varies fastest),
   * whatever the strides.
   *
   * @return a new array of length {@link #size()}
   */
  public float[] toArray() {
    float[] out = new float[layout.elementCount()];
    int[] next = {0};
    layout.forEachIndex(pos -> out[next[0]++] = data[pos]);
    return out;
  }

  /**
   * Sets every element of this view to {@code value}. Elements outside the view are untouched.
   *
   * @param value the value
   * @return this tensor
   */
  public FloatTensor fill(float value) {
    layout.forEachIndex(pos -> data[pos] = value);
    return this;
  }

  /**
   * Returns the view with two axes swapped, sharing this tensor's data. For a matrix, {@code transpose(0, 1)}
   * is the matrix transpose; for a {@code [batch, seq, emb]} tensor it gives {@code [seq, batch, emb]}.
   *
   * @param a one axis
   * @param b the other axis
   * @return the transposed view
   * @throws EinsumShapeException if an axis is out of range
   */
  public FloatTensor transpose(int a, int b) {
    return view(layout.transpose(a, b));
  }

  /**
   * Returns the view whose axis {@code i} is this tensor's axis {@code axes[i]}, sharing this tensor's data.
   *
   * <pre>{@code
   * FloatTensor.zeros(2, 3, 4).permute(2, 0, 1).shape();   // [4, 2, 3]
   * }</pre>
   *
   * @param axes a permutation of {@code 0 .. rank()-1}
   * @return the permuted view
   * @throws EinsumShapeException if {@code axes} is not a permutation of the axes
   */
  public FloatTensor permute(int... axes) {
    return view(layout.permute(axes));
  }

  /**
   * Returns the view with a new axis of size 1 before axis {@code axis} ({@code rank()} appends it),
   * sharing this tensor's data.
   *
   * @param axis where the new axis goes, {@code 0 <= axis <= rank()}
   * @return the view with one more axis
   * @throws EinsumShapeException if {@code axis} is out of range
   */
  public FloatTensor unsqueeze(int axis) {
    return view(layout.unsqueeze(axis));
  }

  /**
   * Returns the view without axis {@code axis}, which must have size 1, sharing this tensor's data.
   *
   * @param axis the axis to remove
   * @return the view with one axis fewer
   * @throws EinsumShapeException if the axis is out of range or its size is not 1
   */
  public FloatTensor squeeze(int axis) {
    return view(layout.squeeze(axis));
  }

  /**
   * Returns a broadcast view of a larger shape, sharing this tensor's data, by NumPy's
   * {@code broadcast_to} rules: shapes align at their last axes, new leading axes and size-1 axes that
   * grow get stride 0, and {@code -1} keeps an axis's size. All indices along a broadcast axis address the
   * same element, so {@link #set} through the view writes that shared element.
   *
   * <pre>{@code
   * FloatTensor bias = FloatTensor.of(new float[] {1, 2, 3}, 3);
   * FloatTensor b = bias.expand(4, 3);   // 4 rows, each the same 3 elements; strides [0, 1]
   * }</pre>
   *
   * @param shape the new shape, with at least {@link #rank()} axes
   * @return the broadcast view
   * @throws EinsumShapeException if an axis of size other than 1 would change size, the new shape has fewer
   *     axes, or a size is negative
   */
  public FloatTensor expand(int... shape) {
    return view(layout.expand(shape));
  }

  /**
   * Returns a view of the same elements, in the same row-major order, with a new shape; one size may be
   * {@code -1} and is inferred. Never copies: works on every contiguous tensor and on those strided views
   * that NumPy can reshape without a copy, and otherwise throws.
   *
   * <p>Reshape does not move axes. A {@code [batch, seq, emb]} tensor reshaped to {@code [seq, batch, emb]}
   * has the right shape and the wrong contents; use {@code transpose(0, 1)} for that.
   *
   * <pre>{@code
   * FloatTensor x = FloatTensor.zeros(2, 3, 4);
   * x.reshape(6, -1);                              // [6, 4], a view
   * x.transpose(0, 1).reshape(6, 4);               // throws: the transposed axes need a copy
   * x.transpose(0, 1).contiguous().reshape(6, 4);  // copies, then views
   * }</pre>
   *
   * @param shape the new shape with the same element count; at most one {@code -1}
   * @return the reshaped view
   * @throws EinsumShapeException if the element counts differ, or this view cannot be reshaped without
   *     copying (the message explains why and suggests {@link #contiguous()} or {@link #transpose})
   */
  public FloatTensor reshape(int... shape) {
    return view(layout.reshape(shape));
  }

  /**
   * Returns this tensor if it is already dense, row-major and starts at offset 0, and otherwise a
   * contiguous copy (as {@link #copy()}). Use it before {@link #reshape} on a transposed tensor, or before
   * handing {@link #array()} to code that expects row-major data.
   *
   * @return this tensor, or a new contiguous copy
   */
  public FloatTensor contiguous() {
    return layout.isContiguous() && layout.offset() == 0 ? this : copy();
  }

  /**
   * Returns a new dense row-major tensor with the same shape and values, backed by a new array.
   *
   * @return the copy
   */
  public FloatTensor copy() {
    return new FloatTensor(toArray(), Layout.contiguous(layout.shape()));
  }

  /**
   * Tells whether the elements lie in one dense row-major run in {@link #array()} (starting at
   * {@link #offset()}, which need not be 0). Strides of size-1 axes do not matter; an expanded axis of size
   * greater than 1 makes a tensor non-contiguous.
   *
   * @return true if the layout is dense and row-major
   */
  public boolean isContiguous() {
    return layout.isContiguous();
  }

  /**
   * Tells whether two tensors have the same shape and all their elements are close, by NumPy's
   * {@code allclose} rule {@code |a - b| <= atol + rtol * |b|} (so it is not symmetric in {@code a} and
   * {@code b}). An infinity is close only to the same infinity; NaN is never close to anything, not
   * even NaN.
   *
   * <pre>{@code
   * actual.allClose(expected, 1e-5, 1e-6)
   * }</pre>
   *
   * @param other the tensor to compare with (the {@code b} of the rule)
   * @param rtol the relative tolerance
   * @param atol the absolute tolerance
   * @return true if the shapes are equal and every element is close; false otherwise
   */
  public boolean allClose(FloatTensor other, double rtol, double atol) {
    if (!Arrays.equals(layout.shape(), other.layout.shape())) {
      return false;
    }
    float[] a = toArray();
    float[] b = other.toArray();
    for (int i = 0; i < a.length; i++) {
      double x = a[i];
      double y = b[i];
      if (x == y) {
        continue;
      }
      if (Double.isInfinite(x) || Double.isInfinite(y) || !(Math.abs(x - y) <= atol + rtol * Math.abs(y))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a new dense {@link DoubleTensor} with the same shape and the values widened to {@code double}.
   *
   * @return the converted copy
   */
  public DoubleTensor toDouble() {
    float[] values = toArray();
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return DoubleTensor.of(out, layout.shape());
  }

  /**
   * Returns the shape and the values in NumPy's style, summarized with {@code ...} when there are more than
   * 1000 elements:
   *
   * <pre>
   * FloatTensor[2, 3]
   * [[1.0, 2.0, 3.0],
   *  [4.0, 5.0, 6.0]]
   * </pre>
   *
   * @return the text, without a trailing newline
   */
  @Override
  public String toString() {
    return TensorFormat.format("FloatTensor", layout, pos -> Float.toString(data[pos]));
  }

  private FloatTensor view(Layout newLayout) {
    return new FloatTensor(data, newLayout);
  }
}
