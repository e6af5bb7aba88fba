/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.Contraction;
import org.einsum4j.internal.MatmulStep;
import org.einsum4j.internal.NestStep;
import org.einsum4j.internal.Tuning;
import org.einsum4j.internal.spec.Intermediates;
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
 * Times one two-operand matrix-shaped step on each engine, the GEMM engine and the vector loop nest, at shapes
 * from batches of tiny matrices to plain products: the data the engine cost model
 * ({@code org.einsum4j.internal.EngineCost}) was fitted to and is checked against. {@code shape} is a spec and
 * its sizes in label order, the operands joined by {@code _} (JMH splits parameters at commas), e.g. {@code
 * bij_bjk->bik:65536x3x3x3}; {@code engine} is {@code gemm}, {@code nest}
 * or {@code auto} (the model's choice, which should be the faster one, or close to it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StepChoiceBench {
  /** The spec and the sizes of its labels in order of first appearance. */
  @Param({"bij_bjk->bik:65536x3x3x3", "bij_bjk->bik:16384x8x8x8", "bij_bjk->bik:4096x16x16x16",
      "bij_bjk->bik:1024x32x32x32", "bi_bij->bj:32768x8x8", "bij_bj->bi:16384x16x16", "ij_jk->ik:2048x2x2048",
      "ik_jk->ij:1024x4x1024", "ni_nj->ij:65536x4x4", "bqd_bkd->bqk:256x64x4x64", "ij_jk->ik:256x256x256"})
  public String shape;

  /** The engine: {@code gemm}, {@code nest} or {@code auto}. */
  @Param({"gemm", "nest", "auto"})
  public String engine;

  private Contraction.Binding binding;
  private int[][] groups;
  private float[] a;
  private float[] b;
  private float[] out;

  /** Binds the step to random operands and a fresh output. */
  @Setup
  public void setUp() {
    String[] w = shape.split(":");
    String spec = w[0].replace('_', ',');
    String[] sizes = w[1].split("x");
    int comma = spec.indexOf(',');
    int arrow = spec.indexOf("->");
    String left = spec.substring(0, comma);
    String right = spec.substring(comma + 1, arrow);
    String result = spec.substring(arrow + 2);
    String labels = org.einsum4j.internal.spec.PathOptimizer.distinct(left + right);
    FloatTensor x = FloatTensor.randn(1, shapeOf(left, labels, sizes));
    FloatTensor y = FloatTensor.randn(2, shapeOf(right, labels, sizes));
    Contraction c = Contraction.of(spec, "x", "y");
    binding = c.bind(x.layout(), y.layout());
    FloatTensor z = FloatTensor.zeros(binding.outputShape());
    binding.bindOutput(z.layout());
    String[] g = Intermediates.matrixGroups(left, right, result);
    if (g == null) {
      throw new IllegalArgumentException(spec + " is not a matrix product");
    }
    groups = new int[4][];
    for (int k = 0; k < 4; k++) {
      groups[k] = g[k].chars().map(l -> c.spec().labels().indexOf(l)).toArray();
    }
    Tuning.gemmAlways = "gemm".equals(engine);
    a = x.array();
    b = y.array();
    out = z.array();
  }

  /** Runs the step on the chosen engine. */
  @Benchmark
  public float[] step() {
    switch (engine) {
      case "gemm", "auto" -> MatmulStep.run(binding, groups, a, b, out);
      case "nest" -> NestStep.run(binding, new float[][] {a, b}, out);
      default -> throw new IllegalArgumentException(engine);
    }
    return out;
  }

  private static int[] shapeOf(String term, String labels, String[] sizes) {
    int[] s = new int[term.length()];
    for (int i = 0; i < s.length; i++) {
      s[i] = Integer.parseInt(sizes[labels.indexOf(term.charAt(i))]);
    }
    return s;
  }
}
