/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.gemm;

import static org.einsum4j.internal.gemm.GemmCases.batchSizes;
import static org.einsum4j.internal.gemm.GemmCases.compare;
import static org.einsum4j.internal.gemm.GemmCases.layout;

import java.util.Random;

/**
 * One {@link GemmCases.Case} on one engine with {@code float} operands, against the naive loop in
 * {@code double}. {@code GemmCheckDouble} is generated from this file by {@code org.einsum4j.internal.twins.Twins},
 * so both element types get the same check (the first lines of each say which one to edit; rewrite the twin
 * with {@code -Dtwins.update=true}).
 */
final class GemmCheckFloat {
  /** The tolerance, scaled by the reduction length in {@link GemmCases#compare}. */
  static final double EPS = 1e-6;

  private GemmCheckFloat() {}

  /** Returns a failure message, or null when C (written or not) matches the naive result. */
  static String check(GemmCases.Engine e, GemmCases.Case t, long seed) {
    Random r = new Random(seed);
    int[] bs = batchSizes(t.batch());
    GemmCases.Operand a = layout(t.m(), t.k(), t.a(), t.batch(), bs, false);
    GemmCases.Operand b = layout(t.k(), t.n(), t.b(), t.batch(), bs, true);
    GemmCases.Operand c = layout(t.m(), t.n(), t.c(), t.batch(), bs, false);
    float[] av = new float[a.size];
    float[] bv = new float[b.size];
    float[] cv = new float[c.size];
    for (int i = 0; i < av.length; i++) {
      av[i] = r.nextFloat() * 2 - 1;
    }
    for (int i = 0; i < bv.length; i++) {
      bv[i] = r.nextFloat() * 2 - 1;
    }
    for (int i = 0; i < cv.length; i++) {
      cv[i] = r.nextFloat() * 2 - 1;
    }
    float[] c0 = cv.clone();
    e.f(t.m(), t.n(), t.k(), av, a.off, a.rs, a.cs, bv, b.off, b.rs, b.cs, cv, c.off, c.rs, c.cs,
        bs, a.batchStrides, b.batchStrides, c.batchStrides, t.acc());
    return compare("float " + t, t, bs, widen(av), a, widen(bv), b, widen(c0), widen(cv), c, EPS);
  }

  /** Returns the values as {@code double}s, a copy, for the oracle. */
  private static double[] widen(float[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i];
    }
    return out;
  }
}
