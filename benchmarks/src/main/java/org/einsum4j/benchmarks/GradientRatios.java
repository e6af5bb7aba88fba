/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * The GFLOP/s of each {@link GradientBench} gradient against its forward, measured interleaved in one JVM: round
 * after round, a few calls of the forward, then of each gradient, keeping each pass's best round. On a shared
 * machine, whose load changes between JMH's consecutive benchmarks, the ratio is then measured under the same
 * load. Run with {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.einsum4j.benchmarks.GradientRatios [rounds]}.
 */
public final class GradientRatios {
  private GradientRatios() {}

  /**
   * Prints one line per workload and pass.
   *
   * @param args optionally the number of rounds (default 40)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String[] passes = {"forward", "grad0", "grad1"};
    for (String workload : new String[] {"head_proj", "rel_scores", "rel_context"}) {
      GradientBench[] benches = new GradientBench[passes.length];
      for (int p = 0; p < passes.length; p++) {
        benches[p] = new GradientBench();
        benches[p].workload = workload;
        benches[p].pass = passes[p];
        benches[p].setUp();
      }
      FloatTensor[] inputs = GradientBench.tensors(GradientBench.of(workload).full, 1);
      double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
      long sink = 0;
      for (int r = 0; r < rounds; r++) {
        for (int p = 0; p < passes.length; p++) {
          long t0 = System.nanoTime();
          for (int i = 0; i < 5; i++) {
            sink += benches[p].run(inputs).size();
          }
          best[p] = Math.min(best[p], (System.nanoTime() - t0) / 5e6);
        }
      }
      for (int p = 0; p < passes.length; p++) {
        System.out.printf("%-12s %-8s best %6.3f ms  %6.1f GFLOP/s  %4.0f%% of the forward's%n", workload,
            passes[p], best[p], 0.134217728 / best[p] * 1000, best[0] / best[p] * 100);
      }
      if (sink == 42) {
        System.out.println(Einsums.parallelism());
      }
    }
  }
}
