/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import org.einsum4j.DoubleTensor;
import org.einsum4j.FloatTensor;

/**
 * The temporaries of pairwise paths, kept per calling thread between calls. A path of {@code n} steps writes
 * {@code n - 1} intermediates; allocating them afresh on every call costs more than the step that fills them
 * when they are large (a new array is zeroed, then written again while its memory is still cold: measured 3.2
 * ms against 1.2 ms for a 32⁴ GEMM step into a reused array). So each thread keeps one array per step number and
 * reuses it for any later path step with that number, growing it when a call needs more.
 *
 * <p>Every step overwrites its temporary whole (the GEMM, nest and copy engines all write every element of
 * their output, zeros for an empty sum), so a reused array's old contents never show. What a thread keeps is
 * capped at {@link #KEPT_BYTES} (the property {@code einsum4j.keptTemporaryBytes}, in bytes; 0 keeps nothing):
 * a temporary that would take the thread over it is allocated for the call alone and left to the collector.
 * Virtual threads keep nothing. Internal: for generated code.
 */
public final class Temporaries {
  /** The most bytes of temporaries one thread keeps between calls. */
  public static final long KEPT_BYTES = Long.getLong("einsum4j.keptTemporaryBytes", 16L << 20);

  private static final ThreadLocal<Temporaries> LOCAL = ThreadLocal.withInitial(Temporaries::new);

  private float[][] floats = new float[0][];
  private double[][] doubles = new double[0][];
  private long kept;

  private Temporaries() {}

  /**
   * Returns a contiguous float tensor of this shape for step {@code step}'s intermediate: the calling thread's
   * kept array when there is one large enough, else a new one (kept when the cap allows). Its contents are
   * arbitrary: the step must overwrite every element.
   *
   * @param step the step's number in its path (intermediates of one path never share a number)
   * @param shape the shape
   * @return the tensor
   */
  public static FloatTensor floats(int step, int[] shape) {
    long n = elements(shape);
    Temporaries t = mine(n * Float.BYTES);
    if (t == null) {
      return FloatTensor.zeros(shape);
    }
    if (step >= t.floats.length) {
      t.floats = java.util.Arrays.copyOf(t.floats, step + 1);
    }
    float[] a = t.floats[step];
    if (a == null || a.length < n) {
      long grown = t.kept + (n - (a == null ? 0 : a.length)) * Float.BYTES;
      if (grown > KEPT_BYTES) {
        return FloatTensor.zeros(shape);
      }
      a = new float[(int) n];
      t.floats[step] = a;
      t.kept = grown;
    }
    return FloatTensor.ofStrided(a, 0, shape, rowMajor(shape));
  }

  /**
   * Returns a contiguous double tensor of this shape for step {@code step}'s intermediate, as {@link
   * #floats} does.
   *
   * @param step the step's number in its path
   * @param shape the shape
   * @return the tensor
   */
  public static DoubleTensor doubles(int step, int[] shape) {
    long n = elements(shape);
    Temporaries t = mine(n * Double.BYTES);
    if (t == null) {
      return DoubleTensor.zeros(shape);
    }
    if (step >= t.doubles.length) {
      t.doubles = java.util.Arrays.copyOf(t.doubles, step + 1);
    }
    double[] a = t.doubles[step];
    if (a == null || a.length < n) {
      long grown = t.kept + (n - (a == null ? 0 : a.length)) * Double.BYTES;
      if (grown > KEPT_BYTES) {
        return DoubleTensor.zeros(shape);
      }
      a = new double[(int) n];
      t.doubles[step] = a;
      t.kept = grown;
    }
    return DoubleTensor.ofStrided(a, 0, shape, rowMajor(shape));
  }

  /** Returns the bytes the calling thread keeps (for tests). */
  static long keptBytes() {
    return LOCAL.get().kept;
  }

  /** The calling thread's temporaries, or null when it keeps none or this one could never be kept. */
  private static Temporaries mine(long bytes) {
    if (bytes > KEPT_BYTES || bytes == 0 || VIRTUAL.isInstance(Thread.currentThread())) {
      return null;
    }
    return LOCAL.get();
  }

  /** {@code java.lang.VirtualThread} where the JDK has it (21 and later), else a class no thread is. */
  private static final Class<?> VIRTUAL = virtualThreadClass();

  private static Class<?> virtualThreadClass() {
    try {
      return Class.forName("java.lang.VirtualThread");
    } catch (ClassNotFoundException e) {
      return Void.class;
    }
  }

  private static long elements(int[] shape) {
    long n = 1;
    for (int d : shape) {
      n *= d;
    }
    return n;
  }

  private static int[] rowMajor(int[] shape) {
    int[] strides = new int[shape.length];
    int s = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      strides[i] = s;
      s *= Math.max(1, shape[i]);
    }
    return strides;
  }
}
