/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.nest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.einsum4j.internal.Contraction;

/**
 * How one call of a fused loop nest runs, made from its binding's sizes and strides: the dimensions that are
 * not 1 (every label and every {@code "..."} dimension, merged where they are contiguous in every operand and
 * the output), one of them the vector dimension, run innermost by a line kernel, the others outer loops, free
 * ones (in the output) outside, reduced ones inside. Internal, not API.
 *
 * <p>The vector dimension is chosen by the strides: among the dimensions along which every operand and the
 * output have stride 0 or 1 (a line kernel then reads and writes contiguous runs: vector loads, and a
 * broadcast for an operand that lacks the dimension or is expanded along it), the one with the most elements
 * read or written with stride 1; when no dimension is like that, the one with the most unit-stride traffic, run
 * by the scalar (strided) line kernels. Along the vector dimension an operand with stride 0 is a scalar factor
 * of each line, read once per line; the others are lines.
 *
 * <p>Two shapes of line follow. When the vector dimension is free, each output line (a tile of at most {@link
 * #TILE} elements when there is something to sum, so it stays in the L1 cache) is the sum over the reduced
 * points of the products of the lines: the first {@link #LEAF} products are added into it in place, longer sums
 * go through a pairwise cascade of partial lines, so no float chain is longer than {@code LEAF} plus a few
 * times the logarithm of the sum's length. When the vector dimension is reduced, each output element is a sum
 * of dot products of at most {@link #CHUNK} elements (several vector accumulators each), summed pairwise.
 * When there are fewer output lines than {@link #MIN_LINES} and their sums are long (a column sum {@code
 * ij->j}), each line's sum is split along its first reduced dimension into parts that threads compute apart,
 * every part reading whole rows front to back, and the parts are added in order; the split depends on the sizes
 * alone, so the result does not depend on the thread count.
 *
 * <p>An empty sum gives zeros (the output is written, as NumPy writes it); an empty output writes nothing.
 */
public final class NestPlan {
  /** Products added into one partial line (or one scalar partial) before it joins the pairwise cascade. */
  public static final int LEAF = 64;
  /** The longest run that one dot product covers. */
  public static final int CHUNK = 1024;
  /** The longest output line accumulated at once, when something is summed. */
  public static final int TILE = 2048;
  /** A call is split into at least this many output lines where tiles of {@link #MIN_TILE} allow it. */
  static final int MIN_LINES = 8;
  /** The shortest tile made to split a call into more lines. */
  static final int MIN_TILE = 256;
  /** The longest output line written at once when nothing is summed (threads split longer ones). */
  public static final int LONG_TILE = 1 << 15;

  final int nOps;
  /** Outer dimensions, outermost first: {@code nFree} free ones, then the reduced ones. */
  final int[] size;
  /** {@code stride[k][d]}: operand {@code k}'s (the output's for {@code k == nOps}) stride along outer dimension d. */
  final int[][] stride;
  final int nFree;
  final int[] offset;
  /** The vector dimension's size, and each operand's (and the output's) stride along it. */
  final int vSize;
  final int[] vStride;
  /** Whether the vector dimension is in the output. */
  final boolean vFree;
  /** The operands that are lines (nonzero stride along the vector dimension), and those that are scalars. */
  final int[] lines;
  final int[] scalars;
  /** Whether every line and the output have stride 1 (or 0) along the vector dimension: the vector kernels. */
  final boolean unit;
  /** Whether the sum is empty: every output element is zero. */
  final boolean zero;
  /** Whether the output has no elements. */
  final boolean empty;
  /** The tile length of an output line. */
  final int tile;
  /** Into how many parts each sum is split (1: not split), when there are few output elements to share. */
  final int splits;
  /**
   * Into how many parts the sum of each free vector line is split along the first reduced dimension (1: not
   * split), when there are few output lines to share; the same whatever the thread count.
   */
  final int lineSplits;
  /** The operand summed first (see {@link #preSum}), or -1; the plans of that sum and of the rest; its size. */
  final int preOperand;
  final NestPlan sum;
  final NestPlan rest;
  final int tempSize;
  /** The smallest sum, in products, that is split. */
  static final double SPLIT_WORK = 1 << 16;

  /** A plan in two steps: operand {@code operand} summed into a temporary, then the rest. */
  private NestPlan(int nOps, int operand, int tempSize, NestPlan sum, NestPlan rest) {
    this.nOps = nOps;
    this.preOperand = operand;
    this.tempSize = tempSize;
    this.sum = sum;
    this.rest = rest;
    size = new int[0];
    stride = new int[0][];
    nFree = 0;
    offset = rest.offset;
    vSize = 0;
    vStride = new int[0];
    vFree = false;
    lines = new int[0];
    scalars = new int[0];
    unit = false;
    zero = false;
    empty = false;
    tile = 0;
    splits = 1;
    lineSplits = 1;
  }

  private NestPlan(int nOps, List<int[]> outer, int nFree, int[] offset, int[] v, boolean zero, boolean empty) {
    this.nOps = nOps;
    this.preOperand = -1;
    this.sum = null;
    this.rest = null;
    this.tempSize = 0;
    this.nFree = nFree;
    this.offset = offset;
    this.zero = zero;
    this.empty = empty;
    int nd = outer.size();
    size = new int[nd];
    stride = new int[nOps + 1][nd];
    for (int d = 0; d < nd; d++) {
      size[d] = outer.get(d)[0];
      for (int k = 0; k <= nOps; k++) {
        stride[k][d] = outer.get(d)[k + 1];
      }
    }
    vSize = v[0];
    vStride = new int[nOps + 1];
    System.arraycopy(v, 1, vStride, 0, nOps + 1);
    vFree = vStride[nOps] != 0;
    List<Integer> ls = new ArrayList<>();
    List<Integer> ss = new ArrayList<>();
    boolean u = vStride[nOps] == 0 || vStride[nOps] == 1;
    for (int k = 0; k < nOps; k++) {
      if (zero) {
        continue;
      }
      if (vStride[k] != 0) {
        ls.add(k);
        u &= vStride[k] == 1;
      } else {
        ss.add(k);
      }
    }
    lines = ls.stream().mapToInt(Integer::intValue).toArray();
    scalars = ss.stream().mapToInt(Integer::intValue).toArray();
    unit = u;
    int t = !vFree ? vSize : nd > nFree ? Math.min(vSize, TILE) : Math.min(vSize, LONG_TILE);
    long points = 1;
    for (int d = 0; d < nFree; d++) {
      points *= size[d];
    }
    long full = points * ((vSize + t - 1) / Math.max(t, 1));
    long firstReduced = nd > nFree ? size[nFree] : 0;
    double work = (double) reducedCount() * vSize;
    // too few output lines to share between threads, but long sums: each line's sum is split along its first
    // reduced dimension into parts summed apart (whole lines, so each part streams its rows front to back), and
    // the parts are added in order (col_sum, ij->j: column tiles instead read each row in pieces a page apart)
    lineSplits = vFree && !zero && nd > nFree && full < MIN_LINES && firstReduced >= 2 && work >= SPLIT_WORK
        ? (int) Math.min(firstReduced, (MIN_LINES + full - 1) / full) : 1;
    if (lineSplits == 1 && vFree && full < MIN_LINES && vSize >= 2 * MIN_TILE) {
      // too few lines to share between threads: shorter tiles (a function of the sizes alone, so that the
      // result does not depend on the thread count)
      int want = (int) Math.max(1, MIN_LINES / points);
      t = Math.max(MIN_TILE, (vSize / want + MIN_TILE - 1) / MIN_TILE * MIN_TILE);
    }
    tile = t;
    // few long sums are split, so that threads share them (the same split whatever the thread count)
    long extent = nd > nFree ? size[nFree] : (vSize + CHUNK - 1) / CHUNK;
    double total = (double) reducedCount() * vSize;
    splits = !vFree && !zero && points < MIN_LINES && total >= SPLIT_WORK && extent >= 2
        ? (int) Math.min(MIN_LINES, extent) : 1;
  }

  /**
   * Plans a bound call.
   *
   * @param bd the binding, output bound
   * @return the plan
   */
  public static NestPlan of(Contraction.Binding bd) {
    int nOps = bd.outputIndex();
    int labels = bd.contraction().spec().labelCount();
    List<int[]> dims = new ArrayList<>();
    for (int g = 0; g < bd.ellipsisRank(); g++) {
      int[] d = new int[nOps + 2];
      d[0] = bd.ellipsisSize(g);
      for (int k = 0; k <= nOps; k++) {
        d[k + 1] = bd.ellipsisStride(k, g);
      }
      dims.add(d);
    }
    for (int l = 0; l < labels; l++) {
      int[] d = new int[nOps + 2];
      d[0] = bd.size(l);
      for (int k = 0; k <= nOps; k++) {
        d[k + 1] = bd.stride(k, l);
      }
      dims.add(d);
    }
    int[] offset = new int[nOps + 1];
    for (int k = 0; k <= nOps; k++) {
      offset[k] = bd.offset(k);
    }
    return of(nOps, dims, offset);
  }

  /**
   * Plans a call from its dimensions: each {@code {size, stride of operand 0, ..., stride of the output}},
   * in any order; a dimension is reduced when the output's stride along it is 0.
   *
   * @param nOps the number of operands
   * @param all the dimensions
   * @param offset each operand's offset, then the output's
   * @return the plan
   */
  static NestPlan of(int nOps, List<int[]> all, int[] offset) {
    int out = nOps + 1;
    boolean zero = false;
    for (int[] d : all) {
      if (d[0] == 0 && d[out] != 0) {
        return new NestPlan(nOps, List.of(), 0, offset, unitDim(nOps, 0), false, true);
      }
      zero |= d[0] == 0;
    }
    if (!zero && nOps >= 2) {
      NestPlan pre = preSum(nOps, all, offset);
      if (pre != null) {
        return pre;
      }
    }
    List<int[]> dims = new ArrayList<>();
    for (int[] d : all) {
      if (d[0] != 1 && !(zero && d[out] == 0)) {
        dims.add(d.clone());
      }
    }
    // free dimensions outside, by the output's stride; reduced ones inside, densest innermost
    dims.sort(Comparator.<int[]>comparingInt(d -> d[out] == 0 ? 1 : 0)
        .thenComparing(Comparator.<int[]>comparingLong(d -> d[out] == 0 ? maxStride(d, nOps) : Math.abs(d[out]))
            .reversed()));
    List<int[]> merged = new ArrayList<>();
    for (int[] d : dims) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && mergeable(last, d, nOps)) {
        last[0] *= d[0];
        System.arraycopy(d, 1, last, 1, nOps + 1);
      } else {
        merged.add(d);
      }
    }
    int v = -1;
    long best = -1;
    boolean bestUnit = false;
    for (int i = 0; i < merged.size(); i++) {
      int[] d = merged.get(i);
      boolean unit = Math.abs(d[out]) <= 1;
      long score = Math.abs(d[out]) == 1 ? elements(merged, out) : 0;
      for (int k = 1; k < out; k++) {
        if (zero) {
          continue;
        }
        unit &= Math.abs(d[k]) <= 1 && d[k] >= 0;
        score += d[k] == 1 ? elements(merged, k) : 0;
      }
      unit &= d[out] >= 0;
      score *= Math.min(d[0], 64);
      boolean vectorizable = unit && score > 0;
      if (vectorizable && !bestUnit || vectorizable == bestUnit && score > best) {
        v = i;
        best = score;
        bestUnit = vectorizable;
      }
    }
    int[] vDim = v < 0 ? unitDim(nOps, 1) : merged.remove(v);
    int nFree = 0;
    for (int[] d : merged) {
      nFree += d[out] != 0 ? 1 : 0;
    }
    return new NestPlan(nOps, merged, nFree, offset, vDim, zero, false);
  }

  /**
   * Returns a plan that first sums one operand over the reduced dimensions only it has (as NumPy does), into a
   * contiguous temporary, and then runs the rest with the temporary in its place; or null when no operand has
   * such dimensions or summing first would not halve the work.
   */
  private static NestPlan preSum(int nOps, List<int[]> all, int[] offset) {
    int out = nOps + 1;
    double work = 1;
    for (int[] d : all) {
      work *= d[0];
    }
    for (int k = 1; k <= nOps; k++) {
      List<int[]> own = new ArrayList<>();
      List<int[]> kept = new ArrayList<>();
      double ownWork = 1;
      double restWork = 1;
      for (int[] d : all) {
        boolean mine = d[out] == 0 && d[k] != 0 && d[0] > 1;
        for (int j = 1; j <= nOps && mine; j++) {
          mine = j == k || d[j] == 0;
        }
        if (mine) {
          own.add(d);
        } else {
          restWork *= d[0];
          if (d[k] != 0) {
            kept.add(d);
          }
        }
        if (d[k] != 0) {
          ownWork *= d[0];
        }
      }
      if (own.isEmpty() || ownWork + restWork > work / 2) {
        continue;
      }
      // the temporary: operand k's kept dimensions, row-major in their order
      int[] tempStride = new int[kept.size()];
      int size = 1;
      for (int i = kept.size() - 1; i >= 0; i--) {
        tempStride[i] = size;
        size = Math.multiplyExact(size, kept.get(i)[0]);
      }
      List<int[]> sumDims = new ArrayList<>();
      for (int[] d : own) {
        sumDims.add(new int[] {d[0], d[k], 0});
      }
      for (int i = 0; i < kept.size(); i++) {
        sumDims.add(new int[] {kept.get(i)[0], kept.get(i)[k], tempStride[i]});
      }
      List<int[]> restDims = new ArrayList<>();
      for (int[] d : all) {
        if (!own.contains(d)) {
          int[] r = d.clone();
          int i = kept.indexOf(d);
          r[k] = i < 0 ? 0 : tempStride[i];
          restDims.add(r);
        }
      }
      int[] restOffset = offset.clone();
      restOffset[k - 1] = 0;
      NestPlan sum = of(1, sumDims, new int[] {offset[k - 1], 0});
      NestPlan rest = of(nOps, restDims, restOffset);
      return new NestPlan(nOps, k - 1, size, sum, rest);
    }
    return null;
  }

  /** A dimension of size {@code n} along which nothing moves (the output's stride 1, so it counts as free). */
  private static int[] unitDim(int nOps, int n) {
    int[] d = new int[nOps + 2];
    d[0] = n;
    d[nOps + 1] = 1;
    return d;
  }

  private static long maxStride(int[] d, int nOps) {
    long m = 0;
    for (int k = 1; k <= nOps; k++) {
      m = Math.max(m, Math.abs((long) d[k]));
    }
    return m;
  }

  /** Whether {@code inner} directly follows {@code outer} in memory for every operand and the output. */
  private static boolean mergeable(int[] outer, int[] inner, int nOps) {
    for (int k = 1; k <= nOps + 1; k++) {
      if ((long) outer[k] != (long) inner[k] * inner[0]) {
        return false;
      }
    }
    return true;
  }

  /** The number of elements operand {@code col - 1} has over the dimensions (those with nonzero stride). */
  private static long elements(List<int[]> dims, int col) {
    long n = 1;
    for (int[] d : dims) {
      if (d[col] != 0) {
        n *= d[0];
      }
    }
    return n;
  }

  /**
   * Returns the length of the vector dimension when the call's lines run on the Vector API (every line and the
   * output of stride 0 or 1 along it, and the module present), else 0: what a cost model needs of the plan.
   *
   * @return the vector length, or 0
   */
  public int vectorLength() {
    return unit && NestLinesFloat.UNIT != NestLinesFloat.STRIDED ? vSize : 0;
  }

  /** Returns the number of output lines: free outer points times the tiles of a line. */
  long lineCount() {
    long n = 1;
    for (int d = 0; d < nFree; d++) {
      n *= size[d];
    }
    return vFree ? n * tiles() : n;
  }

  /** Returns the number of tiles a free vector line is split into (1 when the vector dimension is reduced). */
  int tiles() {
    return vFree ? (vSize + tile - 1) / Math.max(tile, 1) : 1;
  }

  /** Returns the number of reduced outer points. */
  long reducedCount() {
    long n = 1;
    for (int d = nFree; d < size.length; d++) {
      n *= size[d];
    }
    return n;
  }

  /** Returns the work of the call as multiply-adds over every point, the measure {@code Parallel} thresholds. */
  double work() {
    double n = vSize;
    for (int s : size) {
      n *= s;
    }
    return n * (lines.length + 1) * 2;
  }

  /**
   * Returns the plan as text, for tests and the generated code's Javadoc: e.g. {@code "outer [b:16 free,
   * s:32 reduced] vector h:64 free, lines [0, 1], scalars [], unit"}.
   */
  @Override
  public String toString() {
    if (preOperand >= 0) {
      return "sum operand " + preOperand + " first: {" + sum + "}, then {" + rest + "}";
    }
    StringBuilder sb = new StringBuilder("outer [");
    for (int d = 0; d < size.length; d++) {
      sb.append(d == 0 ? "" : ", ").append(size[d]).append(d < nFree ? " free" : " reduced");
    }
    sb.append("] vector ").append(vSize).append(vFree ? " free" : " reduced").append(", lines ")
        .append(java.util.Arrays.toString(lines)).append(", scalars ").append(java.util.Arrays.toString(scalars))
        .append(unit ? ", unit" : ", strided").append(zero ? ", zero" : "").append(empty ? ", empty" : "")
        .append(lineSplits > 1 ? ", sums in " + lineSplits + " parts" : "");
    return sb.toString();
  }
}
