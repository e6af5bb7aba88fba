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

/** The packing transposes of the kernels in use against a plain loop, for both element types. */
class GemmPackingTest {

  /**
   * The packing transposes of the kernels in use (in registers where the JDK and width allow, else the scalar
   * default in groups of 8, 4 and 1 rows) against a plain loop: every mix of those groups, depths around the lane
   * count, contiguous and strided destinations; destination values outside the block must stay untouched.
   */
  static List<String> runTransposes() {
    List<String> failures = new ArrayList<>();
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    Random rnd = new Random(7);
    for (int rows : new int[] {1, 3, 4, 7, 8, 9, 12, 13, 16, 20, 24, 32, 40, 47}) {
      for (int kb : new int[] {0, 1, 2, 3, 4, 5, 8, 15, 16, 17, 31, 33, 64, 70}) {
        for (int extra : new int[] {0, 3, 8, 24}) {
          int ld = rows + extra;
          int rs = kb + rnd.nextInt(5);
          int sOff = rnd.nextInt(4);
          int dOff = rnd.nextInt(4);
          float[] src = new float[sOff + rows * rs + kb];
          double[] srcD = new double[src.length];
          for (int i = 0; i < src.length; i++) {
            src[i] = i + 0.5f;
            srcD[i] = -i - 0.25;
          }
          float[] got = new float[dOff + kb * ld + rows];
          float[] want = new float[got.length];
          double[] gotD = new double[got.length];
          double[] wantD = new double[got.length];
          java.util.Arrays.fill(got, -1f);
          java.util.Arrays.fill(want, -1f);
          java.util.Arrays.fill(gotD, 1.0);
          java.util.Arrays.fill(wantD, 1.0);
          k.transpose(rows, kb, src, sOff, rs, got, dOff, ld);
          kd.transpose(rows, kb, srcD, sOff, rs, gotD, dOff, ld);
          for (int r = 0; r < rows; r++) {
            for (int p = 0; p < kb; p++) {
              want[dOff + p * ld + r] = src[sOff + r * rs + p];
              wantD[dOff + p * ld + r] = srcD[sOff + r * rs + p];
            }
          }
          String where = "rows=" + rows + " kb=" + kb + " ld=" + ld + " rs=" + rs;
          for (int x = 0; x < got.length; x++) {
            if (got[x] != want[x]) {
              failures.add("float transpose " + where + ": at " + x + " got " + got[x] + ", want " + want[x]);
              break;
            }
            if (gotD[x] != wantD[x]) {
              failures.add("double transpose " + where + ": at " + x + " got " + gotD[x] + ", want " + wantD[x]);
              break;
            }
          }
        }
      }
    }
    return failures;
  }

  @Test
  void packingTransposesMatchAPlainLoop() {
    List<String> failures = runTransposes();
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }
}
