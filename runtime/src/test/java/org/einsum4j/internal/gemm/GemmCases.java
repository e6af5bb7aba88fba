/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The cases and the oracle shared by the {@code Gemm...Test} classes: operand layouts of an {@code r x c} matrix
 * (row-major, column-major, gapped, broadcast), batch configurations, sizes at every edge of the lane count, the
 * micro-tile and the cache blocks, and a naive triple loop in {@code double} to compare against. Guard elements
 * around C must keep their values. Both element types run through every check ({@link Engine#f} and
 * {@link Engine#d}). The double GEMM classes are generated from the float ones (see {@code
 * org.einsum4j.internal.twins.Twins}; rewrite them with {@code -Dtwins.update=true}).
 */
final class GemmCases {
  private GemmCases() {}

  /** Operand layouts of an {@code r x c} matrix. */
  enum Shape { ROW, COL, GAPS, BCAST }

  /** Batch configurations. */
  enum Batch { NONE, ONE, TWO, BROADCAST_B, INTERLEAVED }

  /** One case: sizes, layouts, batch configuration, accumulation. */
  record Case(int m, int n, int k, Shape a, Shape b, Shape c, Batch batch, boolean acc) {}

  /** Something that computes a batched product: {@link Gemm} itself or an engine built by a test. */
  interface Engine {
    void f(int m, int n, int k, float[] a, int ao, int ars, int acs, float[] b, int bo, int brs, int bcs,
        float[] c, int co, int crs, int ccs, int[] bs, int[] abs, int[] bbs, int[] cbs, boolean acc);

    void d(int m, int n, int k, double[] a, int ao, int ars, int acs, double[] b, int bo, int brs, int bcs,
        double[] c, int co, int crs, int ccs, int[] bs, int[] abs, int[] bbs, int[] cbs, boolean acc);
  }

  static final Engine GEMM = new Engine() {
    @Override
    public void f(int m, int n, int k, float[] a, int ao, int ars, int acs, float[] b, int bo, int brs,
        int bcs, float[] c, int co, int crs, int ccs, int[] bs, int[] abs, int[] bbs, int[] cbs,
        boolean acc) {
      Gemm.gemm(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs, ccs, bs, abs, bbs, cbs, acc);
    }

    @Override
    public void d(int m, int n, int k, double[] a, int ao, int ars, int acs, double[] b, int bo, int brs,
        int bcs, double[] c, int co, int crs, int ccs, int[] bs, int[] abs, int[] bbs, int[] cbs,
        boolean acc) {
      Gemm.gemm(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs, ccs, bs, abs, bbs, cbs, acc);
    }
  };

  /** An engine over the given kernels and block sizes, bypassing {@link Gemm}'s defaults. */
  static Engine engine(GemmKernelsFloat kf, GemmKernelsDouble kd, int kc, int mc, int nc) {
    return engine(kf, kd, kc, mc, nc, false);
  }

  /** An engine over the given kernels, block sizes and tile order. */
  static Engine engine(GemmKernelsFloat kf, GemmKernelsDouble kd, int kc, int mc, int nc, boolean rows) {
    GemmFloat gf = new GemmFloat(kf, kc, mc, nc, rows);
    GemmDouble gd = new GemmDouble(kd, kc, mc, nc, rows);
    return new Engine() {
      @Override
      public void f(int m, int n, int k, float[] a, int ao, int ars, int acs, float[] b, int bo, int brs,
          int bcs, float[] c, int co, int crs, int ccs, int[] bs, int[] abs, int[] bbs, int[] cbs,
          boolean acc) {
        gf.run(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs, ccs, bs, abs, bbs, cbs, acc);
      }

      @Override
      public void d(int m, int n, int k, double[] a, int ao, int ars, int acs, double[] b, int bo, int brs,
          int bcs, double[] c, int co, int crs, int ccs, int[] bs, int[] abs, int[] bbs, int[] cbs,
          boolean acc) {
        gd.run(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, crs, ccs, bs, abs, bbs, cbs, acc);
      }
    };
  }

  /** The sizes that hit every edge for lane count {@code l}. */
  static int[] sizes(int l) {
    return new int[] {0, 1, 2, 3, l - 1, l, l + 1, 2 * l + 3, 64, 257};
  }

  /** A deterministic sample of cases: every edge size on each axis, every layout, every batch kind. */
  static List<Case> cases(int lane, long seed) {
    Random r = new Random(seed);
    int[] sz = sizes(lane);
    int[] small = {1, 2, 3, lane - 1, lane, lane + 1, 2 * lane + 3, 9, 17};
    Shape[] shapes = Shape.values();
    Shape[] cShapes = {Shape.ROW, Shape.COL, Shape.GAPS};
    List<Case> out = new ArrayList<>();
    for (int axis = 0; axis < 3; axis++) {
      for (int s : sz) {
        int[] mnk = {small[r.nextInt(small.length)], small[r.nextInt(small.length)],
            small[r.nextInt(small.length)]};
        mnk[axis] = Math.max(s, 0);
        if (s == 257 && r.nextBoolean()) {
          mnk[(axis + 1) % 3] = 64;
        }
        out.add(new Case(mnk[0], mnk[1], mnk[2], shapes[r.nextInt(4)], shapes[r.nextInt(4)],
            cShapes[r.nextInt(3)], Batch.NONE, r.nextBoolean()));
      }
    }
    for (Shape a : shapes) {
      for (Shape b : shapes) {
        for (Shape c : cShapes) {
          int m = sz[1 + r.nextInt(sz.length - 1)];
          int n = sz[1 + r.nextInt(sz.length - 1)];
          int k = sz[1 + r.nextInt(sz.length - 2)];
          if ((long) m * n * k > 200_000) {
            m = Math.min(m, 64);
          }
          out.add(new Case(m, n, k, a, b, c, Batch.NONE, r.nextBoolean()));
        }
      }
    }
    for (Batch batch : Batch.values()) {
      for (int i = 0; i < 6; i++) {
        int m = i < 2 ? 1 + r.nextInt(3) : small[r.nextInt(small.length)] + (i == 5 ? 40 : 0);
        int n = i == 1 ? 1 : small[r.nextInt(small.length)] + (i == 4 ? 30 : 0);
        int k = i == 2 ? 0 : small[r.nextInt(small.length)] + (i >= 3 ? 20 : 0);
        out.add(new Case(m, n, k, shapes[r.nextInt(4)], shapes[r.nextInt(4)], cShapes[r.nextInt(3)],
            batch, i % 2 == 0));
      }
    }
    out.add(new Case(257, 257, 257, Shape.ROW, Shape.ROW, Shape.ROW, Batch.NONE, false));
    out.add(new Case(0, 5, 5, Shape.ROW, Shape.ROW, Shape.ROW, Batch.ONE, false));
    return out;
  }

  /** A strided operand: its data, its offset and strides, and the batch description. */
  static final class Operand {
    int rs;
    int cs;
    int off;
    int[] batchStrides;
    int size;
  }

  /** Lays out an {@code r x c} operand in the given shape and batch kind. */
  static Operand layout(int r, int c, Shape shape, Batch batch, int[] bsizes, boolean isB) {
    Operand o = new Operand();
    switch (shape) {
      case ROW:
        o.rs = c;
        o.cs = 1;
        break;
      case COL:
        o.rs = 1;
        o.cs = r;
        break;
      case GAPS:
        o.cs = 2;
        o.rs = 2 * c + 3;
        break;
      default:
        o.rs = 0;
        o.cs = 1;
        break;
    }
    int extent = r == 0 || c == 0 ? 1 : (r - 1) * o.rs + (c - 1) * o.cs + 1;
    o.off = 5;
    o.batchStrides = new int[bsizes.length];
    if (batch == Batch.INTERLEAVED && !isB) {
      // The batch index is the innermost axis, as in C[b,i,j,h] with h batched: stride 1.
      int nb = bsizes[0];
      o.cs = nb;
      o.rs = c * nb;
      o.batchStrides[0] = 1;
      o.size = o.off + Math.max(1, r * c * nb) + 7;
      return o;
    }
    int stride = extent + 3;
    for (int d = bsizes.length - 1; d >= 0; d--) {
      o.batchStrides[d] = stride;
      stride *= bsizes[d];
    }
    if (isB && (batch == Batch.BROADCAST_B || batch == Batch.TWO)) {
      o.batchStrides[0] = 0;
    }
    o.size = o.off + stride + 7;
    return o;
  }

  static int[] batchSizes(Batch batch) {
    switch (batch) {
      case NONE:
        return new int[0];
      case TWO:
        return new int[] {2, 3};
      case INTERLEAVED:
        return new int[] {3};
      default:
        return new int[] {3};
    }
  }

  /**
   * Runs one case in float, then in double ({@link GemmCheckFloat} and its twin); returns a failure description
   * or {@code null}.
   */
  static String check(Engine e, Case t, long seed) {
    String f = GemmCheckFloat.check(e, t, seed);
    return f != null ? f : GemmCheckDouble.check(e, t, seed);
  }

  /** Compares every element of C, written or not, with the naive result. */
  static String compare(String what, Case t, int[] bs, double[] av, Operand a, double[] bv, Operand b,
      double[] init, double[] got, Operand c, double eps) {
    double[] want = init.clone();
    double[] tol = new double[init.length];
    int batch = (int) GemmPlan.batchCount(bs);
    for (int flat = 0; flat < batch; flat++) {
      int ao = GemmPlan.offset(a.off, flat, bs, a.batchStrides);
      int bo = GemmPlan.offset(b.off, flat, bs, b.batchStrides);
      int co = GemmPlan.offset(c.off, flat, bs, c.batchStrides);
      for (int i = 0; i < t.m(); i++) {
        for (int j = 0; j < t.n(); j++) {
          double s = 0;
          double abs = 0;
          for (int p = 0; p < t.k(); p++) {
            double x = av[ao + i * a.rs + p * a.cs] * bv[bo + p * b.rs + j * b.cs];
            s += x;
            abs += Math.abs(x);
          }
          int ci = co + i * c.rs + j * c.cs;
          want[ci] = (t.acc() ? init[ci] : 0) + s;
          tol[ci] = eps * (t.k() + 1) * (abs + Math.abs(init[ci]));
        }
      }
    }
    for (int i = 0; i < want.length; i++) {
      if (!(Math.abs(got[i] - want[i]) <= tol[i])) {
        return what + ": element " + i + " is " + got[i] + ", expected " + want[i];
      }
    }
    return null;
  }

  /**
   * Runs the unpacked products of {@link GemmFloat#TINY} size or less (the small kernel when B's and C's rows are
   * contiguous, else the naive loop) at every edge of both lane counts: rows around the kernel's four-row groups,
   * columns around whole and half vectors, several depths, batched (items walked as an odometer, on one and two
   * threads) and not, accumulating and not; returns the failures.
   */
  static List<String> runSmall() {
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (int lane : new int[] {Gemm.floatKernels().lane(), Gemm.doubleKernels().lane()}) {
      for (int m : new int[] {1, 2, 3, 4, 5, 7, 8, 9}) {
        for (int n : new int[] {2, 3, lane / 2, lane / 2 + 1, lane - 1, lane, lane + 1, lane + lane / 2,
            2 * lane + 3}) {
          for (int k : new int[] {1, 2, 5, 16}) {
            if (n < 2 || (long) m * n * k > GemmFloat.TINY) {
              continue;
            }
            for (Batch batch : new Batch[] {Batch.NONE, Batch.ONE, Batch.TWO, Batch.BROADCAST_B}) {
              Shape a = Shape.values()[(m + n + k) % 3];
              Shape c = (m + k) % 4 == 0 ? Shape.GAPS : Shape.ROW;
              Case t = new Case(m, n, k, a, Shape.ROW, c, batch, (m + n) % 2 == 0);
              String f = check(GEMM, t, 31L * m + 7L * n + k);
              if (f != null) {
                failures.add("small " + t + ": " + f);
              }
              ran++;
            }
          }
        }
      }
    }
    if (ran == 0) {
      failures.add("no small case ran");
    }
    return failures;
  }

  /** Runs every case on every engine of this JVM; returns the failures. */
  static List<String> runAll(long seed) {
    List<String> failures = new ArrayList<>();
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    GemmScalarFloat sf = new GemmScalarFloat();
    GemmScalarDouble sd = new GemmScalarDouble();
    boolean rows = Gemm.rowsOrder();
    Engine[] engines = {GEMM, engine(k, kd, 7, 24, 2 * k.nr()), engine(sf, sd, 256, 192, 2304),
        engine(sf, sd, 5, 16, 16), engine(k, kd, 7, 24, 2 * k.nr(), !rows), engine(k, kd, 256, 64, 3 * k.nr(), !rows)};
    String[] names = {"Gemm(" + Gemm.kernelsName() + ")", "small blocks", "scalar", "scalar small blocks",
        "small blocks, other order", "other order"};
    for (int lane : new int[] {k.lane(), kd.lane()}) {
      List<Case> cases = cases(lane, seed + lane);
      for (int e = 0; e < engines.length; e++) {
        for (int i = 0; i < cases.size(); i++) {
          String f = check(engines[e], cases.get(i), seed + i);
          if (f != null) {
            failures.add(names[e] + ": " + f);
          }
        }
      }
    }
    return failures;
  }

  static float[] random(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextFloat() * 2 - 1;
    }
    return x;
  }

  static float[] toFloat(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return f;
  }
}
