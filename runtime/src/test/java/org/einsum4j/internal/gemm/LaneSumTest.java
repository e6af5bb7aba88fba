/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A vector dot product rounds the same in the interpreter as in C2-compiled code: the lanes are summed in one
 * fixed tree, not by {@code reduceLanes}, whose order the Vector API leaves to the implementation. The bits of
 * many dot products, computed here after the kernels are compiled, must equal those a JVM running only the
 * interpreter ({@code -Xint}) prints.
 */
class LaneSumTest {
  /** The bits of dot products of every length from 0 to 300, as one string. */
  static String bits() {
    GemmKernelsFloat k = Gemm.floatKernels();
    Random r = new Random(11);
    StringBuilder sb = new StringBuilder();
    long h = 1;
    for (int n = 0; n <= 300; n++) {
      float[] x = new float[n + 3];
      float[] y = new float[n + 5];
      for (int i = 0; i < x.length; i++) {
        x[i] = r.nextFloat() * 2 - 1;
      }
      for (int i = 0; i < y.length; i++) {
        y[i] = r.nextFloat() * 2 - 1;
      }
      h = h * 1_000_003 + Float.floatToRawIntBits(k.dot(n, x, 3, y, 5));
    }
    return sb.append(k.lane()).append(':').append(Long.toHexString(h)).toString();
  }

  @Test
  void aDotRoundsTheSameInTheInterpreterAsCompiled() throws Exception {
    String compiled = null;
    for (int w = 0; w < 300; w++) { // enough calls for C2 to compile the kernel
      compiled = bits();
    }
    org.einsum4j.internal.ChildJvm.run(LaneSumTest.class,
        List.of("--add-modules", "jdk.incubator.vector", "-Xint"), "bits " + compiled);
  }

  public static void main(String[] args) {
    System.out.println("bits " + bits());
  }
}
