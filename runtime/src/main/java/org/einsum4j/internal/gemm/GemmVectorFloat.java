/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.gemm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API implementation of {@link GemmKernelsFloat}; {@link GemmVectorDouble} is its {@code double} twin
 * (the first lines of each say which of the two is generated). With {@link VectorBits}, {@link LaneSums} and
 * the {@code PackVector} twins, the only classes that name {@code jdk.incubator.vector}. {@link Gemm} loads it
 * reflectively, only when the module is present. Internal, not API.
 *
 * <p>The species is chosen once, from {@code -Deinsum4j.vectorBits} (128, 256 or 512; unset or anything else
 * means the preferred species), and kept in {@code static final} fields so that C2 folds it into constants
 * and intrinsifies every vector operation. A test that wants another width runs in a JVM of its own.
 *
 * <p>The micro-kernel holds an {@code 8 x 2}-vector tile of accumulators {@code c00 ... c71} (row, vector
 * column) in registers: 16 accumulators, 2 B vectors and one broadcast A value. It was chosen by measurement
 * over the {@code 8 x 3} tile (24 accumulators, still kept for {@code -Deinsum4j.gemm.tileVectors=3}), see
 * benchmarks/results/README.md. A narrower
 * kernel of 1 vector serves the last, narrower strip of B, so that a width such as 48 = 2 + 1 vectors of 16
 * does not compute a padded quarter of a tile. The {@code ...a} kernels read A in place instead of from a
 * packed strip, and B either packed or in place (its row stride is a parameter). The {@code ...l} kernels
 * serve lane-batched products ({@link Gemm#gemmLanes}): the same tile, with a vector of A per row and step
 * instead of a broadcast value.
 */
final class GemmVectorFloat extends GemmKernelsFloat {
  /** The float species in use. */
  static final VectorSpecies<Float> SPECIES = VectorSpecies.of(float.class, VectorBits.shape());
  /** Float lanes per vector. */
  static final int LANES = SPECIES.length();
  /**
   * Half the species, for the columns of a small product too few for a whole vector: products half a vector
   * wide run half-width vectors instead of scalar loops (16384 float products of 8 x 8 x 8 on 512-bit vectors:
   * 0.43 ms against 3.7).
   * The same species at 128 bits, and on JDKs before 25: on JDK 17, once vectors of two shapes have run, the
   * kernels C2 compiles afterwards box their vectors (the type profiles inside the Vector API see both shapes;
   * {@code GemmAllocationTest} caught it), which would slow every large product after a small one.
   */
  static final VectorSpecies<Float> HALF = SPECIES.vectorBitSize() > 128 && Runtime.version().feature() >= 25
      ? VectorSpecies.of(float.class, VectorShape.forBitSize(SPECIES.vectorBitSize() / 2)) : SPECIES;
  /** Float lanes per half vector. */
  static final int HALF_LANES = HALF.length();
  /** Vectors across a full micro-tile. */
  private static final int NRV = VectorBits.tileVectors();
  /**
   * Whether the {@code 8 x 2}-vector tile runs as two {@code 4 x 2} halves over the same B strip: on CPUs with
   * 16 vector registers (x86 without AVX-512) the 16 accumulators, 2 B vectors and a broadcast do not fit, and
   * C2 spills accumulators on every step; see {@link VectorBits#halfTiles}. Each element is summed in the same
   * order either way, so the choice changes the speed, never a bit of the result.
   */
  static final boolean HALF_TILES = VectorBits.halfTiles();

  @Override
  int lane() {
    return LANES;
  }

  @Override
  boolean halfTiles() {
    return HALF_TILES;
  }

  @Override
  int nr() {
    return NRV * LANES;
  }

  @Override
  void kernel(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc) {
    if (w == 3 * LANES) {
      k8x3(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else if (w == 2 * LANES && HALF_TILES) {
      h4x2(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
      h4x2(kc, ap, apOff + 4, bp, bpOff, c, cOff + 4 * ldc, ldc, acc);
    } else if (w == 2 * LANES) {
      k8x2(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else {
      k8x1(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelDirect(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bpOff, int w,
      int ldb, float[] c, int cOff, int ldc, boolean acc) {
    if (w == 2 * LANES && HALF_TILES) {
      int last = mv - 1;
      h4x2a(kc, a, aOff, aOff + Math.min(1, last) * aRs, aOff + Math.min(2, last) * aRs,
          aOff + Math.min(3, last) * aRs, aCs, bp, bpOff, ldb, c, cOff, ldc, acc);
      h4x2a(kc, a, aOff + Math.min(4, last) * aRs, aOff + Math.min(5, last) * aRs, aOff + Math.min(6, last) * aRs,
          aOff + Math.min(7, last) * aRs, aCs, bp, bpOff, ldb, c, cOff + 4 * ldc, ldc, acc);
    } else if (w == 2 * LANES) {
      k8x2a(kc, a, aOff, aRs, aCs, mv, bp, bpOff, ldb, c, cOff, ldc, acc);
    } else if (w == LANES) {
      k8x1a(kc, a, aOff, aRs, aCs, mv, bp, bpOff, ldb, c, cOff, ldc, acc);
    } else {
      super.kernelDirect(kc, a, aOff, aRs, aCs, mv, bp, bpOff, w, ldb, c, cOff, ldc, acc);
    }
  }

  @Override
  void kernelLanes(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc) {
    if (w == 2 * LANES && HALF_TILES) {
      h4x2l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
      h4x2l(kc, ap, apOff + 4 * LANES, bp, bpOff, c, cOff + 4 * ldc, ldc, acc);
    } else if (w == 2 * LANES) {
      k8x2l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else if (w == LANES) {
      k8x1l(kc, ap, apOff, bp, bpOff, c, cOff, ldc, acc);
    } else {
      super.kernelLanes(kc, ap, apOff, bp, bpOff, w, c, cOff, ldc, acc);
    }
  }

  /**
   * Copies rows one or two vectors wide with vector loads and stores: a call of {@code System.arraycopy} per
   * row of 8 or 16 values costs more than the copy (packing gemm 1024³'s B took 4 ms of 40 on a Zen 3); other
   * widths as the default does.
   */
  @Override
  void copyRows(int rows, int width, float[] src, int sOff, int sRs, float[] dst, int dOff, int dRs) {
    if (width == 2 * LANES) {
      for (int p = 0, s = sOff, d = dOff; p < rows; p++, s += sRs, d += dRs) {
        FloatVector.fromArray(SPECIES, src, s).intoArray(dst, d);
        FloatVector.fromArray(SPECIES, src, s + LANES).intoArray(dst, d + LANES);
      }
    } else if (width == LANES) {
      for (int p = 0, s = sOff, d = dOff; p < rows; p++, s += sRs, d += dRs) {
        FloatVector.fromArray(SPECIES, src, s).intoArray(dst, d);
      }
    } else {
      super.copyRows(rows, width, src, sOff, sRs, dst, dOff, dRs);
    }
  }

  /** Transposes groups of 8 rows in registers ({@link PackVectorFloat}); other shapes and tails in scalar. */
  @Override
  void transpose(int rows, int kb, float[] src, int sOff, int rs, float[] dst, int dOff, int ld) {
    int done = PackVectorFloat.fits(rows) ? PackVectorFloat.transpose(rows, kb, src, sOff, rs, dst, dOff, ld) : 0;
    if (done < kb) {
      super.transpose(rows, kb - done, src, sOff + done, rs, dst, dOff + done * ld, ld);
    }
  }

  @Override
  void small(int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b, int bOff, int bRs,
      float[] c, int cOff, int cRs, boolean acc) {
    int j = 0;
    for (; j + LANES <= n; j += LANES) {
      smallColumns(m, k, j, a, aOff, aRs, aCs, b, bOff, bRs, c, cOff, cRs, acc);
    }
    if (HALF_LANES < LANES && j + HALF_LANES <= n) {
      smallHalfColumns(m, k, j, a, aOff, aRs, aCs, b, bOff, bRs, c, cOff, cRs, acc);
      j += HALF_LANES;
    }
    if (j < n) {
      super.small(m, n - j, k, a, aOff, aRs, aCs, b, bOff + j, bRs, c, cOff + j, cRs, acc);
    }
  }

  /**
   * Columns {@code j0 .. j0 + LANES - 1} of {@link #small}: a vector of C per row, four rows at a time so that
   * four chains of multiply-adds overlap.
   */
  private static void smallColumns(int m, int k, int j0, float[] a, int aOff, int aRs,
      int aCs, float[] b, int bOff, int bRs, float[] c, int cOff, int cRs, boolean acc) {
    int i = 0;
    for (; i + 4 <= m; i += 4) {
      int ai = aOff + i * aRs;
      int ci = cOff + i * cRs + j0;
      FloatVector v0 = acc ? FloatVector.fromArray(SPECIES, c, ci) : FloatVector.zero(SPECIES);
      FloatVector v1 = acc ? FloatVector.fromArray(SPECIES, c, ci + cRs) : FloatVector.zero(SPECIES);
      FloatVector v2 = acc ? FloatVector.fromArray(SPECIES, c, ci + 2 * cRs) : FloatVector.zero(SPECIES);
      FloatVector v3 = acc ? FloatVector.fromArray(SPECIES, c, ci + 3 * cRs) : FloatVector.zero(SPECIES);
      for (int p = 0, bi = bOff + j0, q = ai; p < k; p++, bi += bRs, q += aCs) {
        FloatVector bv = FloatVector.fromArray(SPECIES, b, bi);
        v0 = FloatVector.broadcast(SPECIES, a[q]).fma(bv, v0);
        v1 = FloatVector.broadcast(SPECIES, a[q + aRs]).fma(bv, v1);
        v2 = FloatVector.broadcast(SPECIES, a[q + 2 * aRs]).fma(bv, v2);
        v3 = FloatVector.broadcast(SPECIES, a[q + 3 * aRs]).fma(bv, v3);
      }
      v0.intoArray(c, ci);
      v1.intoArray(c, ci + cRs);
      v2.intoArray(c, ci + 2 * cRs);
      v3.intoArray(c, ci + 3 * cRs);
    }
    for (; i < m; i++) {
      int ci = cOff + i * cRs + j0;
      FloatVector v = acc ? FloatVector.fromArray(SPECIES, c, ci) : FloatVector.zero(SPECIES);
      for (int p = 0, bi = bOff + j0, q = aOff + i * aRs; p < k; p++, bi += bRs, q += aCs) {
        v = FloatVector.broadcast(SPECIES, a[q]).fma(FloatVector.fromArray(SPECIES, b, bi), v);
      }
      v.intoArray(c, ci);
    }
  }

  /**
   * Columns {@code j0 .. j0 + HALF_LANES - 1} of {@link #small}, as {@link #smallColumns} with the half species.
   * A copy, not a species parameter: the species must be a constant in each method for C2 to intrinsify the
   * vectors (as a parameter, a batch of 16 x 16 products measured 40 times slower, its vectors boxed).
   */
  private static void smallHalfColumns(int m, int k, int j0, float[] a, int aOff, int aRs,
      int aCs, float[] b, int bOff, int bRs, float[] c, int cOff, int cRs, boolean acc) {
    int i = 0;
    for (; i + 4 <= m; i += 4) {
      int ai = aOff + i * aRs;
      int ci = cOff + i * cRs + j0;
      FloatVector v0 = acc ? FloatVector.fromArray(HALF, c, ci) : FloatVector.zero(HALF);
      FloatVector v1 = acc ? FloatVector.fromArray(HALF, c, ci + cRs) : FloatVector.zero(HALF);
      FloatVector v2 = acc ? FloatVector.fromArray(HALF, c, ci + 2 * cRs) : FloatVector.zero(HALF);
      FloatVector v3 = acc ? FloatVector.fromArray(HALF, c, ci + 3 * cRs) : FloatVector.zero(HALF);
      for (int p = 0, bi = bOff + j0, q = ai; p < k; p++, bi += bRs, q += aCs) {
        FloatVector bv = FloatVector.fromArray(HALF, b, bi);
        v0 = FloatVector.broadcast(HALF, a[q]).fma(bv, v0);
        v1 = FloatVector.broadcast(HALF, a[q + aRs]).fma(bv, v1);
        v2 = FloatVector.broadcast(HALF, a[q + 2 * aRs]).fma(bv, v2);
        v3 = FloatVector.broadcast(HALF, a[q + 3 * aRs]).fma(bv, v3);
      }
      v0.intoArray(c, ci);
      v1.intoArray(c, ci + cRs);
      v2.intoArray(c, ci + 2 * cRs);
      v3.intoArray(c, ci + 3 * cRs);
    }
    for (; i < m; i++) {
      int ci = cOff + i * cRs + j0;
      FloatVector v = acc ? FloatVector.fromArray(HALF, c, ci) : FloatVector.zero(HALF);
      for (int p = 0, bi = bOff + j0, q = aOff + i * aRs; p < k; p++, bi += bRs, q += aCs) {
        v = FloatVector.broadcast(HALF, a[q]).fma(FloatVector.fromArray(HALF, b, bi), v);
      }
      v.intoArray(c, ci);
    }
  }

  @Override
  float dot(int n, float[] x, int xOff, float[] y, int yOff) {
    int i = 0;
    float s = 0;
    if (n >= 4 * LANES) {
      FloatVector s0 = FloatVector.zero(SPECIES);
      FloatVector s1 = FloatVector.zero(SPECIES);
      FloatVector s2 = FloatVector.zero(SPECIES);
      FloatVector s3 = FloatVector.zero(SPECIES);
      int bound = n - 4 * LANES;
      for (; i <= bound; i += 4 * LANES) {
        s0 = FloatVector.fromArray(SPECIES, x, xOff + i).fma(FloatVector.fromArray(SPECIES, y, yOff + i), s0);
        s1 = FloatVector.fromArray(SPECIES, x, xOff + i + LANES)
            .fma(FloatVector.fromArray(SPECIES, y, yOff + i + LANES), s1);
        s2 = FloatVector.fromArray(SPECIES, x, xOff + i + 2 * LANES)
            .fma(FloatVector.fromArray(SPECIES, y, yOff + i + 2 * LANES), s2);
        s3 = FloatVector.fromArray(SPECIES, x, xOff + i + 3 * LANES)
            .fma(FloatVector.fromArray(SPECIES, y, yOff + i + 3 * LANES), s3);
      }
      int upper = SPECIES.loopBound(n);
      for (; i < upper; i += LANES) {
        s0 = FloatVector.fromArray(SPECIES, x, xOff + i).fma(FloatVector.fromArray(SPECIES, y, yOff + i), s0);
      }
      s = LaneSums.sumLanes(s0.add(s1).add(s2.add(s3)));
    }
    for (; i < n; i++) {
      s += x[xOff + i] * y[yOff + i];
    }
    return s;
  }

  /** Adds a full-width tile with one straight run of vector adds; other widths as the default does. */
  @Override
  void addTile(float[] tile, int w, float[] c, int cOff, int ldc) {
    if (w != 2 * LANES) {
      super.addTile(tile, w, c, cOff, ldc);
      return;
    }
    for (int r = 0, t = 0, ci = cOff; r < MR; r++, t += 2 * LANES, ci += ldc) {
      FloatVector.fromArray(SPECIES, tile, t).add(FloatVector.fromArray(SPECIES, c, ci)).intoArray(c, ci);
      FloatVector.fromArray(SPECIES, tile, t + LANES).add(FloatVector.fromArray(SPECIES, c, ci + LANES))
          .intoArray(c, ci + LANES);
    }
  }

  @Override
  void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    int i = 0;
    if (n >= LANES) {
      FloatVector av = FloatVector.broadcast(SPECIES, alpha);
      int upper = SPECIES.loopBound(n);
      for (; i < upper; i += LANES) {
        FloatVector.fromArray(SPECIES, x, xOff + i).fma(av, FloatVector.fromArray(SPECIES, y, yOff + i))
            .intoArray(y, yOff + i);
      }
    }
    // the tail rounds as the vector body does (one fused multiply-add), so that where a row is split between
    // threads does not change a result
    for (; i < n; i++) {
      y[yOff + i] = Math.fma(x[xOff + i], alpha, y[yOff + i]);
    }
  }

  /** The {@code 8 x 1}-vector float micro-kernel; see {@link #kernel}. */
  private static void k8x1(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector a0 = FloatVector.broadcast(SPECIES, ap[ai]);
      c00 = a0.fma(b0, c00);
      FloatVector a1 = FloatVector.broadcast(SPECIES, ap[ai + 1]);
      c10 = a1.fma(b0, c10);
      FloatVector a2 = FloatVector.broadcast(SPECIES, ap[ai + 2]);
      c20 = a2.fma(b0, c20);
      FloatVector a3 = FloatVector.broadcast(SPECIES, ap[ai + 3]);
      c30 = a3.fma(b0, c30);
      FloatVector a4 = FloatVector.broadcast(SPECIES, ap[ai + 4]);
      c40 = a4.fma(b0, c40);
      FloatVector a5 = FloatVector.broadcast(SPECIES, ap[ai + 5]);
      c50 = a5.fma(b0, c50);
      FloatVector a6 = FloatVector.broadcast(SPECIES, ap[ai + 6]);
      c60 = a6.fma(b0, c60);
      FloatVector a7 = FloatVector.broadcast(SPECIES, ap[ai + 7]);
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

  /** The {@code 8 x 2}-vector float micro-kernel; see {@link #kernel}. */
  private static void k8x2(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c41 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c51 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c61 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c71 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc + LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 2 * LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector a0 = FloatVector.broadcast(SPECIES, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(SPECIES, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(SPECIES, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(SPECIES, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.broadcast(SPECIES, ap[ai + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.broadcast(SPECIES, ap[ai + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      FloatVector a6 = FloatVector.broadcast(SPECIES, ap[ai + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      FloatVector a7 = FloatVector.broadcast(SPECIES, ap[ai + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + LANES);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + LANES);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + LANES);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + LANES);
  }

  /**
   * Four rows of the {@code 8 x 2}-vector micro-kernel, into four rows of C: {@code ao} is the packed strip's
   * start for the upper half and 4 past it for the lower (the strip's step stays {@link #MR}). Two calls make
   * the tile on CPUs with 16 vector registers ({@link #HALF_TILES}).
   */
  private static void h4x2(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 2 * LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector a0 = FloatVector.broadcast(SPECIES, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(SPECIES, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(SPECIES, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(SPECIES, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
  }

  /** Four rows of {@link #k8x2a}, A's rows at {@code a0 .. a3}; two calls make the tile ({@link #HALF_TILES}). */
  private static void h4x2a(int kc, float[] a, int a0, int a1, int a2, int a3, int aCs, float[] bp, int bo,
      int ldb, float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + pa]);
      c00 = x0.fma(b0, c00); c01 = x0.fma(b1, c01);
      FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + pa]);
      c10 = x1.fma(b0, c10); c11 = x1.fma(b1, c11);
      FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + pa]);
      c20 = x2.fma(b0, c20); c21 = x2.fma(b1, c21);
      FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + pa]);
      c30 = x3.fma(b0, c30); c31 = x3.fma(b1, c31);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
  }

  /** The {@code 8 x 3}-vector float micro-kernel; see {@link #kernel}. */
  private static void k8x3(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c02 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c12 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c22 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c32 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c41 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c42 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c51 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c52 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c61 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c62 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c71 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c72 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc + 2 * LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR, bi += 3 * LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector b2 = FloatVector.fromArray(SPECIES, bp, bi + 2 * LANES);
      FloatVector a0 = FloatVector.broadcast(SPECIES, ap[ai]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02);
      FloatVector a1 = FloatVector.broadcast(SPECIES, ap[ai + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12);
      FloatVector a2 = FloatVector.broadcast(SPECIES, ap[ai + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22);
      FloatVector a3 = FloatVector.broadcast(SPECIES, ap[ai + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32);
      FloatVector a4 = FloatVector.broadcast(SPECIES, ap[ai + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41); c42 = a4.fma(b2, c42);
      FloatVector a5 = FloatVector.broadcast(SPECIES, ap[ai + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51); c52 = a5.fma(b2, c52);
      FloatVector a6 = FloatVector.broadcast(SPECIES, ap[ai + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61); c62 = a6.fma(b2, c62);
      FloatVector a7 = FloatVector.broadcast(SPECIES, ap[ai + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71); c72 = a7.fma(b2, c72);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c02.intoArray(c, co + 2 * LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c12.intoArray(c, co + ldc + 2 * LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c22.intoArray(c, co + 2 * ldc + 2 * LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
    c32.intoArray(c, co + 3 * ldc + 2 * LANES);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + LANES);
    c42.intoArray(c, co + 4 * ldc + 2 * LANES);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + LANES);
    c52.intoArray(c, co + 5 * ldc + 2 * LANES);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + LANES);
    c62.intoArray(c, co + 6 * ldc + 2 * LANES);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + LANES);
    c72.intoArray(c, co + 7 * ldc + 2 * LANES);
  }

  /** The {@code 8 x 1}-vector float micro-kernel reading A in place; see {@link #kernelDirect}. */
  private static void k8x1a(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bo,
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
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + pa]);
      c00 = x0.fma(b0, c00);
      FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + pa]);
      c10 = x1.fma(b0, c10);
      FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + pa]);
      c20 = x2.fma(b0, c20);
      FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + pa]);
      c30 = x3.fma(b0, c30);
      FloatVector x4 = FloatVector.broadcast(SPECIES, a[a4 + pa]);
      c40 = x4.fma(b0, c40);
      FloatVector x5 = FloatVector.broadcast(SPECIES, a[a5 + pa]);
      c50 = x5.fma(b0, c50);
      FloatVector x6 = FloatVector.broadcast(SPECIES, a[a6 + pa]);
      c60 = x6.fma(b0, c60);
      FloatVector x7 = FloatVector.broadcast(SPECIES, a[a7 + pa]);
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

  /** The {@code 8 x 2}-vector float micro-kernel reading A in place; see {@link #kernelDirect}. */
  private static void k8x2a(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bo,
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
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c41 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c51 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c61 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c71 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc + LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, pa = 0, bi = bo; p < kc; p++, pa += aCs, bi += ldb) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + pa]);
      c00 = x0.fma(b0, c00); c01 = x0.fma(b1, c01);
      FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + pa]);
      c10 = x1.fma(b0, c10); c11 = x1.fma(b1, c11);
      FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + pa]);
      c20 = x2.fma(b0, c20); c21 = x2.fma(b1, c21);
      FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + pa]);
      c30 = x3.fma(b0, c30); c31 = x3.fma(b1, c31);
      FloatVector x4 = FloatVector.broadcast(SPECIES, a[a4 + pa]);
      c40 = x4.fma(b0, c40); c41 = x4.fma(b1, c41);
      FloatVector x5 = FloatVector.broadcast(SPECIES, a[a5 + pa]);
      c50 = x5.fma(b0, c50); c51 = x5.fma(b1, c51);
      FloatVector x6 = FloatVector.broadcast(SPECIES, a[a6 + pa]);
      c60 = x6.fma(b0, c60); c61 = x6.fma(b1, c61);
      FloatVector x7 = FloatVector.broadcast(SPECIES, a[a7 + pa]);
      c70 = x7.fma(b0, c70); c71 = x7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + LANES);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + LANES);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + LANES);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + LANES);
  }

  /** The {@code 8 x 1}-vector float lane-batched micro-kernel; see {@link #kernelLanes}. */
  private static void k8x1l(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * LANES, bi += 1 * LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector a0 = FloatVector.fromArray(SPECIES, ap, ai);
      c00 = a0.fma(b0, c00);
      FloatVector a1 = FloatVector.fromArray(SPECIES, ap, ai + LANES);
      c10 = a1.fma(b0, c10);
      FloatVector a2 = FloatVector.fromArray(SPECIES, ap, ai + 2 * LANES);
      c20 = a2.fma(b0, c20);
      FloatVector a3 = FloatVector.fromArray(SPECIES, ap, ai + 3 * LANES);
      c30 = a3.fma(b0, c30);
      FloatVector a4 = FloatVector.fromArray(SPECIES, ap, ai + 4 * LANES);
      c40 = a4.fma(b0, c40);
      FloatVector a5 = FloatVector.fromArray(SPECIES, ap, ai + 5 * LANES);
      c50 = a5.fma(b0, c50);
      FloatVector a6 = FloatVector.fromArray(SPECIES, ap, ai + 6 * LANES);
      c60 = a6.fma(b0, c60);
      FloatVector a7 = FloatVector.fromArray(SPECIES, ap, ai + 7 * LANES);
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

  /** The {@code 8 x 2}-vector float lane-batched micro-kernel; see {@link #kernelLanes}. */
  private static void k8x2l(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c40 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c41 = acc ? FloatVector.fromArray(SPECIES, c, co + 4 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c50 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c51 = acc ? FloatVector.fromArray(SPECIES, c, co + 5 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c60 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c61 = acc ? FloatVector.fromArray(SPECIES, c, co + 6 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c70 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c71 = acc ? FloatVector.fromArray(SPECIES, c, co + 7 * ldc + LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * LANES, bi += 2 * LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector a0 = FloatVector.fromArray(SPECIES, ap, ai);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.fromArray(SPECIES, ap, ai + LANES);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.fromArray(SPECIES, ap, ai + 2 * LANES);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.fromArray(SPECIES, ap, ai + 3 * LANES);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.fromArray(SPECIES, ap, ai + 4 * LANES);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.fromArray(SPECIES, ap, ai + 5 * LANES);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      FloatVector a6 = FloatVector.fromArray(SPECIES, ap, ai + 6 * LANES);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      FloatVector a7 = FloatVector.fromArray(SPECIES, ap, ai + 7 * LANES);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
    c40.intoArray(c, co + 4 * ldc);
    c41.intoArray(c, co + 4 * ldc + LANES);
    c50.intoArray(c, co + 5 * ldc);
    c51.intoArray(c, co + 5 * ldc + LANES);
    c60.intoArray(c, co + 6 * ldc);
    c61.intoArray(c, co + 6 * ldc + LANES);
    c70.intoArray(c, co + 7 * ldc);
    c71.intoArray(c, co + 7 * ldc + LANES);
  }

  /**
   * Four rows of {@link #k8x2l}, starting at the strip's row vector {@code ao}; two calls make the tile ({@link
   * #HALF_TILES}).
   */
  private static void h4x2l(int kc, float[] ap, int ao, float[] bp, int bo,
      float[] c, int co, int ldc, boolean acc) {
    FloatVector c00 = acc ? FloatVector.fromArray(SPECIES, c, co) : FloatVector.zero(SPECIES);
    FloatVector c01 = acc ? FloatVector.fromArray(SPECIES, c, co + LANES) : FloatVector.zero(SPECIES);
    FloatVector c10 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc) : FloatVector.zero(SPECIES);
    FloatVector c11 = acc ? FloatVector.fromArray(SPECIES, c, co + ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c20 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c21 = acc ? FloatVector.fromArray(SPECIES, c, co + 2 * ldc + LANES) : FloatVector.zero(SPECIES);
    FloatVector c30 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc) : FloatVector.zero(SPECIES);
    FloatVector c31 = acc ? FloatVector.fromArray(SPECIES, c, co + 3 * ldc + LANES) : FloatVector.zero(SPECIES);
    for (int p = 0, ai = ao, bi = bo; p < kc; p++, ai += MR * LANES, bi += 2 * LANES) {
      FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
      FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
      FloatVector a0 = FloatVector.fromArray(SPECIES, ap, ai);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.fromArray(SPECIES, ap, ai + LANES);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.fromArray(SPECIES, ap, ai + 2 * LANES);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.fromArray(SPECIES, ap, ai + 3 * LANES);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
    }
    c00.intoArray(c, co);
    c01.intoArray(c, co + LANES);
    c10.intoArray(c, co + ldc);
    c11.intoArray(c, co + ldc + LANES);
    c20.intoArray(c, co + 2 * ldc);
    c21.intoArray(c, co + 2 * ldc + LANES);
    c30.intoArray(c, co + 3 * ldc);
    c31.intoArray(c, co + 3 * ldc + LANES);
  }
}
