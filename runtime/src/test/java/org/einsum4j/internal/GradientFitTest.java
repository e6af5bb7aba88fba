/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;

/** {@link GradientFit}'s sums over broadcast size-1 dimensions: as accurate as a double sum, into strided views. */
class GradientFitTest {

  @Test
  void longSumsOverASizeOneDimensionKeepTheirDigits() {
    int rows = 1 << 22;
    Random rnd = new Random(3);
    float[] g = new float[rows * 2];
    double[] want = new double[2];
    for (int i = 0; i < g.length; i++) {
      g[i] = rnd.nextFloat();
      want[i % 2] += g[i];
    }
    FloatTensor out = FloatTensor.zeros(1, 2);
    GradientFit.fit(FloatTensor.of(g, rows, 2), "ij", out, FloatTensor.zeros(1, 2), "ij", 1, false, "ij,j->ij", "x");
    for (int j = 0; j < 2; j++) {
      double err = Math.abs(out.get(0, j) - want[j]) / want[j];
      // one float accumulator over these 2^22 terms was off by 2e-5; the double sum by under 1e-7
      assertTrue(err < 1e-6, "column " + j + ": relative error " + err);
    }
  }

  @Test
  void addsIntoAStridedOutAndLeavesTheRestAlone() {
    // out is every other element of a 1x6 array, and already holds 1s: accumulate adds the column sums
    float[] backing = {1, -7, 1, -7, 1, -7};
    FloatTensor out = FloatTensor.ofStrided(backing, 0, new int[] {1, 3}, new int[] {6, 2});
    FloatTensor g = FloatTensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    GradientFit.fit(g, "ij", out, FloatTensor.zeros(1, 3), "ij", 2, true, "ij,j->ij", "x");
    assertArrayEquals(new float[] {11, -7, 15, -7, 19, -7}, backing);
  }
}
