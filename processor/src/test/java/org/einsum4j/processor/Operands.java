/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.einsum4j.DoubleTensor;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.spec.Spec;

/**
 * Makes random operands for a spec: label sizes drawn from the edge sizes, ellipsis dimensions that broadcast,
 * and each operand in one of several layouts (contiguous, axes stored in reverse order, stride-0 expanded,
 * padded with an offset and gaps, size-1 broadcast).
 */
final class Operands {
  /** The sizes the differential tests hit. */
  static final int[] EDGE_SIZES = {1, 2, 3, 7, 16, 17, 33};

  enum Layout { CONTIGUOUS, REVERSED, EXPANDED, PADDED, BROADCAST }

  final Spec spec;
  final Map<Character, Integer> sizes = new HashMap<>();
  final int[] ellipsis;
  final Layout[] layouts;
  final DoubleTensor[] doubles;
  final FloatTensor[] floats;

  /**
   * Draws sizes and layouts.
   *
   * @param spec the spec
   * @param rnd the random source
   * @param maxWork an upper bound on the product of all sizes (the interpreter's work)
   * @param allowZero whether a label may get size 0
   */
  Operands(Spec spec, Random rnd, long maxWork, boolean allowZero) {
    this.spec = spec;
    int eRank = spec.anyOperandEllipsis() ? rnd.nextInt(3) : 0;
    ellipsis = new int[eRank];
    long work;
    do {
      work = 1;
      for (char c : spec.labels().toCharArray()) {
        int s = EDGE_SIZES[rnd.nextInt(EDGE_SIZES.length)];
        sizes.put(c, s);
        work *= s;
      }
      for (int g = 0; g < eRank; g++) {
        ellipsis[g] = EDGE_SIZES[rnd.nextInt(4)];
        work *= ellipsis[g];
      }
    } while (work > maxWork);
    if (allowZero && spec.labelCount() > 0 && rnd.nextInt(8) == 0) {
      sizes.put(spec.labels().charAt(rnd.nextInt(spec.labelCount())), 0);
    }
    int n = spec.operandCount();
    layouts = new Layout[n];
    doubles = new DoubleTensor[n];
    floats = new FloatTensor[n];
    for (int k = 0; k < n; k++) {
      layouts[k] = Layout.values()[rnd.nextInt(Layout.values().length)];
      int[] shape = shape(spec.operand(k), rnd, layouts[k] == Layout.BROADCAST);
      doubles[k] = make(shape, layouts[k], rnd);
      floats[k] = sameLayout(doubles[k]);
    }
  }

  private int[] shape(Spec.Term t, Random rnd, boolean broadcast) {
    String ls = t.labels();
    int eLen = t.hasEllipsis() ? rnd.nextInt(ellipsis.length + 1) : 0;
    List<Integer> shape = new ArrayList<>();
    Map<Character, Integer> own = new HashMap<>();
    for (int p = 0; p <= ls.length(); p++) {
      if (p == t.ellipsisAt()) {
        for (int j = 0; j < eLen; j++) {
          int g = ellipsis.length - eLen + j;
          shape.add(broadcast && rnd.nextBoolean() ? 1 : ellipsis[g]);
        }
      }
      if (p < ls.length()) {
        char c = ls.charAt(p);
        Integer s = own.get(c);
        if (s == null) {
          s = broadcast && rnd.nextInt(3) == 0 && sizes.get(c) != 0 ? 1 : sizes.get(c);
          own.put(c, s);
        }
        shape.add(s);
      }
    }
    return shape.stream().mapToInt(Integer::intValue).toArray();
  }

  private static DoubleTensor make(int[] shape, Layout layout, Random rnd) {
    int rank = shape.length;
    switch (layout) {
      case REVERSED: {
        int[] rev = new int[rank];
        int[] perm = new int[rank];
        for (int a = 0; a < rank; a++) {
          rev[a] = shape[rank - 1 - a];
          perm[a] = rank - 1 - a;
        }
        return fill(DoubleTensor.zeros(rev), rnd).permute(perm);
      }
      case EXPANDED: {
        int[] small = shape.clone();
        int a = rank == 0 ? -1 : rnd.nextInt(rank);
        if (a >= 0) {
          small[a] = Math.min(1, shape[a]);
        }
        return fill(DoubleTensor.zeros(small), rnd).expand(shape);
      }
      case PADDED: {
        int[] strides = new int[rank];
        int s = 1 + rnd.nextInt(2);
        for (int a = rank - 1; a >= 0; a--) {
          strides[a] = s;
          s = s * Math.max(shape[a], 1) + rnd.nextInt(3);
        }
        int offset = rnd.nextInt(4);
        double[] data = new double[offset + s + 2];
        for (int i = 0; i < data.length; i++) {
          data[i] = rnd.nextDouble() * 2 - 1;
        }
        return DoubleTensor.ofStrided(data, offset, shape, strides);
      }
      default:
        return fill(DoubleTensor.zeros(shape), rnd);
    }
  }

  private static DoubleTensor fill(DoubleTensor t, Random rnd) {
    double[] d = t.array();
    for (int i = 0; i < d.length; i++) {
      d[i] = rnd.nextDouble() * 2 - 1;
    }
    return t;
  }

  /** A float tensor with the same backing layout as a double one (values rounded to float). */
  static FloatTensor sameLayout(DoubleTensor d) {
    double[] src = d.array();
    float[] data = new float[src.length];
    for (int i = 0; i < src.length; i++) {
      data[i] = (float) src[i];
    }
    return FloatTensor.ofStrided(data, d.offset(), d.shape(), d.strides());
  }

  /** The product of the sizes of the labels that are summed over (at least 1). */
  long reductionLength() {
    long r = 1;
    for (char c : spec.labels().toCharArray()) {
      if (!spec.isFree(c)) {
        r *= Math.max(1, sizes.get(c));
      }
    }
    return r;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(spec.text()).append(" sizes=").append(sizes)
        .append(" ...=").append(Arrays.toString(ellipsis));
    for (int k = 0; k < doubles.length; k++) {
      sb.append(" op").append(k).append('=').append(Arrays.toString(doubles[k].shape())).append(layouts[k]);
    }
    return sb.toString();
  }
}
