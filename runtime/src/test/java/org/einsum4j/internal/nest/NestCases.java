/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.nest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.Contraction;
import org.einsum4j.internal.NestStep;
import org.einsum4j.internal.gemm.Parallel;

/**
 * The nest engine's differential cases: specs of every shape the engine runs (elementwise, broadcast, three
 * and four operands, outer and Khatri-Rao products, reductions over inner, middle and outer axes, diagonals,
 * traces, {@code ...}, 0-d operands), at sizes around every vector width and chunk, with operands contiguous,
 * transposed in memory, strided (every other element) and expanded (stride 0), into contiguous and strided
 * outputs whose padding must stay untouched; each result compared with the reference interpreter, in float and
 * double, on one thread and on two with a threshold low enough to split every call.
 */
final class NestCases {
  private NestCases() {}

  /** Spec and label sizes, e.g. {@code {"bsh,h->bsh", "b=3 s=5 h=17"}}. */
  static final String[][] CASES = {
      {"ij,ij->ij", "i=7 j=33"},
      {"ij,ij->ij", "i=1 j=1"},
      {"i,i->i", "i=1031"},
      {"bsh,h->bsh", "b=3 s=5 h=17"},
      {"bsh,h->bsh", "b=2 s=3 h=64"},
      {"ij,ij,ij->ij", "i=9 j=65"},
      {"ij,ij,ij,ij->ij", "i=3 j=70"},
      {"ij,ij,ij,ij,ij->ji", "i=5 j=31"},
      {"i,j->ij", "i=13 j=47"},
      {"ir,jr->ijr", "i=5 j=6 r=19"},
      {"ir,jr->ijr", "i=4 j=3 r=1"},
      {"ijk->ik", "i=5 j=130 k=33"},
      {"ijk->ik", "i=3 j=7 k=1"},
      {"ijk->j", "i=6 j=9 k=37"},
      {"ij->j", "i=200 j=70"},
      {"ij->i", "i=9 j=2100"},
      {"ij->", "i=17 j=300"},
      {"i,i->", "i=4099"},
      {"i,j->", "i=33 j=65"},
      {"bi,bi->b", "b=11 i=129"},
      {"bhd,bhd->bh", "b=3 h=4 d=63"},
      {"bij,bij->b", "b=3 i=17 j=9"},
      {"ii->", "i=37"},
      {"ii->i", "i=70"},
      {"iij->ij", "i=9 j=35"},
      {"bii,bi->bi", "b=4 i=21"},
      {"ij,jk,ki->ijk", "i=4 j=5 k=33"},
      {"ij,j->ij", "i=17 j=0"},
      {"ij->i", "i=5 j=0"},
      {"ij,ij->", "i=0 j=9"},
      {"...i,...i->...", "i=35 .=3x4"},
      {"...ij,...j->...ij", "i=3 j=20 .=2x5"},
      {",ij->ij", "i=4 j=9"},
      {"i,->", "i=100"},
      {",->", ""},
      {"ijkl,ijkl->il", "i=3 j=4 k=5 l=19"},
      {"ij,ij->ji", "i=40 j=33"},
      {"bnd,bn->bd", "b=3 n=150 d=70"},
      {"ij,jk->i", "i=20 j=30 k=40"},
      {"abc,cd->ad", "a=3 b=50 c=7 d=9"},
      {"ij,jk,kl->", "i=9 j=8 k=7 l=6"},
      {"...ij,...j->...", "i=40 j=17 .=2x3"},
      {"i,i->", "i=70001"},
      {"ij->", "i=300 j=401"},
      {"ij->i", "i=3 j=30001"},
      {"ijk,jk->i", "i=2 j=300 k=300"},
      {"ij,i->j", "i=200 j=130"},
      {"ijk,jk->i", "i=3 j=70 k=9"},
      {"aijk,ak->aj", "a=2 i=3 j=19 k=100"},
      // long lines whose steps are adjacent in memory (streamed whole), with tails at every width
      {"ijk->ik", "i=3 j=70 k=200"},
      {"bnd,bnd->bd", "b=2 n=100 d=131"},
      {"bnd,bn->bd", "b=2 n=90 d=257"},
      {"ijk,j->k", "i=30 j=5 k=200"},
      {"ijk,ijk,j->ik", "i=2 j=3 k=150"},
      // few output lines with long sums: split along the first reduced dimension, innermost or not
      {"ij->j", "i=1100 j=70"},
      {"ij->j", "i=301 j=259"},
      {"ijk->k", "i=9 j=130 k=67"},
      {"bij->bj", "b=2 i=700 j=45"},
      {"bijk,j->bk", "b=2 i=5 j=64 k=300"},
      {"ij,i->j", "i=2000 j=40"},
  };

  /** Operand layouts: contiguous, reversed axes in memory, every other element, and expanded from size 1. */
  enum Form { CONTIGUOUS, TRANSPOSED, STRIDED, EXPANDED }

  /** Runs every case in every form and thread count; returns the failures. */
  static List<String> runAll(long seed) {
    List<String> failures = new ArrayList<>();
    Random rnd = new Random(seed);
    int threads = Parallel.parallelism();
    try {
      for (String[] c : CASES) {
        for (Form form : Form.values()) {
          for (int t = 1; t <= 2; t++) {
            Parallel.setParallelism(t);
            Parallel.setThreshold(t == 1 ? 4e6 : 1);
            for (boolean strideOut : new boolean[] {false, true}) {
              String f = check(c[0], sizes(c[0], c[1]), form, strideOut, rnd);
              if (f != null) {
                failures.add(c[0] + " " + c[1] + " " + form + " threads=" + t + " stridedOut=" + strideOut + ": " + f);
              }
            }
          }
        }
      }
    } finally {
      Parallel.setParallelism(threads);
      Parallel.resetThreshold();
    }
    return failures;
  }

  /** The shape of each operand of {@code spec} for the sizes given as {@code "i=3 j=4 .=2x5"}. */
  static int[][] sizes(String spec, String text) {
    java.util.Map<Character, Integer> size = new java.util.HashMap<>();
    int[] ell = new int[0];
    for (String kv : text.trim().isEmpty() ? new String[0] : text.trim().split(" ")) {
      String[] p = kv.split("=");
      if (p[0].equals(".")) {
        ell = Arrays.stream(p[1].split("x")).mapToInt(Integer::parseInt).toArray();
      } else {
        size.put(p[0].charAt(0), Integer.parseInt(p[1]));
      }
    }
    String[] terms = spec.split("->")[0].split(",", -1);
    int[][] shapes = new int[terms.length][];
    for (int k = 0; k < terms.length; k++) {
      String t = terms[k].replace("...", ".");
      List<Integer> s = new ArrayList<>();
      for (char ch : t.toCharArray()) {
        if (ch == '.') {
          for (int e : ell) {
            s.add(e);
          }
        } else {
          s.add(size.get(ch));
        }
      }
      shapes[k] = s.stream().mapToInt(Integer::intValue).toArray();
    }
    return shapes;
  }

  /** Builds an operand of the shape in the given form, filled with values in [-1, 1). */
  static FloatTensor operand(int[] shape, Form form, Random rnd) {
    int rank = shape.length;
    FloatTensor t;
    switch (form) {
      case TRANSPOSED: {
        int[] rev = new int[rank];
        int[] perm = new int[rank];
        for (int a = 0; a < rank; a++) {
          rev[a] = shape[rank - 1 - a];
          perm[a] = rank - 1 - a;
        }
        t = FloatTensor.zeros(rev).permute(perm);
        break;
      }
      case STRIDED: {
        int[] strides = new int[rank];
        int s = 2;
        for (int a = rank - 1; a >= 0; a--) {
          strides[a] = s;
          s *= Math.max(shape[a], 1);
        }
        t = FloatTensor.ofStrided(new float[Math.max(s, 1) + 3], 3, shape, strides);
        break;
      }
      case EXPANDED: {
        // the first axis of size > 1 is expanded from size 1 (stride 0)
        int[] one = shape.clone();
        int axis = -1;
        for (int a = 0; a < rank && axis < 0; a++) {
          if (shape[a] > 1) {
            axis = a;
          }
        }
        if (axis < 0) {
          return operand(shape, Form.CONTIGUOUS, rnd);
        }
        one[axis] = 1;
        FloatTensor small = operand(one, Form.CONTIGUOUS, rnd);
        return small.expand(shape);
      }
      default:
        t = FloatTensor.zeros(shape);
    }
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextFloat() * 2 - 1;
    }
    return t;
  }

  /** Runs one case through the engine, in float and double; returns a failure, or null. */
  static String check(String spec, int[][] shapes, Form form, boolean stridedOut, Random rnd) {
    FloatTensor[] ops = new FloatTensor[shapes.length];
    for (int k = 0; k < shapes.length; k++) {
      ops[k] = operand(shapes[k], form, rnd);
    }
    FloatTensor want = Einsums.evaluate(spec, ops);
    Contraction c = Contraction.of(spec);
    java.util.function.Function<Integer, org.einsum4j.internal.layout.Layout> layout = k -> ops[k].layout();
    org.einsum4j.internal.layout.Layout[] layouts = new org.einsum4j.internal.layout.Layout[ops.length];
    float[][] arrays = new float[ops.length][];
    for (int k = 0; k < ops.length; k++) {
      layouts[k] = layout.apply(k);
      arrays[k] = ops[k].array();
    }
    Contraction.Binding bd = c.bind(layouts);
    int[] shape = bd.outputShape();
    FloatTensor out = output(shape, stridedOut);
    bd.bindOutput(out.layout());
    NestStep.run(bd, arrays, out.array());
    String f = compare(want.toArray(), toDoubles(out.toArray()), spec, ops);
    if (f != null) {
      return "float: " + f;
    }
    if (!padIntact(out.array(), out)) {
      return "float: wrote outside the output";
    }
    DoubleTensor[] dops = new DoubleTensor[ops.length];
    double[][] darrays = new double[ops.length][];
    for (int k = 0; k < ops.length; k++) {
      // the same strides over a double array of the same length
      float[] src = ops[k].array();
      double[] d = new double[src.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = src[i];
      }
      dops[k] = DoubleTensor.ofStrided(d, ops[k].offset(), ops[k].shape(), ops[k].strides());
      darrays[k] = d;
    }
    DoubleTensor dwant = Einsums.evaluate(spec, dops);
    Contraction.Binding dbd = c.bind(layouts);
    FloatTensor shapeTwin = output(shape, stridedOut);
    double[] dout = new double[shapeTwin.array().length];
    Arrays.fill(dout, SENTINEL);
    DoubleTensor dt = DoubleTensor.ofStrided(dout, shapeTwin.offset(), shape, shapeTwin.strides());
    dbd.bindOutput(dt.layout());
    NestStep.run(dbd, darrays, dout);
    f = compare(toFloats(dwant.toArray()), dt.toArray(), spec, ops);
    return f == null ? null : "double: " + f;
  }

  static final float SENTINEL = -12345;

  /** A zeroed output of the shape: contiguous, or every other element of a sentinel-filled array. */
  private static FloatTensor output(int[] shape, boolean strided) {
    int rank = shape.length;
    int[] strides = new int[rank];
    int s = strided ? 2 : 1;
    for (int a = rank - 1; a >= 0; a--) {
      strides[a] = s;
      s *= Math.max(shape[a], 1);
    }
    float[] arr = new float[s + 1];
    Arrays.fill(arr, SENTINEL);
    FloatTensor t = FloatTensor.ofStrided(arr, 1, shape, strides);
    return t;
  }

  /** Whether every element of {@code arr} outside the tensor's own elements still holds the sentinel. */
  private static boolean padIntact(float[] arr, FloatTensor t) {
    boolean[] own = new boolean[arr.length];
    int n = t.size();
    int[] shape = t.shape();
    int[] idx = new int[shape.length];
    for (int e = 0; e < n; e++) {
      int o = t.offset();
      for (int a = 0; a < shape.length; a++) {
        o += idx[a] * t.stride(a);
      }
      own[o] = true;
      for (int a = shape.length - 1; a >= 0; a--) {
        if (++idx[a] < shape[a]) {
          break;
        }
        idx[a] = 0;
      }
    }
    for (int i = 0; i < arr.length; i++) {
      if (!own[i] && arr[i] != SENTINEL) {
        return false;
      }
    }
    return true;
  }

  private static double[] toDoubles(float[] a) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i];
    }
    return d;
  }

  private static float[] toFloats(double[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }

  /** Compares within float rounding of sums of products of values at most 1 in magnitude. */
  private static String compare(float[] want, double[] got, String spec, FloatTensor[] ops) {
    if (want.length != got.length) {
      return "length " + got.length + ", want " + want.length;
    }
    long terms = 1;
    for (FloatTensor t : ops) {
      terms = Math.max(terms, t.size());
    }
    double tol = 1e-5 * Math.max(1, Math.sqrt(terms)) + 1e-6;
    for (int i = 0; i < want.length; i++) {
      if (!(Math.abs(want[i] - got[i]) <= tol * Math.max(1, Math.abs(want[i])))) {
        return "element " + i + ": " + got[i] + ", want " + want[i];
      }
    }
    return null;
  }
}
