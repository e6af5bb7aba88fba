/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.gemm;

/**
 * The innermost loops of {@link Gemm}: a register-tiled micro-kernel over packed panels, and the dot and axpy
 * loops behind the matrix-vector shapes, for {@code float}. {@link GemmFloat} does the blocking and packing and
 * calls these; {@link GemmScalarFloat} and {@link GemmVectorFloat} implement them, one of the two per JVM.
 * {@link GemmKernelsDouble} is the {@code double} twin (the first lines of each say which of the two is
 * generated). Internal, not API.
 *
 * <p>Packed operands, as the micro-kernel reads them: an A strip is {@link #MR} rows stored k-major
 * ({@code ap[apOff + p * MR + r]}), zero-padded past the last valid row; a B strip is {@code w} columns stored
 * k-major ({@code bp[bpOff + p * w + j]}), where {@code w} is a multiple of the lane count, zero-padded past the
 * last valid column.
 */
abstract class GemmKernelsFloat {
  /** Rows of a micro-tile (height of a packed A strip), the same for every implementation. */
  static final int MR = 8;

  /** Returns the lane count for floats: packed B strips are padded to a multiple of it. */
  abstract int lane();

  /** Returns whether the micro-kernel computes its tile in two halves of 4 rows; the scalar kernels do not. */
  boolean halfTiles() {
    return false;
  }

  /** Returns the width of a full packed B strip for floats, a multiple of {@link #lane()}. */
  abstract int nr();

  /**
   * Computes the {@code MR x w} tile {@code C = (acc ? C : 0) + Ap * Bp} over {@code kc} steps.
   *
   * @param kc the depth
   * @param ap the packed A strip
   * @param apOff its start
   * @param bp the packed B strip
   * @param bpOff its start
   * @param w the width of the B strip, a multiple of {@link #lane()} at most {@link #nr()}
   * @param c the tile's destination, row-major with unit column stride
   * @param cOff the position of the tile's first element
   * @param ldc the distance between rows of the tile
   * @param acc whether to add to the destination rather than overwrite it
   */
  abstract void kernel(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc);

  /**
   * Like {@link #kernel}, but reads A in place rather than from a packed strip: row {@code r < mv} of the
   * tile is {@code a[aOff + r * aRs + p * aCs]}. Rows {@code mv} and beyond repeat the
   * last valid row; the caller discards them. This default loops in scalar.
   *
   * @param kc the depth
   * @param a A's array
   * @param aOff the position of the tile's first A element
   * @param aRs the distance between A's rows
   * @param aCs the distance between A's columns
   * @param mv the valid rows, 1 to {@link #MR}
   * @param bp the packed B strip
   * @param bpOff its start
   * @param w the width of the B strip
   * @param ldb the distance between the B strip's rows: {@code w} when packed, B's row stride when B is read in
   *     place (then its {@code w} columns must all be valid and contiguous)
   * @param c the tile's destination
   * @param cOff the position of the tile's first element
   * @param ldc the distance between rows of the tile
   * @param acc whether to add to the destination rather than overwrite it
   */
  void kernelDirect(int kc, float[] a, int aOff, int aRs, int aCs, int mv, float[] bp, int bpOff, int w,
      int ldb, float[] c, int cOff, int ldc, boolean acc) {
    for (int r = 0; r < MR; r++) {
      int ai = aOff + Math.min(r, mv - 1) * aRs;
      int ci = cOff + r * ldc;
      for (int j = 0; j < w; j++) {
        float s = 0;
        for (int p = 0; p < kc; p++) {
          s += a[ai + p * aCs] * bp[bpOff + p * ldb + j];
        }
        c[ci + j] = acc ? c[ci + j] + s : s;
      }
    }
  }

  /**
   * Like {@link #kernel}, but for a lane-batched product, where A holds one vector per row and step instead of
   * one value: {@code ap[apOff + (p * MR + r) * lane() + t]} multiplies lane {@code t} of every vector of B's
   * step {@code p}. {@link GemmFloat} packs the batch dimension that is innermost in C into the lanes this
   * way, so that C's tiles stay contiguous. This default loops in scalar.
   *
   * @param kc the depth
   * @param ap the packed A strip, {@code MR x lane()} values per step
   * @param apOff its start
   * @param bp the packed B strip
   * @param bpOff its start
   * @param w the width of the B strip, a multiple of {@link #lane()} at most {@link #nr()}
   * @param c the tile's destination, row-major with unit column stride
   * @param cOff the position of the tile's first element
   * @param ldc the distance between rows of the tile
   * @param acc whether to add to the destination rather than overwrite it
   */
  void kernelLanes(int kc, float[] ap, int apOff, float[] bp, int bpOff, int w,
      float[] c, int cOff, int ldc, boolean acc) {
    int lane = lane();
    for (int r = 0; r < MR; r++) {
      int ci = cOff + r * ldc;
      for (int j = 0; j < w; j++) {
        float s = 0;
        for (int p = 0; p < kc; p++) {
          s += ap[apOff + (p * MR + r) * lane + j % lane] * bp[bpOff + p * w + j];
        }
        c[ci + j] = acc ? c[ci + j] + s : s;
      }
    }
  }

  /**
   * Copies {@code rows} rows of {@code width} contiguous values, {@code src[sOff + p * sRs + j]} to {@code
   * dst[dOff + p * dRs + j]}: the packing of a strip whose rows are already contiguous. This default copies a
   * row at a time with {@code System.arraycopy}.
   *
   * @param rows the rows
   * @param width the values per row
   * @param src the source
   * @param sOff the first value's position in it
   * @param sRs the distance between its rows
   * @param dst the destination
   * @param dOff the first value's position in it
   * @param dRs the distance between its rows
   */
  void copyRows(int rows, int width, float[] src, int sOff, int sRs, float[] dst, int dOff, int dRs) {
    for (int p = 0; p < rows; p++) {
      System.arraycopy(src, sOff + p * sRs, dst, dOff + p * dRs, width);
    }
  }

  /**
   * Transposes {@code rows} rows that are contiguous along the depth into depth-major order: {@code dst[dOff +
   * p * ld + r] = src[sOff + r * rs + p]} for {@code r < rows}, {@code p < kb}. This is how an A strip whose rows
   * are contiguous, or a B strip whose columns are, gets packed. This default is scalar: 8 rows at a time, one
   * value of each per step, so that each step writes 8 adjacent values (faster than one row at a time on JDK 17
   * and 25, chosen by measurement, see benchmarks/results/README.md); then 4 rows, then single rows.
   *
   * @param rows the rows to transpose
   * @param kb the depth: values per row
   * @param src the rows' array
   * @param sOff the position of row 0, depth 0
   * @param rs the distance between rows
   * @param dst the destination
   * @param dOff the position of depth 0, row 0 in it
   * @param ld the distance between depths in the destination, at least {@code rows}
   */
  void transpose(int rows, int kb, float[] src, int sOff, int rs, float[] dst, int dOff, int ld) {
    int r = 0;
    for (; r + 8 <= rows; r += 8) {
      for (int p = 0, q = sOff + r * rs, d = dOff + r; p < kb; p++, q++, d += ld) {
        float v0 = src[q];
        float v1 = src[q + rs];
        float v2 = src[q + 2 * rs];
        float v3 = src[q + 3 * rs];
        float v4 = src[q + 4 * rs];
        float v5 = src[q + 5 * rs];
        float v6 = src[q + 6 * rs];
        float v7 = src[q + 7 * rs];
        dst[d] = v0;
        dst[d + 1] = v1;
        dst[d + 2] = v2;
        dst[d + 3] = v3;
        dst[d + 4] = v4;
        dst[d + 5] = v5;
        dst[d + 6] = v6;
        dst[d + 7] = v7;
      }
    }
    for (; r + 4 <= rows; r += 4) {
      for (int p = 0, q = sOff + r * rs, d = dOff + r; p < kb; p++, q++, d += ld) {
        float v0 = src[q];
        float v1 = src[q + rs];
        float v2 = src[q + 2 * rs];
        float v3 = src[q + 3 * rs];
        dst[d] = v0;
        dst[d + 1] = v1;
        dst[d + 2] = v2;
        dst[d + 3] = v3;
      }
    }
    for (; r < rows; r++) {
      for (int p = 0, q = sOff + r * rs, d = dOff + r; p < kb; p++, q++, d += ld) {
        dst[d] = src[q];
      }
    }
  }

  /**
   * Computes a small product {@code C = A·B} (or {@code C += A·B}) whose B and C rows are contiguous, with no
   * packing: the tiny products of a batch (a few thousand multiply-adds each), where packing would cost more
   * than the product. This scalar version (the twin without the vector module, and the columns too few for a
   * vector) runs four columns of a row at a time, four sums in registers, each element summed in the order of
   * a plain dot product; the Vector API version holds a vector of C's row per row of A.
   *
   * @param m rows of C
   * @param n columns of C
   * @param k depth
   * @param a A
   * @param aOff A's offset
   * @param aRs A's row stride
   * @param aCs A's column stride
   * @param b B
   * @param bOff B's offset
   * @param bRs B's row stride (its column stride is 1)
   * @param c C
   * @param cOff C's offset
   * @param cRs C's row stride (its column stride is 1)
   * @param acc whether to add into C
   */
  void small(int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b, int bOff, int bRs,
      float[] c, int cOff, int cRs, boolean acc) {
    for (int j0 = 0; j0 < n; j0 += 4) {
      int w = Math.min(4, n - j0);
      for (int i = 0; i < m; i++) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int p = 0, q = aOff + i * aRs, bp = bOff + j0; p < k; p++, q += aCs, bp += bRs) {
          float av = a[q];
          s0 += av * b[bp];
          if (w > 1) {
            s1 += av * b[bp + 1];
          }
          if (w > 2) {
            s2 += av * b[bp + 2];
          }
          if (w > 3) {
            s3 += av * b[bp + 3];
          }
        }
        int ci = cOff + i * cRs + j0;
        c[ci] = acc ? c[ci] + s0 : s0;
        if (w > 1) {
          c[ci + 1] = acc ? c[ci + 1] + s1 : s1;
        }
        if (w > 2) {
          c[ci + 2] = acc ? c[ci + 2] + s2 : s2;
        }
        if (w > 3) {
          c[ci + 3] = acc ? c[ci + 3] + s3 : s3;
        }
      }
    }
  }

  /**
   * Runs {@link #small} for {@code count} products whose operands lie {@code as}, {@code bs} and {@code cs}
   * apart: one call for a run of a batch, so that C2 compiles the loop over the products with the kernel inlined.
   *
   * @param count the number of products
   * @param as A's stride between products
   * @param bs B's stride between products
   * @param cs C's stride between products
   * @param m rows of C
   * @param n columns of C
   * @param k depth
   * @param a A
   * @param aOff A's offset of the first product
   * @param aRs A's row stride
   * @param aCs A's column stride
   * @param b B
   * @param bOff B's offset of the first product
   * @param bRs B's row stride (its column stride is 1)
   * @param c C
   * @param cOff C's offset of the first product
   * @param cRs C's row stride (its column stride is 1)
   * @param acc whether to add into C
   */
  void smallBatch(int count, int as, int bs, int cs, int m, int n, int k, float[] a, int aOff, int aRs, int aCs,
      float[] b, int bOff, int bRs, float[] c, int cOff, int cRs, boolean acc) {
    for (int x = 0; x < count; x++) {
      small(m, n, k, a, aOff + x * as, aRs, aCs, b, bOff + x * bs, bRs, c, cOff + x * cs, cRs, acc);
    }
  }

  /** Returns {@code Σ_p x[xOff + p] * y[yOff + p]} for {@code p < n}. */
  float dot(int n, float[] x, int xOff, float[] y, int yOff) {
    float s = 0;
    for (int p = 0; p < n; p++) {
      s += x[xOff + p] * y[yOff + p];
    }
    return s;
  }

  /**
   * Adds a tile of {@link #MR} rows of {@code w} values ({@code tile[r * w + j]}) into C at {@code cOff}, rows
   * {@code ldc} apart: each element rounds once, as {@code axpy} by 1 does.
   */
  void addTile(float[] tile, int w, float[] c, int cOff, int ldc) {
    for (int r = 0; r < MR; r++) {
      axpy(w, 1, tile, r * w, c, cOff + r * ldc);
    }
  }

  /** Adds {@code alpha * x[xOff + j]} to {@code y[yOff + j]} for {@code j < n}. */
  void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    for (int j = 0; j < n; j++) {
      y[yOff + j] += alpha * x[xOff + j];
    }
  }
}
