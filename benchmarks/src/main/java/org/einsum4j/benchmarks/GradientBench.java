/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.Random;
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
 * The backward passes of head_proj, rel_scores and rel_context ({@link GradientSuite}) beside their forwards, at
 * the seed suite's sizes, as whole allocating calls. Each pass has the forward's FLOP count (the gradient einsum
 * has the same labels), 2^27 = 0.134 GFLOP, so GFLOP/s = 0.134217728 / (ms / 1000). Before measuring, each trial
 * checks the pass against the interpreter at reduced sizes and fails if they disagree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class GradientBench {
  @Param({"head_proj", "rel_scores", "rel_context"})
  public String workload;

  /** {@code forward}, or the gradient with respect to operand 0 or 1. */
  @Param({"forward", "grad0", "grad1"})
  public String pass;

  private GradientSuite suite;
  private FloatTensor[] inputs;

  /** The spec, the interpreter's spec for each pass, and the sizes of each operand at full and check sizes. */
  static final class Case {
    final String[] specs;
    final int[][] full;
    final int[][] small;

    Case(String[] specs, int[][] full, int[][] small) {
      this.specs = specs;
      this.full = full;
      this.small = small;
    }
  }

  static Case of(String workload) {
    switch (workload) {
      case "head_proj":
        return new Case(new String[] {"bshd,hde->bshe", "bshe,hde->bshd", "bshe,bshd->hde"},
            new int[][] {{16, 128, 8, 64}, {8, 64, 64}, {16, 128, 8, 64}},
            new int[][] {{2, 5, 3, 7}, {3, 7, 9}, {2, 5, 3, 9}});
      case "rel_scores":
        return new Case(new String[] {"bihd,bjhd->bijh", "bijh,bjhd->bihd", "bijh,bihd->bjhd"},
            new int[][] {{8, 128, 8, 64}, {8, 128, 8, 64}, {8, 128, 128, 8}},
            new int[][] {{2, 5, 3, 7}, {2, 5, 3, 7}, {2, 5, 5, 3}});
      case "rel_context":
        return new Case(new String[] {"bijh,bjhd->bihd", "bihd,bjhd->bijh", "bihd,bijh->bjhd"},
            new int[][] {{8, 128, 128, 8}, {8, 128, 8, 64}, {8, 128, 8, 64}},
            new int[][] {{2, 5, 5, 3}, {2, 5, 3, 7}, {2, 5, 3, 7}});
      default:
        throw new IllegalArgumentException(workload);
    }
  }

  /** Operands a, b and the upstream gradient g at the given sizes. */
  static FloatTensor[] tensors(int[][] shapes, long seed) {
    Random r = new Random(seed);
    FloatTensor[] t = new FloatTensor[3];
    for (int i = 0; i < 3; i++) {
      t[i] = FloatTensor.zeros(shapes[i]);
      float[] a = t[i].array();
      for (int n = 0; n < a.length; n++) {
        a[n] = (float) (r.nextGaussian());
      }
    }
    return t;
  }

  FloatTensor run(FloatTensor[] t) {
    FloatTensor a = t[0];
    FloatTensor b = t[1];
    FloatTensor g = t[2];
    switch (workload + "/" + pass) {
      case "head_proj/forward": return suite.headProj(a, b);
      case "head_proj/grad0": return suite.headProjGradX(g, a, b);
      case "head_proj/grad1": return suite.headProjGradW(g, a, b);
      case "rel_scores/forward": return suite.relScores(a, b);
      case "rel_scores/grad0": return suite.relScoresGradQ(g, a, b);
      case "rel_scores/grad1": return suite.relScoresGradK(g, a, b);
      case "rel_context/forward": return suite.relContext(a, b);
      case "rel_context/grad0": return suite.relContextGradAlpha(g, a, b);
      case "rel_context/grad1": return suite.relContextGradV(g, a, b);
      default: throw new IllegalArgumentException(workload + "/" + pass);
    }
  }

  /** The interpreter's result for the pass: the forward, or the gradient einsum of g and the other operand. */
  private FloatTensor reference(Case c, FloatTensor[] t) {
    switch (pass) {
      case "forward": return Einsums.evaluate(c.specs[0], t[0], t[1]);
      case "grad0": return Einsums.evaluate(c.specs[1], t[2], t[1]);
      default: return Einsums.evaluate(c.specs[2], t[2], t[0]);
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    suite = Einsums.load(GradientSuite.class);
    Case c = of(workload);
    FloatTensor[] small = tensors(c.small, 7);
    FloatTensor expected = reference(c, small);
    FloatTensor actual = run(small);
    if (!actual.allClose(expected, 1e-4, 1e-4)) {
      throw new IllegalStateException(workload + " " + pass + " disagrees with the interpreter");
    }
    inputs = tensors(c.full, 1);
  }

  @Benchmark
  public FloatTensor call() {
    return run(inputs);
  }
}
