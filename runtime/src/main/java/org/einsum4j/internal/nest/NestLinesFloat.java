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
