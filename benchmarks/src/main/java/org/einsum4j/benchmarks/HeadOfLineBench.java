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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A small call while another thread runs large ones: the latency distribution (JMH sample mode: p50, p99,
 * max) of a {@code 256 x 512 x 256} matrix product into {@code out} (67 MFLOP, threaded), alone
 * ({@code load = none}) and while a second thread calls the {@code 2048³} product back to back
 * ({@code load = gemm2048}, 17 GFLOP a call). Both use the same pool; the small call must not wait for the
 * large one's work. Target: the loaded p99 at most 3 times the solo time.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HeadOfLineBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HeadOfLineBench {
  /** {@code none}: the small call alone; {@code gemm2048}: beside a thread running 2048³ products. */
  @Param({"none", "gemm2048"})
  public String load;

  private SeedSuite suite;
  private FloatTensor a;
  private FloatTensor b;
  private FloatTensor out;
  private Thread background;
  private volatile boolean running;

  private static FloatTensor random(Random r, int... shape) {
    FloatTensor t = FloatTensor.zeros(shape);
    float[] x = t.array();
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return t;
  }

  @Setup(Level.Trial)
  public void setUp() {
    suite = Einsums.load(SeedSuite.class);
    Random r = new Random(5);
    a = random(r, 256, 512);
    b = random(r, 512, 256);
    out = FloatTensor.zeros(256, 256);
    FloatTensor expected = Einsums.evaluate("ik,kj->ij", a, b);
    suite.gemmInto(a, b, out);
    if (!out.allClose(expected, 1e-3, 1e-3)) {
      throw new IllegalStateException("the small product disagrees with the interpreter");
    }
    if (load.equals("gemm2048")) {
      FloatTensor x = random(r, 2048, 2048);
      FloatTensor y = random(r, 2048, 2048);
      FloatTensor z = FloatTensor.zeros(2048, 2048);
      running = true;
      background = new Thread(() -> {
        while (running) {
          suite.gemmInto(x, y, z);
        }
      }, "head-of-line-load");
      background.setDaemon(true);
      background.start();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    running = false;
    if (background != null) {
      background.join();
    }
  }

  @Benchmark
  public FloatTensor smallCall() {
    suite.gemmInto(a, b, out);
    return out;
  }
}
