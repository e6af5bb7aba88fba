/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.einsum4j.internal.gemm.GemmCases.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled kernels and engine paths allocate nothing per call (C2 keeps the vectors in registers). */
class GemmAllocationTest {

  /**
   * The micro-kernels and packing transposes, once C2 has compiled them, allocate nothing: a vector that C2
   * cannot keep in a register is boxed on the heap (when a kernel grows past C2's inlining budget, say), which
   * costs far more than the arithmetic. Each kernel runs in batches of calls until a batch allocates nothing, or
   * fails after 400 batches. Only the Vector API kernels are checked.
   */
  static List<String> runAllocationFree() {
    List<String> failures = new ArrayList<>();
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    if (!(java.lang.management.ManagementFactory.getThreadMXBean()
        instanceof com.sun.management.ThreadMXBean mx) || k instanceof GemmScalarFloat) {
      return failures;
    }
    int kc = 64;
    int nr = k.nr();
    int nrD = kd.nr();
    float[] a = new float[kc * 8 * 16 + 4096];
    float[] b = new float[kc * 512 + 2048];
    float[] c = new float[8 * 1024];
    double[] ad = new double[a.length];
    double[] bd = new double[b.length];
    double[] cd = new double[c.length];
    java.util.Map<String, java.util.function.IntConsumer> kernels = new java.util.LinkedHashMap<>();
    for (int w : new int[] {nr, k.lane()}) {
      kernels.put("kernelF w=" + w, x -> k.kernel(kc, a, 0, b, 0, w, c, 0, 1024, (x & 1) == 0));
      kernels.put("kernelDirectF w=" + w, x -> k.kernelDirect(kc, a, 0, 512, 1, 8, b, 0, w, 512, c, 0, 1024,
          (x & 1) == 0));
      kernels.put("kernelLanesF w=" + w, x -> k.kernelLanes(kc, a, 0, b, 0, w, c, 0, 1024, (x & 1) == 0));
    }
    for (int w : new int[] {nrD, kd.lane()}) {
      kernels.put("kernelD w=" + w, x -> kd.kernel(kc, ad, 0, bd, 0, w, cd, 0, 1024, (x & 1) == 0));
      kernels.put("kernelDirectD w=" + w, x -> kd.kernelDirect(kc, ad, 0, 512, 1, 8, bd, 0, w, 512, cd, 0, 1024,
          (x & 1) == 0));
      kernels.put("kernelLanesD w=" + w, x -> kd.kernelLanes(kc, ad, 0, bd, 0, w, cd, 0, 1024, (x & 1) == 0));
    }
    // the packing transposes, in registers from JDK 25 on: a boxed network would show here
    float[] t = new float[64 * 64];
    double[] td = new double[t.length];
    for (int rows : new int[] {8, 32}) {
      kernels.put("transposeF rows=" + rows, x -> k.transpose(rows, 64, b, 0, 512, t, 0, rows + (x & 1) * 8));
      kernels.put("transposeD rows=" + rows, x -> kd.transpose(rows, 64, bd, 0, 512, td, 0, rows + (x & 1) * 8));
    }
    kernels.forEach((name, call) -> {
      long least = Long.MAX_VALUE;
      // at least 400 batches, and on a loaded machine up to 30 s: C2's queue may be long, and until the kernel
      // is compiled the interpreter boxes every vector
      long deadline = System.nanoTime() + 30_000_000_000L;
      for (int batch = 0; least > 0 && (batch < 400 || System.nanoTime() < deadline); batch++) {
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int x = 0; x < 1000; x++) {
          call.accept(x);
        }
        least = Math.min(least, mx.getCurrentThreadAllocatedBytes() - before);
      }
      if (least > 0) {
        failures.add(name + " still allocates " + least + " bytes per 1000 calls once compiled");
      }
    });
    return failures;
  }

  @Test
  void compiledKernelsAllocateNothing() {
    List<String> failures = runAllocationFree();
    assertTrue(failures.isEmpty(), failures.toString());
  }
}
