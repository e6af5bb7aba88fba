/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
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
 * <p>Around the einsums, the elementwise operations a model needs return new contiguous tensors:
 * {@link #add}, {@link #sub} and {@link #mul} broadcast like NumPy, {@link #scale}, {@link #exp}, and
 * {@link #softmax} and {@link #logSoftmax} over one axis. {@link #select} and {@link #narrow} slice without
 * copying. Data comes in as nested arrays ({@link #of(float[][])}), seeded random values ({@link #randn(long,
 * int...)}, {@link #rand(long, int...)}) or NumPy {@code .npy} files ({@link Npy}), and goes out the same ways
 * ({@link #toArray2D()}, {@link Npy#write(java.nio.file.Path, FloatTensor)}).
 *
 * <pre>{@code
 * FloatTensor enc = FloatTensor.randn(42, 32, 50, 256);           // [B, S, H]
 * FloatTensor dec = FloatTensor.randn(43, 32, 256);               // [B, H]
 * FloatTensor weights = attn.scores(enc, dec).softmax(1);          // [B, S], rows sum to 1
 * FloatTensor ctx = attn.context(weights, enc);                   // [B, H]
 * FloatTensor first = ctx.select(0, 0);                           // [H], batch element 0, a view
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

  /**
   * Returns a new dense matrix holding a copy of nested rows, as {@code numpy.array(rows)} does:
   * {@code rows[i][j]} becomes element {@code (i, j)}.
   *
   * <pre>{@code
   * FloatTensor m = FloatTensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});   // shape [2, 3]
   * float[][] back = m.toArray2D();                                          // {{1, 2, 3}, {4, 5, 6}}
   * }</pre>
   *
   * @param rows the rows, all of the same length; an empty outer array gives shape {@code [0, 0]}
   * @return the tensor, backed by a new array
   * @throws EinsumShapeException if the rows differ in length (the message names the first that differs)
   * @throws NullPointerException if {@code rows} or a row is null
   */
  public static FloatTensor of(float[][] rows) {
    Objects.requireNonNull(rows, "rows");
    int n1 = rows.length == 0 ? 0 : Objects.requireNonNull(rows[0], "rows[0]").length;
    FloatTensor t = zeros(rows.length, n1);
    copyRows(rows, n1, t.data, 0, "rows");
    return t;
  }

  /**
   * Returns a new dense rank-3 tensor holding a copy of a nested array: {@code values[i][j][k]} becomes
   * element {@code (i, j, k)}. Every sub-array of one level must have the same length.
   *
   * <pre>{@code
   * FloatTensor x = FloatTensor.of(new float[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}});   // [2, 2, 2]
   * }</pre>
   *
   * @param values the nested array; empty levels give size 0 for that axis and the ones inside it
   * @return the tensor, backed by a new array
   * @throws EinsumShapeException if the array is ragged (the message names the first sub-array that differs)
   * @throws NullPointerException if {@code values} or a sub-array is null
   */
  public static FloatTensor of(float[][][] values) {
    Objects.requireNonNull(values, "values");
    int n1 = values.length == 0 ? 0 : Objects.requireNonNull(values[0], "values[0]").length;
    int n2 = n1 == 0 ? 0 : Objects.requireNonNull(values[0][0], "values[0][0]").length;
    FloatTensor t = zeros(values.length, n1, n2);
    for (int i = 0; i < values.length; i++) {
      float[][] rows = Objects.requireNonNull(values[i], "values[" + i + "]");
      checkLength(rows.length, n1, "values[" + i + "]", "values[0]");
      copyRows(rows, n2, t.data, i * n1 * n2, "values[" + i + "]");
    }
    return t;
  }

  /**
   * Returns a new dense rank-4 tensor holding a copy of a nested array: {@code values[i][j][k][l]} becomes
   * element {@code (i, j, k, l)}, for example a {@code [batch, seq, heads, dim]} block.
   *
   * @param values the nested array; every sub-array of one level has the same length
   * @return the tensor, backed by a new array
   * @throws EinsumShapeException if the array is ragged (the message names the first sub-array that differs)
   * @throws NullPointerException if {@code values} or a sub-array is null
   */
  public static FloatTensor of(float[][][][] values) {
    Objects.requireNonNull(values, "values");
    int n1 = values.length == 0 ? 0 : Objects.requireNonNull(values[0], "values[0]").length;
    int n2 = n1 == 0 ? 0 : Objects.requireNonNull(values[0][0], "values[0][0]").length;
    int n3 = n2 == 0 ? 0 : Objects.requireNonNull(values[0][0][0], "values[0][0][0]").length;
    FloatTensor t = zeros(values.length, n1, n2, n3);
    for (int i = 0; i < values.length; i++) {
      float[][][] block = Objects.requireNonNull(values[i], "values[" + i + "]");
      checkLength(block.length, n1, "values[" + i + "]", "values[0]");
      for (int j = 0; j < n1; j++) {
        String where = "values[" + i + "][" + j + "]";
        float[][] rows = Objects.requireNonNull(block[j], where);
        checkLength(rows.length, n2, where, "values[0][0]");
        copyRows(rows, n3, t.data, (i * n1 + j) * n2 * n3, where);
      }
    }
    return t;
  }

  private static void copyRows(float[][] rows, int length, float[] into, int at, String where) {
    for (int i = 0; i < rows.length; i++) {
      String name = where + "[" + i + "]";
      float[] row = Objects.requireNonNull(rows[i], name);
      checkLength(row.length, length, name, where + "[0]");
      System.arraycopy(row, 0, into, at + i * length, length);
    }
  }

  private static void checkLength(int length, int expected, String name, String first) {
    if (length != expected) {
      throw new EinsumShapeException("ragged array: " + name + " has length " + length + " but " + first
          + " has length " + expected + "; every sub-array of one level must have the same length");
    }
  }

  /**
   * Copies a matrix into new nested rows, the inverse of {@link #of(float[][])}; works on any strided view.
   *
   * @return {@code size(0)} new rows of {@code size(1)} elements each
   * @throws EinsumShapeException if {@link #rank()} is not 2
   */
  public float[][] toArray2D() {
    requireRank(2, "toArray2D");
    float[] flat = toArray();
    int n0 = layout.size(0);
    int n1 = layout.size(1);
    float[][] out = new float[n0][];
    for (int i = 0; i < n0; i++) {
      out[i] = Arrays.copyOfRange(flat, i * n1, (i + 1) * n1);
    }
    return out;
  }

  /**
   * Copies a rank-3 tensor into a new nested array, the inverse of {@link #of(float[][][])}.
   *
   * @return the nested copy, indexed {@code [i][j][k]}
   * @throws EinsumShapeException if {@link #rank()} is not 3
   */
  public float[][][] toArray3D() {
    requireRank(3, "toArray3D");
    int n0 = layout.size(0);
    float[][][] out = new float[n0][][];
    for (int i = 0; i < n0; i++) {
      out[i] = select(0, i).toArray2D();
    }
    return out;
  }

  /**
   * Copies a rank-4 tensor into a new nested array, the inverse of {@link #of(float[][][][])}.
   *
   * @return the nested copy, indexed {@code [i][j][k][l]}
   * @throws EinsumShapeException if {@link #rank()} is not 4
   */
  public float[][][][] toArray4D() {
    requireRank(4, "toArray4D");
    int n0 = layout.size(0);
    float[][][][] out = new float[n0][][][];
    for (int i = 0; i < n0; i++) {
      out[i] = select(0, i).toArray3D();
    }
    return out;
  }

  private void requireRank(int rank, String method) {
    if (layout.rank() != rank) {
      throw new EinsumShapeException(method + " needs a tensor of rank " + rank + ", but this one has shape "
          + Arrays.toString(layout.shape()) + " (rank " + layout.rank() + ")");
    }
  }

  /**
   * Returns a new dense tensor of independent standard normal values (mean 0, variance 1), drawn from a
   * {@link Random} seeded with {@code seed}: the same seed and shape give the same values on every JDK.
   * Scale the result for other variances, e.g. {@code randn(seed, in, out).scale(1 / (float) Math.sqrt(in))}
   * for a weight matrix.
   *
   * <pre>{@code
   * FloatTensor enc = FloatTensor.randn(42, 32, 50, 256);   // [B, S, H], reproducible
   * }</pre>
   *
   * @param seed the seed
   * @param shape the size of each axis
   * @return the tensor, backed by a new array, filled in row-major order
   * @throws EinsumShapeException if a size is negative or the shape has too many elements
   */
  public static FloatTensor randn(long seed, int... shape) {
    return randn(new Random(seed), shape);
  }

  /**
   * Returns a new dense tensor of standard normal values drawn from {@code random} (its
   * {@link Random#nextGaussian()}, in row-major order), so that several tensors can come from one stream.
   *
   * <pre>{@code
   * Random random = new Random(1);
   * FloatTensor q = FloatTensor.randn(random, 2, 8);
   * FloatTensor k = FloatTensor.randn(random, 2, 8);   // different values from q
   * }</pre>
   *
   * @param random the source of randomness; it advances by one Gaussian per element
   * @param shape the size of each axis
   * @return the tensor, backed by a new array
   * @throws EinsumShapeException if a size is negative or the shape has too many elements
   * @throws NullPointerException if {@code random} is null
   */
  public static FloatTensor randn(Random random, int... shape) {
    Objects.requireNonNull(random, "random");
    FloatTensor t = zeros(shape);
    float[] a = t.data;
    for (int i = 0; i < a.length; i++) {
      a[i] = narrow(random.nextGaussian());
    }
    return t;
  }

  /**
   * Returns a new dense tensor of independent values uniform in {@code [0, 1)}, drawn from a {@link Random}
   * seeded with {@code seed}: the same seed and shape give the same values on every JDK.
   *
   * @param seed the seed
   * @param shape the size of each axis
   * @return the tensor, backed by a new array, filled in row-major order
   * @throws EinsumShapeException if a size is negative or the shape has too many elements
   */
  public static FloatTensor rand(long seed, int... shape) {
    return rand(new Random(seed), shape);
  }

  /**
   * Returns a new dense tensor of values uniform in {@code [0, 1)} drawn from {@code random} (its
   * {@link Random#nextFloat()}, in row-major order).
   *
   * @param random the source of randomness; it advances by one value per element
   * @param shape the size of each axis
   * @return the tensor, backed by a new array
   * @throws EinsumShapeException if a size is negative or the shape has too many elements
   * @throws NullPointerException if {@code random} is null
   */
  public static FloatTensor rand(Random random, int... shape) {
    Objects.requireNonNull(random, "random");
    FloatTensor t = zeros(shape);
    float[] a = t.data;
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextFloat();
    }
    return t;
  }

  /**
   * Returns the view of one index along an axis, without that axis, sharing this tensor's data: NumPy's
   * {@code x[i]} for axis 0 and {@code x[:, i]} for axis 1.
   *
   * <pre>{@code
   * FloatTensor x = FloatTensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
   * x.select(0, 1);   // [4, 5, 6], the second row
   * x.select(1, 0);   // [1, 4], the first column (stride 3)
   * }</pre>
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @param index the index along it, {@code 0 <= index < size(axis)}
   * @return the view with one axis fewer
   * @throws EinsumShapeException if the axis or the index is out of range
   */
  public FloatTensor select(int axis, int index) {
    return view(layout.select(axis, index));
  }

  /**
   * Returns the view of {@code length} consecutive indices along an axis from {@code start}, sharing this
   * tensor's data: NumPy's {@code x[start:start + length]} on axis 0, {@code x[:, start:start + length]} on
   * axis 1. The rank stays the same.
   *
   * <pre>{@code
   * FloatTensor x = FloatTensor.zeros(4, 10);
   * FloatTensor firstHalf = x.narrow(1, 0, 5);    // [4, 5]
   * firstHalf.fill(1);                             // writes columns 0..4 of x
   * }</pre>
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @param start the first index kept
   * @param length how many indices are kept; {@code start + length <= size(axis)}
   * @return the narrowed view
   * @throws EinsumShapeException if the axis is out of range or the range does not lie within it
   */
  public FloatTensor narrow(int axis, int start, int length) {
    return view(layout.narrow(axis, start, length));
  }

  /**
   * Returns {@code this + other} element by element, as a new contiguous tensor, with NumPy's broadcasting:
   * the shapes are aligned at their last axes, and an axis that is 1 (or missing) in one operand takes the
   * other's size.
   *
   * <pre>{@code
   * FloatTensor x = FloatTensor.zeros(32, 50, 256);              // [B, S, H]
   * FloatTensor bias = FloatTensor.randn(0, 256);                // [H]
   * FloatTensor y = x.add(bias);                                 // bias added to every [b, s] row
   * FloatTensor col = FloatTensor.zeros(32, 50, 1);
   * x.add(col).shape();                                          // [32, 50, 256]
   * }</pre>
   *
   * @param other the other operand; any strided view
   * @return the sum, of the broadcast shape
   * @throws EinsumShapeException if the shapes do not broadcast (an axis differs and neither size is 1)
   * @throws NullPointerException if {@code other} is null
   */
  public FloatTensor add(FloatTensor other) {
    return binary(other, ADD, "add");
  }

  /**
   * Returns {@code this - other} element by element, as a new contiguous tensor, with NumPy's broadcasting
   * (see {@link #add}).
   *
   * @param other the operand subtracted; any strided view
   * @return the difference, of the broadcast shape
   * @throws EinsumShapeException if the shapes do not broadcast
   * @throws NullPointerException if {@code other} is null
   */
  public FloatTensor sub(FloatTensor other) {
    return binary(other, SUB, "sub");
  }

  /**
   * Returns {@code this * other} element by element (the Hadamard product, not a matrix product: use an
   * {@link Einsum} method for that), as a new contiguous tensor, with NumPy's broadcasting (see {@link #add}).
   *
   * <pre>{@code
   * FloatTensor masked = scores.mul(mask);   // [B, S] times [B, S], or times [S] for one mask per position
   * }</pre>
   *
   * @param other the other factor; any strided view
   * @return the product, of the broadcast shape
   * @throws EinsumShapeException if the shapes do not broadcast
   * @throws NullPointerException if {@code other} is null
   */
  public FloatTensor mul(FloatTensor other) {
    return binary(other, MUL, "mul");
  }

  /**
   * Returns every element times {@code factor}, as a new contiguous tensor.
   *
   * <pre>{@code
   * FloatTensor scaled = scores.scale(1 / (float) Math.sqrt(d));   // scaled dot-product attention
   * }</pre>
   *
   * @param factor the factor
   * @return the scaled copy
   */
  public FloatTensor scale(float factor) {
    float[] x = toArray();
    for (int i = 0; i < x.length; i++) {
      x[i] *= factor;
    }
    return new FloatTensor(x, Layout.contiguous(layout.shape()));
  }

  /**
   * Returns {@code e} raised to every element ({@link Math#exp}, rounded once), as a new contiguous tensor.
   *
   * @return the exponentials
   */
  public FloatTensor exp() {
    float[] x = toArray();
    for (int i = 0; i < x.length; i++) {
      x[i] = narrow(Math.exp(x[i]));
    }
    return new FloatTensor(x, Layout.contiguous(layout.shape()));
  }

  /**
   * Returns the softmax along one axis, as a new contiguous tensor: for every position of the other axes,
   * {@code y_k = exp(x_k - m) / Σ_j exp(x_j - m)} with {@code m} the largest {@code x_j} along the axis, so
   * that large scores do not overflow (SciPy's {@code softmax(x, axis)}, PyTorch's {@code softmax(x, dim)}).
   * The sums are taken in {@code double}. A NaN along the axis makes that whole slice NaN; a slice that is
   * all {@code -Infinity} is NaN too, as in NumPy.
   *
   * <pre>{@code
   * FloatTensor scores = attn.scores(enc, dec);        // [B, S]
   * FloatTensor weights = scores.softmax(1);           // every row sums to 1
   * }</pre>
   *
   * @param axis the axis to normalize over, {@code 0 <= axis < rank()}
   * @return the probabilities, of the same shape
   * @throws EinsumShapeException if the axis is out of range
   */
  public FloatTensor softmax(int axis) {
    return normalize(axis, false, "softmax");
  }

  /**
   * Returns the logarithm of the softmax along one axis, as a new contiguous tensor: {@code y_k = x_k - m -
   * log Σ_j exp(x_j - m)} with {@code m} the largest {@code x_j}, computed without forming the softmax, so
   * that it stays finite where the softmax would round to 0 (PyTorch's {@code log_softmax}).
   *
   * <pre>{@code
   * FloatTensor logProbs = logits.logSoftmax(1);       // [B, V]; logProbs.exp() sums to 1 per row
   * }</pre>
   *
   * @param axis the axis to normalize over, {@code 0 <= axis < rank()}
   * @return the log-probabilities, of the same shape
   * @throws EinsumShapeException if the axis is out of range
   */
  public FloatTensor logSoftmax(int axis) {
    return normalize(axis, true, "logSoftmax");
  }

  private static final int ADD = 0;
  private static final int SUB = 1;
  private static final int MUL = 2;

  private FloatTensor normalize(int axis, boolean log, String method) {
    int[] shape = layout.shape();
    if (axis < 0 || axis >= shape.length) {
      throw new EinsumShapeException(method + ": axis " + axis + " is out of range for shape "
          + Arrays.toString(shape) + (shape.length == 0 ? " (a scalar has no axes)"
              : " (valid axes are 0.." + (shape.length - 1) + ")"));
    }
    float[] x = toArray();
    int n = shape[axis];
    int inner = 1;
    for (int a = axis + 1; a < shape.length; a++) {
      inner *= shape[a];
    }
    int outer = n == 0 || inner == 0 ? 0 : x.length / (n * inner);
    for (int o = 0; o < outer; o++) {
      for (int i = 0; i < inner; i++) {
        normalizeLine(x, o * n * inner + i, n, inner, log);
      }
    }
    return new FloatTensor(x, Layout.contiguous(shape));
  }

  /** Softmax or log-softmax in place over {@code x[base + k * stride]}, {@code k < n}. */
  private static void normalizeLine(float[] x, int base, int n, int stride, boolean log) {
    float max = Float.NEGATIVE_INFINITY;
    for (int k = 0, p = base; k < n; k++, p += stride) {
      max = Math.max(max, x[p]);
    }
    double sum = 0;
    if (log) {
      for (int k = 0, p = base; k < n; k++, p += stride) {
        sum += Math.exp(x[p] - max);
      }
      float logSum = narrow(Math.log(sum));
      for (int k = 0, p = base; k < n; k++, p += stride) {
        x[p] = (x[p] - max) - logSum;
      }
    } else {
      for (int k = 0, p = base; k < n; k++, p += stride) {
        float e = narrow(Math.exp(x[p] - max));
        x[p] = e;
        sum += e;
      }
      for (int k = 0, p = base; k < n; k++, p += stride) {
        x[p] = narrow(x[p] / sum);
      }
    }
  }

  private FloatTensor binary(FloatTensor other, int op, String method) {
    Objects.requireNonNull(other, "other");
    int[] shape = broadcastShape(layout.shape(), other.layout.shape(), method);
    Layout la = layout.expand(shape);
    Layout lb = other.layout.expand(shape);
    Layout lc = Layout.contiguous(shape);
    float[] out = new float[lc.elementCount()];
    float[] a = data;
    float[] b = other.data;
    int rank = shape.length;
    if (out.length == 0) {
      return new FloatTensor(out, lc);
    }
    if (rank == 0 || la.isContiguous() && lb.isContiguous()) {
      line(op, a, la.offset(), 1, b, lb.offset(), 1, out, 0, out.length);
      return new FloatTensor(out, lc);
    }
    int last = rank - 1;
    int n = shape[last];
    int[] sa = la.strides();
    int[] sb = lb.strides();
    int[] idx = new int[rank];
    int pa = la.offset();
    int pb = lb.offset();
    for (int po = 0; ; po += n) {
      line(op, a, pa, sa[last], b, pb, sb[last], out, po, n);
      int axis = last - 1;
      while (axis >= 0) {
        idx[axis]++;
        pa += sa[axis];
        pb += sb[axis];
        if (idx[axis] < shape[axis]) {
          break;
        }
        pa -= idx[axis] * sa[axis];
        pb -= idx[axis] * sb[axis];
        idx[axis] = 0;
        axis--;
      }
      if (axis < 0) {
        return new FloatTensor(out, lc);
      }
    }
  }

  /**
   * One line of a binary operation. The unit-stride loops are kept apart and plain, so that HotSpot's C2 can
   * auto-vectorize them (superword) without the Vector API.
   */
  private static void line(int op, float[] a, int pa, int sa, float[] b, int pb, int sb, float[] c, int pc,
      int n) {
    boolean unit = sa == 1 && sb == 1;
    switch (op) {
      case ADD:
        if (unit) {
          for (int i = 0; i < n; i++) {
            c[pc + i] = a[pa + i] + b[pb + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            c[pc + i] = a[pa + i * sa] + b[pb + i * sb];
          }
        }
        break;
      case SUB:
        if (unit) {
          for (int i = 0; i < n; i++) {
            c[pc + i] = a[pa + i] - b[pb + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            c[pc + i] = a[pa + i * sa] - b[pb + i * sb];
          }
        }
        break;
      default:
        if (unit) {
          for (int i = 0; i < n; i++) {
            c[pc + i] = a[pa + i] * b[pb + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            c[pc + i] = a[pa + i * sa] * b[pb + i * sb];
          }
        }
        break;
    }
  }

  /** NumPy's broadcast shape of two shapes, aligned at their last axes. */
  private static int[] broadcastShape(int[] x, int[] y, String method) {
    int rank = Math.max(x.length, y.length);
    int[] out = new int[rank];
    for (int i = 0; i < rank; i++) {
      int dx = i < rank - x.length ? 1 : x[i - (rank - x.length)];
      int dy = i < rank - y.length ? 1 : y[i - (rank - y.length)];
      if (dx != dy && dx != 1 && dy != 1) {
        throw new EinsumShapeException(method + ": shapes " + Arrays.toString(x) + " and " + Arrays.toString(y)
            + " do not broadcast: axis " + i + " of the broadcast shape is " + dx + " in this tensor and " + dy
            + " in the other (aligned at the last axis; sizes must be equal or 1)");
      }
      out[i] = dx == 1 ? dy : dx;
    }
    return out;
  }

  /** Rounds a {@code double} result to this tensor's element type. */
  private static float narrow(double v) {
    return (float) v;
  }

  private FloatTensor view(Layout newLayout) {
    return new FloatTensor(data, newLayout);
  }
}
