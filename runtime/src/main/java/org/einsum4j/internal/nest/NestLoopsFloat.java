/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal.nest;

import org.einsum4j.internal.gemm.Parallel;

/**
 * The outer loops of a {@link NestPlan} over {@code float} arrays: the free points (and tiles of a free vector
 * line) split across threads, the reduced points inside each, and the line kernels of {@link NestLinesFloat}
 * at the bottom. {@link NestLoopsDouble} is the {@code double} twin, generated from this file. Internal, not
 * API.
 */
public final class NestLoopsFloat {
  private final NestPlan p;
  private final float[][] x;
  private final float[] out;
  private final NestLinesFloat k;

  private NestLoopsFloat(NestPlan p, float[][] x, float[] out) {
    this.p = p;
    this.x = x;
    this.out = out;
    this.k = p.unit ? NestLinesFloat.UNIT : NestLinesFloat.STRIDED;
  }

  /**
   * Runs a planned call: writes every output element.
   *
   * @param p the plan
   * @param x the operands' arrays
   * @param out the output's array
   */
  public static void run(NestPlan p, float[][] x, float[] out) {
    if (p.empty) {
      return;
    }
    if (p.preOperand >= 0) {
      float[] temp = new float[p.tempSize];
      run(p.sum, new float[][] {x[p.preOperand]}, temp);
      float[][] y = x.clone();
      y[p.preOperand] = temp;
      run(p.rest, y, out);
      return;
    }
    NestLoopsFloat loops = new NestLoopsFloat(p, x, out);
    long lines = p.lineCount();
    int threads = Parallel.threadsFor(p.work());
    if (p.splits > 1) {
      // few long sums: each split into the same parts whatever the thread count, the parts summed in order
      int splits = p.splits;
      float[] part = new float[(int) lines * splits];
      Parallel.forEach(part.length, t -> part[t] = loops.new Task().split(t / splits, t % splits));
      Task t = loops.new Task();
      for (int i = 0; i < lines; i++) {
        t.seek(i);
        float sum = 0;
        for (int s = 0; s < splits; s++) {
          sum += part[i * splits + s];
        }
        out[t.base[p.nOps]] = sum;
      }
      return;
    }
    if (p.lineSplits > 1) {
      // few long line sums: each split into parts along its first reduced dimension, the parts added in order
      int splits = p.lineSplits;
      int width = p.tile;
      float[] part = new float[(int) lines * splits * width];
      Parallel.forEach((int) lines * splits, t -> loops.new Task().part(t / splits, t % splits, part, t * width));
      Task t = loops.new Task();
      for (int l = 0; l < lines; l++) {
        t.addParts(l, part, l * splits * width);
      }
      return;
    }
    if (threads <= 1 || lines < 2) {
      loops.new Task().range(0, lines);
      return;
    }
    int tasks = (int) Math.min(lines, threads * 8L);
    Parallel.forEach(tasks, t -> loops.new Task().range(lines * t / tasks, lines * (t + 1) / tasks));
  }

  /** One thread's share: its own offsets, line arguments and partial sums. */
  private final class Task {
    private final int ops = p.nOps;
    private final int nd = p.size.length;
    private final long reduced = p.reducedCount();
    private final float[][] lineArrays = new float[Math.max(p.lines.length, 1)][];
    private final int[] lineOffsets = new int[lineArrays.length];
    private final int[] lineStrides = new int[lineArrays.length];
    /** Offsets at the current free point, and at the current reduced point. */
    private final int[] base = new int[ops + 1];
    private final int[] at = new int[ops + 1];
    private final int[] index = new int[nd];
    /** The pairwise cascade: partial lines (or scalars) by level, and spare line buffers. */
    private final float[][] levels = new float[64][];
    private final float[] scalarLevels = new float[64];
    private final boolean[] scalarFull = new boolean[64];
    /** One past the highest level of the scalar cascade in use. */
    private int scalarTop;
    private float[][] spares = new float[8][];
    private int spareCount;
    /** One line argument, for adding a partial line. */
    private final float[][] one = new float[1][];
    private final int[] zeroOffset = new int[1];
    private final int[] unitStride = {1};

    /** Each line's and each scalar's stride along the innermost reduced dimension, and the scalars' arrays. */
    private final int[] lineInner = new int[lineArrays.length];
    private final float[][] scalarArrays = new float[Math.max(p.scalars.length, 1)][];
    private final int[] scalarOffsets = new int[scalarArrays.length];
    private final int[] scalarInner = new int[scalarArrays.length];

    /** Whether output elements are computed in runs by {@code dots}; each operand's stride along the run. */
    private final boolean rowDots = !p.vFree && nd == p.nFree && p.nFree > 0 && p.vSize <= NestPlan.CHUNK;
    private final boolean rowProducts = p.vFree && nd == p.nFree && p.nFree > 0 && p.tiles() == 1;
    private final int[] lineRow = new int[lineArrays.length];
    private final int[] scalarRow = new int[scalarArrays.length];

    Task() {
      if (p.nFree > 0) {
        for (int j = 0; j < p.lines.length; j++) {
          lineRow[j] = p.stride[p.lines[j]][p.nFree - 1];
        }
        for (int j = 0; j < p.scalars.length; j++) {
          scalarRow[j] = p.stride[p.scalars[j]][p.nFree - 1];
        }
      }
      for (int j = 0; j < p.lines.length; j++) {
        lineArrays[j] = x[p.lines[j]];
        lineStrides[j] = p.vStride[p.lines[j]];
        lineInner[j] = nd > p.nFree ? p.stride[p.lines[j]][nd - 1] : 0;
      }
      for (int j = 0; j < p.scalars.length; j++) {
        scalarArrays[j] = x[p.scalars[j]];
        scalarInner[j] = nd > p.nFree ? p.stride[p.scalars[j]][nd - 1] : 0;
      }
    }

    /** Computes output lines {@code from} to {@code to} (free points in row-major order, tiles innermost). */
    void range(long from, long to) {
      int tiles = p.tiles();
      int tile = (int) (from % tiles);
      seek(from / tiles);
      for (long f = from; f < to; f++) {
        if (rowProducts) {
          // one product per output line, nothing to sum: a run of lines along the innermost free dimension
          int last = p.nFree - 1;
          int rows = startRun(to - f);
          k.products(p.lines.length, lineArrays, lineOffsets, lineStrides, lineRow, p.scalars.length, scalarArrays,
              scalarOffsets, scalarRow, p.zero, rows, out, base[ops], p.vStride[ops], p.stride[ops][last], p.vSize);
          for (int r = 0; r < rows; r++) {
            advance(0, p.nFree, base);
          }
          f += rows - 1;
        } else if (p.vFree) {
          int v0 = tile * p.tile;
          freeLine(v0, Math.min(p.tile, p.vSize - v0), 0, -1, out, base[ops] + v0 * p.vStride[ops], p.vStride[ops]);
          if (++tile == tiles) {
            tile = 0;
            advance(0, p.nFree, base);
          }
        } else if (rowDots) {
          // short sums with nothing outside them: a run of output elements along the innermost free dimension
          int last = p.nFree - 1;
          int rows = startRun(to - f);
          k.dots(p.lines.length, lineArrays, lineOffsets, lineStrides, lineRow, p.scalars.length, scalarArrays,
              scalarOffsets, scalarRow, rows, p.vSize, out, base[ops], p.stride[ops][last]);
          for (int r = 0; r < rows; r++) {
            advance(0, p.nFree, base);
          }
          f += rows - 1;
        } else {
          out[base[ops]] = reducedLine();
          advance(0, p.nFree, base);
        }
      }
    }

    /**
     * Starts a run of output lines along the innermost free dimension at {@link #base}: sets the lines' and the
     * scalars' offsets there and returns the run's length, at most {@code left}.
     */
    private int startRun(long left) {
      int last = p.nFree - 1;
      for (int j = 0; j < p.lines.length; j++) {
        lineOffsets[j] = base[p.lines[j]];
      }
      for (int j = 0; j < p.scalars.length; j++) {
        scalarOffsets[j] = base[p.scalars[j]];
      }
      return (int) Math.min(left, p.size[last] - index[last]);
    }

    /** Steps the odometer of dimensions {@code [lo, hi)} once, moving {@code offsets} along. */
    private void advance(int lo, int hi, int[] offsets) {
      for (int d = hi - 1; d >= lo; d--) {
        index[d]++;
        for (int k = 0; k <= ops; k++) {
          offsets[k] += p.stride[k][d];
        }
        if (index[d] < p.size[d]) {
          return;
        }
        for (int k = 0; k <= ops; k++) {
          offsets[k] -= p.stride[k][d] * p.size[d];
        }
        index[d] = 0;
      }
    }

    /** The product of the scalar operands at {@link #at}. */
    private float scalar() {
      if (p.zero) {
        return 0;
      }
      float c = 1;
      for (int s : p.scalars) {
        c *= x[s][at[s]];
      }
      return c;
    }

    /** Sets the line offsets for the point at {@link #at}, from element {@code v0} of the vector dimension. */
    private void lineOffsets(int v0) {
      for (int j = 0; j < p.lines.length; j++) {
        lineOffsets[j] = at[p.lines[j]] + v0 * lineStrides[j];
      }
    }

    /**
     * Computes part {@code s} of {@link NestPlan#lineSplits} of output line {@code line} (free points in row-major
     * order, tiles innermost) into {@code dst[dOff:]}.
     */
    void part(long line, int s, float[] dst, int dOff) {
      int tiles = p.tiles();
      seek(line / tiles);
      int v0 = (int) (line % tiles) * p.tile;
      int n = Math.min(p.tile, p.vSize - v0);
      int extent = p.size[p.nFree];
      int r0 = (int) ((long) extent * s / p.lineSplits);
      int r1 = (int) ((long) extent * (s + 1) / p.lineSplits);
      freeLine(v0, n, r0, r1, dst, dOff, 1);
    }

    /** Writes output line {@code line}: the sum, in order, of its {@link NestPlan#lineSplits} parts at {@code
     * part[pOff:]}, each {@link NestPlan#tile} long. */
    void addParts(long line, float[] part, int pOff) {
      int tiles = p.tiles();
      seek(line / tiles);
      int v0 = (int) (line % tiles) * p.tile;
      int n = Math.min(p.tile, p.vSize - v0);
      for (int s = 1; s < p.lineSplits; s++) {
        one[0] = part;
        zeroOffset[0] = pOff + s * p.tile;
        k.product(1, 1, one, zeroOffset, unitStride, part, pOff, 1, n, true);
      }
      one[0] = part;
      zeroOffset[0] = pOff;
      k.product(1, 1, one, zeroOffset, unitStride, out, base[ops] + v0 * p.vStride[ops], p.vStride[ops], n, false);
    }

    /**
     * Computes elements {@code [v0, v0 + n)} of the output line at {@link #base} into {@code dst} from {@code
     * target} on, {@code os} apart: the whole sum, or with {@code r1 >= 0} the part whose first reduced index
     * lies in {@code [r0, r1)}.
     */
    private void freeLine(int v0, int n, int r0, int r1, float[] dst, int target, int os) {
      float[] out = dst;
      if (nd == p.nFree) {
        // nothing to sum: one product per line, read at the free point itself
        float c = 1;
        for (int s : p.scalars) {
          c *= x[s][base[s]];
        }
        for (int j = 0; j < lineOffsets.length && j < p.lines.length; j++) {
          lineOffsets[j] = base[p.lines[j]] + v0 * lineStrides[j];
        }
        k.product(p.lines.length, p.zero ? 0 : c, lineArrays, lineOffsets, lineStrides, out, target, os, n, false);
        return;
      }
      System.arraycopy(base, 0, at, 0, ops + 1);
      // the innermost reduced dimension runs inside the kernel, in pieces of at most LEAF steps; the others here
      int inner = nd - 1;
      int ni = p.size[inner];
      long outerPoints = reduced / ni;
      int cStart = 0;
      int cEnd = ni;
      if (r1 >= 0 && p.nFree == inner) {
        cStart = r0;
        cEnd = r1;
      } else if (r1 >= 0) {
        outerPoints = outerPoints / p.size[p.nFree] * (r1 - r0);
        index[p.nFree] = r0;
        for (int k = 0; k <= ops; k++) {
          at[k] += r0 * p.stride[k][p.nFree];
        }
      }
      boolean direct = outerPoints * (cEnd - cStart) <= NestPlan.LEAF;
      float[] leaf = direct ? null : spare(n);
      int count = 0;
      for (long r = 0; r < outerPoints; r++) {
        for (int c0 = cStart; c0 < cEnd; c0 += NestPlan.LEAF) {
          int piece = Math.min(NestPlan.LEAF, cEnd - c0);
          for (int j = 0; j < p.lines.length; j++) {
            lineOffsets[j] = at[p.lines[j]] + v0 * lineStrides[j] + c0 * lineInner[j];
          }
          for (int j = 0; j < p.scalars.length; j++) {
            scalarOffsets[j] = at[p.scalars[j]] + c0 * scalarInner[j];
          }
          if (direct) {
            k.productSum(p.lines.length, lineArrays, lineOffsets, lineStrides, lineInner, p.scalars.length,
                scalarArrays, scalarOffsets, scalarInner, piece, out, target, os, n, r > 0 || c0 > cStart);
          } else {
            if (count + piece > NestPlan.LEAF) {
              push(leaf, n);
              leaf = spare(n);
              count = 0;
            }
            k.productSum(p.lines.length, lineArrays, lineOffsets, lineStrides, lineInner, p.scalars.length,
                scalarArrays, scalarOffsets, scalarInner, piece, leaf, 0, 1, n, count > 0);
            count += piece;
          }
        }
        advance(p.nFree, inner, at);
      }
      if (r1 >= 0 && p.nFree < inner) {
        java.util.Arrays.fill(index, p.nFree, inner, 0);
      }
      if (direct) {
        return;
      }
      push(leaf, n);
      // the sum of the levels, lowest first, into the output
      float[] sum = null;
      for (int l = 0; l < levels.length; l++) {
        if (levels[l] != null) {
          if (sum == null) {
            sum = levels[l];
          } else {
            addInto(sum, levels[l], n);
            release(levels[l]);
          }
          levels[l] = null;
        }
      }
      one[0] = sum;
      zeroOffset[0] = 0;
      k.product(1, 1, one, zeroOffset, unitStride, out, target, os, n, false);
      release(sum);
    }

    /** Adds a full partial line to the cascade: equal levels are summed, as in a binary counter. */
    private void push(float[] line, int n) {
      float[] carry = line;
      for (int l = 0; ; l++) {
        if (levels[l] == null) {
          levels[l] = carry;
          return;
        }
        addInto(carry, levels[l], n);
        release(levels[l]);
        levels[l] = null;
      }
    }

    /** {@code a[i] += b[i]} for {@code i < n}. */
    private void addInto(float[] a, float[] b, int n) {
      one[0] = b;
      zeroOffset[0] = 0;
      k.product(1, 1, one, zeroOffset, unitStride, a, 0, 1, n, true);
    }

    private float[] spare(int n) {
      return spareCount > 0 ? spares[--spareCount] : new float[p.tile];
    }

    private void release(float[] line) {
      if (spareCount == spares.length) {
        spares = java.util.Arrays.copyOf(spares, spares.length * 2);
      }
      spares[spareCount++] = line;
    }

    /** Returns the output element at {@link #base}: the sum over the reduced points of the lines' dot products. */
    private float reducedLine() {
      return reducedLine(0, nd > p.nFree ? p.size[p.nFree] : 1, 0, p.vSize);
    }

    /**
     * Returns the part of the output element at {@link #base} from the reduced points whose first reduced
     * dimension lies in {@code [r0, r1)} (when there is one) and the vector elements in {@code [va, vb)}.
     */
    private float reducedLine(int r0, int r1, int va, int vb) {
      System.arraycopy(base, 0, at, 0, ops + 1);
      long count = reduced;
      if (nd > p.nFree) {
        count = reduced / p.size[p.nFree] * (r1 - r0);
        index[p.nFree] = r0;
        for (int k = 0; k <= ops; k++) {
          at[k] += r0 * p.stride[k][p.nFree];
        }
      }
      float leaf = 0;
      int pieces = 0;
      for (long r = 0; r < count; r++) {
        float c = scalar();
        for (int v0 = va; v0 < vb; v0 += NestPlan.CHUNK) {
          lineOffsets(v0);
          leaf += c * k.dot(p.lines.length, lineArrays, lineOffsets, lineStrides, Math.min(NestPlan.CHUNK, vb - v0));
          if (++pieces == NestPlan.LEAF) {
            pushScalar(leaf);
            leaf = 0;
            pieces = 0;
          }
        }
        advance(p.nFree, nd, at);
      }
      if (nd > p.nFree) {
        java.util.Arrays.fill(index, p.nFree, nd, 0);
      }
      float sum = leaf;
      for (int l = 0; l < scalarTop; l++) {
        if (scalarFull[l]) {
          sum += scalarLevels[l];
          scalarFull[l] = false;
        }
      }
      scalarTop = 0;
      return sum;
    }

    /** Moves {@link #base} and the free indices to free point {@code point} (row-major over the free dimensions). */
    void seek(long point) {
      for (int k = 0; k <= ops; k++) {
        base[k] = p.offset[k];
      }
      for (int d = p.nFree - 1; d >= 0; d--) {
        index[d] = (int) (point % p.size[d]);
        point /= p.size[d];
        for (int k = 0; k <= ops; k++) {
          base[k] += index[d] * p.stride[k][d];
        }
      }
    }

    /** Returns split {@code s} of {@link NestPlan#splits} of the output element at free point {@code point}. */
    float split(long point, int s) {
      seek(point);
      int splits = p.splits;
      if (nd > p.nFree) {
        int n = p.size[p.nFree];
        return reducedLine((int) ((long) n * s / splits), (int) ((long) n * (s + 1) / splits), 0, p.vSize);
      }
      int chunks = (p.vSize + NestPlan.CHUNK - 1) / NestPlan.CHUNK;
      int c0 = (int) ((long) chunks * s / splits);
      int c1 = (int) ((long) chunks * (s + 1) / splits);
      return reducedLine(0, 1, c0 * NestPlan.CHUNK, Math.min(p.vSize, c1 * NestPlan.CHUNK));
    }

    /** Adds a partial sum to the scalar cascade. */
    private void pushScalar(float v) {
      for (int l = 0; ; l++) {
        if (!scalarFull[l]) {
          scalarLevels[l] = v;
          scalarFull[l] = true;
          scalarTop = Math.max(scalarTop, l + 1);
          return;
        }
        v += scalarLevels[l];
        scalarFull[l] = false;
      }
    }
  }
}
