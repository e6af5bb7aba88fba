/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The thread pool: one for the JVM's life, bounded, and a caller that never waits for a helper not started. */
class ParallelTest {
  @AfterEach
  void restore() {
    Parallel.setParallelism(Runtime.getRuntime().availableProcessors());
    Parallel.resetThreshold();
  }

  private static long workers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("einsum4j-worker-"))
        .count();
  }

  @Test
  void everyTaskRunsOnceAtEveryParallelism() {
    for (int p = 1; p <= 9; p++) {
      Parallel.setParallelism(p);
      for (int count : new int[] {0, 1, 2, 3, 7, 64, 1000}) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Parallel.forEach(count, runs::incrementAndGet);
        for (int i = 0; i < count; i++) {
          assertEquals(1, runs.get(i), "task " + i + " of " + count + " at parallelism " + p);
        }
      }
    }
  }

  @Test
  void manyParallelismChangesLeaveNoThreadsBehind() {
    Parallel.setParallelism(8);
    Parallel.forEach(64, i -> { });
    // the pool is the JVM's: another test may have grown it further; these changes must not grow it at all
    long most = Parallel.workerLimit();
    assertTrue(most >= 7, "the pool has " + most + " workers for parallelism 8");
    for (int change = 0; change < 1000; change++) {
      Parallel.setParallelism(2 + change % 7);
      Parallel.forEach(16, i -> { });
    }
    // workers of a pool replaced earlier in this JVM (by another test) end once it is quiescent
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    assertEquals(most, Parallel.workerLimit(), "the pool was replaced by a parallelism it could serve");
    long live = workers();
    while (live > most && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      live = workers();
    }
    assertTrue(live <= most, live + " einsum4j workers alive after 1000 changes; the pool has at most " + most);
  }

  @Test
  void aCallerNeverWaitsForAHelperThatHasNotStarted() throws Exception {
    int p = Math.max(2, Runtime.getRuntime().availableProcessors());
    Parallel.setParallelism(p);
    // occupy every worker of the pool (and one more task per worker, queued) with a long call
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(p);
    ExecutorService big = Executors.newSingleThreadExecutor();
    try {
      Future<?> longCall = big.submit(() -> Parallel.forEach(2 * p, i -> {
        busy.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      assertTrue(busy.await(10, TimeUnit.SECONDS), "the long call did not start on " + p + " threads");
      // every worker is blocked: a second call's helpers queue behind them, so it must finish on its own
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      ExecutorService small = Executors.newSingleThreadExecutor();
      try {
        Future<?> smallCall = small.submit(() -> Parallel.forEach(100, runs::incrementAndGet));
        smallCall.get(10, TimeUnit.SECONDS);
      } finally {
        small.shutdownNow();
      }
      for (int i = 0; i < 100; i++) {
        assertEquals(1, runs.get(i), "task " + i);
      }
      release.countDown();
      longCall.get(10, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      big.shutdownNow();
    }
  }

  @Test
  void aFailingTaskIsRethrownAfterTheOthersStop() {
    Parallel.setParallelism(2);
    IllegalStateException boom = new IllegalStateException("boom");
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> Parallel.forEach(1000, i -> {
      if (i == 500) {
        throw boom;
      }
    }));
    assertSame(boom, thrown);
    // the pool is still usable
    AtomicIntegerArray runs = new AtomicIntegerArray(10);
    Parallel.forEach(10, runs::incrementAndGet);
    for (int i = 0; i < 10; i++) {
      assertEquals(1, runs.get(i));
    }
  }

  @Test
  void parallelismIsBounded() {
    assertThrows(IllegalArgumentException.class, () -> Parallel.setParallelism(0));
    assertThrows(IllegalArgumentException.class, () -> Parallel.setParallelism(Parallel.MAX_PARALLELISM + 1));
    Parallel.setParallelism(Parallel.MAX_PARALLELISM);
    assertEquals(Parallel.MAX_PARALLELISM, Parallel.parallelism());
  }

  /**
   * While a small call runs, a worker inside a large call's chunk stands aside at its next point; the large
   * call's own caller does not, and nobody does before the small call starts or once it ended.
   */
  @Test
  void aWorkerOfALargeCallStandsAsideWhileASmallCallRuns() throws Exception {
    Parallel.setParallelism(2);
    assertFalse(Parallel.enterSmall(1e6), "no large call runs: a small call is not counted");
    AtomicBoolean before = new AtomicBoolean(true);
    AtomicBoolean worker = new AtomicBoolean();
    AtomicBoolean caller = new AtomicBoolean(true);
    AtomicBoolean after = new AtomicBoolean(true);
    AtomicBoolean nested = new AtomicBoolean(true);
    CountDownLatch workerIn = new CountDownLatch(1);
    CountDownLatch smallOn = new CountDownLatch(1);
    CountDownLatch workerStood = new CountDownLatch(1);
    CountDownLatch smallOff = new CountDownLatch(1);
    Thread large = new Thread(() -> Parallel.forEach(2, Parallel.LARGE_FLOPS, i -> {
      if (Thread.currentThread() instanceof Parallel.Worker) {
        before.set(Parallel.standAside());
        boolean counted = Parallel.enterSmall(1e6); // a small call nested in the worker's chunk
        if (counted) {
          Parallel.exitSmall();
        }
        nested.set(counted);
        workerIn.countDown();
        await(smallOn);
        worker.set(Parallel.standAside());
        workerStood.countDown();
        await(smallOff);
        after.set(Parallel.standAside());
      } else {
        await(smallOn);
        caller.set(Parallel.standAside());
        await(smallOff);
      }
    }));
    large.start();
    assertTrue(workerIn.await(20, TimeUnit.SECONDS), "a worker took a chunk of the large call");
    assertTrue(Parallel.enterSmall(1e6), "a small call beside a large one is counted");
    try {
      assertEquals(1, Parallel.smallRunning());
      smallOn.countDown();
      assertTrue(workerStood.await(20, TimeUnit.SECONDS));
    } finally {
      Parallel.exitSmall();
    }
    smallOff.countDown();
    large.join(20_000);
    assertFalse(large.isAlive());
    assertFalse(before.get(), "no small call yet");
    assertFalse(nested.get(), "a call nested in a worker's chunk is not a small caller of its own");
    assertTrue(worker.get(), "the worker stood aside");
    assertFalse(caller.get(), "the large call's caller does not stand aside");
    assertFalse(after.get(), "the small call has ended");
    assertEquals(0, Parallel.smallRunning());
  }

  /** A large product beside a stream of small ones: its workers stand aside, and no bit of either changes. */
  @Test
  void standingAsideChangesNoResult() throws Exception {
    Parallel.setParallelism(2);
    int n = 1024; // 2 n³ = 2^31 flops: a large call
    int s = 64;
    float[] a = GemmCases.random(n * n, 1);
    float[] b = GemmCases.random(n * n, 2);
    float[] sa = GemmCases.random(s * s, 3);
    float[] sb = GemmCases.random(s * s, 4);
    float[] want = new float[n * n];
    float[] smallWant = new float[s * s];
    int[] none = {};
    Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, n, 1, want, 0, n, 1, none, none, none, none, false);
    Gemm.gemm(s, s, s, sa, 0, s, 1, sb, 0, s, 1, smallWant, 0, s, 1, none, none, none, none, false);
    AtomicBoolean done = new AtomicBoolean();
    AtomicBoolean smallSame = new AtomicBoolean(true);
    Thread smalls = new Thread(() -> {
      float[] c = new float[s * s];
      while (!done.get()) {
        // the engine counts this call as small while the large one runs
        Gemm.gemm(s, s, s, sa, 0, s, 1, sb, 0, s, 1, c, 0, s, 1, none, none, none, none, false);
        if (!java.util.Arrays.equals(c, smallWant)) {
          smallSame.set(false);
        }
      }
    });
    smalls.start();
    float[] got = new float[n * n];
    try {
      for (int r = 0; r < 3; r++) {
        Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, n, 1, got, 0, n, 1, none, none, none, none, false);
        for (int i = 0; i < got.length; i++) {
          assertEquals(Float.floatToRawIntBits(want[i]), Float.floatToRawIntBits(got[i]), "element " + i);
        }
      }
    } finally {
      done.set(true);
      smalls.join(20_000);
    }
    assertTrue(smallSame.get(), "the small products kept their bits");
    assertEquals(0, Parallel.smallRunning());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
