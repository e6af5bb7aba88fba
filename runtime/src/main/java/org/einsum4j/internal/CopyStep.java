/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-operand einsum with nothing to sum: a permutation, a diagonal, or a broadcast copy, such as
 * {@code bshd->bhsd}. At call time the dimensions are ordered by the output's strides, merged where contiguous
 * in both the input and the output, and copied with {@link System#arraycopy} runs when the innermost dimension
 * is contiguous in both, or in cache-sized tiles when the input and the output are contiguous along different
 * dimensions (a transpose). Large copies are split across threads along the outermost dimension. Internal: for
 * generated code.
 */
public final class CopyStep {
  private static final int TILE = 32;
  private static final long PARALLEL_ELEMENTS = 1 << 18;
  private static final int CHUNK = 1 << 16;

  private final int[] size;
  private final int[] in;
  private final int[] out;
  private final int inOff;
  private final int outOff;

  private CopyStep(Contraction.Binding bd) {
    int labels = bd.contraction().spec().labelCount();
    List<int[]> dims = new ArrayList<>();
    for (int g = 0; g < bd.ellipsisRank(); g++) {
      dims.add(new int[] {bd.ellipsisSize(g), bd.ellipsisStride(0, g), bd.ellipsisStride(1, g)});
    }
    for (int l = 0; l < labels; l++) {
      dims.add(new int[] {bd.size(l), bd.stride(0, l), bd.stride(1, l)});
    }
    boolean empty = false;
    for (int[] d : dims) {
      empty |= d[0] == 0;
    }
    dims.removeIf(d -> d[0] == 1);
    // outermost first by output stride, so stores walk the output in order
    dims.sort((p, q) -> Integer.compare(q[2], p[2]));
    List<int[]> merged = new ArrayList<>();
    for (int[] d : dims) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last[1] == d[1] * d[0] && last[2] == d[2] * d[0]) {
        last[0] *= d[0];
        last[1] = d[1];
        last[2] = d[2];
      } else {
        merged.add(d.clone());
      }
    }
    if (empty) {
      merged.clear();
      merged.add(new int[] {0, 0, 0});
    }
    size = new int[merged.size()];
    in = new int[merged.size()];
    out = new int[merged.size()];
    for (int i = 0; i < size.length; i++) {
      size[i] = merged.get(i)[0];
      in[i] = merged.get(i)[1];
      out[i] = merged.get(i)[2];
    }
    inOff = bd.offset(0);
    outOff = bd.offset(1);
  }

  /**
   * Copies the single operand into the output, both as bound.
   *
   * @param bd the binding, output bound
   * @param src the operand's array
   * @param dst the output's array
   */
  public static void run(Contraction.Binding bd, float[] src, float[] dst) {
    new CopyStep(bd).go(src, dst);
  }

  /**
   * Copies the single operand into the output, both as bound.
   *
   * @param bd the binding, output bound
   * @param src the operand's array
   * @param dst the output's array
   */
  public static void run(Contraction.Binding bd, double[] src, double[] dst) {
    new CopyStep(bd).go(src, dst);
  }

  private void go(Object src, Object dst) {
    int rank = size.length;
    if (rank == 0) {
      element(src, inOff, dst, outOff);
      return;
    }
    long total = 1;
    for (int s : size) {
      total *= s;
    }
    if (total == 0) {
      return;
    }
    if (total >= PARALLEL_ELEMENTS && rank == 1) {
      // one merged dimension: split it into chunks
      int n = size[0];
      int chunks = (int) ((total + CHUNK - 1) / CHUNK);
      Parallel.forEach(chunks, c -> {
        int lo = c * CHUNK;
        int hi = Math.min(n, lo + CHUNK);
        run(src, inOff + lo * in[0], in[0], dst, outOff + lo * out[0], out[0], hi - lo);
      });
    } else if (total >= PARALLEL_ELEMENTS && size[0] > 1) {
      Parallel.forEach(size[0], i -> copy(src, inOff + i * in[0], dst, outOff + i * out[0], 1));
    } else {
      copy(src, inOff, dst, outOff, 0);
    }
  }

  private void copy(Object src, int si, Object dst, int di, int d) {
    int rank = size.length;
    if (d == rank - 1) {
      run(src, si, in[d], dst, di, out[d], size[d]);
      return;
    }
    if (d == rank - 2 && out[d + 1] == 1 && in[d + 1] != 1 && in[d] == 1) {
      transpose(src, si, dst, di, d);
      return;
    }
    for (int i = 0; i < size[d]; i++) {
      copy(src, si + i * in[d], dst, di + i * out[d], d + 1);
    }
  }

  /** Copies the last two dimensions in tiles: the input is contiguous along {@code d}, the output along d+1. */
  private void transpose(Object src, int si, Object dst, int di, int d) {
    int n0 = size[d];
    int n1 = size[d + 1];
    for (int i0 = 0; i0 < n0; i0 += TILE) {
      int e0 = Math.min(n0, i0 + TILE);
      for (int i1 = 0; i1 < n1; i1 += TILE) {
        int e1 = Math.min(n1, i1 + TILE);
        for (int i = i0; i < e0; i++) {
          run(src, si + i + i1 * in[d + 1], in[d + 1], dst, di + i * out[d] + i1, 1, e1 - i1);
        }
      }
    }
  }

  private static void run(Object src, int si, int sStride, Object dst, int di, int dStride, int n) {
    if (sStride == 1 && dStride == 1) {
      System.arraycopy(src, si, dst, di, n);
    } else if (src instanceof float[]) {
      float[] s = (float[]) src;
      float[] t = (float[]) dst;
      for (int i = 0; i < n; i++) {
        t[di + i * dStride] = s[si + i * sStride];
      }
    } else {
      double[] s = (double[]) src;
      double[] t = (double[]) dst;
      for (int i = 0; i < n; i++) {
        t[di + i * dStride] = s[si + i * sStride];
      }
    }
  }

  private static void element(Object src, int si, Object dst, int di) {
    run(src, si, 0, dst, di, 0, 1);
  }
}
