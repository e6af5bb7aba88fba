/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed suite's {@code permute} ({@code bshd->bhsd}, b=16 s=256 h=8 d=64, 8 MiB) as a whole call that
 * allocates its result ({@code alloc}), and as the copy alone into a preallocated tensor ({@code into}), to
 * tell the cost of allocating and zeroing the result from the cost of the copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PermuteBench {
  private Permutes kernels;
  private FloatTensor x;
  private FloatTensor out;

  @Setup
  public void setUp() {
    kernels = Einsums.load(Permutes.class);
    x = FloatTensor.zeros(16, 256, 8, 64);
    float[] a = x.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    out = FloatTensor.zeros(16, 8, 256, 64);
    kernels.permute(x, out);
    if (!java.util.Arrays.equals(Einsums.evaluate("bshd->bhsd", x).toArray(), out.toArray())) {
      throw new AssertionError("permute disagrees with the interpreter");
    }
  }

  @Benchmark
  public FloatTensor alloc() {
    return kernels.permute(x);
  }

  @Benchmark
  public FloatTensor into() {
    kernels.permute(x, out);
    return out;
  }
}
