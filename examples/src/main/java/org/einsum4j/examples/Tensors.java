/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import org.einsum4j.FloatTensor;

/**
 * Plain-Java helpers for the examples' checks and printing. The tensor operations themselves (random inputs,
 * add, scale, softmax, select) are the runtime's own, on {@link FloatTensor}.
 */
final class Tensors {
  /** A result passes a check when every element is within {@code ATOL + RTOL * |expected|}. */
  static final double RTOL = 1e-4;
  static final double ATOL = 1e-5;

  private static int checks;

  private Tensors() {}

  /** Returns the largest {@code |a - b|} over two tensors of the same shape. */
  static double maxAbsDiff(FloatTensor a, FloatTensor b) {
    requireSameShape(a, b);
    float[] x = a.toArray();
    float[] y = b.toArray();
    double max = 0;
    for (int i = 0; i < x.length; i++) {
      max = Math.max(max, Math.abs((double) x[i] - y[i]));
    }
    return max;
  }

  /**
   * Prints one check line and throws if {@code actual} is not close to {@code expected}.
   *
   * @param against what the expected values come from, e.g. {@code "interpreter"}
   */
  static void check(String what, String against, FloatTensor actual, FloatTensor expected) {
    checks++;
    requireSameShape(actual, expected);
    double diff = maxAbsDiff(actual, expected);
    boolean ok = actual.allClose(expected, RTOL, ATOL);
    System.out.printf("  %-34s check vs %s: max |diff| = %.3g %s%n", what, against, diff, ok ? "OK" : "FAILED");
    if (!ok) {
      throw new IllegalStateException(what + " differs from " + against + ": max |diff| = " + diff
          + " (tolerance " + ATOL + " + " + RTOL + " * |expected|)");
    }
  }

  /** Prints a check line and throws unless {@code condition} holds. */
  static void require(boolean condition, String what) {
    checks++;
    System.out.printf("  %-34s %s%n", what, condition ? "OK" : "FAILED");
    if (!condition) {
      throw new IllegalStateException("check failed: " + what);
    }
  }

  /**
   * Returns the bytes allocated on the Java heap while {@code call} runs once, summed over every live thread
   * (so that work handed to a thread pool counts too), or -1 if the JVM cannot tell
   * ({@code com.sun.management.ThreadMXBean} is HotSpot's).
   */
  static long allocatedBytes(Supplier<?> call) {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean)) {
      return -1;
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    if (!threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
      return -1;
    }
    long[] ids = threads.getAllThreadIds();
    long[] before = threads.getThreadAllocatedBytes(ids);
    call.get();
    long[] after = threads.getThreadAllocatedBytes(ids);
    long sum = 0;
    for (int i = 0; i < ids.length; i++) {
      if (before[i] >= 0 && after[i] >= 0) {
        sum += after[i] - before[i];
      }
    }
    return sum;
  }

  /** Returns how many checks have passed so far. */
  static int checksPassed() {
    return checks;
  }

  static String shape(FloatTensor t) {
    return Arrays.toString(t.shape());
  }

  /** Returns the first few elements in row-major order, e.g. {@code [0.1234, -0.5, ...]}. */
  static String head(FloatTensor t, int count) {
    float[] x = t.toArray();
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < Math.min(count, x.length); i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format("%.4f", x[i]));
    }
    return sb.append(x.length > count ? ", ...]" : "]").toString();
  }

  private static void requireSameShape(FloatTensor a, FloatTensor b) {
    if (!Arrays.equals(a.shape(), b.shape())) {
      throw new IllegalStateException("shapes differ: " + shape(a) + " vs " + shape(b));
    }
  }
}
