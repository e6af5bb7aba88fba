/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * In-register transposes for {@link GemmVector#transposeF} and {@link GemmVector#transposeD}: packing a block of
 * rows that are contiguous along the depth into the depth-major order the micro-kernels read. Internal, not API.
 *
 * <p>An 8-way interleave of 8 rows, one vector of {@code L} lanes each, is a network of zips: interleaving the
 * even rows and the odd rows (4-way, recursively), then zipping the two streams, 3 levels in all. A zip of two
 * vectors {@code x, y} is the pair {@code zlo = (x0, y0, x1, y1, ...)} and {@code zhi = (x[L/2], y[L/2], ...)},
 * each one lane permutation of either vector and a blend. It works for any lane count: the output is the stream
 * {@code [p][8]} of the {@code L} depths, {@code 8 L} values in 8 vectors. The network is written out, one local
 * per vector, so that C2 keeps it in registers; a 16-way network (64 zips) was too big for C2 to inline whole.
 *
 * <p>Against a scalar loop that reads each row and writes every 8th value, this reads and writes whole vectors:
 * 72 vector operations per {@code 8 L} values instead of two memory accesses per value.
 */
final class PackVector {
  private static final VectorSpecies<Float> FS = GemmVector.FS;
  private static final VectorSpecies<Double> DS = GemmVector.DS;
  private static final int FL = GemmVector.FL;
  private static final int DL = GemmVector.DL;
  private static final VectorShuffle<Float> F_LO = VectorShuffle.fromOp(FS, i -> i >> 1);
  private static final VectorShuffle<Float> F_HI = VectorShuffle.fromOp(FS, i -> (FL >> 1) + (i >> 1));
  private static final VectorMask<Float> F_ODD = VectorMask.fromArray(FS, odd(FL), 0);
  /** Eight floats, for the copy out of the scratch block (only used with 16 lanes). */
  private static final VectorSpecies<Float> F8 = FloatVector.SPECIES_256;
  private static final ThreadLocal<float[]> TMP_F = ThreadLocal.withInitial(() -> new float[8 * FL]);
  private static final VectorShuffle<Double> D_LO = VectorShuffle.fromOp(DS, i -> i >> 1);
  private static final VectorShuffle<Double> D_HI = VectorShuffle.fromOp(DS, i -> (DL >> 1) + (i >> 1));
  private static final VectorMask<Double> D_ODD = VectorMask.fromArray(DS, odd(DL), 0);

  private PackVector() {
  }

  private static boolean[] odd(int lanes) {
    boolean[] odd = new boolean[lanes];
    for (int i = 1; i < lanes; i += 2) {
      odd[i] = true;
    }
    return odd;
  }

  /**
   * Whether the in-register transposes are used: on JDK 25 they pack 3 times faster than the scalar loop; on
   * JDK 17 C2 stops inlining the network's vector operations halfway (its node-count cutoff) and boxes them.
   * Versions between were not measured and keep the scalar loop. The network also wants 4 to 16 float lanes
   * (2 to 8 double lanes), the widths of 128- to 512-bit vectors.
   */
  static final boolean ENABLED = Runtime.version().feature() >= 25
      && !Boolean.getBoolean("einsum4j.scalarPacking") && FL >= 4 && FL <= 16;

  /** Returns whether {@link #transposeF} takes {@code rows} rows: whole groups of 8. */
  static boolean fits(int rows) {
    return ENABLED && rows % 8 == 0;
  }

  /**
   * Returns whether {@link #transposeD} takes {@code rows} rows: whole groups of 8, and doubles at least 4 to a
   * vector. With 2 (128-bit vectors, as on NEON) C2 boxes the network's vectors even on JDK 25: 122,880 bytes per
   * 8-row transpose of depth 64, far slower than the scalar loop.
   */
  static boolean fitsD(int rows) {
    return ENABLED && DL >= 4 && rows % 8 == 0;
  }

  /**
   * Transposes {@code rows} rows ({@code src[sOff + r * rs + p]}, unit stride along {@code p}) into {@code
   * dst[dOff + p * ld + r]} for {@code p < kb - kb % FL}, in groups of 8 rows, which {@link #fits} must accept;
   * returns the depths done. The caller does the rest. With 16 lanes and a destination that is not contiguous,
   * an output vector holds two depths: the network writes to a contiguous scratch block, copied on in pieces of 8.
   */
  static int transposeF(int rows, int kb, float[] src, int sOff, int rs, float[] dst, int dOff, int ld) {
    int full = kb - kb % FL;
    boolean direct = FL <= 8 || ld == 8;
    float[] tmp = direct ? dst : TMP_F.get();
    for (int g = 0; g < rows; g += 8) {
      for (int p = 0; p < full; p += FL) {
        if (direct) {
          f8(src, sOff + g * rs + p, rs, dst, dOff + p * ld + g, ld);
        } else {
          f8(src, sOff + g * rs + p, rs, tmp, 0, 8);
          for (int q = 0, d = dOff + p * ld + g; q < FL; q++, d += ld) {
            FloatVector.fromArray(F8, tmp, q * 8).intoArray(dst, d);
          }
        }
      }
    }
    return full;
  }

  /** The {@code double} twin of {@link #transposeF}. */
  static int transposeD(int rows, int kb, double[] src, int sOff, int rs, double[] dst, int dOff, int ld) {
    int full = kb - kb % DL;
    for (int g = 0; g < rows; g += 8) {
      for (int p = 0; p < full; p += DL) {
        d8(src, sOff + g * rs + p, rs, dst, dOff + p * ld + g, ld);
      }
    }
    return full;
  }

  /**
   * Stores output vector {@code v} of an 8-way interleave, values {@code v * FL ...} of the stream {@code [p][8]},
   * to {@code dst[d + p * ld + r]}: it holds one depth or part of one, or the destination is contiguous.
   */
  private static void putF(FloatVector o, float[] dst, int d, int v, int ld) {
    int e = v * FL;
    o.intoArray(dst, d + e / 8 * ld + e % 8);
  }

  /** The {@code double} twin of {@link #putF}; a double vector never holds more than 8 lanes. */
  private static void putD(DoubleVector o, double[] dst, int d, int v, int ld) {
    int e = v * DL;
    o.intoArray(dst, d + e / 8 * ld + e % 8);
  }

  private static FloatVector zlo(FloatVector x, FloatVector y) {
    return x.rearrange(F_LO).blend(y.rearrange(F_LO), F_ODD);
  }

  private static FloatVector zhi(FloatVector x, FloatVector y) {
    return x.rearrange(F_HI).blend(y.rearrange(F_HI), F_ODD);
  }

  private static DoubleVector zlo(DoubleVector x, DoubleVector y) {
    return x.rearrange(D_LO).blend(y.rearrange(D_LO), D_ODD);
  }

  private static DoubleVector zhi(DoubleVector x, DoubleVector y) {
    return x.rearrange(D_HI).blend(y.rearrange(D_HI), D_ODD);
  }

  /** One 8-way interleave of {@code FL} depths: rows {@code src[s + r * rs ...]}, output at {@code d}. */
  private static void f8(float[] src, int s, int rs, float[] dst, int d, int ld) {
    FloatVector r0 = FloatVector.fromArray(FS, src, s);
    FloatVector r1 = FloatVector.fromArray(FS, src, s + 1 * rs);
    FloatVector r2 = FloatVector.fromArray(FS, src, s + 2 * rs);
    FloatVector r3 = FloatVector.fromArray(FS, src, s + 3 * rs);
    FloatVector r4 = FloatVector.fromArray(FS, src, s + 4 * rs);
    FloatVector r5 = FloatVector.fromArray(FS, src, s + 5 * rs);
    FloatVector r6 = FloatVector.fromArray(FS, src, s + 6 * rs);
    FloatVector r7 = FloatVector.fromArray(FS, src, s + 7 * rs);
    FloatVector t1 = zlo(r0, r4);
    FloatVector t2 = zhi(r0, r4);
    FloatVector t3 = zlo(r2, r6);
    FloatVector t4 = zhi(r2, r6);
    FloatVector t5 = zlo(t1, t3);
    FloatVector t6 = zhi(t1, t3);
    FloatVector t7 = zlo(t2, t4);
    FloatVector t8 = zhi(t2, t4);
    FloatVector t9 = zlo(r1, r5);
    FloatVector t10 = zhi(r1, r5);
    FloatVector t11 = zlo(r3, r7);
    FloatVector t12 = zhi(r3, r7);
    FloatVector t13 = zlo(t9, t11);
    FloatVector t14 = zhi(t9, t11);
    FloatVector t15 = zlo(t10, t12);
    FloatVector t16 = zhi(t10, t12);
    FloatVector t17 = zlo(t5, t13);
    FloatVector t18 = zhi(t5, t13);
    FloatVector t19 = zlo(t6, t14);
    FloatVector t20 = zhi(t6, t14);
    FloatVector t21 = zlo(t7, t15);
    FloatVector t22 = zhi(t7, t15);
    FloatVector t23 = zlo(t8, t16);
    FloatVector t24 = zhi(t8, t16);
    putF(t17, dst, d, 0, ld);
    putF(t18, dst, d, 1, ld);
    putF(t19, dst, d, 2, ld);
    putF(t20, dst, d, 3, ld);
    putF(t21, dst, d, 4, ld);
    putF(t22, dst, d, 5, ld);
    putF(t23, dst, d, 6, ld);
    putF(t24, dst, d, 7, ld);
  }

  /** The {@code double} twin of {@link #f8}. */
  private static void d8(double[] src, int s, int rs, double[] dst, int d, int ld) {
    DoubleVector r0 = DoubleVector.fromArray(DS, src, s);
    DoubleVector r1 = DoubleVector.fromArray(DS, src, s + 1 * rs);
    DoubleVector r2 = DoubleVector.fromArray(DS, src, s + 2 * rs);
    DoubleVector r3 = DoubleVector.fromArray(DS, src, s + 3 * rs);
    DoubleVector r4 = DoubleVector.fromArray(DS, src, s + 4 * rs);
    DoubleVector r5 = DoubleVector.fromArray(DS, src, s + 5 * rs);
    DoubleVector r6 = DoubleVector.fromArray(DS, src, s + 6 * rs);
    DoubleVector r7 = DoubleVector.fromArray(DS, src, s + 7 * rs);
    DoubleVector t1 = zlo(r0, r4);
    DoubleVector t2 = zhi(r0, r4);
    DoubleVector t3 = zlo(r2, r6);
    DoubleVector t4 = zhi(r2, r6);
    DoubleVector t5 = zlo(t1, t3);
    DoubleVector t6 = zhi(t1, t3);
    DoubleVector t7 = zlo(t2, t4);
    DoubleVector t8 = zhi(t2, t4);
    DoubleVector t9 = zlo(r1, r5);
    DoubleVector t10 = zhi(r1, r5);
    DoubleVector t11 = zlo(r3, r7);
    DoubleVector t12 = zhi(r3, r7);
    DoubleVector t13 = zlo(t9, t11);
    DoubleVector t14 = zhi(t9, t11);
    DoubleVector t15 = zlo(t10, t12);
    DoubleVector t16 = zhi(t10, t12);
    DoubleVector t17 = zlo(t5, t13);
    DoubleVector t18 = zhi(t5, t13);
    DoubleVector t19 = zlo(t6, t14);
    DoubleVector t20 = zhi(t6, t14);
    DoubleVector t21 = zlo(t7, t15);
    DoubleVector t22 = zhi(t7, t15);
    DoubleVector t23 = zlo(t8, t16);
    DoubleVector t24 = zhi(t8, t16);
    putD(t17, dst, d, 0, ld);
    putD(t18, dst, d, 1, ld);
    putD(t19, dst, d, 2, ld);
    putD(t20, dst, d, 3, ld);
    putD(t21, dst, d, 4, ld);
    putD(t22, dst, d, 5, ld);
    putD(t23, dst, d, 6, ld);
    putD(t24, dst, d, 7, ld);
  }
}
