/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Splits a kernel's independent tasks across threads: the caller plus {@code parallelism() - 1} daemon
 * workers of a dedicated fork-join pool. Internal: for einsum4j's own use and generated code, not API; the
 * public {@code Einsums} class exposes the setting.
 *
 * <p>The parallelism starts at {@code -Deinsum4j.threads}, or the number of available processors. A call
 * runs on the caller's thread alone when its work is below a threshold (about 4 MFLOP), and whenever the
 * caller is already inside a fork-join pool (one of our workers, or the user's): work is never nested.
 */
public final class Parallel {
  private static final double DEFAULT_THRESHOLD = 4e6;

  private static volatile int parallelism = initialParallelism();
  private static volatile double threshold = DEFAULT_THRESHOLD;
  private static ForkJoinPool pool;

  private Parallel() {}

  private static int initialParallelism() {
    int n = Integer.getInteger("einsum4j.threads", Runtime.getRuntime().availableProcessors());
    return Math.max(1, n);
  }

  /**
   * Sets how many threads, the caller included, a large call may use.
   *
   * @param threads at least 1; 1 makes every call single-threaded
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public static void setParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
    }
    parallelism = threads;
  }

  /**
   * Returns how many threads, the caller included, a large call may use.
   *
   * @return the parallelism, at least 1
   */
  public static int parallelism() {
    return parallelism;
  }

  /** Sets the work, in floating-point operations, from which a call goes parallel (for tests). */
  public static void setThreshold(double flops) {
    threshold = flops;
  }

  /** Restores the default threshold (for tests). */
  public static void resetThreshold() {
    threshold = DEFAULT_THRESHOLD;
  }

  /**
   * Returns how many threads a call with the given work should use: 1 below the threshold or inside a
   * fork-join pool, else the parallelism.
   */
  public static int threadsFor(double flops) {
    int p = parallelism;
    if (p <= 1 || flops < threshold || ForkJoinTask.inForkJoinPool()) {
      return 1;
    }
    return p;
  }

  private static synchronized ForkJoinPool pool(int workers) {
    if (pool == null || pool.getParallelism() != workers) {
      // The old pool is not shut down: a concurrent call may still submit to it, and its idle workers
      // retire on their own.
      AtomicInteger ids = new AtomicInteger();
      pool = new ForkJoinPool(workers, p -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setName("einsum4j-worker-" + ids.incrementAndGet());
        t.setDaemon(true);
        return t;
      }, null, false);
    }
    return pool;
  }

  /**
   * Runs {@code task.accept(i)} for every {@code i < count}, on the caller and the pool's workers, and
   * returns when all are done. Tasks are claimed in contiguous chunks, so neighbouring tasks (which often
   * write neighbouring memory) stay on one thread. An exception from any task is rethrown here.
   *
   * @param count the number of tasks
   * @param task the body
   */
  public static void forEach(int count, IntConsumer task) {
    int p = Math.min(parallelism, count);
    if (p <= 1 || ForkJoinTask.inForkJoinPool()) {
      for (int i = 0; i < count; i++) {
        task.accept(i);
      }
      return;
    }
    int chunk = Math.max(1, count / (p * 4));
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int s; (s = next.getAndAdd(chunk)) < count; ) {
        int e = Math.min(count, s + chunk);
        for (int i = s; i < e; i++) {
          task.accept(i);
        }
      }
    };
    ForkJoinPool fjp = pool(p - 1);
    ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[p - 1];
    for (int i = 0; i < helpers.length; i++) {
      helpers[i] = fjp.submit(worker);
    }
    Throwable failure = null;
    try {
      worker.run();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (ForkJoinTask<?> h : helpers) {
      try {
        h.join();
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
        } else if (failure != e) {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    } else if (failure != null) {
      throw (Error) failure;
    }
  }
}
