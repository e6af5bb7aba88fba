/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.nest;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.einsum4j.internal.gemm.LaneSums;
import org.einsum4j.internal.gemm.VectorBits;

/**
 * The line kernels of {@link NestLinesFloat} on the Vector API, for lines and output lines of stride 1 (the
 * strides are not read): full vectors in the loop, the last {@code n} modulo the lane count by the scalar
 * kernels, without masks. Loaded only when the {@code jdk.incubator.vector} module is present; {@code
 * -Deinsum4j.vectorBits=128|256|512} forces a width. {@code NestVectorDouble} is the {@code double} twin,
 * generated from this file. Internal, not API.
 */
final class NestVectorFloat extends NestLinesFloat {
  private static final VectorSpecies<Float> S = VectorSpecies.of(float.class, VectorBits.shape());
  private static final int VL = S.length();

  NestVectorFloat() {}

  @Override
  void product(int lines, float c, float[][] x, int[] xo, int[] xs, float[] out, int oo, int os, int n,
      boolean add) {
    int ub = S.loopBound(n);
    FloatVector vc = FloatVector.broadcast(S, c);
    int i = 0;
    switch (lines) {
      case 0:
        for (; i < ub; i += VL) {
          (add ? FloatVector.fromArray(S, out, oo + i).add(vc) : vc).intoArray(out, oo + i);
        }
        break;
      case 1: {
        float[] a = x[0];
        int p = xo[0];
        if (add) {
          for (; i < ub; i += VL) {
            FloatVector.fromArray(S, a, p + i).mul(vc).add(FloatVector.fromArray(S, out, oo + i))
                .intoArray(out, oo + i);
          }
        } else {
          for (; i < ub; i += VL) {
            FloatVector.fromArray(S, a, p + i).mul(vc).intoArray(out, oo + i);
          }
        }
        break;
      }
      case 2: {
        float[] a = x[0];
        float[] b = x[1];
        int p = xo[0];
        int q = xo[1];
        if (add) {
          for (; i < ub; i += VL) {
            FloatVector.fromArray(S, a, p + i).mul(FloatVector.fromArray(S, b, q + i)).mul(vc)
                .add(FloatVector.fromArray(S, out, oo + i)).intoArray(out, oo + i);
          }
        } else {
          for (; i < ub; i += VL) {
            FloatVector.fromArray(S, a, p + i).mul(FloatVector.fromArray(S, b, q + i)).mul(vc)
                .intoArray(out, oo + i);
          }
        }
        break;
      }
      case 3: {
        float[] a = x[0];
        float[] b = x[1];
        float[] d = x[2];
        int p = xo[0];
        int q = xo[1];
        int r = xo[2];
        for (; i < ub; i += VL) {
          FloatVector v = FloatVector.fromArray(S, a, p + i).mul(FloatVector.fromArray(S, b, q + i))
              .mul(FloatVector.fromArray(S, d, r + i)).mul(vc);
          (add ? v.add(FloatVector.fromArray(S, out, oo + i)) : v).intoArray(out, oo + i);
        }
        break;
      }
      default:
        for (; i < ub; i += VL) {
          FloatVector v = FloatVector.fromArray(S, x[0], xo[0] + i);
          for (int j = 1; j < lines; j++) {
            v = v.mul(FloatVector.fromArray(S, x[j], xo[j] + i));
          }
          v = v.mul(vc);
          (add ? v.add(FloatVector.fromArray(S, out, oo + i)) : v).intoArray(out, oo + i);
        }
    }
    if (i < n) {
      shift(xo, lines, i);
      super.product(lines, c, x, xo, xs, out, oo + i, os, n - i, add);
      shift(xo, lines, -i);
    }
  }

  @Override
  void productSum(int lines, float[][] x, int[] xo, int[] xs, int[] xr, int scalars, float[][] sx, int[] so,
      int[] sr, int count, float[] out, int oo, int os, int n, boolean add) {
    if (lines < 1 || lines > 2 || n < VL) {
      super.productSum(lines, x, xo, xs, xr, scalars, sx, so, sr, count, out, oo, os, n, add);
      return;
    }
    float[] a = x[0];
    float[] b = lines == 2 ? x[1] : null;
    int p = xo[0];
    int pr = xr[0];
    int q = lines == 2 ? xo[1] : 0;
    int qr = lines == 2 ? xr[1] : 0;
    int i = 0;
    if (n >= 8 * VL && pr == n && (b == null || qr == n)) {
      // consecutive steps' lines are adjacent: the piece is one run of memory, and read front to back, one whole
      // line per step added into the output line (in the level-1 cache), it streams at the memory's speed; the
      // blocks below would walk it in columns a line apart (middle_sum, ijk->ik: 1.3x faster so)
      int ub = S.loopBound(n);
      for (int r = 0, pa = p, qb = q; r < count; r++, pa += pr, qb += qr) {
        FloatVector c = FloatVector.broadcast(S, coefficient(scalars, sx, so, sr, r));
        boolean first = r == 0 && !add;
        for (int j = 0; j < ub; j += VL) {
          FloatVector v = FloatVector.fromArray(S, a, pa + j);
          if (b != null) {
            v = v.mul(FloatVector.fromArray(S, b, qb + j));
          }
          v.fma(c, first ? FloatVector.zero(S) : FloatVector.fromArray(S, out, oo + j)).intoArray(out, oo + j);
        }
      }
      i = ub;
    }
    // blocks of eight vectors, then single vectors, held in registers across the reduced steps
    for (; i + 8 * VL <= n; i += 8 * VL) {
      FloatVector s0 = start(add, out, oo + i);
      FloatVector s1 = start(add, out, oo + i + VL);
      FloatVector s2 = start(add, out, oo + i + 2 * VL);
      FloatVector s3 = start(add, out, oo + i + 3 * VL);
      FloatVector s4 = start(add, out, oo + i + 4 * VL);
      FloatVector s5 = start(add, out, oo + i + 5 * VL);
      FloatVector s6 = start(add, out, oo + i + 6 * VL);
      FloatVector s7 = start(add, out, oo + i + 7 * VL);
      if (b == null) {
        for (int r = 0, pa = p + i; r < count; r++, pa += pr) {
          FloatVector c = FloatVector.broadcast(S, coefficient(scalars, sx, so, sr, r));
          s0 = FloatVector.fromArray(S, a, pa).fma(c, s0);
          s1 = FloatVector.fromArray(S, a, pa + VL).fma(c, s1);
          s2 = FloatVector.fromArray(S, a, pa + 2 * VL).fma(c, s2);
          s3 = FloatVector.fromArray(S, a, pa + 3 * VL).fma(c, s3);
          s4 = FloatVector.fromArray(S, a, pa + 4 * VL).fma(c, s4);
          s5 = FloatVector.fromArray(S, a, pa + 5 * VL).fma(c, s5);
          s6 = FloatVector.fromArray(S, a, pa + 6 * VL).fma(c, s6);
          s7 = FloatVector.fromArray(S, a, pa + 7 * VL).fma(c, s7);
        }
      } else {
        for (int r = 0, pa = p + i, qb = q + i; r < count; r++, pa += pr, qb += qr) {
          FloatVector c = FloatVector.broadcast(S, coefficient(scalars, sx, so, sr, r));
          s0 = FloatVector.fromArray(S, a, pa).mul(FloatVector.fromArray(S, b, qb)).fma(c, s0);
          s1 = FloatVector.fromArray(S, a, pa + VL).mul(FloatVector.fromArray(S, b, qb + VL)).fma(c, s1);
          s2 = FloatVector.fromArray(S, a, pa + 2 * VL).mul(FloatVector.fromArray(S, b, qb + 2 * VL)).fma(c, s2);
          s3 = FloatVector.fromArray(S, a, pa + 3 * VL).mul(FloatVector.fromArray(S, b, qb + 3 * VL)).fma(c, s3);
          s4 = FloatVector.fromArray(S, a, pa + 4 * VL).mul(FloatVector.fromArray(S, b, qb + 4 * VL)).fma(c, s4);
          s5 = FloatVector.fromArray(S, a, pa + 5 * VL).mul(FloatVector.fromArray(S, b, qb + 5 * VL)).fma(c, s5);
          s6 = FloatVector.fromArray(S, a, pa + 6 * VL).mul(FloatVector.fromArray(S, b, qb + 6 * VL)).fma(c, s6);
          s7 = FloatVector.fromArray(S, a, pa + 7 * VL).mul(FloatVector.fromArray(S, b, qb + 7 * VL)).fma(c, s7);
        }
      }
      s0.intoArray(out, oo + i);
      s1.intoArray(out, oo + i + VL);
      s2.intoArray(out, oo + i + 2 * VL);
      s3.intoArray(out, oo + i + 3 * VL);
      s4.intoArray(out, oo + i + 4 * VL);
      s5.intoArray(out, oo + i + 5 * VL);
      s6.intoArray(out, oo + i + 6 * VL);
      s7.intoArray(out, oo + i + 7 * VL);
    }
    for (; i + VL <= n; i += VL) {
      FloatVector s0 = start(add, out, oo + i);
      for (int r = 0, pa = p + i, qb = q + i; r < count; r++, pa += pr, qb += qr) {
        FloatVector c = FloatVector.broadcast(S, coefficient(scalars, sx, so, sr, r));
        FloatVector v = FloatVector.fromArray(S, a, pa);
        s0 = (b == null ? v : v.mul(FloatVector.fromArray(S, b, qb))).fma(c, s0);
      }
      s0.intoArray(out, oo + i);
    }
    if (i < n) {
      shift(xo, lines, i);
      super.productSum(lines, x, xo, xs, xr, scalars, sx, so, sr, count, out, oo + i, os, n - i, add);
      shift(xo, lines, -i);
    }
  }

  @Override
  float dot(int lines, float[][] x, int[] xo, int[] xs, int n) {
    if (lines == 0 || n < VL) {
      return super.dot(lines, x, xo, xs, n);
    }
    FloatVector s0 = FloatVector.zero(S);
    FloatVector s1 = FloatVector.zero(S);
    FloatVector s2 = FloatVector.zero(S);
    FloatVector s3 = FloatVector.zero(S);
    int ub = S.loopBound(n);
    int ub4 = n - n % (4 * VL);
    int i = 0;
    switch (lines) {
      case 1: {
        float[] a = x[0];
        int p = xo[0];
        for (; i < ub4; i += 4 * VL) {
          s0 = s0.add(FloatVector.fromArray(S, a, p + i));
          s1 = s1.add(FloatVector.fromArray(S, a, p + i + VL));
          s2 = s2.add(FloatVector.fromArray(S, a, p + i + 2 * VL));
          s3 = s3.add(FloatVector.fromArray(S, a, p + i + 3 * VL));
        }
        for (; i < ub; i += VL) {
          s0 = s0.add(FloatVector.fromArray(S, a, p + i));
        }
        break;
      }
      case 2: {
        float[] a = x[0];
        float[] b = x[1];
        int p = xo[0];
        int q = xo[1];
        for (; i < ub4; i += 4 * VL) {
          s0 = FloatVector.fromArray(S, a, p + i).fma(FloatVector.fromArray(S, b, q + i), s0);
          s1 = FloatVector.fromArray(S, a, p + i + VL).fma(FloatVector.fromArray(S, b, q + i + VL), s1);
          s2 = FloatVector.fromArray(S, a, p + i + 2 * VL).fma(FloatVector.fromArray(S, b, q + i + 2 * VL), s2);
          s3 = FloatVector.fromArray(S, a, p + i + 3 * VL).fma(FloatVector.fromArray(S, b, q + i + 3 * VL), s3);
        }
        for (; i < ub; i += VL) {
          s0 = FloatVector.fromArray(S, a, p + i).fma(FloatVector.fromArray(S, b, q + i), s0);
        }
        break;
      }
      default:
        for (; i < ub; i += VL) {
          FloatVector v = FloatVector.fromArray(S, x[0], xo[0] + i);
          for (int j = 1; j < lines - 1; j++) {
            v = v.mul(FloatVector.fromArray(S, x[j], xo[j] + i));
          }
          s0 = v.fma(FloatVector.fromArray(S, x[lines - 1], xo[lines - 1] + i), s0);
        }
    }
    float s = LaneSums.sumLanes(s0.add(s1).add(s2.add(s3)));
    if (i < n) {
      shift(xo, lines, i);
      s += super.dot(lines, x, xo, xs, n - i);
      shift(xo, lines, -i);
    }
    return s;
  }

  /** The first value of an accumulator: the output's, when adding into it, else zero. */
  private static FloatVector start(boolean add, float[] out, int at) {
    return add ? FloatVector.fromArray(S, out, at) : FloatVector.zero(S);
  }

  /** Moves the first {@code lines} offsets by {@code by}. */
  private static void shift(int[] xo, int lines, int by) {
    for (int j = 0; j < lines; j++) {
      xo[j] += by;
    }
  }
}
