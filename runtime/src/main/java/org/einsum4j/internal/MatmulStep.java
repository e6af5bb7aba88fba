/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.einsum4j.internal.gemm.Gemm;
import org.einsum4j.internal.nest.NestLoopsDouble;
import org.einsum4j.internal.nest.NestLoopsFloat;
import org.einsum4j.internal.nest.NestPlan;
import org.einsum4j.internal.spec.Spec;

/**
 * A two-operand contraction that has the shape of a batched matrix product, run on {@link Gemm}. The processor
 * sorts the labels at build time into four groups: batch (in both operands and the output), M (first operand
 * and output), N (second operand and output) and K (both operands, summed). At call time this class merges the
 * labels of each group into one dimension where their strides chain in every operand that has them (so
 * {@code bshd,hde->bshe} becomes a batch over {@code h} of {@code (b·s)×d} times {@code d×e}), turns M or N
 * labels that do not merge into extra batch dimensions, and runs K labels that do not merge as an outer loop
 * that accumulates. When one operand is what keeps groups apart and they would make many products, it is first
 * copied with its labels in the groups' order ({@link #repacked}; mpo_env's intermediates, 1.3-1.5x faster). Ellipsis dimensions are batch dimensions. A batch dimension that is contiguous in the
 * output, right inside its columns (as {@code h} in {@code bihd,bjhd->bijh}), becomes the lanes of {@link
 * Gemm#gemmLanes} when the kernels take its size, so that tiles are stored whole rather than scattered. A
 * product with little to sum (a merged depth of at most {@link EngineCost#NEST_MAX_DEPTH}) runs on the vector
 * loop nest instead when {@link EngineCost}'s measured model says the nest is faster at the call's sizes.
 * Internal: for generated code.
 */
public final class MatmulStep {
  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  /** The most rows a product may have to run lane-batched; see {@link #useLanes}. */
  private static final int LANE_ROWS = 16;

  final int m;
  final int n;
  final int k;
  final int[] offsets = new int[3];
  final int[][] strides = new int[3][2];
  final int[] batchSizes;
  final int[][] batchStrides;
  final int[] kLoopSizes;
  final int[][] kLoopStrides;
  /**
   * The batch dimension that is contiguous in C, right inside C's columns (or rows: then {@link #laneSwap}), as
   * {@link Gemm#gemmLanes} wants it; -1 when there is none. Whether the kernels take its size is known only
   * per element type.
   */
  final int laneDim;
  /** Whether the lane dimension sits inside C's rows rather than its columns: the product runs transposed. */
  final boolean laneSwap;
  /**
   * Whether the plain product runs transposed ({@code Cᵀ = Bᵀ·Aᵀ}) because C is contiguous along its rows
   * rather than its columns, as in {@code cd,ac->ad}: tiles are then stored whole rather than scattered.
   */
  final boolean swap;
  /** The batch dimensions other than the lane dimension: sizes, then strides in A, B and C. */
  private final int[] restSizes;
  private final int[][] restStrides;

  /** One dimension after merging: a size and a stride in each of the three operands. */
  private static final class Dim {
    int size;
    final int[] st = new int[3];

    Dim(int size, int sa, int sb, int sc) {
      this.size = size;
      st[A] = sa;
      st[B] = sb;
      st[C] = sc;
    }
  }

  /** The binding's operand index of A, B (-1: a stride-0 vector of ones) and C. */
  private final int[] ops;
  /** The operand read from a repacked copy instead of its own array (-1: none), and its strides per label. */
  private final int packedOp;
  private final int[] packedStrides;
  /**
   * How many products the unmerged M and N labels and the K loop make of the call: 1 when every group merged.
   */
  final long splitItems;

  private MatmulStep(Contraction.Binding bd, int[] ops, int[] batch, int[] mLabels, int[] nLabels, int[] kLabels) {
    this(bd, ops, batch, mLabels, nLabels, kLabels, -1, null);
  }

  private MatmulStep(Contraction.Binding bd, int[] ops, int[] batch, int[] mLabels, int[] nLabels, int[] kLabels,
      int packedOp, int[] packedStrides) {
    this.ops = ops;
    this.packedOp = packedOp;
    this.packedStrides = packedStrides;
    for (int op = 0; op < 3; op++) {
      offsets[op] = ops[op] < 0 || op == packedOp ? 0 : bd.offset(ops[op]);
    }
    List<Dim> batchDims = new ArrayList<>();
    for (int g = 0; g < bd.ellipsisRank(); g++) {
      batchDims.add(new Dim(bd.ellipsisSize(g), eStride(bd, A, g), eStride(bd, B, g), eStride(bd, C, g)));
    }
    for (int label : batch) {
      batchDims.add(dim(bd, label));
    }
    List<Dim> ms = merge(bd, mLabels, A, C);
    List<Dim> ns = merge(bd, nLabels, B, C);
    List<Dim> ks = merge(bd, kLabels, A, B);
    long kTotal = 1;
    for (Dim d : ks) {
      kTotal *= d.size;
    }
    Dim mDim = takeLargest(ms);
    Dim nDim = takeLargest(ns);
    Dim kDim = takeLargest(ks);
    long items = 1;
    for (Dim d : ms) {
      items *= d.size;
    }
    for (Dim d : ns) {
      items *= d.size;
    }
    for (Dim d : ks) {
      items *= d.size;
    }
    splitItems = items;
    batchDims.addAll(ms);
    batchDims.addAll(ns);
    if (kTotal == 0) {
      kDim = new Dim(0, 0, 0, 0);
      ks.clear();
    }
    m = mDim.size;
    n = nDim.size;
    k = kDim.size;
    strides[A][0] = mDim.st[A];
    strides[A][1] = kDim.st[A];
    strides[B][0] = kDim.st[B];
    strides[B][1] = nDim.st[B];
    strides[C][0] = mDim.st[C];
    strides[C][1] = nDim.st[C];
    List<Dim> mergedBatch = mergeBatch(batchDims);
    batchSizes = new int[mergedBatch.size()];
    batchStrides = new int[3][mergedBatch.size()];
    for (int i = 0; i < batchSizes.length; i++) {
      Dim d = mergedBatch.get(i);
      batchSizes[i] = d.size;
      for (int op = 0; op < 3; op++) {
        batchStrides[op][i] = d.st[op];
      }
    }
    swap = m > 1 && n > 1 && strides[C][1] != 1 && strides[C][0] == 1;
    laneDim = laneDim(mergedBatch);
    laneSwap = laneDim >= 0 && !(n > 1 && strides[C][1] == batchSizes[laneDim]);
    int rest = laneDim < 0 ? 0 : batchSizes.length - 1;
    restSizes = new int[rest];
    restStrides = new int[3][rest];
    for (int i = 0, j = 0; laneDim >= 0 && i < batchSizes.length; i++) {
      if (i != laneDim) {
        restSizes[j] = batchSizes[i];
        for (int op = 0; op < 3; op++) {
          restStrides[op][j] = batchStrides[op][i];
        }
        j++;
      }
    }
    kLoopSizes = new int[ks.size()];
    kLoopStrides = new int[2][ks.size()];
    for (int i = 0; i < ks.size(); i++) {
      kLoopSizes[i] = ks.get(i).size;
      kLoopStrides[A][i] = ks.get(i).st[A];
      kLoopStrides[B][i] = ks.get(i).st[B];
    }
  }

  /**
   * Plans the matrix product for one call.
   *
   * @param bd the binding, output bound
   * @param groups the label numbers of the batch, M, N and K groups, in that order
   * @return the call's plan
   */
  public static MatmulStep of(Contraction.Binding bd, int[][] groups) {
    return new MatmulStep(bd, new int[] {0, 1, 2}, groups[0], groups[1], groups[2], groups[3]);
  }

  /**
   * Plans a one-operand reduction (free labels kept, the others summed) as a matrix times a stride-0 vector of
   * ones: M = the free labels, K = the summed ones, N empty.
   */
  private static MatmulStep reduction(Contraction.Binding bd) {
    Spec spec = bd.contraction().spec();
    int[] free = new int[spec.output().labels().length()];
    int[] summed = new int[spec.labelCount() - free.length];
    int f = 0;
    int r = 0;
    for (int l = 0; l < spec.labelCount(); l++) {
      if (spec.isFree(spec.labels().charAt(l))) {
        free[f++] = l;
      } else {
        summed[r++] = l;
      }
    }
    return new MatmulStep(bd, new int[] {0, -1, 1}, new int[0], free, new int[0], summed);
  }

  private int stride(Contraction.Binding bd, int op, int label) {
    return ops[op] < 0 ? 0 : op == packedOp ? packedStrides[label] : bd.stride(ops[op], label);
  }

  private int eStride(Contraction.Binding bd, int op, int g) {
    return ops[op] < 0 ? 0 : bd.ellipsisStride(ops[op], g);
  }

  private Dim dim(Contraction.Binding bd, int label) {
    return new Dim(bd.size(label), stride(bd, A, label), stride(bd, B, label), stride(bd, C, label));
  }

  /** Merges a group's labels into as few dimensions as their strides allow in operands {@code x} and {@code y}. */
  private List<Dim> merge(Contraction.Binding bd, int[] labels, int x, int y) {
    List<Dim> dims = new ArrayList<>();
    for (int label : labels) {
      if (bd.size(label) != 1) {
        dims.add(dim(bd, label));
      }
    }
    dims.sort((p, q) -> Integer.compare(q.st[x], p.st[x]));
    List<Dim> out = new ArrayList<>();
    for (Dim d : dims) {
      Dim last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.st[x] == d.st[x] * d.size && last.st[y] == d.st[y] * d.size) {
        last.size *= d.size;
        last.st[x] = d.st[x];
        last.st[y] = d.st[y];
      } else {
        Dim copy = new Dim(d.size, d.st[A], d.st[B], d.st[C]);
        out.add(copy);
      }
    }
    return out;
  }

  /**
   * Finds the batch dimension that {@link Gemm#gemmLanes} can vectorize: contiguous in C, with C's columns
   * (or rows) exactly its size apart. Returns its index, or -1.
   */
  private int laneDim(List<Dim> batch) {
    for (int i = 0; i < batch.size(); i++) {
      Dim d = batch.get(i);
      if (d.st[C] == 1 && d.size >= 2
          && (n > 1 && strides[C][1] == d.size || m > 1 && strides[C][0] == d.size)) {
        return i;
      }
    }
    return -1;
  }

  /** Removes and returns the largest dimension of a group (size 1, strides 0 when the group is empty). */
  private static Dim takeLargest(List<Dim> dims) {
    if (dims.isEmpty()) {
      return new Dim(1, 0, 0, 0);
    }
    int best = 0;
    for (int i = 1; i < dims.size(); i++) {
      if (dims.get(i).size > dims.get(best).size) {
        best = i;
      }
    }
    return dims.remove(best);
  }

  private static List<Dim> mergeBatch(List<Dim> dims) {
    List<Dim> out = new ArrayList<>();
    for (Dim d : dims) {
      if (d.size == 1) {
        continue;
      }
      Dim last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.st[A] == d.st[A] * d.size && last.st[B] == d.st[B] * d.size
          && last.st[C] == d.st[C] * d.size) {
        last.size *= d.size;
        System.arraycopy(d.st, 0, last.st, 0, 3);
      } else {
        out.add(new Dim(d.size, d.st[A], d.st[B], d.st[C]));
      }
    }
    return out;
  }

  /**
   * Runs {@code c = a·b} over floats.
   *
   * @param bd the binding, output bound
   * @param groups the batch, M, N and K label groups
   * @param a the first operand's array
   * @param b the second operand's array
   * @param c the output's array
   */
  public static void run(Contraction.Binding bd, int[][] groups, float[] a, float[] b, float[] c) {
    run(bd, groups, a, b, c, false);
  }

  /**
   * Runs {@code c = a·b}, or {@code c += a·b} when {@code accumulate}, over floats.
   *
   * @param bd the binding, output bound
   * @param groups the batch, M, N and K label groups
   * @param a the first operand's array
   * @param b the second operand's array
   * @param c the output's array
   * @param accumulate whether to add into {@code c}
   */
  public static void run(Contraction.Binding bd, int[][] groups, float[] a, float[] b, float[] c,
      boolean accumulate) {
    MatmulStep step = of(bd, groups);
    NestPlan nest = accumulate || Tuning.gemmAlways ? null : step.nestInstead(bd, false);
    if (nest != null) {
      NestLoopsFloat.run(nest, new float[][] {a, b}, c);
      return;
    }
    MatmulStep packed = step.repacked(bd, groups);
    if (packed == null) {
      step.go(a, b, c, accumulate);
      return;
    }
    int op = packed.packedOp;
    float[] copy = new float[(int) operandElements(bd, op)];
    copyOperand(bd, op, op == A ? a : b, copy, packed.packedStrides);
    packed.go(op == A ? copy : a, op == B ? copy : b, c, accumulate);
  }

  /**
   * Sums a single operand over the labels its output lacks, as a matrix times a vector of ones.
   *
   * @param bd the binding, output bound
   * @param a the operand's array
   * @param c the output's array
   */
  public static void reduce(Contraction.Binding bd, float[] a, float[] c) {
    reduction(bd).go(a, new float[] {1f}, c, false);
  }

  /**
   * Sums a single operand over the labels its output lacks, as a matrix times a vector of ones.
   *
   * @param bd the binding, output bound
   * @param a the operand's array
   * @param c the output's array
   */
  public static void reduce(Contraction.Binding bd, double[] a, double[] c) {
    reduction(bd).go(a, new double[] {1d}, c, false);
  }

  /**
   * Runs {@code c = a·b} over doubles; see {@link #run(Contraction.Binding, int[][], float[], float[], float[])}.
   *
   * @param bd the binding, output bound
   * @param groups the batch, M, N and K label groups
   * @param a the first operand's array
   * @param b the second operand's array
   * @param c the output's array
   */
  public static void run(Contraction.Binding bd, int[][] groups, double[] a, double[] b, double[] c) {
    run(bd, groups, a, b, c, false);
  }

  /**
   * Runs {@code c = a·b}, or {@code c += a·b} when {@code accumulate}, over doubles.
   *
   * @param bd the binding, output bound
   * @param groups the batch, M, N and K label groups
   * @param a the first operand's array
   * @param b the second operand's array
   * @param c the output's array
   * @param accumulate whether to add into {@code c}
   */
  public static void run(Contraction.Binding bd, int[][] groups, double[] a, double[] b, double[] c,
      boolean accumulate) {
    MatmulStep step = of(bd, groups);
    NestPlan nest = accumulate || Tuning.gemmAlways ? null : step.nestInstead(bd, true);
    if (nest != null) {
      NestLoopsDouble.run(nest, new double[][] {a, b}, c);
      return;
    }
    MatmulStep packed = step.repacked(bd, groups);
    if (packed == null) {
      step.go(a, b, c, accumulate);
      return;
    }
    int op = packed.packedOp;
    double[] copy = new double[(int) operandElements(bd, op)];
    copyOperand(bd, op, op == A ? a : b, copy, packed.packedStrides);
    packed.go(op == A ? copy : a, op == B ? copy : b, c, accumulate);
  }


  /** The fewest split products at which {@link #repacked} copies an operand. */
  static final long REPACK_MIN_ITEMS = 8;
  /** An operand is copied only when the product does at least this many multiply-adds per copied element. */
  static final double REPACK_MIN_REUSE = 8;

  /**
   * Returns the plan of this product with one operand (B, else A) read from a copy whose labels are laid out
   * in the groups' order, when that copy merges groups this plan splits into at least {@link
   * #REPACK_MIN_ITEMS} products and the product reuses each copied element at least {@link
   * #REPACK_MIN_REUSE} times; else {@code null}. A product whose operand does not chain its labels, as the
   * intermediate {@code bcde} read with K = (b, d) and N = (c, e) in {@code bdfg,bcde->cefg}, otherwise runs as a
   * batch of small products with a K loop; numpy copies every operand into its product's order, this copies
   * only such an operand.
   */
  MatmulStep repacked(Contraction.Binding bd, int[][] groups) {
    if (splitItems < REPACK_MIN_ITEMS || bd.ellipsisRank() > 0 || ops[B] < 0) {
      return null;
    }
    // the unmerged M and N labels are among the batch dimensions already; the K loop is not
    double macs = (double) m * n * k;
    for (int s : batchSizes) {
      macs *= s;
    }
    for (int s : kLoopSizes) {
      macs *= s;
    }
    MatmulStep best = null;
    for (int op : new int[] {B, A}) {
      long elements = operandElements(bd, op);
      if (elements <= 0 || elements > Integer.MAX_VALUE || macs < REPACK_MIN_REUSE * elements
          || !distinctLabels(bd, op)) {
        continue;
      }
      int[] st = packedStrides(bd, groups, op);
      MatmulStep p = new MatmulStep(bd, ops, groups[0], groups[1], groups[2], groups[3], op, st);
      if (p.splitItems < (best == null ? splitItems : best.splitItems)) {
        best = p;
      }
    }
    return best;
  }

  /** The number of elements of operand {@code op} (A or B): the product of its labels' sizes. */
  private static long operandElements(Contraction.Binding bd, int op) {
    String ls = bd.contraction().spec().operand(op).labels();
    Spec spec = bd.contraction().spec();
    long n = 1;
    for (int i = 0; i < ls.length(); i++) {
      n *= bd.size(spec.labelIndex(ls.charAt(i)));
    }
    return n;
  }

  private static boolean distinctLabels(Contraction.Binding bd, int op) {
    String ls = bd.contraction().spec().operand(op).labels();
    return ls.chars().distinct().count() == ls.length();
  }

  /**
   * Strides per label for a contiguous copy of operand {@code op}: batch labels outermost, then (A) M and K or
   * (B) K and N, each group in the order of its labels' strides in the operand it must chain with (C for batch,
   * M and N; the other operand for K), so that each group merges into one dimension.
   */
  private static int[] packedStrides(Contraction.Binding bd, int[][] groups, int op) {
    int other = op == A ? 1 : 0;
    int out = bd.outputIndex();
    int[][] order = op == A
        ? new int[][] {groups[0], groups[1], groups[3]}
        : new int[][] {groups[0], groups[3], groups[2]};
    int[] partner = op == A ? new int[] {out, out, other} : new int[] {out, other, out};
    List<Integer> labels = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      List<Integer> group = new ArrayList<>();
      for (int l : order[g]) {
        group.add(l);
      }
      int by = partner[g];
      group.sort((x, y) -> Integer.compare(bd.stride(by, y), bd.stride(by, x)));
      labels.addAll(group);
    }
    int[] st = new int[bd.contraction().spec().labelCount()];
    int s = 1;
    for (int i = labels.size() - 1; i >= 0; i--) {
      st[labels.get(i)] = s;
      s *= bd.size(labels.get(i));
    }
    return st;
  }

  /** Copies operand {@code op} from {@code src} (its own strides) into {@code dst} at {@code st}'s strides. */
  private static void copyOperand(Contraction.Binding bd, int op, Object src, Object dst, int[] st) {
    Spec spec = bd.contraction().spec();
    String ls = spec.operand(op).labels();
    int r = ls.length();
    int[] size = new int[r];
    int[] from = new int[r];
    int[] to = new int[r];
    int inner = 0;
    for (int i = 0; i < r; i++) {
      int l = spec.labelIndex(ls.charAt(i));
      size[i] = bd.size(l);
      from[i] = bd.stride(op, l);
      to[i] = st[l];
      if (to[i] == 1 && size[i] > 1) {
        inner = i;
      }
    }
    if (r == 0) {
      return;
    }
    int n = size[inner];
    int fs = from[inner];
    int[] idx = new int[r];
    int f = bd.offset(op);
    int t = 0;
    while (true) {
      if (src instanceof float[]) {
        float[] x = (float[]) src;
        float[] y = (float[]) dst;
        for (int i = 0, p = f, q = t; i < n; i++, p += fs, q++) {
          y[q] = x[p];
        }
      } else {
        double[] x = (double[]) src;
        double[] y = (double[]) dst;
        for (int i = 0, p = f, q = t; i < n; i++, p += fs, q++) {
          y[q] = x[p];
        }
      }
      int d = r - 1;
      for (; d >= 0; d--) {
        if (d == inner) {
          continue;
        }
        f += from[d];
        t += to[d];
        if (++idx[d] < size[d]) {
          break;
        }
        f -= from[d] * size[d];
        t -= to[d] * size[d];
        idx[d] = 0;
      }
      if (d < 0) {
        return;
      }
    }
  }

  /**
   * Returns the nest plan to run this product on instead, when {@link EngineCost} estimates the vector nest
   * faster at these sizes, or {@code null}.
   */
  private NestPlan nestInstead(Contraction.Binding bd, boolean isDouble) {
    double depth = k;
    for (int s : kLoopSizes) {
      depth *= s;
    }
    double batch = 1;
    for (int s : batchSizes) {
      batch *= s;
    }
    return EngineCost.nestInstead(bd, batch, m, n, depth, isDouble);
  }

  /**
   * Runs the product over {@code float[]} or {@code double[]} arrays: on the lane-batched engine when {@link
   * #useLanes} says so, else on the plain one; transposed ({@code Cᵀ = Bᵀ·Aᵀ}: operands, sizes and strides
   * trade places) when the chosen engine's flag asks for it.
   */
  private void go(Object a, Object b, Object c, boolean accumulateFirst) {
    boolean isDouble = c instanceof double[];
    boolean lanes = useLanes(isDouble);
    boolean t = lanes ? laneSwap : swap;
    Object x = t ? b : a;
    Object y = t ? a : b;
    int xo = t ? B : A;
    int yo = t ? A : B;
    int r = t ? 1 : 0;
    int rows = t ? n : m;
    int cols = t ? m : n;
    int[] sizes = lanes ? restSizes : batchSizes;
    int[][] bst = lanes ? restStrides : batchStrides;
    int laneCount = lanes ? batchSizes[laneDim] : 0;
    int xl = lanes ? batchStrides[xo][laneDim] : 0;
    int yl = lanes ? batchStrides[yo][laneDim] : 0;
    forEachK(accumulateFirst, (da, db, accumulate) -> {
      int xOff = offsets[xo] + (t ? db : da);
      int yOff = offsets[yo] + (t ? da : db);
      int xRs = strides[xo][r];
      int xCs = strides[xo][1 - r];
      int yRs = strides[yo][r];
      int yCs = strides[yo][1 - r];
      int cRs = strides[C][r];
      if (lanes && isDouble) {
        Gemm.gemmLanes(rows, cols, laneCount, k, (double[]) x, xOff, xRs, xCs, xl, (double[]) y, yOff, yRs, yCs,
            yl, (double[]) c, offsets[C], cRs, sizes, bst[xo], bst[yo], bst[C], accumulate);
      } else if (lanes) {
        Gemm.gemmLanes(rows, cols, laneCount, k, (float[]) x, xOff, xRs, xCs, xl, (float[]) y, yOff, yRs, yCs,
            yl, (float[]) c, offsets[C], cRs, sizes, bst[xo], bst[yo], bst[C], accumulate);
      } else if (isDouble) {
        Gemm.gemm(rows, cols, k, (double[]) x, xOff, xRs, xCs, (double[]) y, yOff, yRs, yCs, (double[]) c,
            offsets[C], cRs, strides[C][1 - r], sizes, bst[xo], bst[yo], bst[C], accumulate);
      } else {
        Gemm.gemm(rows, cols, k, (float[]) x, xOff, xRs, xCs, (float[]) y, yOff, yRs, yCs, (float[]) c,
            offsets[C], cRs, strides[C][1 - r], sizes, bst[xo], bst[yo], bst[C], accumulate);
      }
    });
  }


  /**
   * Whether to run on {@link Gemm#gemmLanes}: there is a lane dimension, the kernels take its size, and the
   * product has at most {@link #LANE_ROWS} rows. With more rows, packing A with its lanes repeated across the
   * vector costs more than the scattered stores save (measured on rel_scores' 128 rows); with few rows, each
   * batch item is a thin product and the whole-tile stores win (rel_pos_scores' 8 rows). The numbers are on the
   * results page, {@code benchmarks/results/README.md}. Both engines now hand a call whose whole depth fits one panel to {@code spread}
   * (GemmFloat), which computes the tiles of every lane item and writes them out transposed.
   */
  private boolean useLanes(boolean isDouble) {
    return laneDim >= 0 && (laneSwap ? n : m) <= LANE_ROWS
        && Gemm.lanesSupported(batchSizes[laneDim], isDouble);
  }

  /** One GEMM call of the K loop: extra offsets into A and B, and whether to add into C. */
  private interface GemmCall {
    void run(int da, int db, boolean accumulate);
  }

  /**
   * Runs the GEMM once per index of the K labels that did not merge (once when all merged); every call after
   * the first accumulates.
   */
  private void forEachK(boolean accumulateFirst, GemmCall call) {
    int[] idx = new int[kLoopSizes.length];
    boolean accumulate = accumulateFirst;
    int da = 0;
    int db = 0;
    while (true) {
      call.run(da, db, accumulate);
      accumulate = true;
      if (next(idx) < 0) {
        return;
      }
      da = kOffset(idx, A);
      db = kOffset(idx, B);
    }
  }

  /** Advances the K-loop odometer; returns -1 when it wrapped around. */
  private int next(int[] idx) {
    for (int d = idx.length - 1; d >= 0; d--) {
      if (++idx[d] < kLoopSizes[d]) {
        return d;
      }
      idx[d] = 0;
    }
    return -1;
  }

  private int kOffset(int[] idx, int op) {
    int o = 0;
    for (int d = 0; d < idx.length; d++) {
      o += idx[d] * kLoopStrides[op][d];
    }
    return o;
  }

  /** Returns the call's shape as text, for debugging and tests: {@code m×n×k, batch [..], k-loop [..]}. */
  @Override
  public String toString() {
    return m + "x" + n + "x" + k + " batch " + Arrays.toString(batchSizes) + " k-loop "
        + Arrays.toString(kLoopSizes) + " strides A" + Arrays.toString(strides[A]) + " B"
        + Arrays.toString(strides[B]) + " C" + Arrays.toString(strides[C])
        + (swap ? " transposed" : "") + (laneDim < 0 ? "" : " lanes " + batchSizes[laneDim] + (laneSwap ? " in rows" : " in columns"));
  }
}
