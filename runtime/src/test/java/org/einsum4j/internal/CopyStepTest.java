/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.einsum4j.internal.gemm.Parallel;

/**
 * The copy step against the interpreter, for floats and doubles, on one thread and two, with its default
 * task size and with tiny ones that split the outer dimensions, the rows and the columns of the last two
 * dimensions into many pieces (across transpose tiles, too). Inputs and outputs are strided views into
 * padded arrays; the padding must stay untouched.
 */
class CopyStepTest {
  /** Task sizes: the default, then ones small enough to split rows, columns and tiles. */
  private static final int[] TASKS = {0, 1, 7, 100, 5000};
  private static final float SENTINEL = -12345;

  @AfterEach
  void restoreParallelism() {
    Parallel.setParallelism(Runtime.getRuntime().availableProcessors());
  }

  private static FloatTensor input(int[] shape, boolean transposed) {
    FloatTensor t;
    if (transposed) {
      int[] rev = new int[shape.length];
      int[] perm = new int[shape.length];
      for (int a = 0; a < shape.length; a++) {
        rev[a] = shape[shape.length - 1 - a];
        perm[a] = shape.length - 1 - a;
      }
      t = FloatTensor.zeros(rev).permute(perm);
    } else {
      t = FloatTensor.zeros(shape);
    }
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = i * 0.5f - 7;
    }
    return t;
  }

  private static int[] ints(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    return Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray();
  }

  @ParameterizedTest
  @CsvSource({
      "bshd->bhsd, 16x70x8x33, false",
      "bshd->bhsd, 4x65x3x35, true",
      "ij->ji, 1000x333, false",
      "ij->ji, 517x1031, true",
      "ijk->kji, 67x65x63, false",
      "ii->i, 700x700, false",
      "abc->cab, 2x300x500, true",
  })
  void agreesWithTheInterpreter(String spec, String dims, boolean transposed) {
    FloatTensor in = input(ints(dims), transposed);
    Contraction.Binding bd = Contraction.of(spec).bind(in.layout());
    FloatTensor out = FloatTensor.zeros(bd.outputShape());
    bd.bindOutput(out.layout());
    CopyStep.run(bd, in.array(), out.array());
    assertArrayEquals(Einsums.evaluate(spec, in).toArray(), out.toArray(), spec + " " + dims);
  }

  /**
   * Strides of a view of {@code shape} whose axes lie in memory in {@code order} (outermost first), each row
   * padded by {@code pad} elements and the innermost axis {@code step} apart.
   */
  private static int[] strides(int[] shape, int[] order, int pad, int step) {
    int[] strides = new int[shape.length];
    int s = step;
    for (int k = order.length - 1; k >= 0; k--) {
      strides[order[k]] = s;
      s = s * shape[order[k]] + pad;
    }
    return strides;
  }

  private static int extent(int offset, int[] shape, int[] strides) {
    int last = offset;
    for (int a = 0; a < shape.length; a++) {
      if (shape[a] == 0) {
        return offset;
      }
      last += (shape[a] - 1) * strides[a];
    }
    return last + 1;
  }

  /** Positions of {@code data} that the view does not cover. */
  private static boolean[] covered(int length, int offset, int[] shape, int[] strides) {
    boolean[] c = new boolean[length];
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    int[] idx = new int[shape.length];
    for (int e = 0; e < n; e++) {
      int p = offset;
      for (int a = 0; a < shape.length; a++) {
        p += idx[a] * strides[a];
      }
      c[p] = true;
      for (int a = shape.length - 1; a >= 0 && ++idx[a] == shape[a]; a--) {
        idx[a] = 0;
      }
    }
    return c;
  }

  /**
   * One copy in every configuration. {@code inOrder} lists the input's axes outermost first in memory (a
   * {@code b} before an axis broadcasts it: stride 0); {@code inStep} spaces the innermost one; the output is
   * row-major with each row padded by {@code outPad}.
   */
  @ParameterizedTest(name = "{0} {1} in {2} pad {3} step {4} out pad {5}")
  @CsvSource({
      // short contiguous runs (below LONG_RUN), the seed workload's shape at smaller sizes
      "bshd->bhsd, 4x64x8x64, 0123, 0, 1, 0",
      "bshd->bhsd, 3x9x5x33, 0123, 0, 1, 0",
      "bshd->bhsd, 2x7x3x255, 0123, 0, 1, 3",
      // long runs (System.arraycopy)
      "bshd->bhsd, 2x7x3x256, 0123, 0, 1, 0",
      "bshd->bhsd, 2x5x3x300, 0123, 5, 1, 0",
      "ij->ij, 40x700, 01, 9, 1, 0",
      "ij->ij, 40x70, 01, 0, 1, 11",
      // rows moved to the dimension the input is densest in
      "abcde->cbade, 3x4x5x6x20, 01234, 0, 1, 0",
      "abcd->acbd, 3x5x4x20, 0b123, 0, 1, 0",
      "abcd->acbd, 3x5x4x20, 0213, 2, 1, 1",
      // one merged dimension, split into column chunks
      "ij->ij, 300x1001, 01, 0, 1, 0",
      "i->i, 100003, 0, 0, 1, 0",
      // transposes in tiles, with partial tiles at both edges
      "ij->ji, 67x45, 01, 0, 1, 0",
      "ij->ji, 33x97, 01, 3, 1, 2",
      "ij->ji, 517x1031, 10, 0, 1, 0",
      "ijk->kji, 67x65x63, 012, 0, 1, 0",
      "abc->cab, 2x300x500, 210, 0, 1, 0",
      "abc->acb, 5x40x31, 012, 1, 1, 1",
      // strided: a spaced input, diagonals, broadcasts
      "ij->ji, 45x67, 10, 0, 2, 0",
      "ii->i, 700x700, 01, 0, 1, 0",
      "iij->ji, 30x30x50, 012, 0, 1, 0",
      "ij->ij, 300x500, b01, 0, 1, 0",
      "ij->ji, 300x500, 0b1, 0, 1, 0",
      // ellipsis dimensions
      "...ij->...ji, 3x4x50x70, 0123, 0, 1, 0",
      "...ij->j...i, 3x4x50x70, 0123, 2, 1, 0",
      // zero sizes, and every dimension of size 1 (rank 0 once they are dropped)
      "ij->ji, 0x50, 01, 0, 1, 0",
      "bshd->bhsd, 3x0x4x64, 0123, 0, 1, 0",
      "ij->ji, 1x1, 01, 0, 1, 0",
      "ijk->kji, 1x1x1, 012, 0, 1, 0",
  })
  void everyPathAgreesWithTheInterpreter(String spec, String dims, String inOrder, int inPad, int inStep,
      int outPad) {
    int[] shape = ints(dims);
    int[] order = inOrder.replace("b", "").chars().map(c -> c - '0').toArray();
    int[] inStrides = strides(shape, order, inPad, inStep);
    for (int k = 0; k < inOrder.length() - 1; k++) {
      if (inOrder.charAt(k) == 'b') {
        inStrides[inOrder.charAt(k + 1) - '0'] = 0;
      }
    }
    int inOff = 3;
    int inLength = extent(inOff, shape, inStrides) + 2;
    Contraction.Binding probe = Contraction.of(spec).bind(new int[][] {shape}, new int[][] {inStrides},
        new int[] {inOff});
    int[] outShape = probe.outputShape();
    int[] rowMajor = new int[outShape.length];
    for (int a = 0; a < rowMajor.length; a++) {
      rowMajor[a] = a;
    }
    int[] outStrides = strides(outShape, rowMajor, outPad, 1);
    int outOff = 2;
    int outLength = extent(outOff, outShape, outStrides) + 3;
    boolean[] written = covered(outLength, outOff, outShape, outStrides);

    float[] fin = new float[inLength];
    double[] din = new double[inLength];
    for (int i = 0; i < inLength; i++) {
      fin[i] = i * 0.25f - 9;
      din[i] = i * 0.125 - 9;
    }
    float[] fwant = Einsums.evaluate(spec, FloatTensor.ofStrided(fin, inOff, shape, inStrides)).toArray();
    double[] dwant = Einsums.evaluate(spec, DoubleTensor.ofStrided(din, inOff, shape, inStrides)).toArray();
    for (int threads = 1; threads <= 2; threads++) {
      Parallel.setParallelism(threads);
      for (int task : TASKS) {
        String where = spec + " " + dims + ", " + threads + " thread(s), task " + task;
        Contraction.Binding bd = Contraction.of(spec).bind(new int[][] {shape}, new int[][] {inStrides},
            new int[] {inOff});
        bd.bindOutput(outStrides, outOff);
        float[] fout = new float[outLength];
        double[] dout = new double[outLength];
        Arrays.fill(fout, SENTINEL);
        Arrays.fill(dout, SENTINEL);
        if (task == 0) {
          CopyStep.run(bd, fin, fout);
          CopyStep.run(bd, din, dout);
        } else {
          CopyStep.run(bd, fin, fout, task);
          CopyStep.run(bd, din, dout, task);
        }
        assertArrayEquals(fwant, FloatTensor.ofStrided(fout, outOff, outShape, outStrides).toArray(), where);
        assertArrayEquals(dwant, DoubleTensor.ofStrided(dout, outOff, outShape, outStrides).toArray(), where);
        for (int i = 0; i < outLength; i++) {
          if (!written[i]) {
            assertEquals(SENTINEL, fout[i], where + ": float padding at " + i);
            assertEquals(SENTINEL, dout[i], where + ": double padding at " + i);
          }
        }
      }
    }
  }

  @Test
  void aScalarIsCopied() {
    Contraction.Binding bd = Contraction.of("->").bind(new int[][] {{}}, new int[][] {{}}, new int[] {2});
    bd.bindOutput(new int[0], 1);
    float[] f = {SENTINEL, SENTINEL, SENTINEL};
    double[] d = {SENTINEL, SENTINEL, SENTINEL};
    CopyStep.run(bd, new float[] {0, 0, 4.5f}, f);
    CopyStep.run(bd, new double[] {0, 0, -2.25}, d);
    assertArrayEquals(new float[] {SENTINEL, 4.5f, SENTINEL}, f);
    assertArrayEquals(new double[] {SENTINEL, -2.25, SENTINEL}, d);
  }
}
