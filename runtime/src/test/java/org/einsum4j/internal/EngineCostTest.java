/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.gemm.Gemm;
import org.einsum4j.internal.spec.Intermediates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine choice of a matrix product ({@link EngineCost}): which shapes move to the vector nest, and that a
 * product gives the interpreter's result (and the GEMM engine's, to rounding) on whichever engine it runs, in
 * both element types, contiguous and strided.
 */
class EngineCostTest {

  @AfterEach
  void restore() {
    Tuning.gemmAlways = false;
  }

  private static boolean vectors() {
    return Gemm.floatLanes() > 1 && VectorSupport.vectorAllowed();
  }

  @Test
  void shallowWideProductsPreferTheNestAndDeepOnesTheGemmEngine() {
    int lanes = 16;
    // ij,jk->ik at 2048 x 2 x 2048: one pass of stores on the nest, the GEMM engine's C traffic twice that
    assertTrue(EngineCost.nestNanos(2048.0 * 2 * 2048, 2048, lanes) < EngineCost.gemmNanos(1, 2048, 2048, 2));
    // a 256³ product: the GEMM engine, even against a vectorized nest
    assertTrue(EngineCost.nestNanos(256.0 * 256 * 256, 256, lanes) > EngineCost.gemmNanos(1, 256, 256, 256));
    // batches of 3 x 3 products: the nest's lines are 3 long, scalar
    assertTrue(EngineCost.nestNanos(65536.0 * 27, 3, lanes) > EngineCost.gemmNanos(65536, 3, 3, 3));
    // a narrow output line never counts as vectorized
    assertEquals(EngineCost.nestNanos(1000, 0, lanes), EngineCost.nestNanos(1000, 15, lanes));
  }

  @Test
  void theChoiceFollowsTheSizesAtCallTime() {
    if (!vectors()) {
      return; // without the vector module every product stays on the GEMM engine: checked below
    }
    assertNotNull(nestInstead("ij,jk->ik", new int[] {1024, 2}, new int[] {2, 1024}));
    assertNull(nestInstead("ij,jk->ik", new int[] {1024, 16}, new int[] {16, 1024}), "deeper than the limit");
    assertNull(nestInstead("ij,jk->ik", new int[] {4, 2}, new int[] {2, 4}), "too small to vectorize");
    assertNull(nestInstead("bij,bjk->bik", new int[] {4096, 3, 3}, new int[] {4096, 3, 3}), "3-long lines");
  }

  @Test
  void scalarKernelsKeepTheGemmEngine() {
    if (vectors()) {
      return;
    }
    assertNull(nestInstead("ij,jk->ik", new int[] {1024, 2}, new int[] {2, 1024}));
  }

  @Test
  void productsMovedToTheNestAgreeWithTheInterpreterAndTheGemmEngine() {
    String[] specs = {"ij,jk->ik", "bij,bjk->bik", "ij,kj->ik", "ji,jk->ki"};
    int[][][] shapes = {
      {{700, 2}, {2, 900}},
      {{3, 200, 3}, {3, 3, 333}},
      {{517, 5}, {611, 5}},
      {{1, 400}, {1, 700}},
    };
    for (int s = 0; s < specs.length; s++) {
      FloatTensor x = FloatTensor.randn(11 + s, shapes[s][0]);
      FloatTensor y = FloatTensor.randn(23 + s, shapes[s][1]);
      // the narrow depth of ij,kj->ik is the only stride-1 dimension of both operands: 5-long lines stay scalar
      check(specs[s], x, y, s != 2);
      // strided (every other element of a larger array): no stride-1 dimension, so the GEMM engine
      check(specs[s], strided(x), strided(y), false);
      DoubleTensor xd = x.toDouble();
      DoubleTensor yd = y.toDouble();
      Contraction.Binding bd = bind(specs[s], xd, yd);
      DoubleTensor got = DoubleTensor.zeros(bd.outputShape());
      bd.bindOutput(got.layout());
      MatmulStep.run(bd, groups(specs[s]), xd.array(), yd.array(), got.array());
      assertTrue(got.allClose(Einsums.evaluate(specs[s], xd, yd), 1e-12, 1e-12), specs[s] + " in double");
    }
  }

  private static void check(String spec, FloatTensor x, FloatTensor y, boolean nest) {
    Contraction.Binding bd = bind(spec, x, y);
    assertEquals(nest && vectors(), nestInstead(bd, spec) != null, spec + ": the engine chosen");
    FloatTensor auto = FloatTensor.zeros(bd.outputShape()).fill(Float.NaN);
    bd.bindOutput(auto.layout());
    MatmulStep.run(bd, groups(spec), x.array(), y.array(), auto.array());
    Tuning.gemmAlways = true;
    FloatTensor gemm = FloatTensor.zeros(bd.outputShape()).fill(Float.NaN);
    bd.bindOutput(gemm.layout());
    MatmulStep.run(bd, groups(spec), x.array(), y.array(), gemm.array());
    Tuning.gemmAlways = false;
    FloatTensor want = Einsums.evaluate(spec, x, y);
    assertTrue(auto.allClose(want, 1e-5, 1e-5), spec + " against the interpreter");
    assertTrue(auto.allClose(gemm, 1e-5, 1e-5), spec + " against the GEMM engine");
  }

  private static org.einsum4j.internal.nest.NestPlan nestInstead(String spec, int[] a, int[] b) {
    return nestInstead(bind(spec, FloatTensor.zeros(a), FloatTensor.zeros(b)), spec);
  }

  private static org.einsum4j.internal.nest.NestPlan nestInstead(Contraction.Binding bd, String spec) {
    MatmulStep step = MatmulStep.of(bd, groups(spec));
    double batch = 1;
    for (int s : step.batchSizes) {
      batch *= s;
    }
    double depth = step.k;
    for (int s : step.kLoopSizes) {
      depth *= s;
    }
    return EngineCost.nestInstead(bd, batch, step.m, step.n, depth, false);
  }

  private static Contraction.Binding bind(String spec, FloatTensor x, FloatTensor y) {
    Contraction.Binding bd = Contraction.of(spec).bind(x.layout(), y.layout());
    bd.bindOutput(FloatTensor.zeros(bd.outputShape()).layout());
    return bd;
  }

  private static Contraction.Binding bind(String spec, DoubleTensor x, DoubleTensor y) {
    return Contraction.of(spec).bind(x.layout(), y.layout());
  }

  /** Every other element of a larger array, at offset 1 (also used by RepackTest). */
  static FloatTensor strided(FloatTensor t) {
    int[] shape = t.shape();
    int[] strides = new int[shape.length];
    int stride = 2;
    for (int d = shape.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride *= shape[d];
    }
    float[] data = new float[Math.max(1, stride)];
    FloatTensor view = FloatTensor.ofStrided(data, 1, shape, strides);
    float[] src = t.toArray();
    int[] idx = new int[shape.length];
    for (int i = 0; i < src.length; i++) {
      int off = 1;
      for (int d = 0; d < shape.length; d++) {
        off += idx[d] * strides[d];
      }
      data[off] = src[i];
      for (int d = shape.length - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return view;
  }

  /** The label numbers of a two-operand spec's batch, M, N and K groups (also used by RepackTest). */
  static int[][] groups(String spec) {
    int comma = spec.indexOf(',');
    int arrow = spec.indexOf("->");
    String a = spec.substring(0, comma);
    String b = spec.substring(comma + 1, arrow);
    String out = spec.substring(arrow + 2);
    String labels = Contraction.of(spec).spec().labels();
    String[] g = Intermediates.matrixGroups(a, b, out);
    int[][] groups = new int[4][];
    for (int i = 0; i < 4; i++) {
      groups[i] = g[i].chars().map(labels::indexOf).toArray();
    }
    return groups;
  }
}
