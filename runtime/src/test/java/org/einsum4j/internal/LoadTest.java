/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.gemm.Parallel;
import org.einsum4j.internal.spec.Spec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many callers at once: threads calling the engines that generated code calls (matrix products of mixed sizes,
 * a batched product, a reduction, a permuting copy), all of them threaded (the work threshold is 0), get
 * bit for bit what one thread alone gets, within a bounded time, and leave no worker threads behind.
 */
class LoadTest {
  private static final int CALLERS = 4;
  private static final int CALLS = 30;

  /** One kind of call: a spec, its operand shapes and how it runs. */
  private record Kind(String spec, int[][] shapes, char engine) {
    float[] run(List<FloatTensor> operands) {
      Contraction c = Contraction.of(spec);
      Contraction.Binding bd = operands.size() == 1 ? c.bind(operands.get(0).layout())
          : c.bind(operands.get(0).layout(), operands.get(1).layout());
      FloatTensor out = FloatTensor.zeros(bd.outputShape());
      bd.bindOutput(out.layout());
      switch (engine) {
        case 'g' -> MatmulStep.run(bd, groups(c.spec()), operands.get(0).array(), operands.get(1).array(),
            out.array());
        case 'r' -> MatmulStep.reduce(bd, operands.get(0).array(), out.array());
        default -> CopyStep.run(bd, operands.get(0).array(), out.array());
      }
      return out.array();
    }
  }

  /** The batch, M, N and K label numbers of a two-operand spec, as the processor writes them. */
  private static int[][] groups(Spec spec) {
    String a = spec.operand(0).labels();
    String b = spec.operand(1).labels();
    String out = spec.output().labels();
    List<List<Integer>> g = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (char l : spec.labels().toCharArray()) {
      boolean inA = a.indexOf(l) >= 0;
      boolean inB = b.indexOf(l) >= 0;
      int group = inA && inB ? (out.indexOf(l) >= 0 ? 0 : 3) : inA ? 1 : 2;
      g.get(group).add(spec.labelIndex(l));
    }
    return g.stream().map(xs -> xs.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  private static final List<Kind> KINDS = List.of(
      new Kind("ik,kj->ij", new int[][] {{7, 5}, {5, 9}}, 'g'),
      new Kind("ik,kj->ij", new int[][] {{64, 96}, {96, 80}}, 'g'),
      new Kind("ik,kj->ij", new int[][] {{192, 256}, {256, 160}}, 'g'),
      new Kind("bik,bkj->bij", new int[][] {{8, 48, 64}, {8, 64, 40}}, 'g'),
      new Kind("bsh,bh->bs", new int[][] {{16, 50, 64}, {16, 64}}, 'g'),
      new Kind("ij->i", new int[][] {{300, 500}}, 'r'),
      new Kind("bshd->bhsd", new int[][] {{8, 32, 4, 16}}, 'c'));

  @AfterEach
  void restore() {
    Parallel.setParallelism(Runtime.getRuntime().availableProcessors());
    Parallel.resetThreshold();
  }

  private static List<FloatTensor> operands(Kind kind, long seed) {
    Random r = new Random(seed);
    List<FloatTensor> ops = new ArrayList<>();
    for (int[] shape : kind.shapes()) {
      FloatTensor t = FloatTensor.zeros(shape);
      float[] a = t.array();
      for (int i = 0; i < a.length; i++) {
        a[i] = (float) r.nextGaussian();
      }
      ops.add(t);
    }
    return ops;
  }

  @Test
  void concurrentThreadedCallsMatchOneThreadBitForBit() throws Exception {
    // the reference: every call of every caller, run on one thread, before any kernel is compiled: lane sums
    // run in one fixed order (sumLanes), so the interpreter's results are C2's, bit for bit
    Parallel.setParallelism(1);
    float[][][] expected = new float[CALLERS][CALLS][];
    for (int t = 0; t < CALLERS; t++) {
      for (int c = 0; c < CALLS; c++) {
        Kind kind = KINDS.get((t * 7 + c * 3) % KINDS.size());
        expected[t][c] = kind.run(operands(kind, t * 1000L + c));
      }
    }
    Parallel.setParallelism(3);
    Parallel.setThreshold(0);
    int limitBefore = Parallel.workerLimit();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < CALLERS; t++) {
        int caller = t;
        done.add(callers.submit(() -> {
          for (int c = 0; c < CALLS; c++) {
            Kind kind = KINDS.get((caller * 7 + c * 3) % KINDS.size());
            float[] got = kind.run(operands(kind, caller * 1000L + c));
            assertArrayEquals(expected[caller][c], got, "caller " + caller + ", call " + c + ": " + kind.spec());
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      callers.shutdownNow();
    }
    // the pool is the JVM's, and may have grown for an earlier test; it must not have grown for this one
    long most = Math.max(Parallel.workerLimit(), Math.max(3, Runtime.getRuntime().availableProcessors()) - 1);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    long live;
    do {
      live = Thread.getAllStackTraces().keySet().stream()
          .filter(x -> x.isAlive() && x.getName().startsWith("einsum4j-worker-")).count();
    } while (live > most && System.nanoTime() < deadline);
    assertTrue(live <= most, live + " einsum4j workers alive; the pool has at most " + most);
    assertTrue(Parallel.workerLimit() <= Math.max(limitBefore, Math.max(3, Runtime.getRuntime().availableProcessors())
        - 1), "the pool grew to " + Parallel.workerLimit() + " workers for parallelism 3");
  }
}
