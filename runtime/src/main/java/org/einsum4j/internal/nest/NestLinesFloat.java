/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.nest;

import org.einsum4j.internal.VectorSupport;

/**
 * The line kernels of the nest engine over {@code float} arrays, in scalar code for any strides: what runs for
 * strided lines, and for every line without the {@code jdk.incubator.vector} module. {@code NestVectorFloat}
 * overrides them with Vector API loops for lines of stride 1. {@link NestLinesDouble} is the {@code double}
 * twin, generated from this file. Internal, not API.
 *
 * <p>A line is a run of {@code n} elements of one array, from an offset, with a stride. The kernels are
 * specialized for up to three lines and loop over the lines beyond that.
 */
public class NestLinesFloat {
  /** The scalar kernels, for lines of any stride. */
  static final NestLinesFloat STRIDED = new NestLinesFloat();
  /** The kernels for lines of stride 1: the Vector API ones when the module is present, else {@link #STRIDED}. */
  static final NestLinesFloat UNIT = choose();

  NestLinesFloat() {}

  private static NestLinesFloat choose() {
    if (VectorSupport.vectorAllowed()) {
      try {
        return (NestLinesFloat) Class.forName("org.einsum4j.internal.nest.NestVectorFloat")
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        // Fall through to the scalar kernels.
      }
    }
    VectorSupport.scalarChosen();
    return STRIDED;
  }

  /** Returns the name of the unit-stride kernels in use, {@code NestVector} or {@code NestLines} (for tests). */
  static String unitKernels() {
    return UNIT == STRIDED ? "NestLines" : "NestVector";
  }

  /**
   * Writes the product of {@code lines} lines and {@code c} into an output line: for {@code i < n},
   * {@code out[oo + i·os] = x[0][xo[0] + i·xs[0]] · ... · x[lines-1][...] · c}, plus the old value when
   * {@code add}. The factors are multiplied in that order, then the old value added.
   *
   * @param lines the number of lines
   * @param c the scalar factor
   * @param x the lines' arrays
   * @param xo the lines' offsets
   * @param xs the lines' strides
   * @param out the output's array
   * @param oo the output line's offset
   * @param os the output line's stride
   * @param n the length
   * @param add whether to add into the output instead of overwriting it
   */
  void product(int lines, float c, float[][] x, int[] xo, int[] xs, float[] out, int oo, int os, int n,
      boolean add) {
    switch (lines) {
      case 0:
        for (int i = 0, o = oo; i < n; i++, o += os) {
          out[o] = add ? out[o] + c : c;
        }
        break;
      case 1: {
        float[] a = x[0];
        for (int i = 0, o = oo, p = xo[0], ps = xs[0]; i < n; i++, o += os, p += ps) {
          float v = a[p] * c;
          out[o] = add ? out[o] + v : v;
        }
        break;
      }
      case 2: {
        float[] a = x[0];
        float[] b = x[1];
        for (int i = 0, o = oo, p = xo[0], ps = xs[0], q = xo[1], qs = xs[1]; i < n; i++, o += os, p += ps,
            q += qs) {
          float v = a[p] * b[q] * c;
          out[o] = add ? out[o] + v : v;
        }
        break;
      }
      case 3: {
        float[] a = x[0];
        float[] b = x[1];
        float[] d = x[2];
        for (int i = 0, o = oo, p = xo[0], q = xo[1], r = xo[2]; i < n; i++, o += os, p += xs[0], q += xs[1],
            r += xs[2]) {
          float v = a[p] * b[q] * d[r] * c;
          out[o] = add ? out[o] + v : v;
        }
        break;
      }
      default:
        for (int i = 0, o = oo; i < n; i++, o += os) {
          float v = x[0][xo[0] + i * xs[0]];
          for (int j = 1; j < lines; j++) {
            v *= x[j][xo[j] + i * xs[j]];
          }
          v *= c;
          out[o] = add ? out[o] + v : v;
        }
    }
  }

  /**
   * Adds {@code count} products of lines into an output line: for {@code r < count}, the product of the lines
   * moved {@code r} steps along a reduced dimension ({@code xr}: each line's stride along it) times the product
   * of the scalars there ({@code sx[j][so[j] + r·sr[j]]}), summed into {@code out[oo + i·os]} for {@code i < n}
   * (added to the old value when {@code add}). The Vector API override keeps blocks of the output line in
   * registers across {@code r}; callers keep {@code count} at most {@link NestPlan#LEAF}.
   *
   * @param lines the number of lines
   * @param x the lines' arrays
   * @param xo the lines' offsets at {@code r = 0}
   * @param xs the lines' strides along the output line
   * @param xr the lines' strides along the reduced dimension
   * @param scalars the number of scalars
   * @param sx the scalars' arrays
   * @param so the scalars' offsets at {@code r = 0}
   * @param sr the scalars' strides along the reduced dimension
   * @param count the number of steps along the reduced dimension, at least 1
   * @param out the output's array
   * @param oo the output line's offset
   * @param os the output line's stride
   * @param n the length
   * @param add whether to add into the output instead of overwriting it
   */
  void productSum(int lines, float[][] x, int[] xo, int[] xs, int[] xr, int scalars, float[][] sx, int[] so,
      int[] sr, int count, float[] out, int oo, int os, int n, boolean add) {
    for (int r = 0; r < count; r++) {
      product(lines, coefficient(scalars, sx, so, sr, r), x, xo, xs, out, oo, os, n, add || r > 0);
      for (int j = 0; j < lines; j++) {
        xo[j] += xr[j];
      }
    }
    for (int j = 0; j < lines; j++) {
      xo[j] -= count * xr[j];
    }
  }

  /**
   * Writes {@code rows} output elements, each the dot product of {@link #dot} over {@code n} elements times the
   * product of the scalars: element {@code r} at {@code out[oo + r·os]} from the lines moved {@code r} steps
   * ({@code xr}: each line's stride from one element to the next) and the scalars there.
   *
   * @param lines the number of lines
   * @param x the lines' arrays
   * @param xo the lines' offsets for the first element
   * @param xs the lines' strides along the sum
   * @param xr the lines' strides from one output element to the next
   * @param scalars the number of scalars
   * @param sx the scalars' arrays
   * @param so the scalars' offsets for the first element
   * @param sr the scalars' strides from one output element to the next
   * @param rows the number of output elements
   * @param n the length of each sum, at most {@link NestPlan#CHUNK}
   * @param out the output's array
   * @param oo the first output element's offset
   * @param os the output's stride from one element to the next
   */
  void dots(int lines, float[][] x, int[] xo, int[] xs, int[] xr, int scalars, float[][] sx, int[] so, int[] sr,
      int rows, int n, float[] out, int oo, int os) {
    for (int r = 0; r < rows; r++) {
      out[oo + r * os] = coefficient(scalars, sx, so, sr, r) * dot(lines, x, xo, xs, n);
      for (int j = 0; j < lines; j++) {
        xo[j] += xr[j];
      }
    }
    for (int j = 0; j < lines; j++) {
      xo[j] -= rows * xr[j];
    }
  }

  /**
   * Writes {@code rows} output lines of {@link #product}, line {@code r} from the lines moved {@code r} steps
   * ({@code xr}) and the scalars there ({@code sr}), into {@code out} from {@code oo + r·or}.
   *
   * @param lines the number of lines
   * @param x the lines' arrays
   * @param xo the lines' offsets for the first output line
   * @param xs the lines' strides along an output line
   * @param xr the lines' strides from one output line to the next
   * @param scalars the number of scalars
   * @param sx the scalars' arrays
   * @param so the scalars' offsets for the first output line
   * @param sr the scalars' strides from one output line to the next
   * @param zero whether to write zeros (an empty sum) instead
   * @param rows the number of output lines
   * @param out the output's array
   * @param oo the first output line's offset
   * @param os the output's stride along a line
   * @param or the output's stride from one line to the next
   * @param n the length of a line
   */
  void products(int lines, float[][] x, int[] xo, int[] xs, int[] xr, int scalars, float[][] sx, int[] so,
      int[] sr, boolean zero, int rows, float[] out, int oo, int os, int or, int n) {
    for (int r = 0; r < rows; r++) {
      float c = zero ? 0 : coefficient(scalars, sx, so, sr, r);
      product(lines, c, x, xo, xs, out, oo + r * or, os, n, false);
      for (int j = 0; j < lines; j++) {
        xo[j] += xr[j];
      }
    }
    for (int j = 0; j < lines; j++) {
      xo[j] -= rows * xr[j];
    }
  }

  /** Returns the product of the scalars at step {@code r}: {@code 1} for none. */
  static float coefficient(int scalars, float[][] sx, int[] so, int[] sr, int r) {
    float c = 1;
    for (int j = 0; j < scalars; j++) {
      c *= sx[j][so[j] + r * sr[j]];
    }
    return c;
  }

  /**
   * Returns the sum over {@code i < n} of the products {@code x[0][xo[0] + i·xs[0]] · ... ·
   * x[lines-1][...]}: {@code n} itself for no lines. Callers keep {@code n} at most {@link NestPlan#CHUNK}
   * and sum the results pairwise.
   *
   * @param lines the number of lines
   * @param x the lines' arrays
   * @param xo the lines' offsets
   * @param xs the lines' strides
   * @param n the length
   * @return the sum
   */
  float dot(int lines, float[][] x, int[] xo, int[] xs, int n) {
    float s0 = 0;
    float s1 = 0;
    int i = 0;
    switch (lines) {
      case 0:
        return n;
      case 1: {
        float[] a = x[0];
        int p = xo[0];
        int ps = xs[0];
        for (; i + 1 < n; i += 2, p += 2 * ps) {
          s0 += a[p];
          s1 += a[p + ps];
        }
        if (i < n) {
          s0 += a[p];
        }
        break;
      }
      case 2: {
        float[] a = x[0];
        float[] b = x[1];
        int p = xo[0];
        int ps = xs[0];
        int q = xo[1];
        int qs = xs[1];
        for (; i + 1 < n; i += 2, p += 2 * ps, q += 2 * qs) {
          s0 += a[p] * b[q];
          s1 += a[p + ps] * b[q + qs];
        }
        if (i < n) {
          s0 += a[p] * b[q];
        }
        break;
      }
      default:
        for (; i < n; i++) {
          float v = x[0][xo[0] + i * xs[0]];
          for (int j = 1; j < lines; j++) {
            v *= x[j][xo[j] + i * xs[j]];
          }
          s0 += v;
        }
    }
    return s0 + s1;
  }
}
