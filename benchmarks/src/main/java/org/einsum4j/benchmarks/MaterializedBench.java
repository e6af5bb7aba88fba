/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.einsum4j.FloatTensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Naive Java loops for {@code rel_context_fused} written the way seed 003 writes it in PyTorch,
 * {@code einsum('bijh,bijhd->bihd', alpha, V.unsqueeze(1) + AV)}: every call builds the {@code [b, i, j, h, d]}
 * temporary (256 MiB at the full sizes) and then contracts over it
 * ({@link Naive#relContextSeed003Materialized}). The counterpart of torch's 256 ms in SEED-SUITE.md, on the
 * same inputs as {@link EinsumBench} and {@link NaiveBench} for {@code rel_context_fused}. Not a workload of
 * its own: it has no {@code workload} parameter and the runner reports it on the {@code rel_context_fused} row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MaterializedBench {
  /** The workload this variant computes. */
  public static final String WORKLOAD = "rel_context_fused";

  private Map<Character, Integer> sizes;
  private float[][] arrays;

  @Setup(Level.Trial)
  public void setUp() {
    Workload w = Workload.named(WORKLOAD);
    sizes = w.sizes();
    FloatTensor[] inputs = w.inputs(sizes, 1);
    arrays = Workload.arrays(inputs);
    FloatTensor result = FloatTensor.of(Naive.relContextSeed003Materialized(sizes, arrays),
        Workload.shape(w.outputTerm(), sizes));
    Checks.sampled(w, sizes, inputs, result, Checks.SAMPLES, "naive loops, seed-003 materialized");
  }

  /** Seed 003's form: the {@code [b, i, j, h, d]} temporary, then the contraction. */
  @Benchmark
  public float[] rel_context_seed003_materialized() {
    return Naive.relContextSeed003Materialized(sizes, arrays);
  }
}
