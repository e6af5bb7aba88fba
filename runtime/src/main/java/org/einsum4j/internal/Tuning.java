/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

/**
 * Switches that tests use to force one kernel variant. Generated methods read {@link #variant} once per call.
 * The system property {@code einsum4j.variant} sets the initial value: {@code auto} (the default: the plan's
 * fastest step), or {@code nest} (the plain fused loop nest, the reference-like scalar variant, for the methods whose
 * plan has one at run time: pairwise paths and group terms; a method whose whole plan is one engine step, a matrix
 * product, copy or reduction, has no loop nest and runs its engine either way).
 * Internal: not API.
 */
public final class Tuning {
  /** Run each plan's preferred steps. */
  public static final int AUTO = 0;
  /** Run the scalar fused loop nest for every method. */
  public static final int NEST = 1;

  /** The variant generated methods run; {@link #AUTO} unless a test or the system property says otherwise. */
  public static volatile int variant = "nest".equals(System.getProperty("einsum4j.variant")) ? NEST : AUTO;

  /**
   * A contraction path that methods with three or more operands must take (its index among the method's
   * candidates; a method with fewer candidates runs its loop nest), or -1 for the cheapest. For tests.
   */
  public static volatile int path = -1;

  /**
   * Whether matrix products run on the GEMM engine whatever {@link EngineCost} estimates (for tests and
   * benchmarks that time or check one engine); {@code false} by default.
   */
  public static volatile boolean gemmAlways = false;

  private Tuning() {}

  /** Returns whether generated methods must run their fused loop nest. */
  public static boolean forceNest() {
    return variant == NEST;
  }
}
