/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.einsum4j.internal.gemm.GemmCases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lane-batched products ({@link Gemm#gemmLanes}) against a plain loop, for both element types. */
class GemmLanesTest {

  /**
   * Lane-batched products ({@link Gemm#gemmLanes}) against a naive loop: every lane count the kernels take,
   * sizes at the tile, strip, step-block ({@code k} 65, 130) and panel ({@code n·lanes} over 1024) edges,
   * three layouts per operand, batch dimensions (one broadcast), a gap between C's rows, accumulation and
   * both element types. Returns the failures.
   */
  static List<String> runLanes(long seed) {
    List<String> failures = new ArrayList<>();
    Random r = new Random(seed);
    int[][] mnk = {{1, 1, 1}, {8, 2, 64}, {9, 3, 65}, {17, 131, 7}, {3, 5, 130}, {16, 1, 1}, {7, 33, 20},
        {0, 3, 3}, {3, 3, 0}, {2, 70, 9}};
    for (boolean dbl : new boolean[] {false, true}) {
      for (int lanes = 2; lanes <= 16; lanes *= 2) {
        if (!Gemm.lanesSupported(lanes, dbl)) {
          continue;
        }
        for (int[] s : mnk) {
          for (int layout = 0; layout < 3; layout++) {
            String f = checkLanes(s[0], s[1], lanes, s[2], layout, (layout + s[0]) % 3, r.nextInt(3),
                r.nextBoolean(), dbl, r.nextLong());
            if (f != null) {
              failures.add(f);
            }
          }
        }
      }
    }
    return failures;
  }

  /** Element offset of {@code X[row][col][l]} of an {@code r x c x lanes} operand in one of three layouts. */
  private static int laneIndex(int layout, int row, int col, int l, int rows, int cols, int lanes) {
    switch (layout) {
      case 0:
        return (row * lanes + l) * cols + col; // like bihd: the step innermost, lanes in between
      case 1:
        return (row * cols + col) * lanes + l; // lanes innermost
      default:
        return (l * rows + row) * cols + col; // lanes outermost
    }
  }

  private static String checkLanes(int m, int n, int lanes, int k, int aLayout, int bLayout, int batchKind,
      boolean acc, boolean dbl, long seed) {
    Random r = new Random(seed);
    int nbatch = batchKind == 0 ? 1 : batchKind + 1;
    int aSize = m * k * lanes;
    int bSize = k * n * lanes;
    int cRs = n * lanes + 3;
    int cSize = Math.max(0, m * cRs);
    int guard = 5;
    double[] a = new double[nbatch * aSize + 1];
    double[] b = new double[nbatch * bSize + 1];
    double[] c = new double[guard + nbatch * cSize + guard];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = r.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = r.nextDouble();
    }
    double[] expect = c.clone();
    int[] bs = batchKind == 0 ? new int[0] : new int[] {nbatch};
    int[] abs = batchKind == 0 ? new int[0] : new int[] {aSize};
    int[] bbs = batchKind == 0 ? new int[0] : new int[] {batchKind == 2 ? 0 : bSize};
    int[] cbs = batchKind == 0 ? new int[0] : new int[] {cSize};
    for (int t = 0; t < nbatch; t++) {
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          for (int l = 0; l < lanes; l++) {
            double sum = 0;
            for (int p = 0; p < k; p++) {
              sum += a[(bs.length == 0 ? 0 : t * abs[0]) + laneIndex(aLayout, i, p, l, m, k, lanes)]
                  * b[(bs.length == 0 ? 0 : t * bbs[0]) + laneIndex(bLayout, p, j, l, k, n, lanes)];
            }
            int ci = guard + t * cSize + i * cRs + j * lanes + l;
            expect[ci] = acc ? expect[ci] + sum : sum;
          }
        }
      }
    }
    int aRs = laneIndex(aLayout, 1, 0, 0, m, k, lanes);
    int aCs = laneIndex(aLayout, 0, 1, 0, m, k, lanes);
    int aLs = laneIndex(aLayout, 0, 0, 1, m, k, lanes);
    int bRs = laneIndex(bLayout, 1, 0, 0, k, n, lanes);
    int bCs = laneIndex(bLayout, 0, 1, 0, k, n, lanes);
    int bLs = laneIndex(bLayout, 0, 0, 1, k, n, lanes);
    double[] got;
    if (dbl) {
      got = c.clone();
      Gemm.gemmLanes(m, n, lanes, k, a, 0, aRs, aCs, aLs, b, 0, bRs, bCs, bLs, got, guard, cRs,
          bs, abs, bbs, cbs, acc);
    } else {
      float[] af = toFloat(a);
      float[] bf = toFloat(b);
      float[] cf = toFloat(c);
      Gemm.gemmLanes(m, n, lanes, k, af, 0, aRs, aCs, aLs, bf, 0, bRs, bCs, bLs, cf, guard, cRs,
          bs, abs, bbs, cbs, acc);
      got = new double[cf.length];
      for (int i = 0; i < cf.length; i++) {
        got[i] = cf[i];
      }
    }
    double tol = (dbl ? 1e-12 : 2e-6) * (k + 2);
    for (int i = 0; i < c.length; i++) {
      boolean inside = i >= guard && i < c.length - guard && (i - guard) % Math.max(1, cRs) < n * lanes;
      double want = inside ? expect[i] : c[i];
      if (Math.abs(got[i] - want) > tol) {
        return (dbl ? "double" : "float") + " lanes " + lanes + " m=" + m + " n=" + n + " k=" + k
            + " layouts " + aLayout + "/" + bLayout + " batch " + batchKind + " acc " + acc + ": at " + i
            + " got " + got[i] + ", want " + want;
      }
    }
    return null;
  }

  @Test
  void laneBatchedProductsSingleThreaded() {
    Parallel.setParallelism(1);
    List<String> failures = runLanes(5);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void laneBatchedProductsOnTwoThreads() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runLanes(6);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void laneCountsFollowTheKernels() {
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    assertEquals(k.lane() >= 2, Gemm.lanesSupported(2, false));
    assertEquals(k.lane() >= 8, Gemm.lanesSupported(8, false));
    assertTrue(!Gemm.lanesSupported(3, false) && !Gemm.lanesSupported(1, false));
    assertTrue(!Gemm.lanesSupported(2 * k.lane(), false));
    float[] x = new float[64];
    int[] none = new int[0];
    assertThrows(IllegalArgumentException.class, () -> Gemm.gemmLanes(1, 1, 3, 1, x, 0, 1, 1, 1, x, 0, 1, 1, 1,
        x, 0, 1, none, none, none, none, false));
  }
}
