/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.einsum4j.internal.gemm.Parallel;

/**
 * A one-operand einsum with nothing to sum: a permutation, a diagonal, or a broadcast copy, such as
 * {@code bshd->bhsd}. Internal: for generated code.
 *
 * <p>At call time the dimensions are ordered by the output's strides, merged where contiguous in both the
 * input and the output, and the last two become a block of rows that one loop nest copies: the innermost
 * dimension, and as rows the next one in the output, or for contiguous runs the one the input is densest in
 * (for {@code bshd->bhsd}, {@code h}: each block reads 8 runs of 64 that lie next to each other in the input
 * and writes them to 8 output streams, faster than reading runs 2 KiB apart: chosen by measurement, see
 * benchmarks/results/README.md). Blocks are copied, by the loops of {@code CopyStepFloat} and its generated
 * {@code double} twin:
 * <ul>
 *   <li>contiguous runs, when the innermost dimension is contiguous in both: {@link System#arraycopy} on
 *       typed arrays (C2 calls its vectorized stub; a counted loop measured slower from 8 elements on), a
 *       plain loop for runs shorter than {@value #LONG_RUN};</li>
 *   <li>cache-sized tiles, when the input and the output are contiguous along different dimensions (a
 *       transpose);</li>
 *   <li>a strided loop otherwise (diagonals, broadcasts).</li>
 * </ul>
 * A copy of at least {@value #PARALLEL_ELEMENTS} elements is split into tasks of about {@value #TASK}
 * elements, run across threads: whole blocks when there are enough outer indices, else each block's rows,
 * then its columns (in whole tiles for a transpose).
 */
public final class CopyStep {
  /** The side of a tile of a transpose. */
  static final int TILE = 16;
  private static final long PARALLEL_ELEMENTS = 1 << 18;
  private static final int TASK = 1 << 15;
  /** Contiguous runs at least this long are copied with {@link System#arraycopy}, shorter ones in a loop. */
  static final int LONG_RUN = 8;

  /** How a block is copied: see the class documentation. */
  enum Kind { RUNS, TILES, STRIDED }

  /** Outermost first; at least two dimensions (a leading one of size 1 pads rank 1), or none for rank 0. */
  private final int[] size;
  private final int[] in;
  private final int[] out;
  private final int inOff;
  private final int outOff;
  private final Kind kind;

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
    if (merged.size() == 1) {
      merged.add(0, new int[] {1, 0, 0});
    }
    int rank = merged.size();
    if (rank >= 3 && merged.get(rank - 1)[1] == 1 && merged.get(rank - 1)[2] == 1) {
      // runs: rows along the dimension the input is densest in, so that loads stream
      int k = rank - 2;
      for (int i = 0; i < rank - 2; i++) {
        if (merged.get(i)[1] > 0 && merged.get(i)[1] < merged.get(k)[1]) {
          k = i;
        }
      }
      merged.add(rank - 2, merged.remove(k));
    }
    size = new int[rank];
    in = new int[rank];
    out = new int[rank];
    for (int i = 0; i < rank; i++) {
      size[i] = merged.get(i)[0];
      in[i] = merged.get(i)[1];
      out[i] = merged.get(i)[2];
    }
    inOff = bd.offset(0);
    outOff = bd.offset(1);
    if (rank == 0) {
      kind = Kind.STRIDED;
    } else if (in[rank - 1] == 1 && out[rank - 1] == 1) {
      kind = Kind.RUNS;
    } else if (out[rank - 1] == 1 && in[rank - 2] == 1 && in[rank - 1] != 1) {
      kind = Kind.TILES;
    } else {
      kind = Kind.STRIDED;
    }
  }

  /**
   * Copies the single operand into the output, both as bound.
   *
   * @param bd the binding, output bound
   * @param src the operand's array
   * @param dst the output's array
   */
  public static void run(Contraction.Binding bd, float[] src, float[] dst) {
    new CopyStep(bd).go(src, dst, TASK);
  }

  /**
   * Copies the single operand into the output, both as bound.
   *
   * @param bd the binding, output bound
   * @param src the operand's array
   * @param dst the output's array
   */
  public static void run(Contraction.Binding bd, double[] src, double[] dst) {
    new CopyStep(bd).go(src, dst, TASK);
  }

  /** As {@link #run(Contraction.Binding, float[], float[])}, in tasks of {@code task} elements (tests). */
  static void run(Contraction.Binding bd, float[] src, float[] dst, int task) {
    new CopyStep(bd).go(src, dst, task);
  }

  /** As {@link #run(Contraction.Binding, double[], double[])}, in tasks of {@code task} elements (tests). */
  static void run(Contraction.Binding bd, double[] src, double[] dst, int task) {
    new CopyStep(bd).go(src, dst, task);
  }

  private void go(Object src, Object dst, int task) {
    int rank = size.length;
    if (rank == 0) {
      if (src instanceof float[]) {
        ((float[]) dst)[outOff] = ((float[]) src)[inOff];
      } else {
        ((double[]) dst)[outOff] = ((double[]) src)[inOff];
      }
      return;
    }
    long total = 1;
    for (int s : size) {
      total *= s;
    }
    if (total == 0) {
      return;
    }
    int outer = (int) (total / ((long) size[rank - 2] * size[rank - 1]));
    int rows = size[rank - 2];
    int cols = size[rank - 1];
    long want = total >= PARALLEL_ELEMENTS || task < TASK ? Math.max(1, total / task) : 1;
    if (want <= outer) {
      // whole blocks: a range of outer indices per task
      int tasks = (int) want;
      if (tasks == 1) {
        blocks(src, dst, 0, outer);
      } else {
        Parallel.forEach(tasks, t -> blocks(src, dst, (int) ((long) t * outer / tasks),
            (int) ((long) (t + 1) * outer / tasks)));
      }
      return;
    }
    // one outer index per task, its block split into rows, then columns, in whole tiles
    int unit = kind == Kind.TILES ? TILE : 1;
    long need = (want + outer - 1) / outer;
    int rowsPer = per(rows, need, unit);
    int rowPieces = (rows + rowsPer - 1) / rowsPer;
    int colsPer = rowPieces < need ? per(cols, (need + rowPieces - 1) / rowPieces, unit) : cols;
    int colPieces = (cols + colsPer - 1) / colsPer;
    int pieces = rowPieces * colPieces;
    Parallel.forEach(outer * pieces, t -> {
      int o = t / pieces;
      int p = t % pieces;
      int r0 = p / colPieces * rowsPer;
      int c0 = p % colPieces * colsPer;
      int si = inOff;
      int di = outOff;
      for (int d = rank - 3; d >= 0; d--) {
        int i = o % size[d];
        o /= size[d];
        si += i * in[d];
        di += i * out[d];
      }
      block(src, si, dst, di, r0, Math.min(rows, r0 + rowsPer), c0, Math.min(cols, c0 + colsPer));
    });
  }

  /** Copies the whole blocks of outer indices {@code [o0, o1)}, walking the outer dimensions as an odometer. */
  private void blocks(Object src, Object dst, int o0, int o1) {
    int rank = size.length;
    int[] idx = new int[rank - 2];
    int si = inOff;
    int di = outOff;
    for (int d = rank - 3, o = o0; d >= 0; d--) {
      idx[d] = o % size[d];
      o /= size[d];
      si += idx[d] * in[d];
      di += idx[d] * out[d];
    }
    int rows = size[rank - 2];
    int cols = size[rank - 1];
    for (int o = o0; o < o1; o++) {
      block(src, si, dst, di, 0, rows, 0, cols);
      for (int d = rank - 3; d >= 0; d--) {
        si += in[d];
        di += out[d];
        if (++idx[d] < size[d]) {
          break;
        }
        idx[d] = 0;
        si -= size[d] * in[d];
        di -= size[d] * out[d];
      }
    }
  }

  /** The extent of a piece when {@code n} is split into {@code pieces}, a multiple of {@code unit} unless all. */
  private static int per(int n, long pieces, int unit) {
    long p = (n + pieces - 1) / pieces;
    p = (p + unit - 1) / unit * unit;
    return (int) Math.min(n, Math.max(1, p));
  }

  /** Copies rows {@code [r0, r1)} and columns {@code [c0, c1)} of the last two dimensions. */
  private void block(Object src, int si, Object dst, int di, int r0, int r1, int c0, int c1) {
    int rank = size.length;
    int sr = in[rank - 2];
    int dr = out[rank - 2];
    int sc = in[rank - 1];
    int dc = out[rank - 1];
    si += r0 * sr + c0 * sc;
    di += r0 * dr + c0 * dc;
    int rows = r1 - r0;
    int cols = c1 - c0;
    if (src instanceof float[]) {
      CopyStepFloat.block(kind, (float[]) src, si, sr, sc, (float[]) dst, di, dr, dc, rows, cols);
    } else {
      CopyStepDouble.block(kind, (double[]) src, si, sr, sc, (double[]) dst, di, dr, dc, rows, cols);
    }
  }
}
