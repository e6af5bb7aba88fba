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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference interpreter ({@link Einsums#evaluate}) on REDUCED sizes only: every label capped at
 * {@value #CAP} (see {@link Workload#reduced}), because it visits every combination of labels and is far too
 * slow at the full sizes. Its times are not comparable with {@link EinsumBench}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class InterpreterBench {
  /** The label cap of the reduced sizes. */
  public static final int CAP = 16;

  @Param({"luong_scores", "luong_context", "bmm", "gemm", "head_proj", "rel_scores", "rel_pos_scores", "rel_context",
      "permute", "chain3", "trace", "bilinear", "rel_context_fused", "chain5"})
  public String workload;

  private String spec;
  private FloatTensor[] inputs;

  @Setup
  public void setUp() {
    Workload w = Workload.named(workload);
    spec = w.spec();
    inputs = w.inputs(w.reduced(CAP), 1);
  }

  @Benchmark
  public FloatTensor interpreterReducedSizes() {
    return Einsums.evaluate(spec, inputs);
  }
}
