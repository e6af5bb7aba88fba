/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential tests of {@link Gemm} against a naive triple loop in {@code double}: sizes at every edge of
 * the lane count, the micro-tile and the cache blocks; row-major, column-major, gapped and broadcast
 * operands; batch dimensions, broadcast and interleaved batches; accumulation; both element types; one and
 * two threads; the vector kernels at every width (each in a JVM of its own, see {@link #main}) and the
 * scalar twin. Guard elements around C must keep their values.
 */
class GemmTest {
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
    GemmFloat gf = new GemmFloat(kf, kc, mc, nc);
    GemmDouble gd = new GemmDouble(kd, kc, mc, nc);
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

  /** Runs one case in float and double; returns a failure description or {@code null}. */
  static String check(Engine e, Case t, long seed) {
    String f = checkFloat(e, t, seed);
    return f != null ? f : checkDouble(e, t, seed);
  }

  static String checkFloat(Engine e, Case t, long seed) {
    Random r = new Random(seed);
    int[] bs = batchSizes(t.batch());
    Operand a = layout(t.m(), t.k(), t.a(), t.batch(), bs, false);
    Operand b = layout(t.k(), t.n(), t.b(), t.batch(), bs, true);
    Operand c = layout(t.m(), t.n(), t.c(), t.batch(), bs, false);
    float[] av = new float[a.size];
    float[] bv = new float[b.size];
    float[] cv = new float[c.size];
    for (int i = 0; i < av.length; i++) {
      av[i] = r.nextFloat() * 2 - 1;
    }
    for (int i = 0; i < bv.length; i++) {
      bv[i] = r.nextFloat() * 2 - 1;
    }
    for (int i = 0; i < cv.length; i++) {
      cv[i] = r.nextFloat() * 2 - 1;
    }
    float[] c0 = cv.clone();
    e.f(t.m(), t.n(), t.k(), av, a.off, a.rs, a.cs, bv, b.off, b.rs, b.cs, cv, c.off, c.rs, c.cs,
        bs, a.batchStrides, b.batchStrides, c.batchStrides, t.acc());
    double[] got = new double[cv.length];
    double[] init = new double[cv.length];
    double[] ad = new double[av.length];
    double[] bd = new double[bv.length];
    for (int i = 0; i < cv.length; i++) {
      got[i] = cv[i];
      init[i] = c0[i];
    }
    for (int i = 0; i < av.length; i++) {
      ad[i] = av[i];
    }
    for (int i = 0; i < bv.length; i++) {
      bd[i] = bv[i];
    }
    return compare("float " + t, t, bs, ad, a, bd, b, init, got, c, 1e-6);
  }

  static String checkDouble(Engine e, Case t, long seed) {
    Random r = new Random(seed);
    int[] bs = batchSizes(t.batch());
    Operand a = layout(t.m(), t.k(), t.a(), t.batch(), bs, false);
    Operand b = layout(t.k(), t.n(), t.b(), t.batch(), bs, true);
    Operand c = layout(t.m(), t.n(), t.c(), t.batch(), bs, false);
    double[] av = new double[a.size];
    double[] bv = new double[b.size];
    double[] cv = new double[c.size];
    for (int i = 0; i < av.length; i++) {
      av[i] = r.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < bv.length; i++) {
      bv[i] = r.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < cv.length; i++) {
      cv[i] = r.nextDouble() * 2 - 1;
    }
    double[] c0 = cv.clone();
    e.d(t.m(), t.n(), t.k(), av, a.off, a.rs, a.cs, bv, b.off, b.rs, b.cs, cv, c.off, c.rs, c.cs,
        bs, a.batchStrides, b.batchStrides, c.batchStrides, t.acc());
    return compare("double " + t, t, bs, av, a, bv, b, c0, cv, c, 1e-14);
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

  /** Runs every case on every engine of this JVM; returns the failures. */
  static List<String> runAll(long seed) {
    List<String> failures = new ArrayList<>();
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    GemmScalarFloat sf = new GemmScalarFloat();
    GemmScalarDouble sd = new GemmScalarDouble();
    Engine[] engines = {GEMM, engine(k, kd, 7, 24, 2 * k.nr()), engine(sf, sd, 256, 192, 2304),
        engine(sf, sd, 5, 16, 16)};
    String[] names = {"Gemm(" + Gemm.kernelsName() + ")", "small blocks", "scalar", "scalar small blocks"};
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

  @AfterEach
  void restoreParallel() {
    Parallel.setParallelism(Runtime.getRuntime().availableProcessors());
    Parallel.resetThreshold();
  }

  @Test
  void allEnginesSingleThreaded() {
    Parallel.setParallelism(1);
    List<String> failures = runAll(42);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void allEnginesOnTwoThreads() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runAll(7);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void usesTheVectorKernelsWhenTheModuleIsPresent() {
    boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    assertEquals(present ? "GemmVector" : "GemmScalar", Gemm.kernelsName());
  }

  @Test
  void rejectsNegativeSizesAndMismatchedBatchArrays() {
    float[] x = new float[4];
    int[] none = new int[0];
    assertThrows(IllegalArgumentException.class,
        () -> Gemm.gemm(-1, 1, 1, x, 0, 1, 1, x, 0, 1, 1, x, 0, 1, 1, none, none, none, none, false));
    assertThrows(IllegalArgumentException.class,
        () -> Gemm.gemm(1, 1, 1, x, 0, 1, 1, x, 0, 1, 1, x, 0, 1, 1, new int[] {1}, none, none, none, false));
  }

  @Test
  void setParallelismRejectsZero() {
    assertThrows(IllegalArgumentException.class, () -> Parallel.setParallelism(0));
  }

  /** The seed-suite shapes, with their real strides, on two threads. */
  @Test
  void seedSuiteShapes() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    // rel_scores, scaled down: A[b,i,h,d], B[b,j,h,d] read as B[d][j], C[b,i,j,h].
    int nb = 2;
    int h = 3;
    int i = 20;
    int j = 21;
    int d = 19;
    float[] a = random(nb * i * h * d, 1);
    float[] b = random(nb * j * h * d, 2);
    float[] c = new float[nb * i * j * h];
    int[] bs = {nb, h};
    Gemm.gemm(i, j, d, a, 0, h * d, 1, b, 0, 1, h * d, c, 0, j * h, h,
        bs, new int[] {i * h * d, d}, new int[] {j * h * d, d}, new int[] {i * j * h, 1}, false);
    for (int x = 0; x < nb; x++) {
      for (int y = 0; y < h; y++) {
        for (int ii = 0; ii < i; ii++) {
          for (int jj = 0; jj < j; jj++) {
            double s = 0;
            for (int p = 0; p < d; p++) {
              s += (double) a[((x * i + ii) * h + y) * d + p] * b[((x * j + jj) * h + y) * d + p];
            }
            assertEquals(s, c[((x * i + ii) * j + jj) * h + y], 1e-5 * d);
          }
        }
      }
    }
  }

  static float[] random(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextFloat() * 2 - 1;
    }
    return x;
  }

  /**
   * Lane-batched products ({@link Gemm#gemmLanes}) against a naive loop: every lane count the kernels take,
   * sizes at the tile, strip, step-block ({@code k} 65, 130) and panel ({@code n·lanes} over 1024) edges,
   * three layouts per operand, batch dimensions (one broadcast), a gap between C's rows, accumulation and
   * both element types. Returns the failures.
   */
  static List<String> runLanes(long seed) {
    List<String> failures = new ArrayList<>();
    Random r = new Random(seed);
    int[][] mnk = {{1, 1, 1}, {8, 2, 64}, {9, 3, 65}, {17, 131, 7}, {3, 5, 130}, {16, 1, 1}, {7, 33, 20},
        {0, 3, 3}, {3, 3, 0}, {2, 70, 9}};
    for (boolean dbl : new boolean[] {false, true}) {
      for (int lanes = 2; lanes <= 16; lanes *= 2) {
        if (!Gemm.lanesSupported(lanes, dbl)) {
          continue;
        }
        for (int[] s : mnk) {
          for (int layout = 0; layout < 3; layout++) {
            String f = checkLanes(s[0], s[1], lanes, s[2], layout, (layout + s[0]) % 3, r.nextInt(3),
                r.nextBoolean(), dbl, r.nextLong());
            if (f != null) {
              failures.add(f);
            }
          }
        }
      }
    }
    return failures;
  }

  /** Element offset of {@code X[row][col][l]} of an {@code r x c x lanes} operand in one of three layouts. */
  private static int laneIndex(int layout, int row, int col, int l, int rows, int cols, int lanes) {
    switch (layout) {
      case 0:
        return (row * lanes + l) * cols + col; // like bihd: the step innermost, lanes in between
      case 1:
        return (row * cols + col) * lanes + l; // lanes innermost
      default:
        return (l * rows + row) * cols + col; // lanes outermost
    }
  }

  private static String checkLanes(int m, int n, int lanes, int k, int aLayout, int bLayout, int batchKind,
      boolean acc, boolean dbl, long seed) {
    Random r = new Random(seed);
    int nbatch = batchKind == 0 ? 1 : batchKind + 1;
    int aSize = m * k * lanes;
    int bSize = k * n * lanes;
    int cRs = n * lanes + 3;
    int cSize = Math.max(0, m * cRs);
    int guard = 5;
    double[] a = new double[nbatch * aSize + 1];
    double[] b = new double[nbatch * bSize + 1];
    double[] c = new double[guard + nbatch * cSize + guard];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = r.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = r.nextDouble();
    }
    double[] expect = c.clone();
    int[] bs = batchKind == 0 ? new int[0] : new int[] {nbatch};
    int[] abs = batchKind == 0 ? new int[0] : new int[] {aSize};
    int[] bbs = batchKind == 0 ? new int[0] : new int[] {batchKind == 2 ? 0 : bSize};
    int[] cbs = batchKind == 0 ? new int[0] : new int[] {cSize};
    for (int t = 0; t < nbatch; t++) {
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          for (int l = 0; l < lanes; l++) {
            double sum = 0;
            for (int p = 0; p < k; p++) {
              sum += a[(bs.length == 0 ? 0 : t * abs[0]) + laneIndex(aLayout, i, p, l, m, k, lanes)]
                  * b[(bs.length == 0 ? 0 : t * bbs[0]) + laneIndex(bLayout, p, j, l, k, n, lanes)];
            }
            int ci = guard + t * cSize + i * cRs + j * lanes + l;
            expect[ci] = acc ? expect[ci] + sum : sum;
          }
        }
      }
    }
    int aRs = laneIndex(aLayout, 1, 0, 0, m, k, lanes);
    int aCs = laneIndex(aLayout, 0, 1, 0, m, k, lanes);
    int aLs = laneIndex(aLayout, 0, 0, 1, m, k, lanes);
    int bRs = laneIndex(bLayout, 1, 0, 0, k, n, lanes);
    int bCs = laneIndex(bLayout, 0, 1, 0, k, n, lanes);
    int bLs = laneIndex(bLayout, 0, 0, 1, k, n, lanes);
    double[] got;
    if (dbl) {
      got = c.clone();
      Gemm.gemmLanes(m, n, lanes, k, a, 0, aRs, aCs, aLs, b, 0, bRs, bCs, bLs, got, guard, cRs,
          bs, abs, bbs, cbs, acc);
    } else {
      float[] af = toFloat(a);
      float[] bf = toFloat(b);
      float[] cf = toFloat(c);
      Gemm.gemmLanes(m, n, lanes, k, af, 0, aRs, aCs, aLs, bf, 0, bRs, bCs, bLs, cf, guard, cRs,
          bs, abs, bbs, cbs, acc);
      got = new double[cf.length];
      for (int i = 0; i < cf.length; i++) {
        got[i] = cf[i];
      }
    }
    double tol = (dbl ? 1e-12 : 2e-6) * (k + 2);
    for (int i = 0; i < c.length; i++) {
      boolean inside = i >= guard && i < c.length - guard && (i - guard) % Math.max(1, cRs) < n * lanes;
      double want = inside ? expect[i] : c[i];
      if (Math.abs(got[i] - want) > tol) {
        return (dbl ? "double" : "float") + " lanes " + lanes + " m=" + m + " n=" + n + " k=" + k
            + " layouts " + aLayout + "/" + bLayout + " batch " + batchKind + " acc " + acc + ": at " + i
            + " got " + got[i] + ", want " + want;
      }
    }
    return null;
  }

  private static float[] toFloat(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return f;
  }

  @Test
  void laneBatchedProductsSingleThreaded() {
    Parallel.setParallelism(1);
    List<String> failures = runLanes(5);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void laneBatchedProductsOnTwoThreads() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runLanes(6);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  @Test
  void laneCountsFollowTheKernels() {
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    assertEquals(k.lane() >= 2, Gemm.lanesSupported(2, false));
    assertEquals(k.lane() >= 8, Gemm.lanesSupported(8, false));
    assertTrue(!Gemm.lanesSupported(3, false) && !Gemm.lanesSupported(1, false));
    assertTrue(!Gemm.lanesSupported(2 * k.lane(), false));
    float[] x = new float[64];
    int[] none = new int[0];
    assertThrows(IllegalArgumentException.class, () -> Gemm.gemmLanes(1, 1, 3, 1, x, 0, 1, 1, 1, x, 0, 1, 1, 1,
        x, 0, 1, none, none, none, none, false));
  }

  /**
   * The term {@code bijh,ijhd->bihd} of seed 003, scaled down: a thin product (M = b) whose innermost batch
   * dimension h lies inside B's rows, which Gemm runs depth block by depth block across h, reading A and B in
   * place. Checked against a naive loop for rows 8 and fewer, several depths (one and
   * several blocks, a partial last one), widths of one to four vectors, accumulation, float and double.
   */
  static List<String> runInterleaved() {
    List<String> failures = new ArrayList<>();
    int lane = Gemm.floatKernels().lane();
    int laneD = Gemm.doubleKernels().lane();
    for (boolean dbl : new boolean[] {false, true}) {
      int l = dbl ? laneD : lane;
      for (int nb : new int[] {3, 8, 5}) {
        for (int d : new int[] {l, 2 * l, 4 * l}) {
          for (int j : new int[] {33, 64, 100, 129, 150}) {
            for (boolean acc : new boolean[] {false, true}) {
              for (boolean hj : new boolean[] {false, true}) {
                String f = checkInterleaved(nb, 3, j, 4, d, acc, dbl, hj);
                if (f != null) {
                  failures.add(f);
                }
              }
            }
          }
        }
      }
    }
    return failures;
  }

  /** {@code hj}: alpha stored {@code bihj} rather than {@code bijh} (A's copy then gathers). */
  private static String checkInterleaved(int nb, int ni, int nj, int nh, int nd, boolean acc, boolean dbl,
      boolean hj) {
    Random r = new Random(nb * 31L + nd * 7L + nj);
    double[] alpha = new double[nb * ni * nj * nh];
    double[] av = new double[ni * nj * nh * nd];
    double[] out = new double[nb * ni * nh * nd];
    for (int x = 0; x < alpha.length; x++) {
      alpha[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < av.length; x++) {
      av[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < out.length; x++) {
      out[x] = r.nextDouble();
    }
    double[] want = out.clone();
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int h = 0; h < nh; h++) {
          for (int d = 0; d < nd; d++) {
            double s = 0;
            for (int j = 0; j < nj; j++) {
              int x = hj ? ((b * ni + i) * nh + h) * nj + j : ((b * ni + i) * nj + j) * nh + h;
              s += alpha[x] * av[((i * nj + j) * nh + h) * nd + d];
            }
            int o = ((b * ni + i) * nh + h) * nd + d;
            want[o] = acc ? want[o] + s : s;
          }
        }
      }
    }
    int[] bs = {ni, nh};
    int[] as = {nj * nh, hj ? nj : 1};
    int aCs = hj ? 1 : nh;
    int[] bbs = {nj * nh * nd, nd};
    int[] cs = {nh * nd, nd};
    double[] got;
    if (dbl) {
      got = out.clone();
      Gemm.gemm(nb, nd, nj, alpha, 0, ni * nj * nh, aCs, av, 0, nh * nd, 1, got, 0, ni * nh * nd, 1,
          bs, as, bbs, cs, acc);
    } else {
      float[] g = toFloat(out);
      Gemm.gemm(nb, nd, nj, toFloat(alpha), 0, ni * nj * nh, aCs, toFloat(av), 0, nh * nd, 1, g, 0,
          ni * nh * nd, 1, bs, as, bbs, cs, acc);
      got = new double[g.length];
      for (int x = 0; x < g.length; x++) {
        got[x] = g[x];
      }
    }
    for (int x = 0; x < want.length; x++) {
      if (Math.abs(got[x] - want[x]) > (dbl ? 1e-12 : 2e-6) * (nj + 2)) {
        return (dbl ? "double" : "float") + " interleaved b=" + nb + " d=" + nd + " j=" + nj + " acc " + acc
            + (hj ? " bihj" : "")
            + ": at " + x + " got " + got[x] + ", want " + want[x];
      }
    }
    return null;
  }

  @Test
  void interleavedBatchInsideBRows() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runInterleaved();
    Parallel.setParallelism(1);
    failures.addAll(runInterleaved());
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  /**
   * Products whose C interleaves its columns with a batch dimension ({@code bihd,bjhd->bijh}: C's column stride
   * is h's size, h's stride 1), which Gemm runs per tile for every h at once and writes out transposed. Checked
   * against a naive loop: h of 1 to 16 (8 is the width of the transposes in registers), rows and columns around
   * the tile edges, depths up to and past one packed panel, h as the inner or the outer batch dimension, and
   * accumulation (which takes the plain path).
   */
  static List<String> runSpread() {
    List<String> failures = new ArrayList<>();
    for (boolean dbl : new boolean[] {false, true}) {
      for (int nh : new int[] {2, 3, 8, 16}) {
        for (int[] mnk : new int[][] {{1, 1, 1}, {8, 32, 64}, {13, 45, 17}, {40, 100, 9}, {9, 16, 300}}) {
          for (boolean hOuter : new boolean[] {false, true}) {
            for (boolean acc : new boolean[] {false, true}) {
              String f = checkSpread(2, nh, mnk[0], mnk[1], mnk[2], hOuter, acc, dbl);
              if (f != null) {
                failures.add(f);
              }
            }
          }
        }
      }
    }
    return failures;
  }

  private static String checkSpread(int nb, int nh, int ni, int nj, int nd, boolean hOuter, boolean acc,
      boolean dbl) {
    Random r = new Random(nb * 31L + nh * 7L + ni * 5L + nj * 3L + nd);
    double[] q = new double[nb * ni * nh * nd];
    double[] kk = new double[nb * nj * nh * nd];
    double[] out = new double[nb * ni * nj * nh];
    for (int x = 0; x < q.length; x++) {
      q[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < kk.length; x++) {
      kk[x] = r.nextDouble() * 2 - 1;
    }
    for (int x = 0; x < out.length; x++) {
      out[x] = r.nextDouble();
    }
    double[] want = out.clone();
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int j = 0; j < nj; j++) {
          for (int h = 0; h < nh; h++) {
            double s = 0;
            for (int d = 0; d < nd; d++) {
              s += q[((b * ni + i) * nh + h) * nd + d] * kk[((b * nj + j) * nh + h) * nd + d];
            }
            int o = ((b * ni + i) * nj + j) * nh + h;
            want[o] = acc ? want[o] + s : s;
          }
        }
      }
    }
    // q: bihd, k: bjhd (read transposed: unit stride along the depth), C: bijh
    int[] bs = hOuter ? new int[] {nh, nb} : new int[] {nb, nh};
    int[] as = hOuter ? new int[] {nd, ni * nh * nd} : new int[] {ni * nh * nd, nd};
    int[] bbs = hOuter ? new int[] {nd, nj * nh * nd} : new int[] {nj * nh * nd, nd};
    int[] cs = hOuter ? new int[] {1, ni * nj * nh} : new int[] {ni * nj * nh, 1};
    double[] got;
    if (dbl) {
      got = out.clone();
      Gemm.gemm(ni, nj, nd, q, 0, nh * nd, 1, kk, 0, 1, nh * nd, got, 0, nj * nh, nh, bs, as, bbs, cs, acc);
    } else {
      float[] g = toFloat(out);
      Gemm.gemm(ni, nj, nd, toFloat(q), 0, nh * nd, 1, toFloat(kk), 0, 1, nh * nd, g, 0, nj * nh, nh,
          bs, as, bbs, cs, acc);
      got = new double[g.length];
      for (int x = 0; x < g.length; x++) {
        got[x] = g[x];
      }
    }
    for (int x = 0; x < want.length; x++) {
      if (Math.abs(got[x] - want[x]) > (dbl ? 1e-12 : 2e-6) * (nd + 2)) {
        return (dbl ? "double" : "float") + " spread h=" + nh + " i=" + ni + " j=" + nj + " d=" + nd
            + (hOuter ? " h outer" : "") + " acc " + acc + ": at " + x + " got " + got[x] + ", want " + want[x];
      }
    }
    return null;
  }

  @Test
  void columnsInterleavedWithABatchDimension() {
    Parallel.setParallelism(2);
    Parallel.setThreshold(0);
    List<String> failures = runSpread();
    Parallel.setParallelism(1);
    failures.addAll(runSpread());
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  /**
   * The packing transposes of the kernels in use (in registers where the JDK and width allow, else the scalar
   * default in groups of 8, 4 and 1 rows) against a plain loop: every mix of those groups, depths around the lane
   * count, contiguous and strided destinations; destination values outside the block must stay untouched.
   */
  static List<String> runTransposes() {
    List<String> failures = new ArrayList<>();
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    Random rnd = new Random(7);
    for (int rows : new int[] {1, 3, 4, 7, 8, 9, 12, 13, 16, 20, 24, 32, 40, 47}) {
      for (int kb : new int[] {0, 1, 2, 3, 4, 5, 8, 15, 16, 17, 31, 33, 64, 70}) {
        for (int extra : new int[] {0, 3, 8, 24}) {
          int ld = rows + extra;
          int rs = kb + rnd.nextInt(5);
          int sOff = rnd.nextInt(4);
          int dOff = rnd.nextInt(4);
          float[] src = new float[sOff + rows * rs + kb];
          double[] srcD = new double[src.length];
          for (int i = 0; i < src.length; i++) {
            src[i] = i + 0.5f;
            srcD[i] = -i - 0.25;
          }
          float[] got = new float[dOff + kb * ld + rows];
          float[] want = new float[got.length];
          double[] gotD = new double[got.length];
          double[] wantD = new double[got.length];
          java.util.Arrays.fill(got, -1f);
          java.util.Arrays.fill(want, -1f);
          java.util.Arrays.fill(gotD, 1.0);
          java.util.Arrays.fill(wantD, 1.0);
          k.transpose(rows, kb, src, sOff, rs, got, dOff, ld);
          kd.transpose(rows, kb, srcD, sOff, rs, gotD, dOff, ld);
          for (int r = 0; r < rows; r++) {
            for (int p = 0; p < kb; p++) {
              want[dOff + p * ld + r] = src[sOff + r * rs + p];
              wantD[dOff + p * ld + r] = srcD[sOff + r * rs + p];
            }
          }
          String where = "rows=" + rows + " kb=" + kb + " ld=" + ld + " rs=" + rs;
          for (int x = 0; x < got.length; x++) {
            if (got[x] != want[x]) {
              failures.add("float transpose " + where + ": at " + x + " got " + got[x] + ", want " + want[x]);
              break;
            }
            if (gotD[x] != wantD[x]) {
              failures.add("double transpose " + where + ": at " + x + " got " + gotD[x] + ", want " + wantD[x]);
              break;
            }
          }
        }
      }
    }
    return failures;
  }

  @Test
  void packingTransposesMatchAPlainLoop() {
    List<String> failures = runTransposes();
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures);
  }

  /**
   * The micro-kernels and packing transposes, once C2 has compiled them, allocate nothing: a vector that C2
   * cannot keep in a register is boxed on the heap (when a kernel grows past C2's inlining budget, say), which
   * costs far more than the arithmetic. Each kernel runs in batches of calls until a batch allocates nothing, or
   * fails after 400 batches. Only the Vector API kernels are checked.
   */
  static List<String> runAllocationFree() {
    List<String> failures = new ArrayList<>();
    GemmKernelsFloat k = Gemm.floatKernels();
    GemmKernelsDouble kd = Gemm.doubleKernels();
    if (!(java.lang.management.ManagementFactory.getThreadMXBean()
        instanceof com.sun.management.ThreadMXBean mx) || k instanceof GemmScalarFloat) {
      return failures;
    }
    int kc = 64;
    int nr = k.nr();
    int nrD = kd.nr();
    float[] a = new float[kc * 8 * 16 + 4096];
    float[] b = new float[kc * 512 + 2048];
    float[] c = new float[8 * 1024];
    double[] ad = new double[a.length];
    double[] bd = new double[b.length];
    double[] cd = new double[c.length];
    java.util.Map<String, java.util.function.IntConsumer> kernels = new java.util.LinkedHashMap<>();
    for (int w : new int[] {nr, k.lane()}) {
      kernels.put("kernelF w=" + w, x -> k.kernel(kc, a, 0, b, 0, w, c, 0, 1024, (x & 1) == 0));
      kernels.put("kernelDirectF w=" + w, x -> k.kernelDirect(kc, a, 0, 512, 1, 8, b, 0, w, 512, c, 0, 1024,
          (x & 1) == 0));
      kernels.put("kernelLanesF w=" + w, x -> k.kernelLanes(kc, a, 0, b, 0, w, c, 0, 1024, (x & 1) == 0));
    }
    for (int w : new int[] {nrD, kd.lane()}) {
      kernels.put("kernelD w=" + w, x -> kd.kernel(kc, ad, 0, bd, 0, w, cd, 0, 1024, (x & 1) == 0));
      kernels.put("kernelDirectD w=" + w, x -> kd.kernelDirect(kc, ad, 0, 512, 1, 8, bd, 0, w, 512, cd, 0, 1024,
          (x & 1) == 0));
      kernels.put("kernelLanesD w=" + w, x -> kd.kernelLanes(kc, ad, 0, bd, 0, w, cd, 0, 1024, (x & 1) == 0));
    }
    // the packing transposes, in registers from JDK 25 on: a boxed network would show here
    float[] t = new float[64 * 64];
    double[] td = new double[t.length];
    for (int rows : new int[] {8, 32}) {
      kernels.put("transposeF rows=" + rows, x -> k.transpose(rows, 64, b, 0, 512, t, 0, rows + (x & 1) * 8));
      kernels.put("transposeD rows=" + rows, x -> kd.transpose(rows, 64, bd, 0, 512, td, 0, rows + (x & 1) * 8));
    }
    kernels.forEach((name, call) -> {
      long least = Long.MAX_VALUE;
      for (int batch = 0; batch < 400 && least > 0; batch++) {
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int x = 0; x < 1000; x++) {
          call.accept(x);
        }
        least = Math.min(least, mx.getCurrentThreadAllocatedBytes() - before);
      }
      if (least > 0) {
        failures.add(name + " still allocates " + least + " bytes per 1000 calls once compiled");
      }
    });
    return failures;
  }

  @Test
  void compiledKernelsAllocateNothing() {
    List<String> failures = runAllocationFree();
    assertTrue(failures.isEmpty(), failures.toString());
  }

  /** Every vector width, each in a JVM of its own: the species is a constant chosen at class init. */
  @ParameterizedTest
  @ValueSource(strings = {"128", "256", "512", "0"})
  void forcedWidthInItsOwnJvm(String bits) throws IOException, InterruptedException {
    runChild(List.of("--add-modules", "jdk.incubator.vector", "-Deinsum4j.vectorBits=" + bits),
        "0".equals(bits) ? "GemmScalar" : "GemmVector");
  }

  /** Without the incubator module nothing fails to load: the scalar twin takes over. */
  @Test
  void scalarWhenTheModuleIsAbsent() throws IOException, InterruptedException {
    runChild(List.of(), "GemmScalar");
  }

  private static void runChild(List<String> jvmArgs, String kernels)
      throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), GemmTest.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    assertEquals(0, code, out);
    assertTrue(out.contains("ok " + kernels), out);
  }

  /**
   * The forked half of {@link #forcedWidthInItsOwnJvm}: runs every case with the width this JVM was
   * started with, prints the failures and exits non-zero if there are any.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parallel.setParallelism(2);
    Parallel.setThreshold(1e5);
    List<String> failures = runAll(99);
    failures.addAll(runLanes(98));
    failures.addAll(runInterleaved());
    failures.addAll(runTransposes());
    failures.addAll(runSpread());
    failures.addAll(runAllocationFree());
    if (!failures.isEmpty()) {
      failures.stream().limit(20).forEach(System.out::println);
      System.exit(1);
    }
    System.out.println("ok " + Gemm.kernelsName() + " lanes " + Gemm.floatKernels().lane());
  }
}
