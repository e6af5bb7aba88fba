/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
}
