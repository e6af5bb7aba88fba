/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.nest;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
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
    float s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    if (i < n) {
      shift(xo, lines, i);
      s += super.dot(lines, x, xo, xs, n - i);
      shift(xo, lines, -i);
    }
    return s;
  }

  /** Moves the first {@code lines} offsets by {@code by}. */
  private static void shift(int[] xo, int lines, int by) {
    for (int j = 0; j < lines; j++) {
      xo[j] += by;
    }
  }
}
