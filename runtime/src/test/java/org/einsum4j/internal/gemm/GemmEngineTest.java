/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.einsum4j.internal.gemm.GemmCases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's paths and layouts against the oracle of {@link GemmCases}: every case on {@link Gemm}, small
 * blocks and the scalar kernels, on one and two threads, for {@code float} and {@code double}; argument checks;
 * the seed suite's shapes.
 */
class GemmEngineTest {

  @AfterEach
  void restoreParallel() {
    Parallel.setParallelism(Runtime.getRuntime().availableProcessors());
    Parallel.resetThreshold();
  }

  @Test
  void allEnginesSingleThreaded() {
    Parallel.setParallelism(1);
    List<String> failures = runAll(42);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void smallProductsAtEveryEdge() {
    Parallel.setParallelism(1);
    List<String> failures = runSmall();
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    failures.addAll(runSmall());
    assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.get(0));
  }

  @Test
  void allEnginesOnTwoThreads() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runAll(7);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void rejectsNegativeSizesAndMismatchedBatchArrays() {
    float[] x = new float[4];
    int[] none = new int[0];
    assertThrows(IllegalArgumentException.class,
        () -> Gemm.gemm(-1, 1, 1, x, 0, 1, 1, x, 0, 1, 1, x, 0, 1, 1, none, none, none, none, false));
    assertThrows(IllegalArgumentException.class,
        () -> Gemm.gemm(1, 1, 1, x, 0, 1, 1, x, 0, 1, 1, x, 0, 1, 1, new int[] {1}, none, none, none, false));
  }

  @Test
  void setParallelismRejectsZero() {
    assertThrows(IllegalArgumentException.class, () -> Parallel.setParallelism(0));
  }

  /** The seed-suite shapes, with their real strides, on two threads. */
  @Test
  void seedSuiteShapes() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    // rel_scores, scaled down: A[b,i,h,d], B[b,j,h,d] read as B[d][j], C[b,i,j,h].
    int nb = 2;
    int h = 3;
    int i = 20;
    int j = 21;
    int d = 19;
    float[] a = random(nb * i * h * d, 1);
    float[] b = random(nb * j * h * d, 2);
    float[] c = new float[nb * i * j * h];
    int[] bs = {nb, h};
    Gemm.gemm(i, j, d, a, 0, h * d, 1, b, 0, 1, h * d, c, 0, j * h, h,
        bs, new int[] {i * h * d, d}, new int[] {j * h * d, d}, new int[] {i * j * h, 1}, false);
    for (int x = 0; x < nb; x++) {
      for (int y = 0; y < h; y++) {
        for (int ii = 0; ii < i; ii++) {
          for (int jj = 0; jj < j; jj++) {
            double s = 0;
            for (int p = 0; p < d; p++) {
              s += (double) a[((x * i + ii) * h + y) * d + p] * b[((x * j + jj) * h + y) * d + p];
            }
            assertEquals(s, c[((x * i + ii) * j + jj) * h + y], 1e-5 * d);
          }
        }
      }
    }
  }
}
