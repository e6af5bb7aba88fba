/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Splits a kernel's independent tasks across threads: the caller plus up to {@code parallelism() - 1} daemon
 * workers of one fork-join pool that einsum4j keeps for the life of the JVM. Internal: for einsum4j's own use
 * and generated code, not API; the public {@code Einsums} class exposes the setting.
 *
 * <p>The parallelism starts at {@code -Deinsum4j.threads}, or the number of available processors, and is at
 * most {@link #MAX_PARALLELISM}. A call runs on the caller's thread alone when its work is below a threshold
 * (about 4 MFLOP), and whenever the caller is already inside a fork-join pool (one of our workers, or the
 * user's): work is never nested.
 *
 * <p>The pool is created on first use with {@code max(processors, parallelism) - 1} workers. Changing the
 * parallelism only changes how many helpers a call asks for; the pool is replaced only when a larger
 * parallelism than it can serve is set, and the old pool is then shut down, so its workers end once their
 * queued work is done. Idle workers end after {@link #KEEP_ALIVE_SECONDS} seconds.
 *
 * <p>{@link #forEach} never makes a caller wait for a helper that has not started: the caller claims chunks of
 * tasks itself until none is left, cancels the helpers still queued (behind another caller's work, say) and
 * waits only for chunks that a running helper has claimed. A small call therefore costs at most its own
 * single-threaded time, whatever else the pool is doing.
 */
public final class Parallel {
  /** The largest parallelism accepted: more threads than this in one call is a configuration mistake. */
  public static final int MAX_PARALLELISM = 256;

  /** Seconds an idle worker waits for work before it ends. */
  static final long KEEP_ALIVE_SECONDS = 30;

  private static final double DEFAULT_THRESHOLD = 4e6;
  private static final AtomicInteger WORKER_IDS = new AtomicInteger();

  private static volatile int parallelism = initialParallelism();
  private static volatile double threshold = DEFAULT_THRESHOLD;
  private static ForkJoinPool pool;

  private Parallel() {}

  private static int initialParallelism() {
    int n = Integer.getInteger("einsum4j.threads", Runtime.getRuntime().availableProcessors());
    return Math.max(1, Math.min(MAX_PARALLELISM, n));
  }

  /**
   * Sets how many threads, the caller included, a large call may use.
   *
   * @param threads 1 to {@link #MAX_PARALLELISM}; 1 makes every call single-threaded
   * @throws IllegalArgumentException if {@code threads} is out of that range
   */
  public static void setParallelism(int threads) {
    if (threads < 1 || threads > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "parallelism must be between 1 and " + MAX_PARALLELISM + ": " + threads);
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
   *
   * @param flops the call's floating-point operations
   * @return the thread count, at least 1
   */
  public static int threadsFor(double flops) {
    int p = parallelism;
    if (p <= 1 || flops < threshold || ForkJoinTask.inForkJoinPool()) {
      return 1;
    }
    return p;
  }

  /**
   * Returns how many worker threads the pool may have now: what a test compares live workers with.
   *
   * @return the pool's size, or 0 before the first threaded call
   */
  public static synchronized int workerLimit() {
    return pool == null ? 0 : pool.getParallelism();
  }

  /** Returns the pool, replacing it (and shutting the old one down) when it has fewer than {@code workers}. */
  private static synchronized ForkJoinPool pool(int workers) {
    if (pool == null || pool.getParallelism() < workers) {
      ForkJoinPool old = pool;
      int size = Math.max(workers, Runtime.getRuntime().availableProcessors() - 1);
      pool = new ForkJoinPool(size, p -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setName("einsum4j-worker-" + WORKER_IDS.incrementAndGet());
        t.setDaemon(true);
        return t;
      }, null, false, 0, size, 1, saturated -> true, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
      if (old != null) {
        old.shutdown();
      }
    }
    return pool;
  }

  /**
   * Runs {@code task.accept(i)} for every {@code i < count}, on the caller and the pool's workers, and
   * returns when all are done. Tasks are claimed in contiguous chunks, so neighbouring tasks (which often
   * write neighbouring memory) stay on one thread. An exception from any task is rethrown here, after every
   * chunk already started has finished; chunks not yet started are then skipped.
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
    Job job = new Job(count, Math.max(1, count / (p * 4)), task);
    ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[p - 1];
    int submitted = 0;
    for (; submitted < helpers.length; submitted++) {
      try {
        helpers[submitted] = pool(p - 1).submit(job::work);
      } catch (RejectedExecutionException e) {
        break; // the pool was replaced under us (or is shutting down): the caller does the rest
      }
    }
    job.work();
    for (int i = 0; i < submitted; i++) {
      helpers[i].cancel(false); // a helper still queued never starts; a running one is not affected
    }
    job.awaitChunks();
    job.rethrow();
  }

  /** One {@link #forEach} call's shared state: chunks claimed in order, counted when finished. */
  private static final class Job {
    private final int count;
    private final int chunk;
    private final int chunks;
    private final IntConsumer task;
    private final Thread caller = Thread.currentThread();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile Throwable failure;

    Job(int count, int chunk, IntConsumer task) {
      this.count = count;
      this.chunk = chunk;
      this.chunks = (count + chunk - 1) / chunk;
      this.task = task;
    }

    /** Claims and runs chunks until none is left; after a failure, claims the rest without running them. */
    void work() {
      for (int s; (s = next.getAndAdd(chunk)) < count; ) {
        try {
          if (failure == null) {
            int e = Math.min(count, s + chunk);
            for (int i = s; i < e; i++) {
              task.accept(i);
            }
          }
        } catch (RuntimeException | Error e) {
          fail(e);
        } finally {
          if (finished.incrementAndGet() == chunks) {
            LockSupport.unpark(caller);
          }
        }
      }
    }

    private synchronized void fail(Throwable t) {
      if (failure == null) {
        failure = t;
      } else if (failure != t) {
        failure.addSuppressed(t);
      }
    }

    /** Waits until every chunk has finished: only chunks claimed by helpers that are running remain. */
    void awaitChunks() {
      while (finished.get() < chunks) {
        LockSupport.park(this);
      }
    }

    void rethrow() {
      Throwable t = failure;
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      } else if (t != null) {
        throw (Error) t;
      }
    }
  }
}
