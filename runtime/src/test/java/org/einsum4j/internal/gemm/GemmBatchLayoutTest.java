/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.einsum4j.internal.gemm.GemmCases.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The batch layouts with their own engine paths: a batch dimension inside B's rows ({@code interleaved}) and C's
 * columns interleaved with a batch dimension ({@code spread}).
 */
class GemmBatchLayoutTest {

  /**
   * The term {@code bijh,ijhd->bihd} of seed 003, scaled down: a thin product (M = b) whose innermost batch
   * dimension h lies inside B's rows, which Gemm runs depth block by depth block across h, reading A and B in
   * place. Checked against a naive loop for rows 8 and fewer, several depths (one and
   * several blocks, a partial last one), widths of one to four vectors, accumulation, float and double.
   */
  static List<String> runInterleaved() {
    List<String> failures = new ArrayList<>();
    int lane = Gemm.floatKernels().lane();
    int laneD = Gemm.doubleKernels().lane();
    for (boolean dbl : new boolean[] {false, true}) {
      int l = dbl ? laneD : lane;
      for (int nb : new int[] {3, 8, 5}) {
        for (int d : new int[] {l, 2 * l, 4 * l}) {
          for (int j : new int[] {33, 64, 100, 129, 150}) {
            for (boolean acc : new boolean[] {false, true}) {
              for (boolean hj : new boolean[] {false, true}) {
                String f = checkInterleaved(nb, 3, j, 4, d, acc, dbl, hj);
                if (f != null) {
                  failures.add(f);
                }
              }
            }
          }
        }
      }
    }
    return failures;
  }

  /** {@code hj}: alpha stored {@code bihj} rather than {@code bijh} (A's copy then gathers). */
  private static String checkInterleaved(int nb, int ni, int nj, int nh, int nd, boolean acc, boolean dbl,
      boolean hj) {
    Random r = new Random(nb * 31L + nd * 7L + nj);
    double[] alpha = new double[nb * ni * nj * nh];
    double[] av = new double[ni * nj * nh * nd];
    double[] out = new double[nb * ni * nh * nd];
    for (int x = 0; x < alpha.length; x++) {
      alpha[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < av.length; x++) {
      av[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < out.length; x++) {
      out[x] = r.nextDouble();
    }
    double[] want = out.clone();
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int h = 0; h < nh; h++) {
          for (int d = 0; d < nd; d++) {
            double s = 0;
            for (int j = 0; j < nj; j++) {
              int x = hj ? ((b * ni + i) * nh + h) * nj + j : ((b * ni + i) * nj + j) * nh + h;
              s += alpha[x] * av[((i * nj + j) * nh + h) * nd + d];
            }
            int o = ((b * ni + i) * nh + h) * nd + d;
            want[o] = acc ? want[o] + s : s;
          }
        }
      }
    }
    int[] bs = {ni, nh};
    int[] as = {nj * nh, hj ? nj : 1};
    int aCs = hj ? 1 : nh;
    int[] bbs = {nj * nh * nd, nd};
    int[] cs = {nh * nd, nd};
    double[] got;
    if (dbl) {
      got = out.clone();
      Gemm.gemm(nb, nd, nj, alpha, 0, ni * nj * nh, aCs, av, 0, nh * nd, 1, got, 0, ni * nh * nd, 1,
          bs, as, bbs, cs, acc);
    } else {
      float[] g = toFloat(out);
      Gemm.gemm(nb, nd, nj, toFloat(alpha), 0, ni * nj * nh, aCs, toFloat(av), 0, nh * nd, 1, g, 0,
          ni * nh * nd, 1, bs, as, bbs, cs, acc);
      got = new double[g.length];
      for (int x = 0; x < g.length; x++) {
        got[x] = g[x];
      }
    }
    for (int x = 0; x < want.length; x++) {
      if (Math.abs(got[x] - want[x]) > (dbl ? 1e-12 : 2e-6) * (nj + 2)) {
        return (dbl ? "double" : "float") + " interleaved b=" + nb + " d=" + nd + " j=" + nj + " acc " + acc
            + (hj ? " bihj" : "")
            + ": at " + x + " got " + got[x] + ", want " + want[x];
      }
    }
    return null;
  }

  @Test
  void interleavedBatchInsideBRows() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runInterleaved();
    Parallel.setParallelism(1);
    failures.addAll(runInterleaved());
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  /**
   * Products whose C interleaves its columns with a batch dimension ({@code bihd,bjhd->bijh}: C's column stride
   * is h's size, h's stride 1), which Gemm runs per tile for every h at once and writes out transposed. Checked
   * against a naive loop: h of 1 to 16 (8 is the width of the transposes in registers), rows and columns around
   * the tile edges, depths up to and past one packed panel, h as the inner or the outer batch dimension, and
   * accumulation (which takes the plain path).
   */
  static List<String> runSpread() {
    List<String> failures = new ArrayList<>();
    for (boolean dbl : new boolean[] {false, true}) {
      for (int nh : new int[] {2, 3, 8, 16}) {
        for (int[] mnk : new int[][] {{1, 1, 1}, {8, 32, 64}, {13, 45, 17}, {40, 100, 9}, {9, 16, 300}}) {
          for (boolean hOuter : new boolean[] {false, true}) {
            for (boolean acc : new boolean[] {false, true}) {
              String f = checkSpread(2, nh, mnk[0], mnk[1], mnk[2], hOuter, acc, dbl);
              if (f != null) {
                failures.add(f);
              }
            }
          }
        }
      }
    }
    return failures;
  }

  private static String checkSpread(int nb, int nh, int ni, int nj, int nd, boolean hOuter, boolean acc,
      boolean dbl) {
    Random r = new Random(nb * 31L + nh * 7L + ni * 5L + nj * 3L + nd);
    double[] q = new double[nb * ni * nh * nd];
    double[] kk = new double[nb * nj * nh * nd];
    double[] out = new double[nb * ni * nj * nh];
    for (int x = 0; x < q.length; x++) {
      q[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < kk.length; x++) {
      kk[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < out.length; x++) {
      out[x] = r.nextDouble();
    }
    double[] want = out.clone();
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int j = 0; j < nj; j++) {
          for (int h = 0; h < nh; h++) {
            double s = 0;
            for (int d = 0; d < nd; d++) {
              s += q[((b * ni + i) * nh + h) * nd + d] * kk[((b * nj + j) * nh + h) * nd + d];
            }
            int o = ((b * ni + i) * nj + j) * nh + h;
            want[o] = acc ? want[o] + s : s;
          }
        }
      }
    }
    // q: bihd, k: bjhd (read transposed: unit stride along the depth), C: bijh
    int[] bs = hOuter ? new int[] {nh, nb} : new int[] {nb, nh};
    int[] as = hOuter ? new int[] {nd, ni * nh * nd} : new int[] {ni * nh * nd, nd};
    int[] bbs = hOuter ? new int[] {nd, nj * nh * nd} : new int[] {nj * nh * nd, nd};
    int[] cs = hOuter ? new int[] {1, ni * nj * nh} : new int[] {ni * nj * nh, 1};
    double[] got;
    if (dbl) {
      got = out.clone();
      Gemm.gemm(ni, nj, nd, q, 0, nh * nd, 1, kk, 0, 1, nh * nd, got, 0, nj * nh, nh, bs, as, bbs, cs, acc);
    } else {
      float[] g = toFloat(out);
      Gemm.gemm(ni, nj, nd, toFloat(q), 0, nh * nd, 1, toFloat(kk), 0, 1, nh * nd, g, 0, nj * nh, nh,
          bs, as, bbs, cs, acc);
      got = new double[g.length];
      for (int x = 0; x < g.length; x++) {
        got[x] = g[x];
      }
    }
    for (int x = 0; x < want.length; x++) {
      if (Math.abs(got[x] - want[x]) > (dbl ? 1e-12 : 2e-6) * (nd + 2)) {
        return (dbl ? "double" : "float") + " spread h=" + nh + " i=" + ni + " j=" + nj + " d=" + nd
            + (hOuter ? " h outer" : "") + " acc " + acc + ": at " + x + " got " + got[x] + ", want " + want[x];
      }
    }
    return null;
  }

  @Test
  void columnsInterleavedWithABatchDimension() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runSpread();
    Parallel.setParallelism(1);
    failures.addAll(runSpread());
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }
}
