/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.Arrays;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.internal.layout.Layout;
import org.einsum4j.internal.spec.DeclaredSizes;
import org.einsum4j.internal.spec.Spec;

/**
 * A spec together with the names of its operands, ready to {@link #bind bind} tensors at call time. Generated
 * code keeps one in a {@code static final} field per {@code @Einsum} method; the reference interpreter makes
 * one per call. Internal: for einsum4j's own use and generated code, not API.
 *
 * <p>Binding is the one mechanism behind every NumPy einsum feature: each operand becomes an offset and a
 * stride per label, so a transposed view is just other strides, a repeated label is the sum of its axes'
 * strides, a size-1 dimension broadcast against a larger one is stride 0, and a label an operand lacks is
 * stride 0 too. The dimensions under {@code "..."} become extra, anonymous labels, all free.
 */
public final class Contraction {
  private final Spec spec;
  private final String[] names;
  private final String outName;
  private final DeclaredSizes declared;

  private Contraction(Spec spec, String[] names, String outName, DeclaredSizes declared) {
    this.spec = spec;
    this.names = names;
    this.outName = outName;
    this.declared = declared;
  }

  /**
   * Parses a spec and names its operands.
   *
   * @param spec the subscripts
   * @param operandNames the operands' names for error messages (parameter names), in spec order; may be
   *     empty, then operands are called {@code operand 0}, {@code operand 1}, ...
   * @return the contraction
   * @throws org.einsum4j.EinsumSpecException if the spec does not parse
   */
  public static Contraction of(String spec, String... operandNames) {
    return of(Spec.parse(spec), operandNames, "out");
  }

  /**
   * Parses a spec and names its operands and its output: what generated code calls, once per method's holder
   * class, so that generated code names no parser type.
   *
   * @param spec the subscripts
   * @param operandNames the operands' names for error messages, in spec order
   * @param outName the name of the output parameter for messages
   * @return the contraction
   * @throws org.einsum4j.EinsumSpecException if the spec does not parse
   */
  public static Contraction of(String spec, String[] operandNames, String outName) {
    return of(Spec.parse(spec), operandNames, outName);
  }

  /**
   * Names the operands of a parsed spec.
   *
   * @param spec the parsed spec
   * @param operandNames names, or empty for {@code operand i}
   * @param outName the name of the output parameter for messages
   * @return the contraction
   */
  public static Contraction of(Spec spec, String[] operandNames, String outName) {
    String[] names = new String[spec.operandCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = i < operandNames.length ? operandNames[i] : "operand " + i;
    }
    return new Contraction(spec, names, outName, null);
  }

  /**
   * Returns this contraction with declared label sizes that every call is checked against.
   *
   * @param sizes the declaration, e.g. {@code "h=8,d=64"}
   * @return a new contraction
   * @throws org.einsum4j.EinsumSpecException if the declaration is malformed
   */
  public Contraction withSizes(String sizes) {
    return new Contraction(spec, names, outName, DeclaredSizes.parse(spec, sizes));
  }

  /** Returns the parsed spec. */
  public Spec spec() {
    return spec;
  }

  /** Returns the name of operand {@code i} as messages show it. */
  public String name(int i) {
    return i == names.length ? outName : names[i];
  }

  String prefix() {
    return "einsum \"" + spec.text() + "\": ";
  }

  /**
   * Binds tensors given as layouts (shape, strides, offset per operand), checking that every label has one
   * size. Nothing is allocated for the result yet: see {@link Binding#outputShape()} and
   * {@link Binding#bindOutput}.
   *
   * @param shapes each operand's shape
   * @param strides each operand's strides, in elements
   * @param offsets each operand's offset into its array
   * @return the binding
   * @throws EinsumShapeException naming the label, operand, axis and both sizes on a mismatch
   */
  public Binding bind(int[][] shapes, int[][] strides, int[] offsets) {
    if (shapes.length != spec.operandCount()) {
      throw new EinsumShapeException(prefix() + "the spec has " + spec.operandCount() + " operand"
          + (spec.operandCount() == 1 ? "" : "s") + " but " + shapes.length + (shapes.length == 1 ? " was" : " were")
          + " given");
    }
    return new Binding(this, shapes, strides, offsets);
  }

  /**
   * Binds layouts; see {@link #bind(int[][], int[][], int[])}.
   *
   * @param layouts each operand's layout
   * @return the binding
   */
  public Binding bind(Layout... layouts) {
    int n = layouts.length;
    int[][] shapes = new int[n][];
    int[][] strides = new int[n][];
    int[] offsets = new int[n];
    for (int i = 0; i < n; i++) {
      shapes[i] = layouts[i].shape();
      strides[i] = layouts[i].strides();
      offsets[i] = layouts[i].offset();
    }
    return bind(shapes, strides, offsets);
  }

  /**
   * One call's sizes and strides: the size of every label, each operand's stride per label and offset, and
   * the dimensions under {@code "..."} (merged where they are contiguous in every operand and the output).
   * Operand index {@link #outputIndex()} is the output, once {@link #bindOutput} has been called.
   */
  public static final class Binding {
    private final Contraction contraction;
    private final int nOps;
    private final int[] sizes;
    private final int[][] strides;
    private final int[] offsets;
    private int[] eSizes;
    private int[][] eStrides;
    private final int[] outShape;
    private int eCount;
    private boolean broadcastsLabels;

    Binding(Contraction c, int[][] shapes, int[][] opStrides, int[] opOffsets) {
      this.contraction = c;
      Spec spec = c.spec;
      this.nOps = spec.operandCount();
      int nLabels = spec.labelCount();
      this.sizes = new int[nLabels];
      this.strides = new int[nOps + 1][nLabels];
      this.offsets = new int[nOps + 1];
      Arrays.fill(sizes, -1);
      int[] sizeOp = new int[nLabels];
      int[] sizeAxis = new int[nLabels];

      int eRank = 0;
      int[] eLens = new int[nOps];
      for (int k = 0; k < nOps; k++) {
        Spec.Term t = spec.operand(k);
        int rank = shapes[k].length;
        int nl = t.labels().length();
        if (!t.hasEllipsis() && rank != nl) {
          throw new EinsumShapeException(c.prefix() + "'" + c.name(k) + "' has rank " + rank
              + " but its subscripts \"" + t + "\" name " + nl + " dimension" + (nl == 1 ? "" : "s"));
        }
        if (t.hasEllipsis() && rank < nl) {
          throw new EinsumShapeException(c.prefix() + "'" + c.name(k) + "' has rank " + rank
              + " but its subscripts \"" + t + "\" name at least " + nl + " dimension" + (nl == 1 ? "" : "s"));
        }
        eLens[k] = rank - nl;
        eRank = Math.max(eRank, eLens[k]);
        offsets[k] = opOffsets[k];
      }

      // Label sizes: equal within an operand (a repeated label), size 1 broadcasts across operands.
      for (int k = 0; k < nOps; k++) {
        Spec.Term t = spec.operand(k);
        String ls = t.labels();
        for (int p = 0; p < ls.length(); p++) {
          int label = spec.labelIndex(ls.charAt(p));
          int axis = axisOf(t, p, eLens[k]);
          int s = shapes[k][axis];
          int first = ls.indexOf(ls.charAt(p));
          if (first != p) {
            int firstAxis = axisOf(t, first, eLens[k]);
            if (shapes[k][firstAxis] != s) {
              throw mismatch(c, "label '" + ls.charAt(p) + "'", shapes[k][firstAxis], k, firstAxis, s, k, axis);
            }
            continue;
          }
          if (sizes[label] < 0 || (sizes[label] == 1 && s != 1)) {
            sizes[label] = s;
            sizeOp[label] = k;
            sizeAxis[label] = axis;
          } else if (s != sizes[label] && s != 1) {
            throw mismatch(c, "label '" + ls.charAt(p) + "'", sizes[label], sizeOp[label], sizeAxis[label], s, k,
                axis);
          }
        }
      }
      if (c.declared != null) {
        for (int label = 0; label < nLabels; label++) {
          int d = c.declared.size(label);
          if (d != DeclaredSizes.NONE && sizes[label] != d) {
            throw new EinsumShapeException(c.prefix() + "label '" + spec.labels().charAt(label) + "' is declared "
                + d + " but is " + sizes[label] + " in '" + c.name(sizeOp[label]) + "' (axis " + sizeAxis[label]
                + ")");
          }
        }
      }
      // Strides: the sum over a label's axes; 0 where the operand broadcasts or lacks the label.
      for (int k = 0; k < nOps; k++) {
        Spec.Term t = spec.operand(k);
        String ls = t.labels();
        for (int p = 0; p < ls.length(); p++) {
          int label = spec.labelIndex(ls.charAt(p));
          int axis = axisOf(t, p, eLens[k]);
          if (shapes[k][axis] == sizes[label]) {
            strides[k][label] += opStrides[k][axis];
          } else {
            broadcastsLabels = true;
          }
        }
      }

      // Ellipsis dimensions, aligned on the right like NumPy broadcasting.
      eSizes = new int[eRank];
      eStrides = new int[nOps + 1][eRank];
      Arrays.fill(eSizes, -1);
      int[] eOp = new int[eRank];
      int[] eAxis = new int[eRank];
      for (int k = 0; k < nOps; k++) {
        Spec.Term t = spec.operand(k);
        for (int j = 0; j < eLens[k]; j++) {
          int g = eRank - eLens[k] + j;
          int axis = t.ellipsisAt() + j;
          int s = shapes[k][axis];
          if (eSizes[g] < 0 || (eSizes[g] == 1 && s != 1)) {
            eSizes[g] = s;
            eOp[g] = k;
            eAxis[g] = axis;
          } else if (s != eSizes[g] && s != 1) {
            throw mismatch(c, "broadcast dimension " + g + " of \"...\"", eSizes[g], eOp[g], eAxis[g], s, k, axis);
          }
        }
      }
      for (int k = 0; k < nOps; k++) {
        Spec.Term t = spec.operand(k);
        for (int j = 0; j < eLens[k]; j++) {
          int g = eRank - eLens[k] + j;
          int axis = t.ellipsisAt() + j;
          eStrides[k][g] = shapes[k][axis] == eSizes[g] ? opStrides[k][axis] : 0;
        }
      }

      Spec.Term out = spec.output();
      if (eRank > 0 && !out.hasEllipsis()) {
        int k = 0;
        while (eLens[k] == 0) {
          k++;
        }
        throw new EinsumShapeException(c.prefix() + "\"...\" stands for " + eLens[k] + " dimension"
            + (eLens[k] == 1 ? "" : "s") + " of '" + c.name(k) + "' but the output has no \"...\" to keep "
            + (eLens[k] == 1 ? "it" : "them"));
      }
      outShape = new int[out.labels().length() + eRank];
      boolean empty = false;
      for (int axis = 0; axis < outShape.length; axis++) {
        outShape[axis] = outputAxisSize(out, axis, eRank);
        empty |= outShape[axis] == 0;
      }
      // A result with a size-0 axis has no elements however large the other axes are (NumPy allows it).
      long count = 1;
      for (int axis = 0; axis < outShape.length && !empty; axis++) {
        count *= outShape[axis];
        if (count > Integer.MAX_VALUE) {
          throw new EinsumShapeException(c.prefix() + "the result " + Arrays.toString(outShape)
              + " would have more than " + Integer.MAX_VALUE + " elements, more than an array can hold");
        }
      }
    }

    private int outputAxisSize(Spec.Term out, int axis, int eRank) {
      int e0 = out.hasEllipsis() ? out.ellipsisAt() : Integer.MAX_VALUE;
      if (axis >= e0 && axis < e0 + eRank) {
        return eSizes[axis - e0];
      }
      int p = axis < e0 ? axis : axis - eRank;
      return sizes[contraction.spec.labelIndex(out.labels().charAt(p))];
    }

    private static int axisOf(Spec.Term t, int p, int eLen) {
      return t.hasEllipsis() && p >= t.ellipsisAt() ? p + eLen : p;
    }

    private static EinsumShapeException mismatch(
        Contraction c, String what, int s1, int op1, int axis1, int s2, int op2, int axis2) {
      return new EinsumShapeException(c.prefix() + what + " is " + s1 + " in '" + c.name(op1) + "' (axis " + axis1
          + ") but " + s2 + " in '" + c.name(op2) + "' (axis " + axis2 + ")");
    }

    /**
     * Returns whether some operand has size 1 on an axis whose label is larger (NumPy broadcasting of a
     * labeled dimension). Plans that distribute a sum over group members assume it does not.
     */
    public boolean broadcastsLabels() {
      return broadcastsLabels;
    }

    /** Returns the contraction this binds. */
    public Contraction contraction() {
      return contraction;
    }

    /** Returns the index of the output among the operands: the number of inputs. */
    public int outputIndex() {
      return nOps;
    }

    /** Returns the shape the result has (a copy). */
    public int[] outputShape() {
      return outShape.clone();
    }

    /** Returns the size of label number {@code label} (see {@link Spec#labels()}). */
    public int size(int label) {
      return sizes[label];
    }

    /** Returns operand {@code op}'s stride for label number {@code label}; 0 where it broadcasts or lacks it. */
    public int stride(int op, int label) {
      return strides[op][label];
    }

    /** Returns operand {@code op}'s offset, before any ellipsis offset. */
    public int offset(int op) {
      return offsets[op];
    }

    /** Returns the number of ellipsis dimensions after merging. */
    public int ellipsisRank() {
      return eSizes.length;
    }

    /** Returns the size of ellipsis dimension {@code g} after merging. */
    public int ellipsisSize(int g) {
      return eSizes[g];
    }

    /** Returns operand {@code op}'s stride for ellipsis dimension {@code g} after merging. */
    public int ellipsisStride(int op, int g) {
      return eStrides[op][g];
    }

    /** Returns how many index combinations the ellipsis dimensions have (1 when there are none). */
    public int ellipsisCount() {
      return eCount;
    }

    /**
     * Returns operand {@code op}'s offset at flat ellipsis index {@code e} (row-major over the merged ellipsis
     * dimensions), {@code 0 <= e < ellipsisCount()}.
     *
     * @param op the operand, or {@link #outputIndex()}
     * @param e the flat ellipsis index
     * @return the offset into the operand's array
     */
    public int offset(int op, int e) {
      int o = offsets[op];
      int[] st = eStrides[op];
      for (int g = eSizes.length - 1; g >= 0 && e != 0; g--) {
        int s = eSizes[g];
        o += (e % s) * st[g];
        e /= s;
      }
      return o;
    }

    /**
     * Checks that a caller's tensor can receive the result: exactly the result's shape, no broadcast (stride-0)
     * axis of size greater than 1, and no two indices on one element ({@link Layout#selfOverlapping}).
     *
     * @param shape the tensor's shape
     * @param strides the tensor's strides
     * @throws EinsumShapeException naming the axis and both sizes
     */
    public void checkOutput(int[] shape, int[] strides) {
      Contraction c = contraction;
      String name = c.name(nOps);
      if (!Arrays.equals(shape, outShape)) {
        String detail = "";
        if (shape.length != outShape.length) {
          detail = " (rank " + shape.length + " vs " + outShape.length + ")";
        } else {
          for (int a = 0; a < shape.length; a++) {
            if (shape[a] != outShape[a]) {
              detail = " (axis " + a + ": " + shape[a] + " vs " + outShape[a] + ")";
              break;
            }
          }
        }
        throw new EinsumShapeException(c.prefix() + "'" + name + "' has shape " + Arrays.toString(shape)
            + " but the result has shape " + Arrays.toString(outShape) + detail);
      }
      for (int a = 0; a < shape.length; a++) {
        if (strides[a] == 0 && shape[a] > 1) {
          throw new EinsumShapeException(c.prefix() + "'" + name + "' is a broadcast view (axis " + a
              + " has stride 0 and size " + shape[a] + "), so it cannot receive a result");
        }
      }
      if (Layout.selfOverlapping(shape, strides)) {
        throw new EinsumShapeException(c.prefix() + "'" + name + "' is a view whose elements overlap (shape "
            + Arrays.toString(shape) + ", strides " + Arrays.toString(strides) + " address some element twice), "
            + "so it cannot receive a result; pass a tensor with distinct elements, e.g. a copy");
      }
    }

    /**
     * Binds the output's layout (its shape must be {@link #outputShape()}), then merges ellipsis dimensions that
     * are contiguous in every operand and the output.
     *
     * @param strides the output's strides
     * @param offset the output's offset
     * @return this binding
     */
    public Binding bindOutput(int[] strides, int offset) {
      Spec spec = contraction.spec;
      Spec.Term out = spec.output();
      int eRank = eSizes.length;
      offsets[nOps] = offset;
      Arrays.fill(this.strides[nOps], 0);
      String ls = out.labels();
      for (int p = 0; p < ls.length(); p++) {
        int axis = axisOf(out, p, eRank);
        this.strides[nOps][spec.labelIndex(ls.charAt(p))] = strides[axis];
      }
      for (int g = 0; g < eRank; g++) {
        eStrides[nOps][g] = strides[out.ellipsisAt() + g];
      }
      mergeEllipsis();
      return this;
    }

    /**
     * Binds a layout as the output; see {@link #bindOutput(int[], int)}.
     *
     * @param layout the output's layout
     * @return this binding
     */
    public Binding bindOutput(Layout layout) {
      return bindOutput(layout.strides(), layout.offset());
    }

    private void mergeEllipsis() {
      int n = eSizes.length;
      long count = 1;
      for (int s : eSizes) {
        count *= s;
      }
      eCount = (int) count;
      if (n == 0) {
        return;
      }
      int[] sz = new int[n];
      int[][] st = new int[nOps + 1][n];
      int m = 0;
      for (int g = 0; g < n; g++) {
        if (eSizes[g] == 1 && count != 0) {
          continue;
        }
        boolean merge = m > 0;
        for (int k = 0; k <= nOps && merge; k++) {
          merge = st[k][m - 1] == eStrides[k][g] * eSizes[g];
        }
        if (merge) {
          sz[m - 1] *= eSizes[g];
          for (int k = 0; k <= nOps; k++) {
            st[k][m - 1] = eStrides[k][g];
          }
        } else {
          sz[m] = eSizes[g];
          for (int k = 0; k <= nOps; k++) {
            st[k][m] = eStrides[k][g];
          }
          m++;
        }
      }
      eSizes = Arrays.copyOf(sz, m);
      eStrides = new int[nOps + 1][];
      for (int k = 0; k <= nOps; k++) {
        eStrides[k] = Arrays.copyOf(st[k], m);
      }
    }
  }
}
