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
 *
 * <p>Small calls are not left to share a core with large ones either. A call whose work is known (the {@code
 * flops} argument of {@link #forEach(int, double, IntConsumer)}) is small below {@link #SMALL_FLOPS} and large
 * from {@link #LARGE_FLOPS}. While a small call runs, a worker inside a large call's chunk stands aside at its
 * next {@link #standAside()} point (the GEMM engine has one per strip of B, tens of microseconds apart): it
 * parks until no small call runs, for at most {@link #MAX_STAND_ASIDE_NANOS} at a time, so the small call has
 * a core of its own while the large call goes on at the caller's pace. The large call's own caller never
 * stands aside, and nothing changes in what any call computes.
 */
public final class Parallel {
  /** The largest parallelism accepted: more threads than this in one call is a configuration mistake. */
  public static final int MAX_PARALLELISM = 256;

  /** Seconds an idle worker waits for work before it ends. */
  static final long KEEP_ALIVE_SECONDS = 30;

  private static final double DEFAULT_THRESHOLD = 4e6;

  /** Calls of less work than this (about a millisecond on one core) are small. */
  public static final double SMALL_FLOPS = 1 << 28;
  /** Calls of at least this much work are large: their workers stand aside for small calls. */
  public static final double LARGE_FLOPS = 1L << 31;
  /** The longest a worker stands aside at one point, so that a stream of small calls slows a large one down
   *  but never stops it. */
  static final long MAX_STAND_ASIDE_NANOS = 2_000_000;
  /** The pause between checks while standing aside. */
  private static final long STAND_ASIDE_PARK_NANOS = 20_000;

  /** Large calls running now; small calls count themselves only while this is positive. */
  private static final AtomicInteger LARGE_RUNNING = new AtomicInteger();
  /** Small calls running now, while a large one runs. */
  private static final AtomicInteger SMALL_RUNNING = new AtomicInteger();
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
        Worker t = new Worker(p);
        t.setName("einsum4j-worker-" + WORKER_IDS.incrementAndGet());
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
    forEach(count, Double.NaN, task);
  }

  /**
   * Like {@link #forEach(int, IntConsumer)}, for a call whose work is known: a small one has the cores to
   * itself while it runs, a large one's workers stand aside for small ones (see the class documentation).
   *
   * @param count the number of tasks
   * @param flops the call's floating-point operations (NaN when unknown: neither small nor large)
   * @param task the body
   */
  public static void forEach(int count, double flops, IntConsumer task) {
    boolean large = flops >= LARGE_FLOPS;
    boolean small = flops < SMALL_FLOPS && LARGE_RUNNING.get() > 0
        && !(Thread.currentThread() instanceof Worker); // nested in a worker's chunk: part of that call
    AtomicInteger counter = large ? LARGE_RUNNING : small ? SMALL_RUNNING : null;
    if (counter != null) {
      counter.incrementAndGet();
    }
    try {
      run(count, large, task);
    } finally {
      if (counter != null) {
        counter.decrementAndGet();
      }
    }
  }

  /**
   * Counts a single-threaded call of the given work, one that does not go through {@link #forEach}, as a small
   * call running, when it is small and a large call runs: then the workers of large calls stand aside until
   * {@link #exitSmall()}. Call {@code exitSmall()} in a {@code finally} exactly when this returns true.
   *
   * @param flops the call's floating-point operations
   * @return whether the call was counted
   */
  public static boolean enterSmall(double flops) {
    // a call nested in one of our workers' chunks is part of that chunk's call, not a caller of its own
    if (flops < SMALL_FLOPS && LARGE_RUNNING.get() > 0 && !(Thread.currentThread() instanceof Worker)) {
      SMALL_RUNNING.incrementAndGet();
      return true;
    }
    return false;
  }

  /** Ends a call that {@link #enterSmall} counted. */
  public static void exitSmall() {
    SMALL_RUNNING.decrementAndGet();
  }

  /**
   * A point at which a worker inside a large call's chunk stands aside while a small call runs; anywhere else
   * (the caller's own thread, a small call's chunk, no small call running) it returns at once, after one
   * volatile read.
   *
   * @return whether it stood aside (parked at least once)
   */
  public static boolean standAside() {
    if (SMALL_RUNNING.get() == 0) {
      return false;
    }
    Thread t = Thread.currentThread();
    if (!(t instanceof Worker) || !((Worker) t).inLarge) {
      return false;
    }
    long start = System.nanoTime();
    do {
      LockSupport.parkNanos(STAND_ASIDE_PARK_NANOS);
    } while (SMALL_RUNNING.get() > 0 && System.nanoTime() - start < MAX_STAND_ASIDE_NANOS);
    return true;
  }

  /** Returns how many small calls run now while a large one does (for tests). */
  static int smallRunning() {
    return SMALL_RUNNING.get();
  }

  private static void run(int count, boolean large, IntConsumer task) {
    int p = Math.min(parallelism, count);
    if (p <= 1 || ForkJoinTask.inForkJoinPool()) {
      for (int i = 0; i < count; i++) {
        task.accept(i);
      }
      return;
    }
    Job job = new Job(count, Math.max(1, count / (p * 4)), large, task);
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

  /**
   * One of the pool's workers (a daemon): it knows whether the chunk it runs belongs to a large call. Only the
   * worker itself reads and writes that.
   */
  static final class Worker extends ForkJoinWorkerThread {
    boolean inLarge;

    Worker(ForkJoinPool pool) {
      super(pool);
      setDaemon(true);
    }
  }

  /** One {@link #forEach} call's shared state: chunks claimed in order, counted when finished. */
  private static final class Job {
    private final int count;
    private final int chunk;
    private final int chunks;
    private final boolean large;
    private final IntConsumer task;
    private final Thread caller = Thread.currentThread();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile Throwable failure;

    Job(int count, int chunk, boolean large, IntConsumer task) {
      this.count = count;
      this.chunk = chunk;
      this.chunks = (count + chunk - 1) / chunk;
      this.large = large;
      this.task = task;
    }

    /** Claims and runs chunks until none is left; after a failure, claims the rest without running them. */
    void work() {
      // a job's caller is never one of the workers: a call from inside the pool runs inline, without a job
      Thread t = Thread.currentThread();
      Worker w = t instanceof Worker ? (Worker) t : null;
      if (w != null) {
        w.inLarge = large;
      }
      try {
        claim();
      } finally {
        if (w != null) {
          w.inLarge = false;
        }
      }
    }

    private void claim() {
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
