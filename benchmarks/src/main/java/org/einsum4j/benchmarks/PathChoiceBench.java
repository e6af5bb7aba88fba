/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.Tuning;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times each candidate path of {@link PathChoices}' einsums, and the fused loop nest, at sizes from tiny to
 * large: the data that the call-time path cost model ({@code org.einsum4j.internal.Paths}) is checked
 * against. {@code path} is a candidate's index, {@code fused} for the loop nest, or {@code auto} for the
 * model's choice (which should be the fastest, or close to it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PathChoiceBench {
  /** The workload: an einsum of {@link PathChoices} and a size, e.g. {@code chain:64}. */
  @Param({"chain:8", "chain:64", "chain:512", "bilinear:4096x256", "quadratic:2048", "batchChain:16384x4",
      "batchChain:1024x32", "triple:2048x4096", "basisChange:8", "basisChange:32", "scaleBoth:2048"})
  public String workload;

  /** The path: {@code auto}, a candidate's index, or {@code fused}. */
  @Param({"auto"})
  public String path;

  private PathChoices suite;
  private FloatTensor[] in;
  private FloatTensor out;
  private Runnable call;

  /** Makes the operands and forces the path. */
  @Setup(Level.Trial)
  public void setUp() {
    suite = Einsums.load(PathChoices.class);
    String[] w = workload.split(":");
    int[] n = Arrays.stream(w[1].split("x")).mapToInt(Integer::parseInt).toArray();
    int a = n[0];
    int b = n.length > 1 ? n[1] : n[0];
    switch (w[0]) {
      case "chain" -> {
        in = new FloatTensor[] {random(1, a, a), random(2, a, a), random(3, a, a)};
        out = FloatTensor.zeros(a, a);
        call = () -> suite.chainInto(in[0], in[1], in[2], out);
      }
      case "bilinear" -> {
        in = new FloatTensor[] {random(1, a, b), random(2, b, b), random(3, a, b)};
        out = FloatTensor.zeros(a);
        call = () -> suite.bilinearInto(in[0], in[1], in[2], out);
      }
      case "quadratic" -> {
        in = new FloatTensor[] {random(1, a), random(2, a, a), random(3, a)};
        out = FloatTensor.zeros();
        call = () -> suite.quadraticInto(in[0], in[1], in[2], out);
      }
      case "batchChain" -> {
        in = new FloatTensor[] {random(1, a, b, b), random(2, a, b, b), random(3, a, b, b)};
        out = FloatTensor.zeros(a, b, b);
        call = () -> suite.batchChainInto(in[0], in[1], in[2], out);
      }
      case "triple" -> {
        in = new FloatTensor[] {random(1, a, b), random(2, a, b), random(3, a, b)};
        out = FloatTensor.zeros(a, b);
        call = () -> suite.tripleInto(in[0], in[1], in[2], out);
      }
      case "basisChange" -> {
        in = new FloatTensor[] {random(1, a, a), random(2, a, a), random(3, a, a, a, a), random(4, a, a),
            random(5, a, a)};
        out = FloatTensor.zeros(a, a, a, a);
        call = () -> suite.basisChangeInto(in[0], in[1], in[2], in[3], in[4], out);
      }
      case "scaleBoth" -> {
        in = new FloatTensor[] {random(1, a), random(2, a, a), random(3, a)};
        out = FloatTensor.zeros(a, a);
        call = () -> suite.scaleBothInto(in[0], in[1], in[2], out);
      }
      default -> throw new IllegalArgumentException("no workload " + workload);
    }
    Tuning.path = path.equals("auto") ? -1 : path.equals("fused") ? Integer.MAX_VALUE : Integer.parseInt(path);
  }

  /** Puts the cheapest-path choice back. */
  @TearDown(Level.Trial)
  public void tearDown() {
    Tuning.path = -1;
  }

  /** Runs the einsum into {@code out}. */
  @Benchmark
  public FloatTensor run() {
    call.run();
    return out;
  }

  private static FloatTensor random(long seed, int... shape) {
    SplittableRandom r = new SplittableRandom(seed);
    FloatTensor t = FloatTensor.zeros(shape);
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) (2 * r.nextDouble() - 1);
    }
    return t;
  }
}
