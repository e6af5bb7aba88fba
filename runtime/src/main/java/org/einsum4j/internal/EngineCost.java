/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import org.einsum4j.internal.gemm.Gemm;
import org.einsum4j.internal.nest.NestPlan;

/**
 * The measured cost model that picks, per call, the engine of a step that is a matrix product: the GEMM
 * engine, or the vector loop nest. A matrix product is planned for the GEMM engine at build time (the processor
 * cannot know the sizes); at call time, a product whose depth is at most {@link #NEST_MAX_DEPTH} is timed by
 * both models below and runs on the nest when its estimate is lower. With little to sum, a product writes each
 * element of C after a handful of multiply-adds, and the GEMM engine's packing, micro-tiles and C traffic cost
 * more than the nest's one pass (for {@code ij,jk->ik} at 2048 x 2 x 2048 the nest takes 0.52 ms, the GEMM
 * engine 1.16). Deeper products always run on the GEMM engine, which then reuses every loaded element from
 * registers. Internal: for {@link MatmulStep}.
 *
 * <p>The constants were fitted to {@code StepChoiceBench} (benchmarks module: eleven shapes from batches of
 * 3 x 3 products to 256³, on both engines; JDK 25, 2 threads, Intel Xeon with AVX-512, 2026-12-03). A GEMM call
 * costs {@link #GEMM_FLOPS_PER_NS} per floating-point operation, {@link #GEMM_NS_PER_ELEMENT} per element of C and
 * {@link #GEMM_NS_PER_PRODUCT} per product of the batch; a nest call {@link #NEST_NS_PER_POINT} per point of its
 * iteration space and {@link #NEST_NS_PER_LINE} per line when its vector dimension fills a vector, else
 * {@link #SCALAR_NS_PER_POINT} per point (the strided twin). Both engines scale alike with threads, so the ratio,
 * which is all the choice uses, holds on one thread too. Every case of that benchmark gets the faster engine;
 * the results page has the table.
 */
public final class EngineCost {
  /** Products deeper than this (the merged depth) always run on the GEMM engine. */
  public static final int NEST_MAX_DEPTH = 8;
  /** The GEMM engine's rate on deep products, floating-point operations per nanosecond. */
  static final double GEMM_FLOPS_PER_NS = 160;
  /** The GEMM engine's cost of each element of C (packing, tiles, the store), in nanoseconds. */
  static final double GEMM_NS_PER_ELEMENT = 0.25;
  /** The GEMM engine's cost of each product of a batch, in nanoseconds. */
  static final double GEMM_NS_PER_PRODUCT = 40;
  /** The vector nest's cost of a point, in nanoseconds. */
  static final double NEST_NS_PER_POINT = 0.06;
  /** The vector nest's cost of a line, in nanoseconds. */
  static final double NEST_NS_PER_LINE = 1.6;
  /** The strided (scalar) nest's cost of a point, in nanoseconds. */
  static final double SCALAR_NS_PER_POINT = 2;

  private EngineCost() {}

  /**
   * Returns the GEMM engine's estimated time for a batched product, in nanoseconds.
   *
   * @param batch the number of products
   * @param m the rows of each
   * @param n the columns of each
   * @param k the depth of each
   * @return the estimate
   */
  public static double gemmNanos(double batch, double m, double n, double k) {
    return batch * (2 * m * n * k / GEMM_FLOPS_PER_NS + m * n * GEMM_NS_PER_ELEMENT + GEMM_NS_PER_PRODUCT);
  }

  /**
   * Returns the nest engine's estimated time for a call, in nanoseconds.
   *
   * @param points the points of the iteration space (the product of every size)
   * @param vectorLength the length of the nest's vector dimension when its lines run on the Vector API, else 0
   * @param lanes the lanes of a vector
   * @return the estimate
   */
  public static double nestNanos(double points, int vectorLength, int lanes) {
    if (vectorLength < Math.max(2, lanes)) {
      return points * SCALAR_NS_PER_POINT;
    }
    return points * NEST_NS_PER_POINT + points / vectorLength * NEST_NS_PER_LINE;
  }

  /**
   * Returns the nest plan a matrix product should run on instead of the GEMM engine, or {@code null} for the
   * GEMM engine.
   *
   * @param bd the binding, output bound
   * @param batch the number of products
   * @param m the rows of each
   * @param n the columns of each
   * @param k the depth of each, all its dimensions merged
   * @param isDouble whether the elements are doubles
   * @return the nest's plan, or {@code null}
   */
  static NestPlan nestInstead(Contraction.Binding bd, double batch, double m, double n, double k,
      boolean isDouble) {
    if (k > NEST_MAX_DEPTH || k < 1 || batch * m * n == 0) {
      return null;
    }
    NestPlan plan = NestPlan.of(bd);
    int lanes = isDouble ? Gemm.doubleLanes() : Gemm.floatLanes();
    double nest = nestNanos(batch * m * n * k, plan.vectorLength(), lanes);
    return nest < gemmNanos(batch, m, n, k) ? plan : null;
  }
}
