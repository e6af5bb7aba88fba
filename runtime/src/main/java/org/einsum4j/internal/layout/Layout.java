/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.layout;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.einsum4j.EinsumShapeException;

/**
 * The strided memory layout of a tensor: its shape, its strides and the offset of its first element in a
 * flat backing array. For einsum4j's own use; not API.
 *
 * <p>The element at index {@code (i0, i1, ..., ik)} lives at array position {@code offset + i0 * strides[0]
 * + i1 * strides[1] + ... + ik * strides[k]}. Strides are counted in elements (not bytes) and are never
 * negative; a stride of 0 makes every index along that axis address the same element (a broadcast, see
 * {@link #expand(int...)}).
 *
 * <p>A layout is immutable: every view operation ({@link #transpose}, {@link #permute}, {@link #unsqueeze},
 * {@link #squeeze}, {@link #expand}, {@link #reshape}) returns a new layout over the same positions and never
 * moves data. {@code FloatTensor} and {@code DoubleTensor} delegate all their view logic here.
 *
 * <pre>{@code
 * Layout l = Layout.contiguous(2, 3);   // Layout[shape=[2, 3], strides=[3, 1], offset=0]
 * Layout t = l.transpose(0, 1);         // Layout[shape=[3, 2], strides=[1, 3], offset=0]
 * int pos = t.indexOf(2, 1);            // 1 * 3 + 2 * 1 = 5
 * }</pre>
 */
public final class Layout {
  private final int[] shape;
  private final int[] strides;
  private final int offset;
  private final int elementCount;

  private Layout(int[] shape, int[] strides, int offset, int elementCount) {
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.elementCount = elementCount;
  }

  /**
   * Returns the dense row-major (C order) layout of a shape, with offset 0: the last axis has stride 1 and
   * every other axis has the product of the sizes after it.
   *
   * <pre>{@code
   * Layout.contiguous(2, 3, 4).strides();   // [12, 4, 1]
   * Layout.contiguous();                     // a 0-d scalar: one element, no axes
   * }</pre>
   *
   * @param shape the size of each axis; empty for a 0-d scalar; sizes may be 0
   * @return the layout
   * @throws EinsumShapeException if a size is negative or the shape has more than {@link Integer#MAX_VALUE}
   *     elements
   */
  public static Layout contiguous(int... shape) {
    int[] s = shape.clone();
    int count = elementCount(s);
    return new Layout(s, rowMajorStrides(s), 0, count);
  }

  /**
   * Returns an arbitrary strided layout over an array of a given length, after checking that every element
   * it can reach lies inside the array.
   *
   * @param arrayLength the length of the backing array
   * @param offset the array position of the element at index {@code (0, ..., 0)}
   * @param shape the size of each axis
   * @param strides the stride of each axis, in elements
   * @return the layout
   * @throws EinsumShapeException if {@code shape} and {@code strides} differ in length, a size, stride or the
   *     offset is negative, the element count exceeds {@link Integer#MAX_VALUE}, or an element would lie
   *     outside {@code [0, arrayLength)}
   */
  public static Layout strided(int arrayLength, int offset, int[] shape, int[] strides) {
    int[] sh = shape.clone();
    int[] st = strides.clone();
    if (sh.length != st.length) {
      throw new EinsumShapeException(
          "shape " + Arrays.toString(sh) + " and strides " + Arrays.toString(st)
              + " have different lengths (" + sh.length + " and " + st.length + ")");
    }
    int count = elementCount(sh);
    for (int i = 0; i < st.length; i++) {
      if (st[i] < 0) {
        throw new EinsumShapeException(
            "strides " + Arrays.toString(st) + " have a negative stride " + st[i] + " on axis " + i
                + "; strides must be >= 0");
      }
    }
    if (offset < 0) {
      throw new EinsumShapeException("offset " + offset + " is negative; it must be >= 0");
    }
    if (count > 0) {
      long last = offset;
      for (int i = 0; i < sh.length; i++) {
        last += (long) (sh[i] - 1) * st[i];
      }
      if (last >= arrayLength) {
        throw new EinsumShapeException(
            "a view with offset " + offset + ", shape " + Arrays.toString(sh) + " and strides "
                + Arrays.toString(st) + " reaches array index " + last + ", but the array has length "
                + arrayLength);
      }
    } else if (offset > arrayLength) {
      throw new EinsumShapeException(
          "offset " + offset + " is past the end of an array of length " + arrayLength);
    }
    return new Layout(sh, st, offset, count);
  }

  /**
   * Returns the number of axes; 0 for a scalar.
   *
   * @return the rank
   */
  public int rank() {
    return shape.length;
  }

  /**
   * Returns the size of every axis.
   *
   * @return a fresh copy of the shape
   */
  public int[] shape() {
    return shape.clone();
  }

  /**
   * Returns the stride of every axis, in elements.
   *
   * @return a fresh copy of the strides
   */
  public int[] strides() {
    return strides.clone();
  }

  /**
   * Returns the size of one axis.
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @return its size
   * @throws EinsumShapeException if the axis is out of range
   */
  public int size(int axis) {
    checkAxis(axis, "size");
    return shape[axis];
  }

  /**
   * Returns the stride of one axis, in elements.
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @return its stride
   * @throws EinsumShapeException if the axis is out of range
   */
  public int stride(int axis) {
    checkAxis(axis, "stride");
    return strides[axis];
  }

  /**
   * Returns the array position of the element at index {@code (0, ..., 0)}.
   *
   * @return the offset
   */
  public int offset() {
    return offset;
  }

  /**
   * Returns the number of elements: the product of the sizes, 1 for a scalar, 0 if any size is 0. Elements
   * shared through stride-0 axes count once per index.
   *
   * @return the element count
   */
  public int elementCount() {
    return elementCount;
  }

  /** The largest span, in elements, over which {@link #selfOverlapping} marks positions one by one. */
  private static final long EXACT_SPAN = 1 << 24;

  /**
   * Tells whether two different indices of a layout with these sizes and (non-negative) strides address the same
   * element, as a broadcast axis (stride 0) or an {@code as_strided} view such as strides {@code [1, 1]} do.
   * Axes are taken from the smallest stride up: when each stride exceeds the farthest reach of the axes below it,
   * no two indices meet. When that quick test fails, positions are marked one by one if the layout spans at most
   * {@value #EXACT_SPAN} elements (a view like shape {@code [3, 2]}, strides {@code [2, 3]} fails the quick test
   * but touches six different elements); a larger one that fails the quick test is reported as overlapping.
   *
   * @param shape the sizes
   * @param strides the strides, each at least 0
   * @return true if some element is addressed twice
   */
  public static boolean selfOverlapping(int[] shape, int[] strides) {
    int n = 0;
    long count = 1;
    for (int a = 0; a < shape.length; a++) {
      count *= shape[a];
      n += shape[a] > 1 ? 1 : 0;
    }
    if (count == 0 || n == 0) {
      return false;
    }
    long[][] axes = new long[n][];
    for (int a = 0, i = 0; a < shape.length; a++) {
      if (shape[a] > 1) {
        axes[i++] = new long[] {strides[a], shape[a]};
      }
    }
    Arrays.sort(axes, (x, y) -> Long.compare(x[0], y[0]));
    long reach = 0;
    boolean quick = true;
    for (long[] axis : axes) {
      if (axis[0] <= reach) {
        quick = false;
      }
      reach += axis[0] * (axis[1] - 1);
    }
    if (quick) {
      return false;
    }
    if (axes[0][0] == 0 || reach + 1 > EXACT_SPAN) {
      return true;
    }
    java.util.BitSet seen = new java.util.BitSet((int) reach + 1);
    int[] index = new int[n];
    long pos = 0;
    while (true) {
      if (seen.get((int) pos)) {
        return true;
      }
      seen.set((int) pos);
      int d = 0;
      while (d < n && ++index[d] == axes[d][1]) {
        pos -= axes[d][0] * (axes[d][1] - 1);
        index[d] = 0;
        d++;
      }
      if (d == n) {
        return false;
      }
      pos += axes[d][0];
    }
  }

  /**
   * Tells whether the elements lie in one dense row-major run starting at {@link #offset()}: each axis's
   * stride is the product of the sizes after it. Strides of size-1 axes are ignored (they are never
   * multiplied by anything but 0), and a layout with no elements is contiguous.
   *
   * @return true if the layout is dense and row-major
   */
  public boolean isContiguous() {
    if (elementCount == 0) {
      return true;
    }
    long expected = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] != 1) {
        if (strides[i] != expected) {
          return false;
        }
        expected *= shape[i];
      }
    }
    return true;
  }

  /**
   * Returns the array position of one element.
   *
   * @param index one index per axis, each {@code 0 <= index[i] < size(i)}
   * @return {@code offset + sum(index[i] * strides[i])}
   * @throws EinsumShapeException if {@code index.length != rank()}
   * @throws IndexOutOfBoundsException if an index is out of range, naming the axis, the index and the size
   */
  public int indexOf(int... index) {
    if (index.length != shape.length) {
      throw new EinsumShapeException(
          "index " + Arrays.toString(index) + " has " + index.length + " coordinates but shape "
              + Arrays.toString(shape) + " has " + shape.length + " axes");
    }
    int pos = offset;
    for (int i = 0; i < index.length; i++) {
      int k = index[i];
      if (k < 0 || k >= shape[i]) {
        throw new IndexOutOfBoundsException(
            "index " + k + " is out of bounds for axis " + i + " with size " + shape[i]
                + " (index " + Arrays.toString(index) + ", shape " + Arrays.toString(shape) + ")");
      }
      pos += k * strides[i];
    }
    return pos;
  }

  /**
   * Calls {@code action} with the array position of every element, in row-major index order (the last axis
   * varies fastest). A scalar visits its one element; a layout with no elements visits none.
   *
   * @param action receives each array position
   */
  public void forEachIndex(IntConsumer action) {
    if (elementCount == 0) {
      return;
    }
    int rank = shape.length;
    if (rank == 0) {
      action.accept(offset);
      return;
    }
    int[] idx = new int[rank];
    int last = rank - 1;
    int lastSize = shape[last];
    int lastStride = strides[last];
    int base = offset;
    while (true) {
      int pos = base;
      for (int j = 0; j < lastSize; j++, pos += lastStride) {
        action.accept(pos);
      }
      int axis = last - 1;
      while (axis >= 0) {
        idx[axis]++;
        base += strides[axis];
        if (idx[axis] < shape[axis]) {
          break;
        }
        base -= idx[axis] * strides[axis];
        idx[axis] = 0;
        axis--;
      }
      if (axis < 0) {
        return;
      }
    }
  }

  /**
   * Returns the view with two axes swapped. For a matrix, {@code transpose(0, 1)} is the matrix transpose.
   *
   * @param a one axis
   * @param b the other axis (may equal {@code a})
   * @return the swapped layout
   * @throws EinsumShapeException if an axis is out of range
   */
  public Layout transpose(int a, int b) {
    checkAxis(a, "transpose");
    checkAxis(b, "transpose");
    int[] sh = shape.clone();
    int[] st = strides.clone();
    sh[a] = shape[b];
    sh[b] = shape[a];
    st[a] = strides[b];
    st[b] = strides[a];
    return new Layout(sh, st, offset, elementCount);
  }

  /**
   * Returns the view whose axis {@code i} is this layout's axis {@code axes[i]} (like NumPy's
   * {@code transpose(axes)}).
   *
   * <pre>{@code
   * Layout.contiguous(2, 3, 4).permute(2, 0, 1).shape();   // [4, 2, 3]
   * }</pre>
   *
   * @param axes a permutation of {@code 0 .. rank()-1}
   * @return the permuted layout
   * @throws EinsumShapeException if {@code axes} is not a permutation of the axes
   */
  public Layout permute(int... axes) {
    if (axes.length != shape.length) {
      throw new EinsumShapeException(
          "permute(" + join(axes) + ") names " + axes.length + " axes but shape " + Arrays.toString(shape)
              + " has " + shape.length + "; list every axis exactly once");
    }
    boolean[] seen = new boolean[shape.length];
    int[] sh = new int[shape.length];
    int[] st = new int[shape.length];
    for (int i = 0; i < axes.length; i++) {
      int a = axes[i];
      if (a < 0 || a >= shape.length) {
        throw new EinsumShapeException(
            "permute(" + join(axes) + "): axis " + a + " is out of range for shape "
                + Arrays.toString(shape) + " (valid axes are " + axisRange() + ")");
      }
      if (seen[a]) {
        throw new EinsumShapeException(
            "permute(" + join(axes) + "): axis " + a + " appears twice; list every axis exactly once");
      }
      seen[a] = true;
      sh[i] = shape[a];
      st[i] = strides[a];
    }
    return new Layout(sh, st, offset, elementCount);
  }

  /**
   * Returns the view with a new axis of size 1 inserted before axis {@code axis} ({@code axis == rank()}
   * appends it).
   *
   * <pre>{@code
   * Layout.contiguous(2, 3).unsqueeze(1).shape();   // [2, 1, 3]
   * }</pre>
   *
   * @param axis where the new axis goes, {@code 0 <= axis <= rank()}
   * @return the layout with one more axis
   * @throws EinsumShapeException if {@code axis} is out of range
   */
  public Layout unsqueeze(int axis) {
    if (axis < 0 || axis > shape.length) {
      throw new EinsumShapeException(
          "unsqueeze: axis " + axis + " is out of range for shape " + Arrays.toString(shape)
              + " (valid positions are 0.." + shape.length + ")");
    }
    int[] sh = new int[shape.length + 1];
    int[] st = new int[shape.length + 1];
    System.arraycopy(shape, 0, sh, 0, axis);
    System.arraycopy(strides, 0, st, 0, axis);
    System.arraycopy(shape, axis, sh, axis + 1, shape.length - axis);
    System.arraycopy(strides, axis, st, axis + 1, shape.length - axis);
    // The stride of a size-1 axis is never used; pick the row-major one so the strides read naturally.
    long s = axis < shape.length ? (long) shape[axis] * strides[axis] : 1;
    sh[axis] = 1;
    st[axis] = s <= Integer.MAX_VALUE ? (int) s : 0;
    return new Layout(sh, st, offset, elementCount);
  }

  /**
   * Returns the view without axis {@code axis}, which must have size 1.
   *
   * @param axis the axis to remove
   * @return the layout with one axis fewer
   * @throws EinsumShapeException if the axis is out of range or its size is not 1
   */
  public Layout squeeze(int axis) {
    checkAxis(axis, "squeeze");
    if (shape[axis] != 1) {
      throw new EinsumShapeException(
          "cannot squeeze axis " + axis + " of shape " + Arrays.toString(shape) + ": its size is "
              + shape[axis] + ", not 1");
    }
    int[] sh = new int[shape.length - 1];
    int[] st = new int[shape.length - 1];
    System.arraycopy(shape, 0, sh, 0, axis);
    System.arraycopy(strides, 0, st, 0, axis);
    System.arraycopy(shape, axis + 1, sh, axis, shape.length - axis - 1);
    System.arraycopy(strides, axis + 1, st, axis, shape.length - axis - 1);
    return new Layout(sh, st, offset, elementCount);
  }

  /**
   * Returns the view of one index along an axis, without that axis: {@code t[..., index, ...]} in NumPy.
   *
   * <pre>{@code
   * Layout.contiguous(2, 3, 4).select(1, 2);   // shape [2, 4], strides [12, 1], offset 8
   * }</pre>
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @param index the index along it, {@code 0 <= index < size(axis)}
   * @return the layout with one axis fewer
   * @throws EinsumShapeException if the axis or the index is out of range
   */
  public Layout select(int axis, int index) {
    checkAxis(axis, "select");
    if (index < 0 || index >= shape[axis]) {
      throw new EinsumShapeException(
          "select: index " + index + " is out of range for axis " + axis + " of shape " + Arrays.toString(shape)
              + " (valid indices are 0.." + (shape[axis] - 1) + ")");
    }
    int[] sh = new int[shape.length - 1];
    int[] st = new int[shape.length - 1];
    System.arraycopy(shape, 0, sh, 0, axis);
    System.arraycopy(strides, 0, st, 0, axis);
    System.arraycopy(shape, axis + 1, sh, axis, shape.length - axis - 1);
    System.arraycopy(strides, axis + 1, st, axis, shape.length - axis - 1);
    return new Layout(sh, st, offset + index * strides[axis], elementCount(sh));
  }

  /**
   * Returns the view of {@code length} consecutive indices along an axis, starting at {@code start}:
   * {@code t[..., start:start + length, ...]} in NumPy. The rank stays the same.
   *
   * <pre>{@code
   * Layout.contiguous(4, 5).narrow(1, 1, 3);   // shape [4, 3], strides [5, 1], offset 1
   * }</pre>
   *
   * @param axis the axis, {@code 0 <= axis < rank()}
   * @param start the first index kept, {@code 0 <= start <= size(axis)}
   * @param length how many indices are kept, {@code 0 <= length <= size(axis) - start}
   * @return the narrowed layout
   * @throws EinsumShapeException if the axis is out of range or {@code [start, start + length)} does not lie
   *     within the axis
   */
  public Layout narrow(int axis, int start, int length) {
    checkAxis(axis, "narrow");
    if (start < 0 || length < 0 || (long) start + length > shape[axis]) {
      throw new EinsumShapeException(
          "narrow: indices " + start + ".." + ((long) start + length) + " (start " + start + ", length " + length
              + ") do not lie within axis " + axis + " of shape " + Arrays.toString(shape) + " (size "
              + shape[axis] + ")");
    }
    int[] sh = shape.clone();
    sh[axis] = length;
    int count = elementCount(sh);
    // An empty view keeps the offset of the whole, which is always a valid position.
    int off = count == 0 ? offset : offset + start * strides[axis];
    return new Layout(sh, strides.clone(), off, count);
  }

  /**
   * Returns a broadcast view of a larger shape, following NumPy's {@code broadcast_to}: the shapes are
   * aligned at their last axes; new leading axes and size-1 axes that grow get stride 0, so all their
   * indices address the same elements; {@code -1} keeps an existing axis's size. No data is copied, and
   * writing through the view writes the shared elements.
   *
   * <pre>{@code
   * Layout.contiguous(1, 3).expand(4, 2, 3);   // shape [4, 2, 3], strides [0, 0, 1]
   * Layout.contiguous(2, 1).expand(-1, 5);     // shape [2, 5], strides [1, 0]
   * }</pre>
   *
   * @param shape the new shape, with at least {@link #rank()} axes
   * @return the broadcast layout
   * @throws EinsumShapeException if the new shape has fewer axes, an axis of size other than 1 would change
   *     size, a size is negative (other than {@code -1} on an existing axis), or the result has more than
   *     {@link Integer#MAX_VALUE} elements
   */
  public Layout expand(int... shape) {
    int[] target = shape.clone();
    int lead = target.length - this.shape.length;
    if (lead < 0) {
      throw new EinsumShapeException(
          "cannot expand shape " + Arrays.toString(this.shape) + " to " + Arrays.toString(target)
              + ": the new shape has fewer axes (" + target.length + ") than the tensor ("
              + this.shape.length + ")");
    }
    int[] sh = new int[target.length];
    int[] st = new int[target.length];
    for (int i = 0; i < target.length; i++) {
      int want = target[i];
      if (i < lead) {
        if (want < 0) {
          throw new EinsumShapeException(
              "cannot expand shape " + Arrays.toString(this.shape) + " to " + Arrays.toString(target)
                  + ": new leading axis " + i + " needs a size >= 0, not " + want);
        }
        sh[i] = want;
        st[i] = 0;
        continue;
      }
      int j = i - lead;
      int have = this.shape[j];
      if (want == -1 || want == have) {
        sh[i] = have;
        st[i] = strides[j];
      } else if (want < 0) {
        throw new EinsumShapeException(
            "cannot expand shape " + Arrays.toString(this.shape) + " to " + Arrays.toString(target)
                + ": size " + want + " for axis " + j + " is negative (use -1 to keep the size)");
      } else if (have == 1) {
        sh[i] = want;
        st[i] = 0;
      } else {
        throw new EinsumShapeException(
            "cannot expand shape " + Arrays.toString(this.shape) + " to " + Arrays.toString(target)
                + ": axis " + j + " has size " + have + " and cannot become " + want
                + "; only size-1 axes can be expanded");
      }
    }
    return new Layout(sh, st, offset, elementCount(sh));
  }

  /**
   * Returns a view of the same elements, in the same row-major order, with a different shape, without
   * copying; one size may be {@code -1} and is then inferred from the element count. Like NumPy's
   * {@code reshape}, axes are merged and split where their strides allow it (for example a contiguous
   * layout always works, and so do many sliced, expanded or unsqueezed ones); otherwise this throws rather
   * than copying silently.
   *
   * <p>Reshape never reorders elements. To move the sequence axis in front of the batch axis, use
   * {@link #transpose} or {@link #permute}: {@code reshape(seq, batch, emb)} of a {@code [batch, seq, emb]}
   * tensor is legal but mixes up the batches.
   *
   * <pre>{@code
   * Layout.contiguous(2, 3, 4).reshape(6, -1);               // shape [6, 4], strides [4, 1]
   * Layout.contiguous(2, 3, 4).transpose(0, 1).reshape(6, 4); // throws: needs a copy first
   * }</pre>
   *
   * @param shape the new shape, with the same element count; at most one {@code -1}
   * @return the reshaped layout, with the same offset
   * @throws EinsumShapeException if the element counts differ, {@code -1} appears twice or cannot be
   *     inferred, a size is negative, or the elements cannot be viewed with the new shape without copying
   *     (the message then says why and suggests {@code contiguous()} or {@code transpose}/{@code permute})
   */
  public Layout reshape(int... shape) {
    int[] target = resolveReshape(shape);
    if (elementCount == 0) {
      return new Layout(target, rowMajorStrides(target), offset, 0);
    }
    int[] newStrides = attemptNoCopyReshape(target);
    if (newStrides == null) {
      throw new EinsumShapeException(
          "cannot reshape " + Arrays.toString(this.shape) + " (strides " + Arrays.toString(strides)
              + ") to " + Arrays.toString(target) + " without copying: " + whyNotViewable());
    }
    return new Layout(target, newStrides, offset, elementCount);
  }

  private int[] resolveReshape(int[] requested) {
    int[] target = requested.clone();
    int inferred = -1;
    long known = 1;
    for (int i = 0; i < target.length; i++) {
      if (target[i] == -1) {
        if (inferred >= 0) {
          throw new EinsumShapeException(
              "cannot reshape " + Arrays.toString(shape) + " to " + Arrays.toString(requested)
                  + ": only one size may be -1");
        }
        inferred = i;
      } else if (target[i] < 0) {
        throw new EinsumShapeException(
            "cannot reshape " + Arrays.toString(shape) + " to " + Arrays.toString(requested)
                + ": size " + target[i] + " on axis " + i + " is negative");
      } else {
        known *= target[i];
        if (known > Integer.MAX_VALUE) {
          // Cannot equal the element count; report it below as a mismatch without overflowing.
          known = (long) Integer.MAX_VALUE + 1;
        }
      }
    }
    if (inferred >= 0) {
      if (known == 0 || elementCount % known != 0) {
        throw new EinsumShapeException(
            "cannot reshape " + Arrays.toString(shape) + " (" + elementCount + " elements) to "
                + Arrays.toString(requested) + ": the -1 cannot be inferred because the other sizes"
                + " multiply to " + describeCount(known));
      }
      target[inferred] = (int) (elementCount / known);
    } else if (known != elementCount) {
      throw new EinsumShapeException(
          "cannot reshape " + Arrays.toString(shape) + " (" + elementCount + " elements) to "
              + Arrays.toString(target) + " (" + describeCount(known) + " elements)");
    }
    return target;
  }

  /**
   * NumPy's {@code _attempt_nocopy_reshape} for C order: walks the old and new shapes in step, grouping
   * runs of axes with equal products; a group of old axes can be merged only if their strides chain
   * ({@code stride[k] == size[k+1] * stride[k+1]}), and the group's new axes then get row-major strides
   * ending in the group's last old stride. Size-1 axes are dropped from the old shape first. Returns null if
   * a copy would be needed. Requires a non-empty layout and an equal element count.
   */
  private int[] attemptNoCopyReshape(int[] newDims) {
    int oldNd = 0;
    int[] oldDims = new int[shape.length];
    int[] oldStrides = new int[shape.length];
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] != 1) {
        oldDims[oldNd] = shape[i];
        oldStrides[oldNd] = strides[i];
        oldNd++;
      }
    }
    int newNd = newDims.length;
    long[] newStrides = new long[newNd];
    int oi = 0;
    int oj = 1;
    int ni = 0;
    int nj = 1;
    while (ni < newNd && oi < oldNd) {
      long np = newDims[ni];
      long op = oldDims[oi];
      while (np != op) {
        if (np < op) {
          np *= newDims[nj++];
        } else {
          op *= oldDims[oj++];
        }
      }
      for (int ok = oi; ok < oj - 1; ok++) {
        if (oldStrides[ok] != (long) oldDims[ok + 1] * oldStrides[ok + 1]) {
          return null;
        }
      }
      newStrides[nj - 1] = oldStrides[oj - 1];
      for (int nk = nj - 1; nk > ni; nk--) {
        newStrides[nk - 1] = newStrides[nk] * newDims[nk];
      }
      ni = nj++;
      oi = oj++;
    }
    long lastStride = ni >= 1 ? newStrides[ni - 1] : 1;
    for (int nk = ni; nk < newNd; nk++) {
      newStrides[nk] = lastStride;
    }
    int[] result = new int[newNd];
    for (int i = 0; i < newNd; i++) {
      // Strides of size-1 axes may exceed the array's span; they are never used, so keep them in range.
      result[i] = newStrides[i] <= Integer.MAX_VALUE ? (int) newStrides[i] : 0;
    }
    return result;
  }

  private String whyNotViewable() {
    boolean broadcast = false;
    boolean permuted = false;
    int previous = -1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == 1) {
        continue;
      }
      if (strides[i] == 0) {
        broadcast = true;
      } else {
        if (previous >= 0 && strides[i] > previous) {
          permuted = true;
        }
        previous = strides[i];
      }
    }
    if (permuted) {
      return "the axes are not laid out row-major (after transpose or permute). Call contiguous() first"
          + " to copy, or, if you meant to swap axes (seq-first <-> batch-first), use transpose/permute"
          + " instead of reshape.";
    }
    if (broadcast) {
      return "an axis repeats its elements with stride 0 (after expand), so merging it needs a copy."
          + " Call contiguous() first to copy.";
    }
    return "the elements of the axes to merge are not evenly spaced (a sliced or strided view)."
        + " Call contiguous() first to copy.";
  }

  /**
   * Two layouts are equal if they have the same shape, strides and offset.
   *
   * @param o the other object
   * @return true if {@code o} is an equal layout
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Layout)) {
      return false;
    }
    Layout other = (Layout) o;
    return offset == other.offset
        && Arrays.equals(shape, other.shape)
        && Arrays.equals(strides, other.strides);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(strides)) + offset;
  }

  /**
   * Returns the layout as {@code Layout[shape=[2, 3], strides=[3, 1], offset=0]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Layout[shape=" + Arrays.toString(shape) + ", strides=" + Arrays.toString(strides)
        + ", offset=" + offset + "]";
  }

  private void checkAxis(int axis, String operation) {
    if (axis < 0 || axis >= shape.length) {
      throw new EinsumShapeException(
          operation + ": axis " + axis + " is out of range for shape " + Arrays.toString(shape)
              + " (valid axes are " + axisRange() + ")");
    }
  }

  private String axisRange() {
    return shape.length == 0 ? "none, it is 0-d" : "0.." + (shape.length - 1);
  }

  private static int elementCount(int[] shape) {
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] < 0) {
        throw new EinsumShapeException(
            "shape " + Arrays.toString(shape) + " has a negative size " + shape[i] + " on axis " + i);
      }
    }
    int count = 1;
    try {
      for (int d : shape) {
        count = Math.multiplyExact(count, d);
      }
    } catch (ArithmeticException e) {
      for (int d : shape) {
        if (d == 0) {
          return 0;
        }
      }
      throw new EinsumShapeException(
          "shape " + Arrays.toString(shape) + " has more than " + Integer.MAX_VALUE
              + " elements, too many for a Java array");
    }
    return count;
  }

  private static int[] rowMajorStrides(int[] shape) {
    int[] st = new int[shape.length];
    long s = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      // An empty layout never uses its strides; keep them in range when the other sizes are huge.
      st[i] = s <= Integer.MAX_VALUE ? (int) s : 0;
      s *= Math.max(shape[i], 1);
      if (s > Integer.MAX_VALUE) {
        s = (long) Integer.MAX_VALUE + 1;
      }
    }
    return st;
  }

  private static String describeCount(long count) {
    return count > Integer.MAX_VALUE ? "more than " + Integer.MAX_VALUE : Long.toString(count);
  }

  private static String join(int[] values) {
    String s = Arrays.toString(values);
    return s.substring(1, s.length() - 1);
  }
}
