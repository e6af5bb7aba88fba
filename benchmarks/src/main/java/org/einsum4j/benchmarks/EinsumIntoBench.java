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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated kernels' {@code out} form ({@code void xInto(..., FloatTensor out)}) at the full sizes, writing
 * every call into one result allocated per trial: {@link EinsumBench}'s calls without allocating and zero-filling
 * a new result. Before measuring, each trial checks the {@code out} form against the interpreter at reduced
 * sizes and its full-size result at sampled elements, both written into a result filled with NaN first, and
 * fails if either disagrees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class EinsumIntoBench {
  @Param({"luong_scores", "luong_context", "bmm", "gemm", "head_proj", "rel_scores", "rel_pos_scores", "rel_context",
      "permute", "chain3", "trace", "bilinear", "rel_context_fused", "chain5"})
  public String workload;

  private SeedSuite suite;
  private Workload w;
  private FloatTensor[] inputs;
  private FloatTensor out;

  @Setup(Level.Trial)
  public void setUp() {
    w = Workload.named(workload);
    suite = Einsums.load(SeedSuite.class);
    Checks.intoAgainstInterpreter(w, suite, Checks.SETUP_CAP);
    inputs = w.inputs(w.sizes(), 1);
    out = Checks.intoNaN(w, suite, w.sizes(), inputs);
    Checks.sampled(w, w.sizes(), inputs, out, Checks.SAMPLES, "generated kernel into out");
  }

  @Benchmark
  public FloatTensor into() {
    w.into(suite, inputs, out);
    return out;
  }
}
