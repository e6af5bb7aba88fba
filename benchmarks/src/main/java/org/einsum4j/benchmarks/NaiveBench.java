/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.einsum4j.FloatTensor;

/**
 * The baseline: hand-written naive Java loops ({@link Naive}) at the full sizes, on the same inputs as
 * {@link EinsumBench}. Each trial checks its full-size result at sampled elements before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class NaiveBench {
  @Param({"luong_scores", "luong_context", "bmm", "gemm", "head_proj", "rel_scores", "rel_pos_scores", "rel_context",
      "permute", "chain3", "trace", "bilinear", "rel_context_fused", "chain5"})
  public String workload;

  private Workload w;
  private Map<Character, Integer> sizes;
  private float[][] arrays;

  @Setup(Level.Trial)
  public void setUp() {
    w = Workload.named(workload);
    sizes = w.sizes();
    FloatTensor[] inputs = w.inputs(sizes, 1);
    arrays = Workload.arrays(inputs);
    FloatTensor result = FloatTensor.of(w.naive(sizes, arrays), Workload.shape(w.outputTerm(), sizes));
    Checks.sampled(w, sizes, inputs, result, Checks.SAMPLES, "naive loops");
  }

  @Benchmark
  public float[] naive() {
    return w.naive(sizes, arrays);
  }
}
