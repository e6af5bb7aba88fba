/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Measures the Java heap a call allocates, with HotSpot's per-thread allocation counters
 * ({@code com.sun.management.ThreadMXBean}), summed over every live thread so that work handed to a thread pool
 * counts too. Allocation that a thread makes and then ends before the call returns is not seen.
 */
public final class Allocations {
  private Allocations() {}

  /** Returns whether this JVM counts allocated bytes per thread. */
  public static boolean supported() {
    return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean
        && ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).isThreadAllocatedMemorySupported()
        && ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).isThreadAllocatedMemoryEnabled();
  }

  /**
   * Returns the bytes allocated while {@code call} runs once.
   *
   * @param call what to measure
   * @return the bytes, or -1 if the JVM does not count them ({@link #supported()})
   */
  public static long bytes(Runnable call) {
    if (!supported()) {
      return -1;
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] ids = threads.getAllThreadIds();
    long[] before = threads.getThreadAllocatedBytes(ids);
    call.run();
    long[] after = threads.getThreadAllocatedBytes(ids);
    long sum = 0;
    for (int i = 0; i < ids.length; i++) {
      if (before[i] >= 0 && after[i] >= 0) {
        sum += after[i] - before[i];
      }
    }
    return sum;
  }

  /**
   * Returns the least bytes one of {@code calls} calls allocates, after one call to warm up (class loading and
   * first-call set-up allocate too).
   *
   * @param call what to measure
   * @param calls how many calls to measure
   * @return the bytes, or -1 if the JVM does not count them
   */
  public static long leastBytes(Runnable call, int calls) {
    call.run();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < calls; i++) {
      least = Math.min(least, bytes(call));
    }
    return least;
  }

  /**
   * Returns the fewest bytes one call allocates once the JIT has compiled it: calls until the count falls
   * below {@code goal} (or after {@code maxCalls}). Vector API code boxes its vectors until C2 compiles it, so
   * an unwarmed call allocates far more than the kernel does.
   *
   * @param call the call to measure
   * @param goal stop as soon as one call allocates fewer bytes than this
   * @param maxCalls the most calls to make
   * @return the fewest bytes one call allocated
   */
  public static long warmedBytes(Runnable call, long goal, int maxCalls) {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < maxCalls && least >= goal; i++) {
      least = Math.min(least, bytes(call));
    }
    return least;
  }

  /**
   * Returns the bytes of seed 003's temporary {@code v.unsqueeze(1) + av} at the given sizes: {@code b·i·j·h·d}
   * floats.
   */
  public static long seed003TemporaryBytes(Map<Character, Integer> sizes) {
    return 4L * sizes.get('b') * sizes.get('i') * sizes.get('j') * sizes.get('h') * sizes.get('d');
  }
}
