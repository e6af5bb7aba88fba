/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import java.util.function.IntConsumer;

/**
 * How one {@link Gemm} call is cut into tasks: one task per batch index, and when there are fewer batch
 * indices than threads, each batch item split further into row blocks (or column blocks when there are too
 * few rows). The depth {@code k} is never split. Internal, not API.
 */
final class GemmPlan {
  private final int threads;
  private final int tasks;
  private final int splitM;
  private final int splitN;
  private final int m;
  private final int n;
  private final int mChunk;
  private final int nChunk;
  private final double flops;

  private GemmPlan(int threads, int tasks, int splitM, int splitN, int m, int n, int mChunk, int nChunk,
      double flops) {
    this.flops = flops;
    this.threads = threads;
    this.tasks = tasks;
    this.splitM = splitM;
    this.splitN = splitN;
    this.m = m;
    this.n = n;
    this.mChunk = mChunk;
    this.nChunk = nChunk;
  }

  /** Returns the number of batch items, the product of the batch sizes. */
  static long batchCount(int[] batchSizes) {
    long count = 1;
    for (int s : batchSizes) {
      count *= s;
    }
    return count;
  }

  /**
   * Plans a call.
   *
   * @param m rows of C
   * @param n columns of C
   * @param k depth
   * @param batch batch items, at least 1
   * @param mr the row granularity of a split
   * @param nr the column granularity of a split
   * @return the plan
   */
  static GemmPlan of(int m, int n, int k, long batch, int mr, int nr) {
    double flops = 2.0 * m * n * k * batch;
    int threads = Parallel.threadsFor(flops);
    int splitM = 1;
    int splitN = 1;
    if (threads > 1 && batch < threads) {
      int want = (int) ((threads + batch - 1) / batch);
      int mUnits = (m + mr - 1) / mr;
      int nUnits = (n + nr - 1) / nr;
      if (mUnits >= want) {
        splitM = want;
      } else if (nUnits >= want) {
        splitN = want;
      } else if (mUnits >= nUnits) {
        splitM = mUnits;
      } else {
        splitN = nUnits;
      }
    }
    int mChunk = ((m + mr - 1) / mr + splitM - 1) / splitM * mr;
    int nChunk = ((n + nr - 1) / nr + splitN - 1) / splitN * nr;
    int tasks = (int) Math.min(Integer.MAX_VALUE, batch * splitM * splitN);
    return new GemmPlan(threads, tasks, splitM, splitN, m, n, mChunk, nChunk, flops);
  }

  /** Returns the number of tasks. */
  int tasks() {
    return tasks;
  }

  /** Returns the flat batch index of a task. */
  int batchOf(int task) {
    return task / (splitM * splitN);
  }

  /** Returns the first row of a task. */
  int m0(int task) {
    return Math.min(m, (task % (splitM * splitN)) / splitN * mChunk);
  }

  /** Returns the end (exclusive) of a task's rows. */
  int m1(int task) {
    return Math.min(m, m0(task) + mChunk);
  }

  /** Returns the first column of a task. */
  int n0(int task) {
    return Math.min(n, task % splitN * nChunk);
  }

  /** Returns the end (exclusive) of a task's columns. */
  int n1(int task) {
    return Math.min(n, n0(task) + nChunk);
  }

  /** Returns the call's floating-point operations. */
  double flops() {
    return flops;
  }

  /**
   * Runs every task, on several threads if the plan has more than one; the call's work tells {@link Parallel}
   * whether it is small (it then has the cores to itself) or large (its workers stand aside for small calls).
   */
  void forEach(IntConsumer task) {
    run(tasks, task);
  }

  /** Runs {@code count} tasks of this call, on several threads if the plan has more than one. */
  private void run(int count, IntConsumer task) {
    if (threads > 1 && count > 1) {
      Parallel.forEach(count, flops, task);
    } else {
      boolean counted = Parallel.enterSmall(flops);
      try {
        for (int t = 0; t < count; t++) {
          task.accept(t);
        }
      } finally {
        if (counted) {
          Parallel.exitSmall();
        }
      }
    }
  }

  /** Whether the plan splits batch items into row or column blocks (else each task is whole items). */
  boolean splits() {
    return splitM * splitN > 1;
  }

  /** A run of {@link #forEachItem}: consecutive items along the innermost batch dimension. */
  @FunctionalInterface
  interface Run {
    /**
     * Runs the items.
     *
     * @param ao A's offset of the first item
     * @param bo B's offset of the first item
     * @param co C's offset of the first item
     * @param count how many items, each the innermost batch strides after the one before
     */
    void run(int ao, int bo, int co, int count);
  }

  /** The least work, in floating-point operations, of a task of whole batch items. */
  static final double ITEM_TASK_FLOPS = 1 << 16;

  /**
   * Runs every batch item of a plan that does not {@link #splits split}, as {@link #forEach} runs tasks: each task
   * takes a range of items worth at least {@link #ITEM_TASK_FLOPS} and walks their offsets as an odometer, in
   * runs along the innermost batch dimension, so that an item of a batch of tiny products costs its product, not
   * divisions (the flat index is divided into coordinates once per task) nor a call.
   *
   * @param sizes the batch sizes
   * @param aOff A's offset
   * @param aBs A's batch strides
   * @param bOff B's offset
   * @param bBs B's batch strides
   * @param cOff C's offset
   * @param cBs C's batch strides
   * @param body the products of a run of items
   */
  void forEachItem(int[] sizes, int aOff, int[] aBs, int bOff, int[] bBs, int cOff, int[] cBs, Run body) {
    long batch = batchCount(sizes);
    double itemFlops = Math.max(1, batch == 0 ? 1 : flops / batch);
    long per = (long) Math.max(1, Math.min(batch, Math.ceil(ITEM_TASK_FLOPS / itemFlops)));
    int count = (int) Math.min(Integer.MAX_VALUE, (batch + per - 1) / per);
    long step = (batch + count - 1) / count;
    IntConsumer task = t -> {
      long first = t * step;
      long end = Math.min(batch, first + step);
      int rank = sizes.length;
      int[] idx = new int[rank];
      int ao = aOff;
      int bo = bOff;
      int co = cOff;
      long f = first;
      for (int d = rank - 1; d >= 0; d--) {
        idx[d] = (int) (f % sizes[d]);
        f /= sizes[d];
        ao += idx[d] * aBs[d];
        bo += idx[d] * bBs[d];
        co += idx[d] * cBs[d];
      }
      if (rank == 0) {
        body.run(ao, bo, co, (int) (end - first));
        return;
      }
      int last = rank - 1;
      for (long i = first; i < end; ) {
        int len = (int) Math.min(end - i, sizes[last] - idx[last]);
        body.run(ao, bo, co, len);
        i += len;
        idx[last] += len;
        ao += len * aBs[last];
        bo += len * bBs[last];
        co += len * cBs[last];
        for (int d = last; d >= 0 && idx[d] == sizes[d]; d--) {
          idx[d] = 0;
          ao -= sizes[d] * aBs[d];
          bo -= sizes[d] * bBs[d];
          co -= sizes[d] * cBs[d];
          if (d > 0) {
            idx[d - 1]++;
            ao += aBs[d - 1];
            bo += bBs[d - 1];
            co += cBs[d - 1];
          }
        }
      }
    };
    run(count, task);
  }

  /**
   * Returns an operand's base offset for a flat batch index, the last batch dimension varying fastest.
   *
   * @param off the operand's offset
   * @param flat the flat batch index
   * @param sizes the batch sizes
   * @param strides the operand's batch strides
   * @return {@code off + Σ_d t_d * strides[d]}
   */
  static int offset(int off, int flat, int[] sizes, int[] strides) {
    for (int d = sizes.length - 1; d >= 0; d--) {
      int s = sizes[d];
      off += flat % s * strides[d];
      flat /= s;
    }
    return off;
  }

  /** Returns {@code xs} with {@code x} appended. */
  static int[] append(int[] xs, int x) {
    int[] out = java.util.Arrays.copyOf(xs, xs.length + 1);
    out[xs.length] = x;
    return out;
  }

  /** Returns {@code xs} without element {@code t}. */
  static int[] without(int[] xs, int t) {
    int[] out = new int[xs.length - 1];
    System.arraycopy(xs, 0, out, 0, t);
    System.arraycopy(xs, t + 1, out, t, xs.length - t - 1);
    return out;
  }
}
