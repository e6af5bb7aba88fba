/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sum of a vector's lanes in one fixed tree of adds (halves, then quarters, ...), for the species of
 * {@link VectorBits#shape()}. Unlike {@code reduceLanes(ADD)}, whose order the Vector API leaves to the
 * implementation (the interpreter's differs from C2's on JDK 25), this rounds the same before and after the
 * kernels are compiled, so a call's bits never depend on when it runs (LaneSumTest). Used by the GEMM engine's
 * and the nest engine's dot products. Internal, not API; loads only with the vector module.
 */
public final class LaneSums {
  private static final VectorSpecies<Float> FLOATS = VectorSpecies.of(float.class, VectorBits.shape());
  private static final VectorSpecies<Double> DOUBLES = VectorSpecies.of(double.class, VectorBits.shape());
  private static final int FL = FLOATS.length();
  private static final int DL = DOUBLES.length();
  // lane i paired with lane i ^ h: the tree's steps, h = lanes / 2, ..., 1
  private static final VectorShuffle<Float> F8 = VectorShuffle.fromOp(FLOATS, i -> (i ^ 8) < FL ? i ^ 8 : i);
  private static final VectorShuffle<Float> F4 = VectorShuffle.fromOp(FLOATS, i -> (i ^ 4) < FL ? i ^ 4 : i);
  private static final VectorShuffle<Float> F2 = VectorShuffle.fromOp(FLOATS, i -> (i ^ 2) < FL ? i ^ 2 : i);
  private static final VectorShuffle<Float> F1 = VectorShuffle.fromOp(FLOATS, i -> i ^ 1);
  private static final VectorShuffle<Double> D4 = VectorShuffle.fromOp(DOUBLES, i -> (i ^ 4) < DL ? i ^ 4 : i);
  private static final VectorShuffle<Double> D2 = VectorShuffle.fromOp(DOUBLES, i -> (i ^ 2) < DL ? i ^ 2 : i);
  private static final VectorShuffle<Double> D1 = VectorShuffle.fromOp(DOUBLES, i -> i ^ 1);

  private LaneSums() {}

  /**
   * Returns the sum of {@code v}'s lanes in the fixed tree order.
   *
   * @param v a vector of the species of {@link VectorBits#shape()}
   * @return the sum
   */
  public static float sumLanes(FloatVector v) {
    if (FL >= 16) {
      v = v.add(v.rearrange(F8));
    }
    if (FL >= 8) {
      v = v.add(v.rearrange(F4));
    }
    if (FL >= 4) {
      v = v.add(v.rearrange(F2));
    }
    return v.add(v.rearrange(F1)).lane(0);
  }

  /**
   * Returns the sum of {@code v}'s lanes in the fixed tree order.
   *
   * @param v a vector of the species of {@link VectorBits#shape()}
   * @return the sum
   */
  public static double sumLanes(DoubleVector v) {
    if (DL >= 8) {
      v = v.add(v.rearrange(D4));
    }
    if (DL >= 4) {
      v = v.add(v.rearrange(D2));
    }
    return v.add(v.rearrange(D1)).lane(0);
  }
}
