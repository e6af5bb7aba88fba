/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.gemm;

/**
 * The {@code float} engine behind {@link Gemm}: batch odometer, split into tasks, and per task the choice
 * between a matrix-vector loop, a naive loop for tiny problems and the blocked, packed algorithm of
 * GotoBLAS/BLIS around a {@link GemmKernelsFloat} micro-kernel. {@link GemmDouble} is its {@code double} twin,
 * line for line (the first lines of each say which of the two is generated). Block sizes are written in bytes,
 * so that both twins keep the same bytes per block. Internal, not API.
 *
 * <p>Blocking, outermost first: columns of B and C in blocks of {@code nc}; depth in blocks of {@code kc},
 * each packing a {@code kc x nc} panel of B into strips of {@code nr} columns; rows in blocks of {@code mc},
 * each packing an {@code mc x kc} block of A into strips of {@link GemmKernelsFloat#MR} rows; then strips of B
 * (the {@code kc x nr} strip stays in L1/L2) times strips of A, one micro-kernel call per tile. Packing
 * makes every stride pattern look the same to the micro-kernel; tiles that are partial, or whose C has a
 * column stride other than 1, go through a small tile buffer and a scalar write-back. When C has at most
 * {@link #DIRECT_N} strips of columns, a packed A block would be reused too few times to pay for its packing,
 * and the micro-kernel reads A in place.
 */
final class GemmFloat {
  /**
   * Problems with {@code m * n * k} at most this are not packed, which would cost more than the product: they go
   * to the small kernel when B's and C's rows are contiguous, else to the naive loop.
   */
  static final int TINY = 4096;
  /** A is read in place, not packed, when C has at most this many full strips of columns. */
  static final int DIRECT_N = Integer.getInteger("einsum4j.gemm.directN", 4);
  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private final GemmKernelsFloat kern;
  private final int kc;
  private final int mc;
  private final int nc;
  private final boolean rows;

  /**
   * Creates an engine.
   *
   * @param kern the micro-kernels
   * @param kc the depth of a packed panel
   * @param mc the rows of a packed A block, rounded up to a multiple of {@link GemmKernelsFloat#MR}
   * @param nc the columns of a packed B panel, rounded up to a multiple of the kernel's strip width
   */
  GemmFloat(GemmKernelsFloat kern, int kc, int mc, int nc) {
    this(kern, kc, mc, nc, false);
  }

  /**
   * Creates an engine that walks its tiles in the given order.
   *
   * @param kern the micro-kernels
   * @param kc the depth of a packed panel
   * @param mc the rows of a packed A block, rounded up to a multiple of {@link GemmKernelsFloat#MR}
   * @param nc the columns of a packed B panel, rounded up to a multiple of the kernel's strip width
   * @param rows whether tiles run row strip by row strip ({@link Blocking#rowsOrder}): a small panel of B in
   *     the level-2 cache, each strip of A in level 1 across the panel; otherwise column strip by column strip,
   *     a block of A in level 2 and each strip of B in level 1 (Goto's order)
   */
  GemmFloat(GemmKernelsFloat kern, int kc, int mc, int nc, boolean rows) {
    this.kern = kern;
    this.rows = rows;
    this.kc = Math.max(1, kc);
    int mr = GemmKernelsFloat.MR;
    this.mc = Math.max(1, (mc + mr - 1) / mr) * mr;
    int nr = kern.nr();
    this.nc = Math.max(1, (nc + nr - 1) / nr) * nr;
  }

  /** Per-thread scratch arrays, grown on demand and reused across calls. */
  private static final class Buffers {
    float[] ap = new float[0];
    float[] bp = new float[0];
    float[] tile = new float[0];
    float[] x = new float[0];
    float[] y = new float[0];
  }

  private static float[] grow(float[] a, int size) {
    return a.length >= size ? a : new float[Math.max(size, a.length + (a.length >> 1))];
  }

  /** Runs one batched call; see {@link Gemm#gemm(int, int, int, float[], int, int, int, float[], int, int,
   * int, float[], int, int, int, int[], int[], int[], int[], boolean)} for the contract. */
  void run(int m, int n, int k,
      float[] a, int aOff, int aRs, int aCs,
      float[] b, int bOff, int bRs, int bCs,
      float[] c, int cOff, int cRs, int cCs,
      int[] batchSizes, int[] aBs, int[] bBs, int[] cBs, boolean acc) {
    long batch = GemmPlan.batchCount(batchSizes);
    if (m == 0 || n == 0 || batch == 0) {
      return;
    }
    if (interleaves(m, n, k, bRs, bCs, cCs, batchSizes, bBs)) {
      interleaved(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, c, cOff, cRs, batchSizes, aBs, bBs, cBs, acc);
      return;
    }
    int sd = acc ? -1 : spreadDim(k, cCs, batchSizes, cBs);
    if (sd >= 0) {
      spread(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, batchSizes, aBs, bBs, cBs, sd);
      return;
    }
    GemmPlan plan = GemmPlan.of(m, n, k, batch, GemmKernelsFloat.MR, kern.nr());
    if (plan.tasks() == 1 && batchSizes.length == 0) {
      boolean counted = Parallel.enterSmall(plan.flops());
      try {
        single(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, cCs, acc);
      } finally {
        if (counted) {
          Parallel.exitSmall();
        }
      }
      return;
    }
    if (!plan.splits()) {
      int t = batchSizes.length - 1;
      int as = t < 0 ? 0 : aBs[t];
      int bs = t < 0 ? 0 : bBs[t];
      int cs = t < 0 ? 0 : cBs[t];
      boolean small = m > 1 && n > 1 && k > 0 && (long) m * n * k <= TINY && bCs == 1 && cCs == 1;
      plan.forEachItem(batchSizes, aOff, aBs, bOff, bBs, cOff, cBs, (ao, bo, co, count) -> {
        if (small) {
          kern.smallBatch(count, as, bs, cs, m, n, k, a, ao, aRs, aCs, b, bo, bRs, c, co, cRs, acc);
          return;
        }
        for (int x = 0; x < count; x++) {
          single(m, n, k, a, ao + x * as, aRs, aCs, b, bo + x * bs, bRs, bCs, c, co + x * cs, cRs, cCs, acc);
        }
      });
      return;
    }
    plan.forEach(task -> {
      int bi = plan.batchOf(task);
      int m0 = plan.m0(task);
      int m1 = plan.m1(task);
      int n0 = plan.n0(task);
      int n1 = plan.n1(task);
      if (m0 >= m1 || n0 >= n1) {
        return;
      }
      int ao = GemmPlan.offset(aOff, bi, batchSizes, aBs) + m0 * aRs;
      int bo = GemmPlan.offset(bOff, bi, batchSizes, bBs) + n0 * bCs;
      int co = GemmPlan.offset(cOff, bi, batchSizes, cBs) + m0 * cRs + n0 * cCs;
      single(m1 - m0, n1 - n0, k, a, ao, aRs, aCs, b, bo, bRs, bCs, c, co, cRs, cCs, acc);
    });
  }

  /** A packed, lane-batched A strip holds at most this many values (64 KiB): one block for depths up to 64. */
  private static final int LANES_STRIP = (64 << 10) / Float.BYTES;
  /** A packed, lane-batched B panel holds at most this many values (256 KiB: it stays in L2). */
  private static final int LANES_PANEL = (256 << 10) / Float.BYTES;

  /**
   * Runs one batched, lane-batched call; see {@link Gemm#gemmLanes(int, int, int, int, float[], int, int, int,
   * int, float[], int, int, int, int, float[], int, int, int[], int[], int[], int[], boolean)} for the contract.
   * Column {@code q} of the flattened product is cell {@code q / lanes}, lane {@code q % lanes}.
   */
  void runLanes(int m, int n, int lanes, int k,
      float[] a, int aOff, int aRs, int aCs, int aLs,
      float[] b, int bOff, int bRs, int bCs, int bLs,
      float[] c, int cOff, int cRs,
      int[] batchSizes, int[] aBs, int[] bBs, int[] cBs, boolean acc) {
    long batch = GemmPlan.batchCount(batchSizes);
    int nq = n * lanes;
    if (m == 0 || nq == 0 || batch == 0) {
      return;
    }
    if (!acc && k > 0 && k <= kc && (long) lanes * k * kern.nr() <= SPREAD_PANEL) {
      // the lanes as the innermost batch dimension, C's columns interleaved with it: faster when it applies
      int t = batchSizes.length;
      spread(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs,
          GemmPlan.append(batchSizes, lanes), GemmPlan.append(aBs, aLs), GemmPlan.append(bBs, bLs),
          GemmPlan.append(cBs, 1), t);
      return;
    }
    // splits fall on multiples of the strip width, itself a multiple of the lane count
    GemmPlan plan = GemmPlan.of(m, nq, k, batch, GemmKernelsFloat.MR, kern.nr());
    plan.forEach(task -> {
      int bi = plan.batchOf(task);
      int m0 = plan.m0(task);
      int m1 = plan.m1(task);
      int q0 = plan.n0(task);
      int q1 = plan.n1(task);
      if (m0 >= m1 || q0 >= q1) {
        return;
      }
      int ao = GemmPlan.offset(aOff, bi, batchSizes, aBs) + m0 * aRs;
      int bo = GemmPlan.offset(bOff, bi, batchSizes, bBs) + q0 / lanes * bCs;
      int co = GemmPlan.offset(cOff, bi, batchSizes, cBs) + m0 * cRs + q0;
      lanesBlocked(m1 - m0, q1 - q0, lanes, k, a, ao, aRs, aCs, aLs, b, bo, bRs, bCs, bLs, c, co, cRs, acc);
    });
  }

  /**
   * The blocked algorithm for a lane-batched product without batch dimensions: for each step block, a panel
   * of B is packed with its columns in C's order, then each strip of {@link GemmKernelsFloat#MR} rows of A is
   * packed once, lanes spread over a whole vector, and multiplied by every strip of the panel.
   */
  private void lanesBlocked(int m, int nq, int lanes, int k,
      float[] a, int aOff, int aRs, int aCs, int aLs,
      float[] b, int bOff, int bRs, int bCs, int bLs,
      float[] c, int cOff, int cRs, boolean acc) {
    int mr = GemmKernelsFloat.MR;
    int nr = kern.nr();
    int lane = kern.lane();
    if (k == 0) {
      if (!acc) {
        for (int i = 0; i < m; i++) {
          java.util.Arrays.fill(c, cOff + i * cRs, cOff + i * cRs + nq, 0f);
        }
      }
      return;
    }
    int kcl = Math.min(k, Math.max(1, LANES_STRIP / (mr * lane)));
    int ncl = Math.max(nr, LANES_PANEL / kcl / nr * nr);
    int nbMax = Math.min(ncl, (nq + lane - 1) / lane * lane);
    Buffers buf = BUFFERS.get();
    float[] ap = buf.ap = grow(buf.ap, mr * kcl * lane);
    float[] bp = buf.bp = grow(buf.bp, nbMax * kcl);
    float[] tile = buf.tile = grow(buf.tile, mr * nr);
    for (int jc = 0; jc < nq; jc += ncl) {
      int nb = Math.min(ncl, nq - jc);
      for (int pc = 0; pc < k; pc += kcl) {
        int kb = Math.min(kcl, k - pc);
        boolean accNow = acc || pc > 0;
        packBLanes(kb, nb, jc, lanes, b, bOff + pc * bRs, bRs, bCs, bLs, bp, nr, lane);
        for (int ir = 0; ir < m; ir += mr) {
          int mv = Math.min(mr, m - ir);
          packALanes(mv, kb, lanes, a, aOff + ir * aRs + pc * aCs, aRs, aCs, aLs, ap, lane);
          for (int jr = 0; jr < nb; jr += nr) {
            int nv = Math.min(nr, nb - jr);
            int w = (nv + lane - 1) / lane * lane;
            int cpos = cOff + ir * cRs + jc + jr;
            if (mv == mr && nv == w) {
              kern.kernelLanes(kb, ap, 0, bp, jr * kb, w, c, cpos, cRs, accNow);
            } else {
              kern.kernelLanes(kb, ap, 0, bp, jr * kb, w, tile, 0, w, false);
              scatter(mv, nv, tile, w, c, cpos, cRs, 1, accNow);
            }
          }
        }
      }
    }
  }

  /**
   * Packs {@code MR} rows of a lane-batched A: {@code ap[(p * MR + r) * lane + t] = A[r][p][t % lanes]}, each
   * row's lanes repeated across the vector; rows from {@code mv} on are zero. The writes run in order: a
   * transposing order would stride by whole strips and thrash the cache.
   */
  private static void packALanes(int mv, int kb, int lanes, float[] a, int aOff, int aRs, int aCs, int aLs,
      float[] ap, int lane) {
    int mr = GemmKernelsFloat.MR;
    int mask = lanes - 1; // lanes divides lane, a power of two
    for (int p = 0, d = 0; p < kb; p++) {
      for (int r = 0; r < mr; r++, d += lane) {
        if (r >= mv) {
          java.util.Arrays.fill(ap, d, d + lane, 0f);
          continue;
        }
        int src = aOff + r * aRs + p * aCs;
        for (int t = 0; t < lane; t++) {
          ap[d + t] = a[src + (t & mask) * aLs];
        }
      }
    }
  }

  /**
   * Packs columns {@code q0 .. q0 + nb - 1} of a lane-batched B, column {@code q} being {@code B[p][q / lanes]
   * [q % lanes]}, into strips of {@code nr} columns, k-major, zero-padded like {@link #packB}.
   */
  private void packBLanes(int kb, int nb, int q0, int lanes, float[] b, int bOff, int bRs, int bCs,
      int bLs, float[] bp, int nr, int lane) {
    for (int jr = 0; jr < nb; jr += nr) {
      int nv = Math.min(nr, nb - jr);
      int w = (nv + lane - 1) / lane * lane;
      int dst = jr * kb;
      if (bRs == 1 && bCs == lanes * bLs) {
        // columns at one stride, each contiguous along the depth: a plain transpose
        kern.transpose(nv, kb, b, bOff + (q0 + jr) * bLs, bLs, bp, dst, w);
      } else {
        for (int j = 0; j < nv; j++) {
          int q = q0 + jr + j;
          int src = bOff + q / lanes * bCs + q % lanes * bLs;
          for (int p = 0; p < kb; p++) {
            bp[dst + p * w + j] = b[src + p * bRs];
          }
        }
      }
      if (nv < w) {
        for (int p = 0; p < kb; p++) {
          java.util.Arrays.fill(bp, dst + p * w + nv, dst + p * w + w, 0f);
        }
      }
    }
  }

  /**
   * Depth of a block in {@link #interleaved}: rows of B per batch item between two visits of its C tile, 256
   * bytes' worth per column, so that both twins keep the same bytes per block. For {@code bijh,ijhd->bihd} at
   * seed 003's sizes a block is then 128 KiB, half of L2; chosen by measurement against half and twice the
   * depth, see benchmarks/results/README.md.
   */
  private static final int KB_INTERLEAVED = 256 / Float.BYTES;

  /**
   * Whether to run a call {@link #interleaved}: a thin product (one strip of rows, a few full strips of
   * columns, B's rows contiguous) whose innermost batch dimension lies inside B's rows, as {@code h} in
   * {@code bijh,ijhd->bihd}, where B ({@code ijhd}) is read as {@code j x d} for each {@code (i, h)}.
   */
  private boolean interleaves(int m, int n, int k, int bRs, int bCs, int cCs, int[] sizes, int[] bBs) {
    int t = sizes.length - 1;
    int lane = kern.lane();
    return t >= 0 && lane > 1 && m <= GemmKernelsFloat.MR && bCs == 1 && cCs == 1 && n % lane == 0
        && n <= DIRECT_N * kern.nr() && k > KB_INTERLEAVED && sizes[t] > 1 && bBs[t] >= n
        && (long) bBs[t] * sizes[t] <= bRs;
  }

  /**
   * Runs a call that {@link #interleaves}: per index of the outer batch dimensions, blocks of depth
   * {@link #KB_INTERLEAVED} outermost and every item of the innermost batch dimension inside, so that B is
   * read front to back (for {@code ijhd}: whole {@code [j, h, d]} rows) rather than in pieces a row apart
   * per item; each block of B is first read front to back ({@link #touch}), which streams it into the cache at
   * full bandwidth. A and B are read in place.
   */
  private void interleaved(int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b, int bOff, int bRs,
      float[] c, int cOff, int cRs, int[] sizes, int[] aBs, int[] bBs, int[] cBs, boolean acc) {
    int t = sizes.length - 1;
    int inner = sizes[t];
    int[] outerSizes = java.util.Arrays.copyOf(sizes, t);
    int[] outerA = java.util.Arrays.copyOf(aBs, t);
    int[] outerB = java.util.Arrays.copyOf(bBs, t);
    int[] outerC = java.util.Arrays.copyOf(cBs, t);
    int outer = (int) GemmPlan.batchCount(outerSizes);
    int mr = GemmKernelsFloat.MR;
    int nr = kern.nr();
    java.util.function.IntConsumer task = o -> {
      int ao = GemmPlan.offset(aOff, o, outerSizes, outerA);
      int bo = GemmPlan.offset(bOff, o, outerSizes, outerB);
      int co = GemmPlan.offset(cOff, o, outerSizes, outerC);
      Buffers buf = BUFFERS.get();
      float[] tile = buf.tile = grow(buf.tile, mr * nr);
      float[] ap = buf.ap = grow(buf.ap, m * Math.min(k, KB_INTERLEAVED) * inner);
      for (int pc = 0; pc < k; pc += KB_INTERLEAVED) {
        int kb = Math.min(KB_INTERLEAVED, k - pc);
        boolean accNow = acc || pc > 0;
        touch(b, bo + pc * bRs, kb, bRs, inner * bBs[t]);
        int blk = copyA(m, kb, inner, a, ao + pc * aCs, aRs, aCs, aBs[t], ap);
        for (int h = 0; h < inner; h++) {
          int bBase = bo + h * bBs[t] + pc * bRs;
          int cBase = co + h * cBs[t];
          for (int jr = 0; jr < n; jr += nr) {
            int w = Math.min(nr, n - jr);
            if (m == mr && !accNow) {
              kern.kernelDirect(kb, ap, h, blk, inner, m, b, bBase + jr, w, bRs, c, cBase + jr, cRs, false);
            } else if (m == mr) {
              // added, not accumulated in place, so that no float chain runs past one depth block
              kern.kernelDirect(kb, ap, h, blk, inner, m, b, bBase + jr, w, bRs, tile, 0, w, false);
              kern.addTile(tile, w, c, cBase + jr, cRs);
            } else {
              kern.kernelDirect(kb, ap, h, blk, inner, m, b, bBase + jr, w, bRs, tile, 0, w, false);
              scatter(m, w, tile, w, c, cBase + jr, cRs, 1, accNow);
            }
          }
        }
      }
    };
    if (outer > 1 && Parallel.threadsFor(2.0 * m * n * k * inner * outer) > 1) {
      Parallel.forEach(outer, task);
    } else {
      for (int o = 0; o < outer; o++) {
        task.accept(o);
      }
    }
  }

  /**
   * Values of packed B per call of {@link #spread} (256 KiB): all items of the inner batch dimension, one column
   * block.
   */
  private static final int SPREAD_PANEL = (256 << 10) / Float.BYTES;

  /**
   * Returns the batch dimension to run a call {@link #spread} over, or -1: C's columns are interleaved with it
   * (C's column stride is its size, and its own stride is 1), as {@code h} with {@code j} in {@code bijh} for
   * {@code bihd,bjhd->bijh}, so that each product's tile would be scattered one value per item; and the whole
   * depth fits one packed panel.
   */
  private int spreadDim(int k, int cCs, int[] sizes, int[] cBs) {
    for (int t = 0; t < sizes.length; t++) {
      if (sizes[t] > 1 && cBs[t] == 1 && cCs == sizes[t] && k > 0 && k <= kc
          && (long) sizes[t] * k * kern.nr() <= SPREAD_PANEL) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Runs a call over the batch dimension {@code t} that {@link #spreadDim} found: per index of the other batch
   * dimensions and block of columns, B is packed for every item {@code h} of dimension {@code t}; then for each
   * tile of C, the products of all items go to a tile buffer, {@code [h][row][column]}, and each row is written
   * out as one transpose into C's contiguous {@code [column][h]} run. A is read in place. When B's columns are
   * contiguous along the depth and hold every item side by side ({@code bjhd}, {@code ijhd}), each column block is
   * first read front to back ({@link #touch}), which streams it into the cache at full bandwidth (chosen by
   * measurement on rel_pos_scores, see benchmarks/results/README.md).
   */
  private void spread(int m, int n, int k, float[] a, int aOff, int aRs, int aCs, float[] b, int bOff, int bRs,
      int bCs, float[] c, int cOff, int cRs, int[] sizes, int[] aBs, int[] bBs, int[] cBs, int t) {
    int inner = sizes[t];
    int[] outerSizes = GemmPlan.without(sizes, t);
    int[] outerA = GemmPlan.without(aBs, t);
    int[] outerB = GemmPlan.without(bBs, t);
    int[] outerC = GemmPlan.without(cBs, t);
    int outer = (int) GemmPlan.batchCount(outerSizes);
    int mr = GemmKernelsFloat.MR;
    int nr = kern.nr();
    int lane = kern.lane();
    int ncb = Math.max(nr, SPREAD_PANEL / (inner * k) / nr * nr);
    int colBlocks = (n + ncb - 1) / ncb;
    int strips = (m + mr - 1) / mr;
    int threads = Parallel.threadsFor(2.0 * m * n * k * inner * outer);
    // enough tasks for every thread: whole outer items and column blocks first, then groups of row strips
    int rowGroups = (int) Math.min(strips, Math.max(1, (2L * threads + (long) outer * colBlocks - 1)
        / ((long) outer * colBlocks)));
    int stripsPerGroup = (strips + rowGroups - 1) / rowGroups;
    int span = (inner - 1) * bBs[t] + k;
    java.util.function.IntConsumer task = x -> {
      int o = x / (colBlocks * rowGroups);
      int jc = x / rowGroups % colBlocks * ncb;
      int ir0 = x % rowGroups * stripsPerGroup * mr;
      int ir1 = Math.min(m, ir0 + stripsPerGroup * mr);
      int nb = Math.min(ncb, n - jc);
      int nbp = (nb + lane - 1) / lane * lane;
      int ao = GemmPlan.offset(aOff, o, outerSizes, outerA);
      int bo = GemmPlan.offset(bOff, o, outerSizes, outerB) + jc * bCs;
      int co = GemmPlan.offset(cOff, o, outerSizes, outerC) + jc * inner;
      Buffers buf = BUFFERS.get();
      float[] bp = buf.bp = grow(buf.bp, inner * k * nbp);
      float[] tile = buf.tile = grow(buf.tile, inner * mr * nr);
      if (bRs == 1 && bBs[t] > 0 && bCs >= span) {
        touch(b, bo, nb, bCs, span);
      }
      for (int h = 0; h < inner; h++) {
        packB(k, nb, b, bo + h * bBs[t], bRs, bCs, bp, h * k * nbp, nr, lane);
      }
      for (int ir = ir0; ir < ir1; ir += mr) {
        int mv = Math.min(mr, m - ir);
        for (int jr = 0; jr < nb; jr += nr) {
          int nv = Math.min(nr, nb - jr);
          int w = (nv + lane - 1) / lane * lane;
          for (int h = 0; h < inner; h++) {
            kern.kernelDirect(k, a, ao + h * aBs[t] + ir * aRs, aRs, aCs, mv, bp, h * k * nbp + jr * k, w, w,
                tile, h * mr * w, w, false);
          }
          for (int r = 0; r < mv; r++) {
            kern.transpose(inner, nv, tile, r * w, mr * w, c, co + (ir + r) * cRs + jr * inner, inner);
          }
        }
      }
    };
    int tasks = outer * colBlocks * rowGroups;
    if (threads > 1 && tasks > 1) {
      Parallel.forEach(tasks, task);
    } else {
      for (int x = 0; x < tasks; x++) {
        task.accept(x);
      }
    }
  }

  /**
   * Copies the A block of one depth block of {@link #interleaved} for every item of the inner batch dimension:
   * {@code ap[r * kb * inner + p * inner + h] = A_h[r][p]}, one contiguous run per row; returns the distance
   * between rows. A's rows can lie far apart ({@code bijh} for {@code bijh,ijhd->bihd}: 512 KiB), all on the
   * same cache sets; packed, the block takes {@code m * kb * inner} consecutive values.
   */
  private static int copyA(int m, int kb, int inner, float[] a, int aOff, int aRs, int aCs, int aHs, float[] ap) {
    int blk = kb * inner;
    for (int r = 0; r < m; r++) {
      int src = aOff + r * aRs;
      int dst = r * blk;
      if (aHs == 1 && aCs == inner) {
        System.arraycopy(a, src, ap, dst, blk);
      } else {
        for (int p = 0; p < kb; p++) {
          for (int h = 0; h < inner; h++) {
            ap[dst + p * inner + h] = a[src + p * aCs + h * aHs];
          }
        }
      }
    }
    return blk;
  }

  /** Values per 64-byte cache line. */
  private static final int LINE = 64 / Float.BYTES;

  /** Receives what {@link #touch} reads, so that the reads are not optimized away. */
  private static volatile float touched;

  /**
   * Reads one element per cache line of {@code rows} rows of {@code width} elements, front to back: the
   * hardware prefetchers stream a sequential read at full bandwidth, which the kernels' reads of short
   * pieces a row apart do not get.
   */
  private static void touch(float[] b, int off, int rows, int rs, int width) {
    float s = 0;
    for (int p = 0; p < rows; p++) {
      int row = off + p * rs;
      for (int x = 0; x < width; x += LINE) {
        s += b[row + x];
      }
    }
    touched = s;
  }

  /** Computes one (sub)problem without batch dimensions, on the calling thread. */
  void single(int m, int n, int k,
      float[] a, int aOff, int aRs, int aCs,
      float[] b, int bOff, int bRs, int bCs,
      float[] c, int cOff, int cRs, int cCs, boolean acc) {
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      if (!acc) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            c[cOff + i * cRs + j * cCs] = 0;
          }
        }
      }
    } else if (n == 1) {
      gemv(m, k, a, aOff, aRs, aCs, b, bOff, bRs, c, cOff, cRs, acc);
    } else if (m == 1) {
      gevm(n, k, a, aOff, aCs, b, bOff, bRs, bCs, c, cOff, cCs, acc);
    } else if ((long) m * n * k <= TINY && bCs == 1 && cCs == 1) {
      kern.small(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, c, cOff, cRs, acc);
    } else if ((long) m * n * k <= TINY) {
      naive(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, cCs, acc);
    } else {
      blocked(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff, cRs, cCs, acc);
    }
  }

  private static void naive(int m, int n, int k,
      float[] a, int aOff, int aRs, int aCs,
      float[] b, int bOff, int bRs, int bCs,
      float[] c, int cOff, int cRs, int cCs, boolean acc) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float s = 0;
        int ai = aOff + i * aRs;
        int bj = bOff + j * bCs;
        for (int p = 0; p < k; p++) {
          s += a[ai + p * aCs] * b[bj + p * bRs];
        }
        int ci = cOff + i * cRs + j * cCs;
        c[ci] = acc ? c[ci] + s : s;
      }
    }
  }

  /** {@code n == 1}: one dot product per row when A's rows are contiguous, else axpy over A's columns. */
  private void gemv(int m, int k,
      float[] a, int aOff, int aRs, int aCs,
      float[] b, int bOff, int bRs,
      float[] c, int cOff, int cRs, boolean acc) {
    if (aCs == 1) {
      float[] x = b;
      int xo = bOff;
      if (bRs != 1) {
        Buffers buf = BUFFERS.get();
        x = buf.x = grow(buf.x, k);
        for (int p = 0; p < k; p++) {
          x[p] = b[bOff + p * bRs];
        }
        xo = 0;
      }
      for (int i = 0; i < m; i++) {
        float s = kern.dot(k, a, aOff + i * aRs, x, xo);
        int ci = cOff + i * cRs;
        c[ci] = acc ? c[ci] + s : s;
      }
    } else if (aRs == 1) {
      Buffers buf = BUFFERS.get();
      float[] y = buf.y = grow(buf.y, m);
      java.util.Arrays.fill(y, 0, m, 0f);
      for (int p = 0; p < k; p++) {
        kern.axpy(m, b[bOff + p * bRs], a, aOff + p * aCs, y, 0);
      }
      for (int i = 0; i < m; i++) {
        int ci = cOff + i * cRs;
        c[ci] = acc ? c[ci] + y[i] : y[i];
      }
    } else {
      naive(m, 1, k, a, aOff, aRs, aCs, b, bOff, bRs, 0, c, cOff, cRs, 0, acc);
    }
  }

  /** {@code m == 1}: axpy over B's rows when they are contiguous, else one dot product per column. */
  private void gevm(int n, int k,
      float[] a, int aOff, int aCs,
      float[] b, int bOff, int bRs, int bCs,
      float[] c, int cOff, int cCs, boolean acc) {
    if (bCs == 1) {
      Buffers buf = BUFFERS.get();
      float[] y = buf.y = grow(buf.y, n);
      java.util.Arrays.fill(y, 0, n, 0f);
      for (int p = 0; p < k; p++) {
        kern.axpy(n, a[aOff + p * aCs], b, bOff + p * bRs, y, 0);
      }
      for (int j = 0; j < n; j++) {
        int cj = cOff + j * cCs;
        c[cj] = acc ? c[cj] + y[j] : y[j];
      }
    } else if (bRs == 1) {
      float[] x = a;
      int xo = aOff;
      if (aCs != 1) {
        Buffers buf = BUFFERS.get();
        x = buf.x = grow(buf.x, k);
        for (int p = 0; p < k; p++) {
          x[p] = a[aOff + p * aCs];
        }
        xo = 0;
      }
      for (int j = 0; j < n; j++) {
        float s = kern.dot(k, x, xo, b, bOff + j * bCs);
        int cj = cOff + j * cCs;
        c[cj] = acc ? c[cj] + s : s;
      }
    } else {
      naive(1, n, k, a, aOff, 0, aCs, b, bOff, bRs, bCs, c, cOff, 0, cCs, acc);
    }
  }

  private void blocked(int m, int n, int k,
      float[] a, int aOff, int aRs, int aCs,
      float[] b, int bOff, int bRs, int bCs,
      float[] c, int cOff, int cRs, int cCs, boolean acc) {
    int mr = GemmKernelsFloat.MR;
    int nr = kern.nr();
    int lane = kern.lane();
    int kcMax = Math.min(kc, k);
    int mcMax = Math.min(mc, (m + mr - 1) / mr * mr);
    int ncMax = Math.min(nc, (n + lane - 1) / lane * lane);
    Buffers buf = BUFFERS.get();
    float[] ap = buf.ap = grow(buf.ap, mcMax * kcMax);
    float[] bp = buf.bp = grow(buf.bp, ncMax * kcMax);
    float[] tile = buf.tile = grow(buf.tile, mr * nr);
    // Packing A pays off when each packed element is reused across many strips of B; when C has few
    // columns, the micro-kernel reads A in place instead.
    boolean direct = n <= DIRECT_N * nr;
    // With a single strip of rows, a packed B strip would be read once: B's rows are read in place too.
    boolean directB = direct && m <= mr && bCs == 1;
    if (rows && !direct) {
      // row order: a block of A (up to mc rows, often all of them) is packed once per depth panel, and the
      // narrow panels of B, packed in turn, stay in the level-2 cache while every strip of A runs across them
      for (int ic = 0; ic < m; ic += mc) {
        int mb = Math.min(mc, m - ic);
        for (int pc = 0; pc < k; pc += kc) {
          int kb = Math.min(kc, k - pc);
          packA(mb, kb, a, aOff + ic * aRs + pc * aCs, aRs, aCs, ap);
          for (int jc = 0; jc < n; jc += nc) {
            int nb = Math.min(nc, n - jc);
            packB(kb, nb, b, bOff + pc * bRs + jc * bCs, bRs, bCs, bp, 0, nr, lane);
            macro(mb, nb, kb, ap, 0, -1, aCs, bp, c, cOff + ic * cRs + jc * cCs, cRs, cCs, acc || pc > 0, tile,
                nr, lane);
          }
        }
      }
      return;
    }
    for (int jc = 0; jc < n; jc += nc) {
      int nb = Math.min(nc, n - jc);
      for (int pc = 0; pc < k; pc += kc) {
        int kb = Math.min(kc, k - pc);
        boolean accNow = acc || pc > 0;
        if (directB) {
          unpacked(m, nb, kb, a, aOff + pc * aCs, aRs, aCs, b, bOff + pc * bRs + jc, bRs,
              c, cOff + jc * cCs, cRs, cCs, accNow, bp, tile, nr, lane);
          continue;
        }
        packB(kb, nb, b, bOff + pc * bRs + jc * bCs, bRs, bCs, bp, 0, nr, lane);
        for (int ic = 0; ic < m; ic += mc) {
          int mb = Math.min(mc, m - ic);
          int aBase = aOff + ic * aRs + pc * aCs;
          if (!direct) {
            packA(mb, kb, a, aBase, aRs, aCs, ap);
          }
          macro(mb, nb, kb, direct ? a : ap, direct ? aBase : 0, direct ? aRs : -1, aCs, bp,
              c, cOff + ic * cRs + jc * cCs, cRs, cCs, accNow, tile, nr, lane);
        }
      }
    }
  }

  /**
   * The longest run of products that one accumulator sums before the partial sum is added into C: float32
   * error then grows with {@code KSUM + k / KSUM}, not with {@code k} (OpenBLAS-class accuracy on long
   * depths; see GemmAccuracyTest). Adding a tile into C once per {@code KSUM} depth steps costs about one
   * tile's loads and stores per {@code KSUM · MR · w} multiply-adds.
   */
  static final int KSUM = 256;

  /**
   * Multiplies a block of A by a packed panel of B into C, one micro-tile at a time. A is packed ({@code aRs
   * < 0}, strips at {@code ap[ir * kb]}), or read in place from row {@code ap[aBase + ir * aRs]} on.
   */
  private void macro(int mb, int nb, int kb, float[] ap, int aBase, int aRs, int aCs, float[] bp,
      float[] c, int cOff, int cRs, int cCs, boolean acc, float[] tile, int nr, int lane) {
    int mr = GemmKernelsFloat.MR;
    // column order: each strip of B (level 1) meets every strip of A (level 2); row order: each strip of A
    // (level 1) meets every strip of B (level 2), and consecutive tiles share C's rows
    int tilesM = (mb + mr - 1) / mr;
    int tilesN = (nb + nr - 1) / nr;
    int outer = rows ? tilesM : tilesN;
    int inner = rows ? tilesN : tilesM;
    for (int o = 0; o < outer; o++) {
      Parallel.standAside(); // a worker of a large call gives its core to a small call here
      for (int q = 0; q < inner; q++) {
        int ir = (rows ? o : q) * mr;
        int jr = (rows ? q : o) * nr;
        int nv = Math.min(nr, nb - jr);
        int w = (nv + lane - 1) / lane * lane;
        int bpOff = jr * kb;
        int mv = Math.min(mr, mb - ir);
        int cpos = cOff + ir * cRs + jr * cCs;
        boolean full = mv == mr && nv == w && cCs == 1;
        // depth sub-blocks of at most KSUM: each tile's sum starts from zero and is added into C, so no float
        // chain is longer than KSUM products, however deep the product
        for (int p0 = 0; p0 < kb; p0 += KSUM) {
          int kk = Math.min(KSUM, kb - p0);
          boolean into = full && p0 == 0 && !acc;
          float[] dst = into ? c : tile;
          int dOff = into ? cpos : 0;
          int ld = into ? cRs : w;
          if (aRs < 0) {
            kern.kernel(kk, ap, ir * kb + p0 * mr, bp, bpOff + p0 * w, w, dst, dOff, ld, false);
          } else {
            kern.kernelDirect(kk, ap, aBase + ir * aRs + p0 * aCs, aRs, aCs, mv, bp, bpOff + p0 * w, w, w, dst, dOff,
                ld, false);
          }
          if (into) {
            continue;
          }
          if (full && (acc || p0 > 0)) {
            kern.addTile(tile, w, c, cpos, cRs); // vector adds: c + t rounds once
          } else {
            scatter(mv, nv, tile, w, c, cpos, cRs, cCs, acc || p0 > 0);
          }
        }
      }
    }
  }

  /**
   * Multiplies at most {@link GemmKernelsFloat#MR} rows of A by B with neither packed: both are read in place, B's
   * strips as rows of {@code w} contiguous values; only a last strip narrower than a vector multiple is packed.
   */
  private void unpacked(int m, int nb, int kb, float[] a, int aBase, int aRs, int aCs, float[] b, int bBase,
      int bRs, float[] c, int cOff, int cRs, int cCs, boolean acc, float[] bp, float[] tile, int nr, int lane) {
    int mr = GemmKernelsFloat.MR;
    for (int jr = 0; jr < nb; jr += nr) {
      int nv = Math.min(nr, nb - jr);
      int w = (nv + lane - 1) / lane * lane;
      float[] bs = b;
      int bso = bBase + jr;
      int ldb = bRs;
      if (nv < w) {
        packB(kb, nv, b, bso, bRs, 1, bp, 0, nr, lane);
        bs = bp;
        bso = 0;
        ldb = w;
      }
      int cpos = cOff + jr * cCs;
      // a full tile goes straight into C only when it overwrites C: accumulating in place would carry one
      // float chain across every depth panel (on 8-lane vectors, a 8 x 8 covariance 8192 deep summed as one
      // accumulator; GemmAccuracyTest)
      if (m == mr && nv == w && cCs == 1 && !acc) {
        kern.kernelDirect(kb, a, aBase, aRs, aCs, m, bs, bso, w, ldb, c, cpos, cRs, false);
      } else if (m == mr && nv == w && cCs == 1) {
        kern.kernelDirect(kb, a, aBase, aRs, aCs, m, bs, bso, w, ldb, tile, 0, w, false);
        kern.addTile(tile, w, c, cpos, cRs);
      } else {
        kern.kernelDirect(kb, a, aBase, aRs, aCs, m, bs, bso, w, ldb, tile, 0, w, false);
        scatter(m, nv, tile, w, c, cpos, cRs, cCs, acc);
      }
    }
  }

  /** Writes the valid {@code mv x nv} part of a tile into C at any strides. */
  private static void scatter(int mv, int nv, float[] tile, int w, float[] c, int cOff, int cRs, int cCs,
      boolean acc) {
    for (int i = 0; i < mv; i++) {
      int ti = i * w;
      int ci = cOff + i * cRs;
      if (acc) {
        for (int j = 0; j < nv; j++, ci += cCs) {
          c[ci] += tile[ti + j];
        }
      } else {
        for (int j = 0; j < nv; j++, ci += cCs) {
          c[ci] = tile[ti + j];
        }
      }
    }
  }

  /** The most values of A that {@link #packA} reads front to back before packing them (256 KiB). */
  private static final long TOUCH_A = (256 << 10) / Float.BYTES;

  /**
   * Packs {@code A[0:mb][0:kb]} into strips of {@link GemmKernelsFloat#MR} rows, k-major, zero-padding the last
   * strip's missing rows. When A's rows are contiguous along the depth and the block is at most {@link #TOUCH_A}
   * values (256 KiB), it is first read front to back ({@link #touch}), so that the transposes, which walk 8 rows
   * at once, find it in cache (chosen by measurement on bmm). Larger blocks, such as gemm's (768 KiB, beside a
   * 2 MiB panel of B), are left alone: read ahead, gemm did not gain. The numbers are in
   * benchmarks/results/README.md.
   */
  private void packA(int mb, int kb, float[] a, int aOff, int aRs, int aCs, float[] ap) {
    int mr = GemmKernelsFloat.MR;
    if (aCs == 1 && aRs != 1 && (long) mb * kb <= TOUCH_A) {
      touch(a, aOff, mb, aRs, kb);
    }
    for (int ir = 0; ir < mb; ir += mr) {
      int mv = Math.min(mr, mb - ir);
      int dst = ir * kb;
      int src = aOff + ir * aRs;
      if (aRs == 1) {
        kern.copyRows(kb, mv, a, src, aCs, ap, dst, mr);
      } else if (aCs == 1) {
        kern.transpose(mv, kb, a, src, aRs, ap, dst, mr);
      } else {
        for (int r = 0; r < mv; r++) {
          int s = src + r * aRs;
          for (int p = 0; p < kb; p++) {
            ap[dst + p * mr + r] = a[s + p * aCs];
          }
        }
      }
      if (mv < mr) {
        for (int p = 0; p < kb; p++) {
          for (int r = mv; r < mr; r++) {
            ap[dst + p * mr + r] = 0;
          }
        }
      }
    }
  }

  /**
   * Packs {@code B[0:kb][0:nb]} into strips of {@code nr} columns, k-major, from {@code bp[bpOff]} on; the last
   * strip is as wide as its columns rounded up to a multiple of {@code lane}, zero-padded.
   */
  private void packB(int kb, int nb, float[] b, int bOff, int bRs, int bCs, float[] bp, int bpOff,
      int nr, int lane) {
    for (int jr = 0; jr < nb; jr += nr) {
      int nv = Math.min(nr, nb - jr);
      int w = (nv + lane - 1) / lane * lane;
      int dst = bpOff + jr * kb;
      int src = bOff + jr * bCs;
      if (bCs == 1) {
        kern.copyRows(kb, nv, b, src, bRs, bp, dst, w);
      } else if (bRs == 1) {
        kern.transpose(nv, kb, b, src, bCs, bp, dst, w);
      } else {
        for (int j = 0; j < nv; j++) {
          int s = src + j * bCs;
          for (int p = 0; p < kb; p++) {
            bp[dst + p * w + j] = b[s + p * bRs];
          }
        }
      }
      if (nv < w) {
        for (int p = 0; p < kb; p++) {
          for (int j = nv; j < w; j++) {
            bp[dst + p * w + j] = 0;
          }
        }
      }
    }
  }
}
