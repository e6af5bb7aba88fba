/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.Arrays;
import org.einsum4j.DoubleTensor;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.layout.Layout;

/**
 * The last step of a generated {@code @EinsumGradient} method: fits the result {@code g} of the gradient einsum
 * onto the operand's term ({@code out = scale · fit(g)}, or {@code +=}). Along each distinct label of the
 * operand's term, and each of its {@code "..."} dimensions (aligned on the right, as they broadcast):
 * <ul>
 *   <li>a label or dimension {@code g} lacks, or has at size 1, is broadcast (the gradient is constant along it);
 *   <li>where the operand has size 1 but {@code g} more (a size-1 dimension that broadcast in the forward, or a
 *       leading {@code "..."} dimension the operand lacks), {@code g} is summed;
 *   <li>a label repeated in the term is one axis of a diagonal view of {@code out} (the sum of its axes' strides),
 *       so the gradient lands on the diagonal and stays zero elsewhere.
 * </ul>
 * Internal: for generated code.
 */
public final class GradientFit {
  private GradientFit() {}

  /**
   * {@code out = scale · fit(g)} or, with {@code accumulate}, {@code out += scale · fit(g)}. Checks everything
   * before writing.
   *
   * @param g the gradient einsum's result
   * @param gTerm its term, e.g. {@code "...ij"}
   * @param out where the gradient goes, of the operand's shape
   * @param wrt the operand (only its shape is read)
   * @param xTerm the operand's term in the forward spec, e.g. {@code "ii"}
   * @param scale the factor
   * @param accumulate whether to add into {@code out}
   * @param spec the forward spec, for messages
   * @param wrtName the operand's name, for messages
   */
  public static void fit(FloatTensor g, String gTerm, FloatTensor out, FloatTensor wrt, String xTerm, double scale,
      boolean accumulate, String spec, String wrtName) {
    checkOut(out.shape(), wrt.shape(), spec, wrtName);
    Walk w = walk(g.layout(), gTerm, out.layout(), xTerm, spec, wrtName);
    if (!accumulate) {
      out.fill(0f);
    }
    float[] src = g.array();
    float[] dst = out.array();
    if (w.count == 0) {
      return;
    }
    // the sums over size-1 dimensions accumulate in double: a float chain as long as the batch would lose digits
    double[] acc = new double[dst.length];
    int[] index = new int[w.extents.length];
    int gi = w.gOffset;
    int xi = w.xOffset;
    int last = w.extents.length - 1;
    while (last >= 0) {
      int n = w.extents[last];
      int gs = w.gStrides[last];
      int xs = w.xStrides[last];
      for (int i = 0; i < n; i++) {
        acc[xi + i * xs] += src[gi + i * gs];
      }
      int a = last - 1;
      while (a >= 0 && ++index[a] == w.extents[a]) {
        gi -= (w.extents[a] - 1) * w.gStrides[a];
        xi -= (w.extents[a] - 1) * w.xStrides[a];
        index[a] = 0;
        a--;
      }
      if (a < 0) {
        break;
      }
      gi += w.gStrides[a];
      xi += w.xStrides[a];
    }
    if (last < 0) {
      acc[xi] += src[gi];
    }
    // every element of out, once
    int[] shape = out.shape();
    int[] strides = out.strides();
    int[] at = new int[shape.length];
    int o = out.offset();
    for (long e = 0, n = out.size(); e < n; e++) {
      dst[o] += (float) (scale * acc[o]);
      for (int d = shape.length - 1; d >= 0; d--) {
        o += strides[d];
        if (++at[d] < shape[d]) {
          break;
        }
        o -= strides[d] * shape[d];
        at[d] = 0;
      }
    }
  }

  /**
   * {@code out = scale · fit(g)} or, with {@code accumulate}, {@code out += scale · fit(g)}. Checks everything
   * before writing.
   *
   * @param g the gradient einsum's result
   * @param gTerm its term, e.g. {@code "...ij"}
   * @param out where the gradient goes, of the operand's shape
   * @param wrt the operand (only its shape is read)
   * @param xTerm the operand's term in the forward spec, e.g. {@code "ii"}
   * @param scale the factor
   * @param accumulate whether to add into {@code out}
   * @param spec the forward spec, for messages
   * @param wrtName the operand's name, for messages
   */
  public static void fit(DoubleTensor g, String gTerm, DoubleTensor out, DoubleTensor wrt, String xTerm,
      double scale, boolean accumulate, String spec, String wrtName) {
    checkOut(out.shape(), wrt.shape(), spec, wrtName);
    Walk w = walk(g.layout(), gTerm, out.layout(), xTerm, spec, wrtName);
    if (!accumulate) {
      out.fill(0d);
    }
    double[] src = g.array();
    double[] dst = out.array();
    int[] index = new int[w.extents.length];
    int gi = w.gOffset;
    int xi = w.xOffset;
    if (w.count == 0) {
      return;
    }
    int last = w.extents.length - 1;
    while (true) {
      if (last < 0) {
        dst[xi] += scale * src[gi];
        return;
      }
      int n = w.extents[last];
      int gs = w.gStrides[last];
      int xs = w.xStrides[last];
      for (int i = 0; i < n; i++) {
        dst[xi + i * xs] += scale * src[gi + i * gs];
      }
      int a = last - 1;
      while (a >= 0 && ++index[a] == w.extents[a]) {
        gi -= (w.extents[a] - 1) * w.gStrides[a];
        xi -= (w.extents[a] - 1) * w.xStrides[a];
        index[a] = 0;
        a--;
      }
      if (a < 0) {
        return;
      }
      gi += w.gStrides[a];
      xi += w.xStrides[a];
    }
  }

  /**
   * Throws unless {@code out} has the operand's shape.
   *
   * @param outShape the shape of the tensor that receives the gradient
   * @param wrtShape the operand's shape
   * @param spec the forward spec, for the message
   * @param wrtName the operand's name, for the message
   */
  public static void checkOut(int[] outShape, int[] wrtShape, String spec, String wrtName) {
    if (!Arrays.equals(outShape, wrtShape)) {
      throw new EinsumShapeException("einsum \"" + spec + "\": the gradient with respect to '" + wrtName
          + "' has its shape " + Arrays.toString(wrtShape) + ", but out is " + Arrays.toString(outShape));
    }
  }

  /**
   * Returns the size of a label in a tensor, the largest over the axes that carry it (1 if none does).
   *
   * @param shape the tensor's shape
   * @param term its term, e.g. {@code "i...j"}
   * @param label the label
   * @return the size
   */
  public static int labelSize(int[] shape, String term, char label) {
    int at = term.indexOf("...");
    String labels = term.replace("...", "");
    int ell = shape.length - labels.length();
    int size = 1;
    for (int i = 0; i < labels.length(); i++) {
      if (labels.charAt(i) == label) {
        int axis = at >= 0 && i >= at ? i + ell : i;
        if (axis >= 0 && axis < shape.length) {
          size = Math.max(size, shape[axis]);
        }
      }
    }
    return size;
  }

  /** The loop over the fit: one entry per distinct label and {@code "..."} dimension. */
  private static final class Walk {
    int[] extents;
    int[] gStrides;
    int[] xStrides;
    int gOffset;
    int xOffset;
    long count;
  }

  private static Walk walk(Layout g, String gTerm, Layout x, String xTerm, String spec, String wrtName) {
    int gAt = gTerm.indexOf("...");
    String gl = gTerm.replace("...", "");
    int xAt = xTerm.indexOf("...");
    String xl = xTerm.replace("...", "");
    int nEllG = g.rank() - gl.length();
    int nEllX = x.rank() - xl.length();
    if (nEllX < 0 || (xAt < 0 && nEllX != 0)) {
      throw new EinsumShapeException("einsum \"" + spec + "\": '" + wrtName + "' has " + x.rank()
          + " dimension(s) but its term \"" + xTerm + "\" needs " + (xAt < 0 ? "" : "at least ") + xl.length());
    }
    if (nEllX > nEllG) {
      throw new EinsumShapeException("einsum \"" + spec + "\": '" + wrtName + "' has " + nEllX
          + " \"...\" dimension(s) but the result has only " + nEllG);
    }
    int dims = nEllG;
    for (int i = 0; i < xl.length(); i++) {
      dims += xl.indexOf(xl.charAt(i)) == i ? 1 : 0;
    }
    Walk w = new Walk();
    w.extents = new int[dims];
    w.gStrides = new int[dims];
    w.xStrides = new int[dims];
    w.gOffset = g.offset();
    w.xOffset = x.offset();
    int d = 0;
    for (int t = 0; t < nEllG; t++) {
      int gAxis = gAt + t;
      int xt = t - (nEllG - nEllX);
      int xSize = 1;
      int xStride = 0;
      if (xt >= 0) {
        xSize = x.size(xAt + xt);
        xStride = x.stride(xAt + xt);
      }
      combine(w, d++, g.size(gAxis), g.stride(gAxis), xSize, xStride, "\"...\" dimension " + t, spec, wrtName);
    }
    for (int i = 0; i < xl.length(); i++) {
      char c = xl.charAt(i);
      if (xl.indexOf(c) != i) {
        continue;
      }
      int xSize = -1;
      int xStride = 0;
      for (int j = i; j < xl.length(); j++) {
        if (xl.charAt(j) == c) {
          int axis = xAt >= 0 && j >= xAt ? j + nEllX : j;
          if (xSize >= 0 && x.size(axis) != xSize) {
            throw new EinsumShapeException("einsum \"" + spec + "\": label '" + c + "' repeats in '" + wrtName
                + "' with sizes " + xSize + " and " + x.size(axis));
          }
          xSize = x.size(axis);
          xStride += x.stride(axis);
        }
      }
      int k = gl.indexOf(c);
      int gAxis = gAt >= 0 && k >= gAt ? k + nEllG : k;
      combine(w, d++, k < 0 ? 1 : g.size(gAxis), k < 0 ? 0 : g.stride(gAxis), xSize, xStride,
          "label '" + c + "'", spec, wrtName);
    }
    long count = 1;
    for (int e : w.extents) {
      count *= e;
    }
    w.count = count;
    return w;
  }

  private static void combine(Walk w, int d, int gSize, int gStride, int xSize, int xStride, String what,
      String spec, String wrtName) {
    if (gSize == xSize) {
      w.extents[d] = gSize;
      w.gStrides[d] = gStride;
      w.xStrides[d] = xStride;
    } else if (xSize == 1) {
      w.extents[d] = gSize;
      w.gStrides[d] = gStride;
      w.xStrides[d] = 0;
    } else if (gSize == 1) {
      w.extents[d] = xSize;
      w.gStrides[d] = 0;
      w.xStrides[d] = xStride;
    } else {
      throw new EinsumShapeException("einsum \"" + spec + "\": " + what + " is " + xSize + " in '" + wrtName
          + "' but " + gSize + " in the other operands");
    }
  }
}
