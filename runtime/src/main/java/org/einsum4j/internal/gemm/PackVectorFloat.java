/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.gemm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * In-register transposes of {@code float} rows for {@link GemmVectorFloat#transpose}: packing a block of rows that
 * are contiguous along the depth into the depth-major order the micro-kernels read. {@link PackVectorDouble} is
 * the {@code double} twin (the first lines of each say which of the two is generated). Internal, not API.
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
final class PackVectorFloat {
  private static final VectorSpecies<Float> SPECIES = GemmVectorFloat.SPECIES;
  private static final int LANES = GemmVectorFloat.LANES;
  private static final VectorShuffle<Float> LO = VectorShuffle.fromOp(SPECIES, i -> i >> 1);
  private static final VectorShuffle<Float> HI = VectorShuffle.fromOp(SPECIES, i -> (LANES >> 1) + (i >> 1));
  private static final VectorMask<Float> ODD = VectorMask.fromArray(SPECIES, odd(LANES), 0);
  /**
   * Eight floats, for the copy out of the scratch block: only used with 16 lanes, more than a vector of 64-bit values
   * ever has.
   */
  private static final VectorSpecies<Float> EIGHT =
      VectorSpecies.of(float.class, VectorShape.forBitSize(8 * Float.SIZE));
  private static final ThreadLocal<float[]> TMP = ThreadLocal.withInitial(() -> new float[8 * LANES]);

  private PackVectorFloat() {
  }

  private static boolean[] odd(int lanes) {
    boolean[] odd = new boolean[lanes];
    for (int i = 1; i < lanes; i += 2) {
      odd[i] = true;
    }
    return odd;
  }

  /** The widest vector the network takes: 512 bits. */
  private static final int MAX_LANES = 512 / Float.SIZE;

  /**
   * The narrowest vector the network takes: 128 bits. The double twin says 4 lanes (256 bits) instead: with 2
   * doubles to a vector (128-bit vectors, as on NEON) C2 boxes the network's vectors even on JDK 25, far slower
   * than the scalar loop (a verbatim rule of {@code Twins} maps this passage).
   */
  private static final int MIN_LANES = 128 / Float.SIZE;

  /**
   * Whether the in-register transposes are used: on JDK 25 they pack faster than the scalar loop (chosen by
   * measurement, see benchmarks/results/README.md); on JDK 17 C2 stops inlining the network's vector operations
   * halfway (its node-count cutoff) and boxes them. Versions between were not measured and keep the scalar loop.
   * The network also wants {@link #MIN_LANES} to {@link #MAX_LANES} lanes.
   */
  static final boolean ENABLED = Runtime.version().feature() >= 25
      && !Boolean.getBoolean("einsum4j.scalarPacking") && LANES >= MIN_LANES && LANES <= MAX_LANES;

  /** Returns whether {@link #transpose} takes {@code rows} rows: whole groups of 8. */
  static boolean fits(int rows) {
    return ENABLED && rows % 8 == 0;
  }

  /**
   * Transposes {@code rows} rows ({@code src[sOff + r * rs + p]}, unit stride along {@code p}) into {@code
   * dst[dOff + p * ld + r]} for {@code p < kb - kb % LANES}, in groups of 8 rows, which {@link #fits} must accept;
   * returns the depths done. The caller does the rest. With 16 lanes and a destination that is not contiguous,
   * an output vector holds two depths: the network writes to a contiguous scratch block, copied on in pieces of 8.
   * A vector of 64-bit values never holds more than 8, so for them {@code direct} is a constant true.
   */
  static int transpose(int rows, int kb, float[] src, int sOff, int rs, float[] dst, int dOff, int ld) {
    int full = kb - kb % LANES;
    boolean direct = LANES <= 8 || ld == 8;
    float[] tmp = direct ? dst : TMP.get();
    for (int g = 0; g < rows; g += 8) {
      for (int p = 0; p < full; p += LANES) {
        if (direct) {
          interleave8(src, sOff + g * rs + p, rs, dst, dOff + p * ld + g, ld);
        } else {
          interleave8(src, sOff + g * rs + p, rs, tmp, 0, 8);
          for (int q = 0, d = dOff + p * ld + g; q < LANES; q++, d += ld) {
            FloatVector.fromArray(EIGHT, tmp, q * 8).intoArray(dst, d);
          }
        }
      }
    }
    return full;
  }

  /**
   * Stores output vector {@code v} of an 8-way interleave, values {@code v * LANES ...} of the stream {@code [p][8]},
   * to {@code dst[d + p * ld + r]}: it holds one depth or part of one, or the destination is contiguous.
   */
  private static void put(FloatVector o, float[] dst, int d, int v, int ld) {
    int e = v * LANES;
    o.intoArray(dst, d + e / 8 * ld + e % 8);
  }

  private static FloatVector zlo(FloatVector x, FloatVector y) {
    return x.rearrange(LO).blend(y.rearrange(LO), ODD);
  }

  private static FloatVector zhi(FloatVector x, FloatVector y) {
    return x.rearrange(HI).blend(y.rearrange(HI), ODD);
  }

  /** One 8-way interleave of {@code LANES} depths: rows {@code src[s + r * rs ...]}, output at {@code d}. */
  private static void interleave8(float[] src, int s, int rs, float[] dst, int d, int ld) {
    FloatVector r0 = FloatVector.fromArray(SPECIES, src, s);
    FloatVector r1 = FloatVector.fromArray(SPECIES, src, s + 1 * rs);
    FloatVector r2 = FloatVector.fromArray(SPECIES, src, s + 2 * rs);
    FloatVector r3 = FloatVector.fromArray(SPECIES, src, s + 3 * rs);
    FloatVector r4 = FloatVector.fromArray(SPECIES, src, s + 4 * rs);
    FloatVector r5 = FloatVector.fromArray(SPECIES, src, s + 5 * rs);
    FloatVector r6 = FloatVector.fromArray(SPECIES, src, s + 6 * rs);
    FloatVector r7 = FloatVector.fromArray(SPECIES, src, s + 7 * rs);
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
    put(t17, dst, d, 0, ld);
    put(t18, dst, d, 1, ld);
    put(t19, dst, d, 2, ld);
    put(t20, dst, d, 3, ld);
    put(t21, dst, d, 4, ld);
    put(t22, dst, d, 5, ld);
    put(t23, dst, d, 6, ld);
    put(t24, dst, d, 7, ld);
  }
}
