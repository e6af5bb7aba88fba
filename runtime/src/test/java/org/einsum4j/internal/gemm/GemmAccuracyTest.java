/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long float sums in the GEMM engine: a covariance {@code ni,nj->ij} of strongly correlated positive columns
 * (every product positive, so nothing cancels and one accumulator's error grows with n) stays well inside
 * {@code 16·eps·Σ|a||b|} per element, and far below what one sequential accumulator per element gives.
 */
class GemmAccuracyTest {
  private static final double EPS = Math.ulp(1f);

  @ParameterizedTest(name = "n={0}, d={1}")
  @CsvSource({"2048, 192", "8192, 160", "2048, 64", "8192, 40", "8192, 8", "8192, 5", "16384, 3"})
  void aCovarianceOfCorrelatedPositiveColumns(int n, int d) {
    Random r = new Random(n + d);
    float[] x = new float[n * d];
    for (int p = 0; p < n; p++) {
      double base = 0.5 + r.nextDouble();
      for (int i = 0; i < d; i++) {
        x[p * d + i] = (float) (base * (1 + 0.05 * r.nextGaussian()));
      }
    }
    float[] c = new float[d * d];
    // c[i,j] = Σ_p x[p,i] · x[p,j]: A = xᵀ (rows i, depth p: strides 1, d), B = x (depth p, columns j)
    Gemm.gemm(d, d, n, x, 0, 1, d, x, 0, d, 1, c, 0, d, 1, new int[0], new int[0], new int[0], new int[0], false);
    double worst = 0;
    double worstSequential = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double exact = 0;
        float sequential = 0;
        for (int p = 0; p < n; p++) {
          float a = x[p * d + i];
          float b = x[p * d + j];
          exact += (double) a * b;
          sequential = Math.fma(a, b, sequential);
        }
        double bound = 16 * EPS * exact; // Σ|a||b| = exact: every product is positive
        worst = Math.max(worst, Math.abs(c[i * d + j] - exact) / bound);
        worstSequential = Math.max(worstSequential, Math.abs(sequential - exact) / bound);
      }
    }
    assertTrue(worst < 0.25, "worst error " + worst + " of 16·eps·Σ|a||b| (one accumulator: " + worstSequential + ")");
    assertTrue(worst < worstSequential / 3, "worst error " + worst + " against one accumulator's " + worstSequential);
  }
}
