/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API implementation of {@link GemmKernels}, and with {@link VectorBits} and {@link PackVector} the
 * only classes that name {@code jdk.incubator.vector}. {@link Gemm} loads it reflectively, only when the module
 * is present. Internal, not API.
 *
 * <p>The species is chosen once, from {@code -Deinsum4j.vectorBits} (128, 256 or 512; unset or anything else
 * means the preferred species), and kept in {@code static final} fields so that C2 folds it into constants
 * and intrinsifies every vector operation. A test that wants another width runs in a JVM of its own.
 *
 * <p>The micro-kernel holds an {@code 8 x 2}-vector tile of accumulators {@code c00 ... c71} (row, vector
 * column) in registers: 16 accumulators, 2 B vectors and one broadcast A value. On the AVX-512 machine this
 * was tuned on, it beat the {@code 8 x 3} tile (24 accumulators, still kept for {@code
 * -Deinsum4j.gemm.tileVectors=3}) by 15-25% on JDK 25 for every matrix-shaped workload measured. A narrower
 * kernel of 1 vector serves the last, narrower strip of B, so that a width such as 48 = 2 + 1 vectors of 16
 * does not compute a padded quarter of a tile. The {@code ...a} kernels read A in place instead of from a
 * packed strip, and B either packed or in place (its row stride is a parameter). The {@code ...l} kernels
 * serve lane-batched products ({@link Gemm#gemmLanes}): the same tile, with a vector of A per row and step
 * instead of a broadcast value.
 */
final class GemmVector extends GemmKernels {
  /** The float species in use. */
  static final VectorSpecies<Float> FS = VectorSpecies.of(float.class, VectorBits.shape());
  /** The double species in use. */
  static final VectorSpecies<Double> DS = VectorSpecies.of(double.class, VectorBits.shape());
  /** Float lanes per vector. */
  static final int FL = FS.length();
  /** Double lanes per vector. */
  static final int DL = DS.length();
  /** Vectors across a full micro-tile. */
  private static final int NRV = VectorBits.tileVectors();

  @Override
  int laneF() {
    return FL;
  }

  @Override
  int nrF() {
    return NRV * FL;
  }

  @Override
  int laneD() {
    return DL;
  }

  @Override
  int nrD() {
    return NRV * DL;
  }

  @Override
  void kernelF(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc) {
    if (w == 3 * FL) {
      f8x3(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else if (w == 2 * FL) {
      f8x2(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else {
      f8x1(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelD(int kc, double[] ap, int apOff, double[] bp, int bpOff, int w,
      double[] c, int cOff, int ldc, boolean acc) {
    if (w == 3 * DL) {
      d8x3(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else if (w == 2 * DL) {
      d8x2(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else {
      d8x1(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelDirectF(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bpOff, int w,
      int ldb, float[] c, int cOff, int ldc, boolean acc) {
    if (w == 2 * FL) {
      f8x2a(kc, a, aOff, aRs, aCs, mv, bp, bpOff, ldb, c, cOff, ldc, acc);
    } else if (w == FL) {
      f8x1a(kc, a, aOff, aRs, aCs, mv, bp, bpOff, ldb, c, cOff, ldc, acc);
    } else {
      super.kernelDirectF(kc, a, aOff, aRs, aCs, mv, bp, bpOff, w, ldb, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelDirectD(int kc, double[] a, int aOff, int aRs, int aCs, int mv, double[] bp, int bpOff, int w,
      int ldb, double[] c, int cOff, int ldc, boolean acc) {
    if (w == 2 * DL) {
      d8x2a(kc, a, aOff, aRs, aCs, mv, bp, bpOff, ldb, c, cOff, ldc, acc);
    } else if (w == DL) {
      d8x1a(kc, a, aOff, aRs, aCs, mv, bp, bpOff, ldb, c, cOff, ldc, acc);
    } else {
      super.kernelDirectD(kc, a, aOff, aRs, aCs, mv, bp, bpOff, w, ldb, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelLanesF(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc) {
    if (w == 2 * FL) {
      f8x2l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else if (w == FL) {
      f8x1l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else {
      super.kernelLanesF(kc, ap, apOff, bp, bpOff, w, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelLanesD(int kc, double[] ap, int apOff, double[] bp, int bpOff, int w,
      double[] c, int cOff, int ldc, boolean acc) {
    if (w == 2 * DL) {
      d8x2l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else if (w == DL) {
      d8x1l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else {
      super.kernelLanesD(kc, ap, apOff, bp, bpOff, w, c, cOff, ldc, acc);
    }
  }

  /** Transposes groups of 8 rows in registers ({@link PackVector}); other shapes and tails in scalar. */
  @Override
  void transposeF(int rows, int kb, float[] src, int sOff, int rs, float[] dst, int dOff, int ld) {
    int done = PackVector.fits(rows) ? PackVector.transposeF(rows, kb, src, sOff, rs, dst, dOff, ld) : 0;
    if (done < kb) {
      super.transposeF(rows, kb - done, src, sOff + done, rs, dst, dOff + done * ld, ld);
    }
  }

  /** The {@code double} twin of {@link #transposeF}, with groups of 8 rows when vectors hold 4 doubles or more. */
  @Override
  void transposeD(int rows, int kb, double[] src, int sOff, int rs, double[] dst, int dOff, int ld) {
    int done = PackVector.fitsD(rows) ? PackVector.transposeD(rows, kb, src, sOff, rs, dst, dOff, ld) : 0;
    if (done < kb) {
      super.transposeD(rows, kb - done, src, sOff + done, rs, dst, dOff + done * ld, ld);
    }
  }

  @Override
  float dotF(int n, float[] x, int xOff, float[] y, int yOff) {
    int i = 0;
    float s = 0;
    if (n >= 4 * FL) {
      FloatVector s0 = FloatVector.zero(FS);
      FloatVector s1 = FloatVector.zero(FS);
      FloatVector s2 = FloatVector.zero(FS);
      FloatVector s3 = FloatVector.zero(FS);
      int bound = n - 4 * FL;
      for (; i <= bound; i += 4 * FL) {
        s0 = FloatVector.fromArray(FS, x, xOff + i).fma(FloatVector.fromArray(FS, y, yOff + i), s0);
        s1 = FloatVector.fromArray(FS, x, xOff + i + FL)
            .fma(FloatVector.fromArray(FS, y, yOff + i + FL), s1);
        s2 = FloatVector.fromArray(FS, x, xOff + i + 2 * FL)
            .fma(FloatVector.fromArray(FS, y, yOff + i + 2 * FL), s2);
        s3 = FloatVector.fromArray(FS, x, xOff + i + 3 * FL)
            .fma(FloatVector.fromArray(FS, y, yOff + i + 3 * FL), s3);
      }
      int upper = FS.loopBound(n);
      for (; i < upper; i += FL) {
        s0 = FloatVector.fromArray(FS, x, xOff + i).fma(FloatVector.fromArray(FS, y, yOff + i), s0);
      }
      s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    }
    for (; i < n; i++) {
      s += x[xOff + i] * y[yOff + i];
    }
    return s;
  }

  @Override
  double dotD(int n, double[] x, int xOff, double[] y, int yOff) {
    int i = 0;
    double s = 0;
    if (n >= 4 * DL) {
      DoubleVector s0 = DoubleVector.zero(DS);
      DoubleVector s1 = DoubleVector.zero(DS);
      DoubleVector s2 = DoubleVector.zero(DS);
      DoubleVector s3 = DoubleVector.zero(DS);
      int bound = n - 4 * DL;
      for (; i <= bound; i += 4 * DL) {
        s0 = DoubleVector.fromArray(DS, x, xOff + i).fma(DoubleVector.fromArray(DS, y, yOff + i), s0);
        s1 = DoubleVector.fromArray(DS, x, xOff + i + DL)
            .fma(DoubleVector.fromArray(DS, y, yOff + i + DL), s1);
        s2 = DoubleVector.fromArray(DS, x, xOff + i + 2 * DL)
            .fma(DoubleVector.fromArray(DS, y, yOff + i + 2 * DL), s2);
        s3 = DoubleVector.fromArray(DS, x, xOff + i + 3 * DL)
            .fma(DoubleVector.fromArray(DS, y, yOff + i + 3 * DL), s3);
      }
      int upper = DS.loopBound(n);
      for (; i < upper; i += DL) {
        s0 = DoubleVector.fromArray(DS, x, xOff + i).fma(DoubleVector.fromArray(DS, y, yOff + i), s0);
      }
      s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    }
    for (; i < n; i++) {
      s += x[xOff + i] * y[yOff + i];
    }
    return s;
  }

  @Override
  void axpyF(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    int i = 0;
    if (n >= FL) {
      FloatVector av = FloatVector.broadcast(FS, alpha);
      int upper = FS.loopBound(n);
      for (; i < upper; i += FL) {
        FloatVector.fromArray(FS, x, xOff + i).fma(av, FloatVector.fromArray(FS, y, yOff + i))
            .intoArray(y, yOff + i);
      }
    }
    for (; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  @Override
  void axpyD(int n, double alpha, double[] x, int xOff, double[] y, int yOff) {
    int i = 0;
    if (n >= DL) {
      DoubleVector av = DoubleVector.broadcast(DS, alpha);
      int upper = DS.loopBound(n);
      for (; i < upper; i += DL) {
        DoubleVector.fromArray(DS, x, xOff + i).fma(av, DoubleVector.fromArray(DS, y, yOff + i))
            .intoArray(y, yOff + i);
      }
    }
    for (; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  /** The {@code 8 x 1}-vector float micro-kernel; see {@link #kernelF}. */
  private static void f8x1(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += FL) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector a0 = FloatVector.broadcast(FS, ap[ai]);
      c00 = a0.fma(b0, c00);
      FloatVector a1 = FloatVector.broadcast(FS, ap[ai + 1]);
      c10 = a1.fma(b0, c10);
      FloatVector a2 = FloatVector.broadcast(FS, ap[ai + 2]);
      c20 = a2.fma(b0, c20);
      FloatVector a3 = FloatVector.broadcast(FS, ap[ai + 3]);
      c30 = a3.fma(b0, c30);
      FloatVector a4 = FloatVector.broadcast(FS, ap[ai + 4]);
      c40 = a4.fma(b0, c40);
      FloatVector a5 = FloatVector.broadcast(FS, ap[ai + 5]);
      c50 = a5.fma(b0, c50);
      FloatVector a6 = FloatVector.broadcast(FS, ap[ai + 6]);
      c60 = a6.fma(b0, c60);
      FloatVector a7 = FloatVector.broadcast(FS, ap[ai + 7]);
      c70 = a7.fma(b0, c70);
    }
    c00.intoArray(c, co);
    c10.intoArray(c, co + ldc);
    c20.intoArray(c, co + 2 * ldc);
    c30.intoArray(c, co + 3 * ldc);
    c40.intoArray(c, co + 4 * ldc);
    c50.intoArray(c, co + 5 * ldc);
    c60.intoArray(c, co + 6 * ldc);
    c70.intoArray(c, co + 7 * ldc);
  }

  /** The {@code 8 x 2}-vector float micro-kernel; see {@link #kernelF}. */
  private static void f8x2(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c01 = acc ? FloatVector.fromArray(FS, c, co + FL) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c11 = acc ? FloatVector.fromArray(FS, c, co + ldc + FL) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c21 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c31 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c41 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c51 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c61 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    FloatVector c71 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc + FL) : FloatVector.zero(FS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 2 * FL) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector b1 = FloatVector.fromArray(FS, bp, bi + FL);
      FloatVector a0 = FloatVector.broadcast(FS, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(FS, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(FS, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(FS, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.broadcast(FS, ap[ai + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.broadcast(FS, ap[ai + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      FloatVector a6 = FloatVector.broadcast(FS, ap[ai + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      FloatVector a7 = FloatVector.broadcast(FS, ap[ai + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + FL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + FL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + FL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + FL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + FL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + FL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + FL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + FL);
  }

  /** The {@code 8 x 3}-vector float micro-kernel; see {@link #kernelF}. */
  private static void f8x3(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c01 = acc ? FloatVector.fromArray(FS, c, co + FL) : FloatVector.zero(FS);
    FloatVector c02 = acc ? FloatVector.fromArray(FS, c, co + 2 * FL) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c11 = acc ? FloatVector.fromArray(FS, c, co + ldc + FL) : FloatVector.zero(FS);
    FloatVector c12 = acc ? FloatVector.fromArray(FS, c, co + ldc + 2 * FL) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c21 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c22 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc + 2 * FL) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c31 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c32 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc + 2 * FL) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c41 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c42 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc + 2 * FL) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c51 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c52 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc + 2 * FL) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c61 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c62 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc + 2 * FL) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    FloatVector c71 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c72 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc + 2 * FL) : FloatVector.zero(FS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 3 * FL) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector b1 = FloatVector.fromArray(FS, bp, bi + FL);
      FloatVector b2 = FloatVector.fromArray(FS, bp, bi + 2 * FL);
      FloatVector a0 = FloatVector.broadcast(FS, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02);
      FloatVector a1 = FloatVector.broadcast(FS, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12);
      FloatVector a2 = FloatVector.broadcast(FS, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22);
      FloatVector a3 = FloatVector.broadcast(FS, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32);
      FloatVector a4 = FloatVector.broadcast(FS, ap[ai + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41); c42 = a4.fma(b2, c42);
      FloatVector a5 = FloatVector.broadcast(FS, ap[ai + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51); c52 = a5.fma(b2, c52);
      FloatVector a6 = FloatVector.broadcast(FS, ap[ai + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61); c62 = a6.fma(b2, c62);
      FloatVector a7 = FloatVector.broadcast(FS, ap[ai + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71); c72 = a7.fma(b2, c72);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + FL);
    c02.intoArray(c, co + 2 * FL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + FL);
    c12.intoArray(c, co + ldc + 2 * FL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + FL);
    c22.intoArray(c, co + 2 * ldc + 2 * FL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + FL);
    c32.intoArray(c, co + 3 * ldc + 2 * FL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + FL);
    c42.intoArray(c, co + 4 * ldc + 2 * FL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + FL);
    c52.intoArray(c, co + 5 * ldc + 2 * FL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + FL);
    c62.intoArray(c, co + 6 * ldc + 2 * FL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + FL);
    c72.intoArray(c, co + 7 * ldc + 2 * FL);
  }

  /** The {@code 8 x 1}-vector double micro-kernel; see {@link #kernelD}. */
  private static void d8x1(int kc, double[] ap, int ao, double[] bp, int bo,
      double[] c, int co, int ldc, boolean acc) {
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += DL) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector a0 = DoubleVector.broadcast(DS, ap[ai]);
      c00 = a0.fma(b0, c00);
      DoubleVector a1 = DoubleVector.broadcast(DS, ap[ai + 1]);
      c10 = a1.fma(b0, c10);
      DoubleVector a2 = DoubleVector.broadcast(DS, ap[ai + 2]);
      c20 = a2.fma(b0, c20);
      DoubleVector a3 = DoubleVector.broadcast(DS, ap[ai + 3]);
      c30 = a3.fma(b0, c30);
      DoubleVector a4 = DoubleVector.broadcast(DS, ap[ai + 4]);
      c40 = a4.fma(b0, c40);
      DoubleVector a5 = DoubleVector.broadcast(DS, ap[ai + 5]);
      c50 = a5.fma(b0, c50);
      DoubleVector a6 = DoubleVector.broadcast(DS, ap[ai + 6]);
      c60 = a6.fma(b0, c60);
      DoubleVector a7 = DoubleVector.broadcast(DS, ap[ai + 7]);
      c70 = a7.fma(b0, c70);
    }
    c00.intoArray(c, co);
    c10.intoArray(c, co + ldc);
    c20.intoArray(c, co + 2 * ldc);
    c30.intoArray(c, co + 3 * ldc);
    c40.intoArray(c, co + 4 * ldc);
    c50.intoArray(c, co + 5 * ldc);
    c60.intoArray(c, co + 6 * ldc);
    c70.intoArray(c, co + 7 * ldc);
  }

  /** The {@code 8 x 2}-vector double micro-kernel; see {@link #kernelD}. */
  private static void d8x2(int kc, double[] ap, int ao, double[] bp, int bo,
      double[] c, int co, int ldc, boolean acc) {
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c01 = acc ? DoubleVector.fromArray(DS, c, co + DL) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c11 = acc ? DoubleVector.fromArray(DS, c, co + ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c21 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c31 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c41 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c51 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c61 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    DoubleVector c71 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc + DL) : DoubleVector.zero(DS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 2 * DL) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector b1 = DoubleVector.fromArray(DS, bp, bi + DL);
      DoubleVector a0 = DoubleVector.broadcast(DS, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      DoubleVector a1 = DoubleVector.broadcast(DS, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      DoubleVector a2 = DoubleVector.broadcast(DS, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      DoubleVector a3 = DoubleVector.broadcast(DS, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      DoubleVector a4 = DoubleVector.broadcast(DS, ap[ai + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      DoubleVector a5 = DoubleVector.broadcast(DS, ap[ai + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      DoubleVector a6 = DoubleVector.broadcast(DS, ap[ai + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      DoubleVector a7 = DoubleVector.broadcast(DS, ap[ai + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + DL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + DL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + DL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + DL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + DL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + DL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + DL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + DL);
  }

  /** The {@code 8 x 3}-vector double micro-kernel; see {@link #kernelD}. */
  private static void d8x3(int kc, double[] ap, int ao, double[] bp, int bo,
      double[] c, int co, int ldc, boolean acc) {
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c01 = acc ? DoubleVector.fromArray(DS, c, co + DL) : DoubleVector.zero(DS);
    DoubleVector c02 = acc ? DoubleVector.fromArray(DS, c, co + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c11 = acc ? DoubleVector.fromArray(DS, c, co + ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c12 = acc ? DoubleVector.fromArray(DS, c, co + ldc + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c21 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c22 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c31 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c32 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c41 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c42 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c51 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c52 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c61 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c62 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc + 2 * DL) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    DoubleVector c71 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c72 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc + 2 * DL) : DoubleVector.zero(DS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 3 * DL) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector b1 = DoubleVector.fromArray(DS, bp, bi + DL);
      DoubleVector b2 = DoubleVector.fromArray(DS, bp, bi + 2 * DL);
      DoubleVector a0 = DoubleVector.broadcast(DS, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02);
      DoubleVector a1 = DoubleVector.broadcast(DS, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12);
      DoubleVector a2 = DoubleVector.broadcast(DS, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22);
      DoubleVector a3 = DoubleVector.broadcast(DS, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32);
      DoubleVector a4 = DoubleVector.broadcast(DS, ap[ai + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41); c42 = a4.fma(b2, c42);
      DoubleVector a5 = DoubleVector.broadcast(DS, ap[ai + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51); c52 = a5.fma(b2, c52);
      DoubleVector a6 = DoubleVector.broadcast(DS, ap[ai + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61); c62 = a6.fma(b2, c62);
      DoubleVector a7 = DoubleVector.broadcast(DS, ap[ai + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71); c72 = a7.fma(b2, c72);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + DL);
    c02.intoArray(c, co + 2 * DL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + DL);
    c12.intoArray(c, co + ldc + 2 * DL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + DL);
    c22.intoArray(c, co + 2 * ldc + 2 * DL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + DL);
    c32.intoArray(c, co + 3 * ldc + 2 * DL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + DL);
    c42.intoArray(c, co + 4 * ldc + 2 * DL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + DL);
    c52.intoArray(c, co + 5 * ldc + 2 * DL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + DL);
    c62.intoArray(c, co + 6 * ldc + 2 * DL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + DL);
    c72.intoArray(c, co + 7 * ldc + 2 * DL);
  }

  /** The {@code 8 x 1}-vector float micro-kernel reading A in place; see {@link #kernelDirectF}. */
  private static void f8x1a(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bo,
      int ldb, float[] c, int co, int ldc, boolean acc) {
    int last = mv - 1;
    int a0 = aOff;
    int a1 = aOff + Math.min(1, last) * aRs;
    int a2 = aOff + Math.min(2, last) * aRs;
    int a3 = aOff + Math.min(3, last) * aRs;
    int a4 = aOff + Math.min(4, last) * aRs;
    int a5 = aOff + Math.min(5, last) * aRs;
    int a6 = aOff + Math.min(6, last) * aRs;
    int a7 = aOff + Math.min(7, last) * aRs;
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector x0 = FloatVector.broadcast(FS, a[a0 + pa]);
      c00 = x0.fma(b0, c00);
      FloatVector x1 = FloatVector.broadcast(FS, a[a1 + pa]);
      c10 = x1.fma(b0, c10);
      FloatVector x2 = FloatVector.broadcast(FS, a[a2 + pa]);
      c20 = x2.fma(b0, c20);
      FloatVector x3 = FloatVector.broadcast(FS, a[a3 + pa]);
      c30 = x3.fma(b0, c30);
      FloatVector x4 = FloatVector.broadcast(FS, a[a4 + pa]);
      c40 = x4.fma(b0, c40);
      FloatVector x5 = FloatVector.broadcast(FS, a[a5 + pa]);
      c50 = x5.fma(b0, c50);
      FloatVector x6 = FloatVector.broadcast(FS, a[a6 + pa]);
      c60 = x6.fma(b0, c60);
      FloatVector x7 = FloatVector.broadcast(FS, a[a7 + pa]);
      c70 = x7.fma(b0, c70);
    }
    c00.intoArray(c, co);
    c10.intoArray(c, co + ldc);
    c20.intoArray(c, co + 2 * ldc);
    c30.intoArray(c, co + 3 * ldc);
    c40.intoArray(c, co + 4 * ldc);
    c50.intoArray(c, co + 5 * ldc);
    c60.intoArray(c, co + 6 * ldc);
    c70.intoArray(c, co + 7 * ldc);
  }

  /** The {@code 8 x 2}-vector float micro-kernel reading A in place; see {@link #kernelDirectF}. */
  private static void f8x2a(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bo,
      int ldb, float[] c, int co, int ldc, boolean acc) {
    int last = mv - 1;
    int a0 = aOff;
    int a1 = aOff + Math.min(1, last) * aRs;
    int a2 = aOff + Math.min(2, last) * aRs;
    int a3 = aOff + Math.min(3, last) * aRs;
    int a4 = aOff + Math.min(4, last) * aRs;
    int a5 = aOff + Math.min(5, last) * aRs;
    int a6 = aOff + Math.min(6, last) * aRs;
    int a7 = aOff + Math.min(7, last) * aRs;
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c01 = acc ? FloatVector.fromArray(FS, c, co + FL) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c11 = acc ? FloatVector.fromArray(FS, c, co + ldc + FL) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c21 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c31 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c41 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c51 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c61 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    FloatVector c71 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc + FL) : FloatVector.zero(FS);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector b1 = FloatVector.fromArray(FS, bp, bi + FL);
      FloatVector x0 = FloatVector.broadcast(FS, a[a0 + pa]);
      c00 = x0.fma(b0, c00); c01 = x0.fma(b1, c01);
      FloatVector x1 = FloatVector.broadcast(FS, a[a1 + pa]);
      c10 = x1.fma(b0, c10); c11 = x1.fma(b1, c11);
      FloatVector x2 = FloatVector.broadcast(FS, a[a2 + pa]);
      c20 = x2.fma(b0, c20); c21 = x2.fma(b1, c21);
      FloatVector x3 = FloatVector.broadcast(FS, a[a3 + pa]);
      c30 = x3.fma(b0, c30); c31 = x3.fma(b1, c31);
      FloatVector x4 = FloatVector.broadcast(FS, a[a4 + pa]);
      c40 = x4.fma(b0, c40); c41 = x4.fma(b1, c41);
      FloatVector x5 = FloatVector.broadcast(FS, a[a5 + pa]);
      c50 = x5.fma(b0, c50); c51 = x5.fma(b1, c51);
      FloatVector x6 = FloatVector.broadcast(FS, a[a6 + pa]);
      c60 = x6.fma(b0, c60); c61 = x6.fma(b1, c61);
      FloatVector x7 = FloatVector.broadcast(FS, a[a7 + pa]);
      c70 = x7.fma(b0, c70); c71 = x7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + FL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + FL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + FL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + FL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + FL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + FL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + FL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + FL);
  }

  /** The {@code 8 x 1}-vector double micro-kernel reading A in place; see {@link #kernelDirectD}. */
  private static void d8x1a(int kc, double[] a, int aOff, int aRs, int aCs, int mv, double[] bp, int bo,
      int ldb, double[] c, int co, int ldc, boolean acc) {
    int last = mv - 1;
    int a0 = aOff;
    int a1 = aOff + Math.min(1, last) * aRs;
    int a2 = aOff + Math.min(2, last) * aRs;
    int a3 = aOff + Math.min(3, last) * aRs;
    int a4 = aOff + Math.min(4, last) * aRs;
    int a5 = aOff + Math.min(5, last) * aRs;
    int a6 = aOff + Math.min(6, last) * aRs;
    int a7 = aOff + Math.min(7, last) * aRs;
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector x0 = DoubleVector.broadcast(DS, a[a0 + pa]);
      c00 = x0.fma(b0, c00);
      DoubleVector x1 = DoubleVector.broadcast(DS, a[a1 + pa]);
      c10 = x1.fma(b0, c10);
      DoubleVector x2 = DoubleVector.broadcast(DS, a[a2 + pa]);
      c20 = x2.fma(b0, c20);
      DoubleVector x3 = DoubleVector.broadcast(DS, a[a3 + pa]);
      c30 = x3.fma(b0, c30);
      DoubleVector x4 = DoubleVector.broadcast(DS, a[a4 + pa]);
      c40 = x4.fma(b0, c40);
      DoubleVector x5 = DoubleVector.broadcast(DS, a[a5 + pa]);
      c50 = x5.fma(b0, c50);
      DoubleVector x6 = DoubleVector.broadcast(DS, a[a6 + pa]);
      c60 = x6.fma(b0, c60);
      DoubleVector x7 = DoubleVector.broadcast(DS, a[a7 + pa]);
      c70 = x7.fma(b0, c70);
    }
    c00.intoArray(c, co);
    c10.intoArray(c, co + ldc);
    c20.intoArray(c, co + 2 * ldc);
    c30.intoArray(c, co + 3 * ldc);
    c40.intoArray(c, co + 4 * ldc);
    c50.intoArray(c, co + 5 * ldc);
    c60.intoArray(c, co + 6 * ldc);
    c70.intoArray(c, co + 7 * ldc);
  }

  /** The {@code 8 x 2}-vector double micro-kernel reading A in place; see {@link #kernelDirectD}. */
  private static void d8x2a(int kc, double[] a, int aOff, int aRs, int aCs, int mv, double[] bp, int bo,
      int ldb, double[] c, int co, int ldc, boolean acc) {
    int last = mv - 1;
    int a0 = aOff;
    int a1 = aOff + Math.min(1, last) * aRs;
    int a2 = aOff + Math.min(2, last) * aRs;
    int a3 = aOff + Math.min(3, last) * aRs;
    int a4 = aOff + Math.min(4, last) * aRs;
    int a5 = aOff + Math.min(5, last) * aRs;
    int a6 = aOff + Math.min(6, last) * aRs;
    int a7 = aOff + Math.min(7, last) * aRs;
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c01 = acc ? DoubleVector.fromArray(DS, c, co + DL) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c11 = acc ? DoubleVector.fromArray(DS, c, co + ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c21 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c31 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c41 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c51 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c61 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    DoubleVector c71 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc + DL) : DoubleVector.zero(DS);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector b1 = DoubleVector.fromArray(DS, bp, bi + DL);
      DoubleVector x0 = DoubleVector.broadcast(DS, a[a0 + pa]);
      c00 = x0.fma(b0, c00); c01 = x0.fma(b1, c01);
      DoubleVector x1 = DoubleVector.broadcast(DS, a[a1 + pa]);
      c10 = x1.fma(b0, c10); c11 = x1.fma(b1, c11);
      DoubleVector x2 = DoubleVector.broadcast(DS, a[a2 + pa]);
      c20 = x2.fma(b0, c20); c21 = x2.fma(b1, c21);
      DoubleVector x3 = DoubleVector.broadcast(DS, a[a3 + pa]);
      c30 = x3.fma(b0, c30); c31 = x3.fma(b1, c31);
      DoubleVector x4 = DoubleVector.broadcast(DS, a[a4 + pa]);
      c40 = x4.fma(b0, c40); c41 = x4.fma(b1, c41);
      DoubleVector x5 = DoubleVector.broadcast(DS, a[a5 + pa]);
      c50 = x5.fma(b0, c50); c51 = x5.fma(b1, c51);
      DoubleVector x6 = DoubleVector.broadcast(DS, a[a6 + pa]);
      c60 = x6.fma(b0, c60); c61 = x6.fma(b1, c61);
      DoubleVector x7 = DoubleVector.broadcast(DS, a[a7 + pa]);
      c70 = x7.fma(b0, c70); c71 = x7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + DL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + DL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + DL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + DL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + DL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + DL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + DL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + DL);
  }

  /** The {@code 8 x 1}-vector float lane-batched micro-kernel; see {@link #kernelLanesF}. */
  private static void f8x1l(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * FL, bi += 1 * FL) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector a0 = FloatVector.fromArray(FS, ap, ai);
      c00 = a0.fma(b0, c00);
      FloatVector a1 = FloatVector.fromArray(FS, ap, ai + FL);
      c10 = a1.fma(b0, c10);
      FloatVector a2 = FloatVector.fromArray(FS, ap, ai + 2 * FL);
      c20 = a2.fma(b0, c20);
      FloatVector a3 = FloatVector.fromArray(FS, ap, ai + 3 * FL);
      c30 = a3.fma(b0, c30);
      FloatVector a4 = FloatVector.fromArray(FS, ap, ai + 4 * FL);
      c40 = a4.fma(b0, c40);
      FloatVector a5 = FloatVector.fromArray(FS, ap, ai + 5 * FL);
      c50 = a5.fma(b0, c50);
      FloatVector a6 = FloatVector.fromArray(FS, ap, ai + 6 * FL);
      c60 = a6.fma(b0, c60);
      FloatVector a7 = FloatVector.fromArray(FS, ap, ai + 7 * FL);
      c70 = a7.fma(b0, c70);
    }
    c00.intoArray(c, co);
    c10.intoArray(c, co + ldc);
    c20.intoArray(c, co + 2 * ldc);
    c30.intoArray(c, co + 3 * ldc);
    c40.intoArray(c, co + 4 * ldc);
    c50.intoArray(c, co + 5 * ldc);
    c60.intoArray(c, co + 6 * ldc);
    c70.intoArray(c, co + 7 * ldc);
  }

  /** The {@code 8 x 2}-vector float lane-batched micro-kernel; see {@link #kernelLanesF}. */
  private static void f8x2l(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(FS, c, co) : FloatVector.zero(FS);
    FloatVector c01 = acc ? FloatVector.fromArray(FS, c, co + FL) : FloatVector.zero(FS);
    FloatVector c10 = acc ? FloatVector.fromArray(FS, c, co + ldc) : FloatVector.zero(FS);
    FloatVector c11 = acc ? FloatVector.fromArray(FS, c, co + ldc + FL) : FloatVector.zero(FS);
    FloatVector c20 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc) : FloatVector.zero(FS);
    FloatVector c21 = acc ? FloatVector.fromArray(FS, c, co + 2 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c30 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc) : FloatVector.zero(FS);
    FloatVector c31 = acc ? FloatVector.fromArray(FS, c, co + 3 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c40 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc) : FloatVector.zero(FS);
    FloatVector c41 = acc ? FloatVector.fromArray(FS, c, co + 4 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c50 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc) : FloatVector.zero(FS);
    FloatVector c51 = acc ? FloatVector.fromArray(FS, c, co + 5 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c60 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc) : FloatVector.zero(FS);
    FloatVector c61 = acc ? FloatVector.fromArray(FS, c, co + 6 * ldc + FL) : FloatVector.zero(FS);
    FloatVector c70 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc) : FloatVector.zero(FS);
    FloatVector c71 = acc ? FloatVector.fromArray(FS, c, co + 7 * ldc + FL) : FloatVector.zero(FS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * FL, bi += 2 * FL) {
      FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
      FloatVector b1 = FloatVector.fromArray(FS, bp, bi + FL);
      FloatVector a0 = FloatVector.fromArray(FS, ap, ai);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.fromArray(FS, ap, ai + FL);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.fromArray(FS, ap, ai + 2 * FL);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.fromArray(FS, ap, ai + 3 * FL);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.fromArray(FS, ap, ai + 4 * FL);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.fromArray(FS, ap, ai + 5 * FL);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      FloatVector a6 = FloatVector.fromArray(FS, ap, ai + 6 * FL);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      FloatVector a7 = FloatVector.fromArray(FS, ap, ai + 7 * FL);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + FL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + FL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + FL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + FL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + FL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + FL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + FL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + FL);
  }

  /** The {@code 8 x 1}-vector double lane-batched micro-kernel; see {@link #kernelLanesD}. */
  private static void d8x1l(int kc, double[] ap, int ao, double[] bp, int bo,
      double[] c, int co, int ldc, boolean acc) {
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * DL, bi += 1 * DL) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector a0 = DoubleVector.fromArray(DS, ap, ai);
      c00 = a0.fma(b0, c00);
      DoubleVector a1 = DoubleVector.fromArray(DS, ap, ai + DL);
      c10 = a1.fma(b0, c10);
      DoubleVector a2 = DoubleVector.fromArray(DS, ap, ai + 2 * DL);
      c20 = a2.fma(b0, c20);
      DoubleVector a3 = DoubleVector.fromArray(DS, ap, ai + 3 * DL);
      c30 = a3.fma(b0, c30);
      DoubleVector a4 = DoubleVector.fromArray(DS, ap, ai + 4 * DL);
      c40 = a4.fma(b0, c40);
      DoubleVector a5 = DoubleVector.fromArray(DS, ap, ai + 5 * DL);
      c50 = a5.fma(b0, c50);
      DoubleVector a6 = DoubleVector.fromArray(DS, ap, ai + 6 * DL);
      c60 = a6.fma(b0, c60);
      DoubleVector a7 = DoubleVector.fromArray(DS, ap, ai + 7 * DL);
      c70 = a7.fma(b0, c70);
    }
    c00.intoArray(c, co);
    c10.intoArray(c, co + ldc);
    c20.intoArray(c, co + 2 * ldc);
    c30.intoArray(c, co + 3 * ldc);
    c40.intoArray(c, co + 4 * ldc);
    c50.intoArray(c, co + 5 * ldc);
    c60.intoArray(c, co + 6 * ldc);
    c70.intoArray(c, co + 7 * ldc);
  }

  /** The {@code 8 x 2}-vector double lane-batched micro-kernel; see {@link #kernelLanesD}. */
  private static void d8x2l(int kc, double[] ap, int ao, double[] bp, int bo,
      double[] c, int co, int ldc, boolean acc) {
    DoubleVector c00 = acc ? DoubleVector.fromArray(DS, c, co) : DoubleVector.zero(DS);
    DoubleVector c01 = acc ? DoubleVector.fromArray(DS, c, co + DL) : DoubleVector.zero(DS);
    DoubleVector c10 = acc ? DoubleVector.fromArray(DS, c, co + ldc) : DoubleVector.zero(DS);
    DoubleVector c11 = acc ? DoubleVector.fromArray(DS, c, co + ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c20 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc) : DoubleVector.zero(DS);
    DoubleVector c21 = acc ? DoubleVector.fromArray(DS, c, co + 2 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c30 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc) : DoubleVector.zero(DS);
    DoubleVector c31 = acc ? DoubleVector.fromArray(DS, c, co + 3 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c40 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc) : DoubleVector.zero(DS);
    DoubleVector c41 = acc ? DoubleVector.fromArray(DS, c, co + 4 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c50 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc) : DoubleVector.zero(DS);
    DoubleVector c51 = acc ? DoubleVector.fromArray(DS, c, co + 5 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c60 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc) : DoubleVector.zero(DS);
    DoubleVector c61 = acc ? DoubleVector.fromArray(DS, c, co + 6 * ldc + DL) : DoubleVector.zero(DS);
    DoubleVector c70 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc) : DoubleVector.zero(DS);
    DoubleVector c71 = acc ? DoubleVector.fromArray(DS, c, co + 7 * ldc + DL) : DoubleVector.zero(DS);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * DL, bi += 2 * DL) {
      DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
      DoubleVector b1 = DoubleVector.fromArray(DS, bp, bi + DL);
      DoubleVector a0 = DoubleVector.fromArray(DS, ap, ai);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      DoubleVector a1 = DoubleVector.fromArray(DS, ap, ai + DL);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      DoubleVector a2 = DoubleVector.fromArray(DS, ap, ai + 2 * DL);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      DoubleVector a3 = DoubleVector.fromArray(DS, ap, ai + 3 * DL);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      DoubleVector a4 = DoubleVector.fromArray(DS, ap, ai + 4 * DL);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      DoubleVector a5 = DoubleVector.fromArray(DS, ap, ai + 5 * DL);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      DoubleVector a6 = DoubleVector.fromArray(DS, ap, ai + 6 * DL);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      DoubleVector a7 = DoubleVector.fromArray(DS, ap, ai + 7 * DL);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + DL);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + DL);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + DL);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + DL);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + DL);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + DL);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + DL);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + DL);
  }
}
