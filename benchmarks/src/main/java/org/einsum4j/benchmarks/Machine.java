/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The machine the suite runs on, measured in the same session as the workloads: the CPU model, its fp32 FMA
 * peak (12 independent vector accumulators per thread, the preferred species) and a triad's memory bandwidth,
 * each on one thread and on the suite's threads. {@link SeedSuiteRunner} measures it first and rates every
 * workload against it. Needs {@code --add-modules jdk.incubator.vector}.
 *
 * @param cpu the CPU model, from {@code /proc/cpuinfo} (or {@code os.arch} where there is none)
 * @param lanes floats per vector of the preferred species
 * @param threads the threads of the multi-threaded figures
 * @param peak1 the FMA peak on one thread, GFLOP/s
 * @param peak the FMA peak on {@code threads} threads, GFLOP/s
 * @param bandwidth1 the triad bandwidth on one thread, GB/s
 * @param bandwidth the triad bandwidth on {@code threads} threads, GB/s
 */
public record Machine(String cpu, int lanes, int threads, double peak1, double peak, double bandwidth1,
    double bandwidth) {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  /** Measures this machine: a few seconds, with nothing else running. */
  public static Machine measure(int threads) {
    ExecutorService ex = Executors.newFixedThreadPool(threads);
    try {
      for (int w = 0; w < 3; w++) {
        fmaLoop(2_000_000, w);
      }
      return new Machine(cpuModel(), S.length(), threads, fmaPeak(ex, 1), fmaPeak(ex, threads), triad(ex, 1),
          triad(ex, threads));
    } finally {
      ex.shutdownNow();
    }
  }

  /** Returns the CPU model, the first {@code model name} of {@code /proc/cpuinfo}, else {@code os.arch}. */
  public static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return System.getProperty("os.arch", "unknown");
  }

  /** One line for the report. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s, %d-bit vectors: FMA peak %.0f GFLOP/s on 1 thread, %.0f on %d; "
        + "triad %.1f GB/s on 1 thread, %.1f on %d", cpu, lanes * 32, peak1, peak, threads, bandwidth1,
        bandwidth, threads);
  }

  private static double fmaPeak(ExecutorService ex, int threads) {
    long iters = 100_000_000L / threads;
    double best = 0;
    for (int r = 0; r < 5; r++) {
      long t0 = System.nanoTime();
      List<Future<Float>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        float seed = t;
        fs.add(ex.submit(() -> fmaLoop(iters, seed)));
      }
      join(fs);
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.max(best, iters * threads * 12.0 * S.length() * 2 / s / 1e9);
    }
    return best;
  }

  private static double triad(ExecutorService ex, int threads) {
    int n = 1 << 24;
    float[] a = new float[n];
    float[] b = new float[n];
    float[] c = new float[n];
    Arrays.fill(b, 1f);
    Arrays.fill(c, 2f);
    double best = 0;
    for (int r = 0; r < 8; r++) {
      long t0 = System.nanoTime();
      List<Future<Float>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int lo = (int) ((long) n * t / threads);
        int hi = (int) ((long) n * (t + 1) / threads);
        fs.add(ex.submit(() -> triad(a, b, c, lo, hi)));
      }
      join(fs);
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.max(best, 3.0 * 4 * n / s / 1e9);
    }
    return best;
  }

  private static void join(List<Future<Float>> fs) {
    try {
      for (Future<Float> f : fs) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static float fmaLoop(long iters, float seed) {
    FloatVector a = FloatVector.broadcast(S, 1.0000001f);
    FloatVector b = FloatVector.broadcast(S, 0.9999999f);
    FloatVector c0 = FloatVector.broadcast(S, seed);
    FloatVector c1 = c0.add(1);
    FloatVector c2 = c0.add(2);
    FloatVector c3 = c0.add(3);
    FloatVector c4 = c0.add(4);
    FloatVector c5 = c0.add(5);
    FloatVector c6 = c0.add(6);
    FloatVector c7 = c0.add(7);
    FloatVector c8 = c0.add(8);
    FloatVector c9 = c0.add(9);
    FloatVector c10 = c0.add(10);
    FloatVector c11 = c0.add(11);
    for (long i = 0; i < iters; i++) {
      c0 = c0.fma(a, b);
      c1 = c1.fma(a, b);
      c2 = c2.fma(a, b);
      c3 = c3.fma(a, b);
      c4 = c4.fma(a, b);
      c5 = c5.fma(a, b);
      c6 = c6.fma(a, b);
      c7 = c7.fma(a, b);
      c8 = c8.fma(a, b);
      c9 = c9.fma(a, b);
      c10 = c10.fma(a, b);
      c11 = c11.fma(a, b);
    }
    return c0.add(c1).add(c2).add(c3).add(c4.add(c5)).add(c6.add(c7)).add(c8.add(c9)).add(c10.add(c11))
        .reduceLanes(VectorOperators.ADD);
  }

  private static float triad(float[] a, float[] b, float[] c, int from, int to) {
    int i = from;
    for (; i + S.length() <= to; i += S.length()) {
      FloatVector.fromArray(S, b, i).mul(3f).add(FloatVector.fromArray(S, c, i)).intoArray(a, i);
    }
    for (; i < to; i++) {
      a[i] = b[i] * 3f + c[i];
    }
    return a[from];
  }
}
