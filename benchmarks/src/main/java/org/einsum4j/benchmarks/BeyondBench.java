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
 * The "beyond the seeds" group ({@link Beyond}): each workload's allocating method and its {@code out} form,
 * checked against the reference interpreter before it is timed. Divide {@link Beyond#bytes()} by the time for
 * GB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BeyondBench {
  /** The workload's name. */
  @Param({"hadamard", "feature_scale", "triple", "rope_outer", "khatri_rao", "middle_sum", "batch_diag", "head_dot",
      "row_dot", "col_sum", "masked_pool", "channel_scale", "last_axis_dot", "moe_dispatch", "moe_combine",
      "chunk_scores", "attn_scores", "covariance", "basis_change", "mpo_env", "batch_rotations", "block_products",
      "low_rank"})
  public String workload;

  private BeyondSeeds suite;
  private Beyond w;
  private FloatTensor[] inputs;
  private FloatTensor out;

  /** Loads the kernels, checks them against the interpreter, makes the inputs and the output. */
  @Setup(Level.Trial)
  public void setUp() {
    w = Beyond.named(workload);
    suite = Einsums.load(BeyondSeeds.class);
    // the interpreter visits every label combination: at full size only where that is cheap, else at a quarter
    // of every size (the kernels are the same for any size)
    FloatTensor[] check = w.combos() <= 1 << 28 ? w.inputs(1, 1) : w.inputs(1, 4);
    FloatTensor want = Einsums.evaluate(w.spec(), check);
    FloatTensor got = w.einsum().call(suite, check);
    if (!got.allClose(want, 1e-4, 1e-3)) {
      throw new IllegalStateException(workload + ": the kernel disagrees with the interpreter");
    }
    inputs = w.inputs(1, 1);
    want = call();
    out = FloatTensor.zeros(want.shape()).fill(Float.NaN);
    w.into().call(suite, inputs, out);
    if (!out.allClose(want, 1e-4, 1e-3)) {
      throw new IllegalStateException(workload + ": the out form disagrees with the allocating call");
    }
  }

  /** Runs the allocating method. */
  @Benchmark
  public FloatTensor einsum() {
    return call();
  }

  /** Runs the method that writes into {@code out}. */
  @Benchmark
  public FloatTensor into() {
    w.into().call(suite, inputs, out);
    return out;
  }

  private FloatTensor call() {
    return w.einsum().call(suite, inputs);
  }
}
