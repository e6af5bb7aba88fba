/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.nest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.Contraction;
import org.einsum4j.internal.NestStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The nest engine: {@link NestCases} against the interpreter in this JVM and at every forced vector width (each
 * in a JVM of its own, and without the module), the dimension it vectorizes, and the accuracy of its sums.
 */
class NestStepTest {

  @Test
  void agreesWithTheInterpreter() {
    List<String> failures = NestCases.runAll(1);
    assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.subList(0, Math.min(10, failures.size())));
  }

  @Test
  void usesTheVectorKernelsWhenTheModuleIsPresent() {
    boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    assertEquals(present ? "NestVector" : "NestLines", NestLinesFloat.unitKernels());
  }

  private static String plan(String spec, FloatTensor... ops) {
    org.einsum4j.internal.layout.Layout[] layouts = new org.einsum4j.internal.layout.Layout[ops.length];
    for (int k = 0; k < ops.length; k++) {
      layouts[k] = ops[k].layout();
    }
    Contraction.Binding bd = Contraction.of(spec).bind(layouts);
    bd.bindOutput(FloatTensor.zeros(bd.outputShape()).layout());
    return NestPlan.of(bd).toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // contiguous dimensions merge; the broadcast vector is a line, the matrix rows too
      "bsh,h->bsh; 4x5x64, 64; outer [20 free] vector 64 free, lines [0, 1], scalars [], unit",
      // an outer product: the row operand is a scalar per line
      "i,j->ij; 13, 47; outer [13 free] vector 47 free, lines [1], scalars [0], unit",
      // a middle-axis sum: the output row is the line, the summed axis an outer loop inside
      "ijk->ik; 5x130x33; outer [5 free, 130 reduced] vector 33 free, lines [0], scalars [], unit",
      // a row sum: dot products along the contiguous axis
      "ij->i; 9x2100; outer [9 free] vector 2100 reduced, lines [0], scalars [], unit",
      // a diagonal has no unit stride: the scalar kernels
      "ii->; 37x37; outer [] vector 37 reduced, lines [0], scalars [], strided",
      // k is summed in b alone: b is summed over it first, as NumPy does, then i runs dot products along j
      "ij,jk->i; 20x30, 30x40; sum operand 1 first: {outer [30 free] vector 40 reduced, lines [0], scalars [],"
          + " unit}, then {outer [20 free] vector 30 reduced, lines [0, 1], scalars [], unit}",
      // one output line with a long sum: its rows split into 8 parts (threads share them), each row read whole
      "ij->j; 8192x2048; outer [8192 reduced] vector 2048 free, lines [0], scalars [], unit, sums in 8 parts",
      // two lines: 4 parts each; the split runs along the outer of the two summed axes
      "bijk,j->bk; 2x5x64x300, 64; outer [2 free, 5 reduced, 64 reduced] vector 300 free, lines [0], scalars [1],"
          + " unit, sums in 4 parts",
      // enough lines for the threads: no split
      "bij->bj; 8x700x45; outer [8 free, 700 reduced] vector 45 free, lines [0], scalars [], unit",
      // nothing to sum over: zeros
      "ij->i; 5x0; outer [] vector 5 free, lines [], scalars [], unit, zero",
  })
  void choosesTheVectorDimensionByStrides(String spec, String shapes, String want) {
    String[] s = shapes.split(", ");
    FloatTensor[] ops = new FloatTensor[s.length];
    for (int k = 0; k < s.length; k++) {
      ops[k] = FloatTensor.zeros(java.util.Arrays.stream(s[k].split("x")).mapToInt(Integer::parseInt).toArray());
    }
    assertEquals(want, plan(spec, ops));
  }

  @Test
  void transposedInputsVectorizeAlongTheirContiguousAxis() {
    // x is stored transposed: i is contiguous in it and in the output, so output lines add storage rows
    FloatTensor x = FloatTensor.zeros(300, 7).transpose(0, 1);
    assertEquals("outer [300 reduced] vector 7 free, lines [0], scalars [], unit", plan("ij->i", x));
  }

  private static float run(String spec, FloatTensor... ops) {
    org.einsum4j.internal.layout.Layout[] layouts = new org.einsum4j.internal.layout.Layout[ops.length];
    float[][] arrays = new float[ops.length][];
    for (int k = 0; k < ops.length; k++) {
      layouts[k] = ops[k].layout();
      arrays[k] = ops[k].array();
    }
    Contraction.Binding bd = Contraction.of(spec).bind(layouts);
    FloatTensor out = FloatTensor.zeros(bd.outputShape());
    bd.bindOutput(out.layout());
    NestStep.run(bd, arrays, out.array());
    return out.array()[0];
  }

  @Test
  void sumsTwoToThe25OnesExactly() {
    float[] ones = new float[1 << 25];
    java.util.Arrays.fill(ones, 1f);
    assertEquals(1 << 25, run("i->", FloatTensor.of(ones, ones.length)));
    assertEquals(1 << 25, run("ij->", FloatTensor.of(ones, 1 << 12, 1 << 13)));
    // as the sum over an outer axis of lines of 2 (the pairwise cascade of partial lines)
    FloatTensor m = FloatTensor.of(ones, 1 << 24, 2);
    org.einsum4j.internal.layout.Layout l = m.layout();
    Contraction.Binding bd = Contraction.of("ij->j").bind(l);
    FloatTensor out = FloatTensor.zeros(2);
    bd.bindOutput(out.layout());
    NestStep.run(bd, new float[][] {ones}, out.array());
    assertEquals(1 << 24, out.array()[0]);
    assertEquals(1 << 24, out.array()[1]);
  }

  /** The relative error of float sums, against the exact sum in double: no worse than pairwise summation's. */
  @Test
  void longSumsAreAsAccurateAsPairwise() {
    Random rnd = new Random(7);
    int n = 1 << 12;
    float[] a = new float[n];
    float[] b = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = rnd.nextFloat();
      b[i] = rnd.nextFloat();
    }
    double exact = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        exact += (double) a[i] * b[j];
      }
    }
    float got = run("i,j->", FloatTensor.of(a, n), FloatTensor.of(b, n));
    // NumPy's pairwise sum of the same 2^24 products is off by about 2e-9; one float accumulator by 2%
    assertTrue(Math.abs(got - exact) / exact < 1e-6, "relative error " + Math.abs(got - exact) / exact);

    int rows = 1 << 20;
    float[] m = new float[rows * 3];
    double[] col = new double[3];
    for (int i = 0; i < m.length; i++) {
      m[i] = rnd.nextFloat();
      col[i % 3] += m[i];
    }
    Contraction.Binding bd = Contraction.of("ij->j").bind(FloatTensor.of(m, rows, 3).layout());
    FloatTensor out = FloatTensor.zeros(3);
    bd.bindOutput(out.layout());
    NestStep.run(bd, new float[][] {m}, out.array());
    for (int j = 0; j < 3; j++) {
      assertTrue(Math.abs(out.array()[j] - col[j]) / col[j] < 1e-6, "column " + j);
    }
  }

  /** Split sums and tiled lines are cut by the sizes alone: one thread and two give the same bits. */
  @Test
  void theThreadCountDoesNotChangeTheBits() {
    Random rnd = new Random(11);
    float[] a = new float[300_001];
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextFloat() - 0.5f;
    }
    FloatTensor v = FloatTensor.of(a, a.length);
    FloatTensor m = FloatTensor.of(java.util.Arrays.copyOf(a, 300_000), 100, 3000);
    int threads = org.einsum4j.internal.gemm.Parallel.parallelism();
    try {
      float[] one = new float[3];
      float[] two = new float[3];
      for (int t = 1; t <= 2; t++) {
        org.einsum4j.internal.gemm.Parallel.setParallelism(t);
        org.einsum4j.internal.gemm.Parallel.setThreshold(t == 1 ? 4e6 : 1);
        float[] r = t == 1 ? one : two;
        r[0] = run("i,i->", v, v);
        r[1] = run("ij->", m);
        r[2] = run("ij->j", m);
      }
      assertEquals(java.util.Arrays.toString(one), java.util.Arrays.toString(two));
    } finally {
      org.einsum4j.internal.gemm.Parallel.setParallelism(threads);
      org.einsum4j.internal.gemm.Parallel.resetThreshold();
    }
  }

  /** Every vector width, and the scalar kernels, each in a JVM of its own: the species is fixed at class init. */
  @ParameterizedTest
  @ValueSource(strings = {"128", "256", "512", "0"})
  void forcedWidthInItsOwnJvm(String bits) throws IOException, InterruptedException {
    runChild(List.of("--add-modules", "jdk.incubator.vector", "-Deinsum4j.vectorBits=" + bits),
        "0".equals(bits) ? "NestLines" : "NestVector");
  }

  @Test
  void scalarWhenTheModuleIsAbsent() throws IOException, InterruptedException {
    runChild(List.of(), "NestLines");
  }

  private static void runChild(List<String> jvmArgs, String kernels) throws IOException, InterruptedException {
    org.einsum4j.internal.ChildJvm.run(NestStepTest.class, jvmArgs, "ok " + kernels);
  }

  /**
   * The forked half of {@link #forcedWidthInItsOwnJvm}: runs every case, prints the failures and exits non-zero
   * if there are any.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<String> failures = NestCases.runAll(2);
    if (!failures.isEmpty()) {
      failures.stream().limit(20).forEach(System.out::println);
      System.exit(1);
    }
    System.out.println("ok " + NestLinesFloat.unitKernels());
  }
}
