/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Einsums#evaluate} against NumPy: every expected result below is what {@code numpy.einsum} (2.4)
 * returned for the same spec and inputs. Inputs are small integers, so every result is exact in both
 * {@code float} and {@code double}.
 */
class EinsumsEvaluateTest {

  /** One case: the spec, NumPy's result shape and elements (row-major), and the operands. */
  private record Case(String spec, int[] shape, double[] expected, Src... operands) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("\"" + spec + "\"");
      for (Src s : operands) {
        sb.append(' ').append(s);
      }
      return sb.toString();
    }
  }

  private static Case c(String spec, int[] shape, double[] expected, Src... operands) {
    return new Case(spec, shape, expected, operands);
  }

  private static int[] shape(int... shape) {
    return shape;
  }

  private static Src src(double[] data, int... shape) {
    return new Src(data, 0, shape, null);
  }

  private static Src strided(double[] data, int offset, int[] shape, int[] strides) {
    return new Src(data, offset, shape, strides);
  }

  /**
   * How to build an operand: a backing array, contiguous or strided, then views. Builds the same tensor as
   * floats or doubles, on a fresh copy of the array each time.
   */
  private static final class Src {
    private final double[] data;
    private final int offset;
    private final int[] shape;
    private final int[] strides;
    private final List<int[]> views = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Src(double[] data, int offset, int[] shape, int[] strides) {
      this.data = data;
      this.offset = offset;
      this.shape = shape;
      this.strides = strides;
      text.append(Arrays.toString(shape));
      if (strides != null) {
        text.append("@").append(offset).append(Arrays.toString(strides));
      }
    }

    Src t(int a, int b) {
      views.add(new int[] {0, a, b});
      text.append(".t(").append(a).append(',').append(b).append(')');
      return this;
    }

    Src perm(int... axes) {
      views.add(prepend(1, axes));
      text.append(".perm").append(Arrays.toString(axes));
      return this;
    }

    Src expand(int... shape) {
      views.add(prepend(2, shape));
      text.append(".expand").append(Arrays.toString(shape));
      return this;
    }

    private static int[] prepend(int kind, int[] args) {
      int[] r = new int[args.length + 1];
      r[0] = kind;
      System.arraycopy(args, 0, r, 1, args.length);
      return r;
    }

    DoubleTensor doubles() {
      double[] d = data.clone();
      DoubleTensor t = strides == null ? DoubleTensor.of(d, shape) : DoubleTensor.ofStrided(d, offset, shape, strides);
      for (int[] v : views) {
        int[] args = Arrays.copyOfRange(v, 1, v.length);
        t = v[0] == 0 ? t.transpose(args[0], args[1]) : v[0] == 1 ? t.permute(args) : t.expand(args);
      }
      return t;
    }

    FloatTensor floats() {
      float[] f = new float[data.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = (float) data[i];
      }
      FloatTensor t = strides == null ? FloatTensor.of(f, shape) : FloatTensor.ofStrided(f, offset, shape, strides);
      for (int[] v : views) {
        int[] args = Arrays.copyOfRange(v, 1, v.length);
        t = v[0] == 0 ? t.transpose(args[0], args[1]) : v[0] == 1 ? t.permute(args) : t.expand(args);
      }
      return t;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("ij", shape(2, 3), new double[] {4, 2, 2, 4, 1, 3},
            src(new double[] {4, 2, 2, 4, 1, 3}, 2, 3)),
        c("ij->ji", shape(3, 2), new double[] {3, -1, -2, -1, -3, 3},
            src(new double[] {3, -2, -3, -1, -1, 3}, 2, 3)),
        c("ji", shape(3, 2), new double[] {4, 3, -3, -2, 0, 3},
            src(new double[] {4, -3, 0, 3, -2, 3}, 2, 3)),
        c("ij->", shape(), new double[] {-3},
            src(new double[] {-3, 0, 3, -1, -1, -1}, 2, 3)),
        c("ij->i", shape(2), new double[] {5, 1},
            src(new double[] {2, -1, 4, 0, 0, 1}, 2, 3)),
        c("ij->j", shape(3), new double[] {5, 4, 4},
            src(new double[] {1, 1, 1, 4, 3, 3}, 2, 3)),
        c("i->", shape(), new double[] {6},
            src(new double[] {2, 1, -1, 4}, 4)),
        c("i", shape(4), new double[] {0, -2, 3, -2},
            src(new double[] {0, -2, 3, -2}, 4)),
        c("ii", shape(), new double[] {7},
            src(new double[] {3, 1, -3, -3, 0, -3, -2, 1, 4}, 3, 3)),
        c("ii->i", shape(3), new double[] {0, 2, 0},
            src(new double[] {0, 3, 4, 3, 2, 0, 1, -1, 0}, 3, 3)),
        c("iij->j", shape(3), new double[] {-2, 0, 3},
            src(new double[] {0, -2, 4, -3, -3, -2, 4, 2, 4, -2, 2, -1}, 2, 2, 3)),
        c("iij", shape(3), new double[] {4, -5, 2},
            src(new double[] {0, -3, 1, 3, 2, -2, 1, -1, 4, 4, -2, 1}, 2, 2, 3)),
        c("aabcb->ac", shape(2, 2), new double[] {3, 5, 0, 3},
            src(new double[] {4, 3, 2, 2, -3, 2, 0, -3, -2, 1, 2, 1, 1, 3, 2, -1, 2, 1, -3, -3, 2, 0, 1, -1, -2, -2, 0,
                3, 0, 0, 1, 4, 0, 1, 0, 1, 0, 2, 1, 2, 4, -2, 1, 0, -1, -2, -3, 0, 3, -3, 0, 4, 4, -2, -3, 2, -3, -1,
                0, 3, -3, 2, 1, -2, 3, 3, 0, 4, 1, 4, 4, 1}, 2, 2, 3, 2, 3)),
        c("aabcb->ca", shape(2, 2), new double[] {1, -2, -2, 2},
            src(new double[] {-1, -2, 1, -2, 3, 4, -2, 1, -3, -2, 0, 4, 4, 2, 1, 1, -3, 0, 4, 0, -2, -2, 2, -3, 4, 4,
                1, 0, 3, 1, 0, -1, 0, 3, -3, -3, 2, -1, 3, -3, 4, -3, 0, 4, -3, 2, 2, 0, -3, 1, 0, 3, 2, -1, -3, 1, -1,
                2, 3, -1, 4, 1, 1, 3, 3, 4, 4, -2, 0, 4, -1, -3}, 2, 2, 3, 2, 3)),
        c("iii->i", shape(2), new double[] {1, 0},
            src(new double[] {1, 3, 2, 3, 2, -2, 3, 0}, 2, 2, 2)),
        c("iji->ij", shape(2, 3), new double[] {3, 4, 3, 3, 1, 2},
            src(new double[] {3, 3, 4, -3, 3, 2, 0, 3, 4, 1, -3, 2}, 2, 3, 2)),
        c("ijij->ij", shape(2, 3), new double[] {-2, -2, 4, 0, 4, 0},
            src(new double[] {-2, -2, -2, -2, 4, -1, -3, -2, 0, -1, -1, 4, 3, 1, 4, -1, -2, -1, -3, 4, -2, 0, -2, 4,
                -2, 1, 4, 1, 4, 4, 3, 2, 1, 1, 3, 0}, 2, 3, 2, 3)),
        c("i,i", shape(), new double[] {27},
            src(new double[] {4, 4, -1, 0}, 4),
            src(new double[] {2, 4, -3, -3}, 4)),
        c("i,i->i", shape(4), new double[] {-2, 0, -4, -1},
            src(new double[] {-2, 0, -2, 1}, 4),
            src(new double[] {1, 4, 2, -1}, 4)),
        c("i,j", shape(2, 3), new double[] {6, 6, -3, 6, 6, -3},
            src(new double[] {3, 3}, 2),
            src(new double[] {2, 2, -1}, 3)),
        c("i,j->ji", shape(3, 2), new double[] {4, -4, 8, -8, 8, -8},
            src(new double[] {2, -2}, 2),
            src(new double[] {2, 4, 4}, 3)),
        c("i,j,k->ijk", shape(2, 3, 2), new double[] {2, 2, 0, 0, 4, 4, 2, 2, 0, 0, 4, 4},
            src(new double[] {-1, -1}, 2),
            src(new double[] {1, 0, 2}, 3),
            src(new double[] {-2, -2}, 2)),
        c("ij,jk", shape(2, 2), new double[] {-11, -11, -12, 19},
            src(new double[] {-3, 0, -2, -1, 4, 3}, 2, 3),
            src(new double[] {3, 1, -3, 2, 1, 4}, 3, 2)),
        c("ij,jk->ik", shape(2, 4), new double[] {2, 1, -6, 2, 0, -4, 4, 0},
            src(new double[] {0, -2, 1, 0, 2, 0}, 2, 3),
            src(new double[] {-1, -2, 4, 3, 0, -2, 2, 0, 2, -3, -2, 2}, 3, 4)),
        c("ij,kj->ik", shape(2, 4), new double[] {-1, -15, -8, 2, 7, -10, 0, 14},
            src(new double[] {-3, 2, 0, -3, 3, 2}, 2, 3),
            src(new double[] {3, 4, 2, 3, -3, 4, 4, 2, 3, 2, 4, 4}, 4, 3)),
        c("ij,jk->ki", shape(4, 2), new double[] {-14, 10, 22, -14, -5, 7, 3, -7},
            src(new double[] {1, 3, 4, -1, -3, -2}, 2, 3),
            src(new double[] {-3, 0, -3, -1, -1, 2, -2, 4, -2, 4, 1, -2}, 3, 4)),
        c("ij,i->j", shape(2), new double[] {-3, 16},
            src(new double[] {-3, -1, 1, -3, -2, -3}, 3, 2),
            src(new double[] {2, -3, -3}, 3)),
        c("ij,ij->", shape(), new double[] {0},
            src(new double[] {0, -1, 1, 4, 3, 1}, 2, 3),
            src(new double[] {2, 3, 0, 2, -2, 1}, 2, 3)),
        c("ji,ij->", shape(), new double[] {0},
            src(new double[] {-2, -2, 3, 1, 0, -3}, 3, 2),
            src(new double[] {-2, 3, 0, 4, 4, 3}, 2, 3)),
        c("bij,bjk->bik", shape(2, 2, 2), new double[] {-3, -3, 7, 7, -10, -9, 1, 2},
            src(new double[] {-3, -3, 1, -1, 3, -1, -2, -3, -1, 2, -2, 3}, 2, 2, 3),
            src(new double[] {-1, -1, 2, 3, 0, 3, -1, -2, 3, 3, 3, 4}, 2, 3, 2)),
        c("bij,bjk", shape(2, 2), new double[] {-11, 9, 2, 17},
            src(new double[] {0, -2, 1, 1, 0, 2, -1, 1, 3, -3, 0, 2}, 2, 2, 3),
            src(new double[] {-3, 2, 4, 3, 2, 3, -1, -1, -3, 2, -1, 3}, 2, 3, 2)),
        c("bhqd,bhkd->bhqk", shape(1, 2, 2, 2), new double[] {8, -6, -20, 5, 8, -4, -4, -9},
            src(new double[] {0, 4, -2, -2, -1, -3, 0, 2, 2, -2, -2, 1}, 1, 2, 2, 3),
            src(new double[] {2, 4, 4, 0, -2, -1, 4, 0, 4, 2, 1, -3}, 1, 2, 2, 3)),
        c("ij,jk,kl->il", shape(2, 2), new double[] {-2, -1, -8, 8},
            src(new double[] {1, 0, 3, -2, -2, 2}, 2, 3),
            src(new double[] {2, 3, 1, 0, -1, -1}, 3, 2),
            src(new double[] {2, 1, -1, -2}, 2, 2)),
        c("bi,ij,bj->b", shape(2), new double[] {6, -28},
            src(new double[] {2, -2, -2, -1, 3, 0}, 2, 3),
            src(new double[] {1, -3, -1, 3, 3, 1}, 3, 2),
            src(new double[] {4, -1, -2, -3}, 2, 2)),
        c("i,i,i->", shape(), new double[] {-10},
            src(new double[] {-2, 3, 4}, 3),
            src(new double[] {-2, 1, -2}, 3),
            src(new double[] {3, -2, 2}, 3)),
        c("i,i,i", shape(), new double[] {36},
            src(new double[] {-3, 2, 4}, 3),
            src(new double[] {2, -1, 3}, 3),
            src(new double[] {-1, 3, 3}, 3)),
        c("Ab,bC->AC", shape(2, 2), new double[] {0, 6, -5, -8},
            src(new double[] {0, 1, 3, -2, -3, 0}, 2, 3),
            src(new double[] {-2, 4, 3, 0, -1, 2}, 3, 2)),
        c("aB", shape(3, 2), new double[] {0, 2, -3, -3, 2, 3},
            src(new double[] {0, -3, 2, 2, -3, 3}, 2, 3)),
        c("Ba", shape(2, 3), new double[] {1, 3, 3, 2, -1, -1},
            src(new double[] {1, 3, 3, 2, -1, -1}, 2, 3)),
        c("aB,Ba", shape(), new double[] {2},
            src(new double[] {2, -3, -2, 1, 4, 3}, 2, 3),
            src(new double[] {3, -2, -1, -1, 2, 1}, 3, 2)),
        c(" i j , j k -> i k ", shape(2, 2), new double[] {-14, 14, 13, -9},
            src(new double[] {-2, 2, 2, 4, 1, -2}, 2, 3),
            src(new double[] {4, -2, -3, 3, 0, 2}, 3, 2)),
        c(",i->i", shape(3), new double[] {-4, 0, -8},
            src(new double[] {-2}),
            src(new double[] {2, 0, 4}, 3)),
        c("i,->i", shape(3), new double[] {6, 12, 9},
            src(new double[] {2, 4, 3}, 3),
            src(new double[] {3})),
        c("->", shape(), new double[] {-3},
            src(new double[] {-3})),
        c("", shape(), new double[] {3},
            src(new double[] {3})),
        c(",->", shape(), new double[] {0},
            src(new double[] {1}),
            src(new double[] {0})),
        c(",", shape(), new double[] {-2},
            src(new double[] {-1}),
            src(new double[] {2})),
        c("...->...", shape(), new double[] {-2},
            src(new double[] {-2})),
        c("ij->", shape(), new double[] {0},
            src(new double[] {}, 0, 3)),
        c("ij->ij", shape(0, 3), new double[] {},
            src(new double[] {}, 0, 3)),
        c("ij->j", shape(3), new double[] {0, 0, 0},
            src(new double[] {}, 0, 3)),
        c("ij->i", shape(2), new double[] {0, 0},
            src(new double[] {}, 2, 0)),
        c("ij,jk->ik", shape(2, 3), new double[] {0, 0, 0, 0, 0, 0},
            src(new double[] {}, 2, 0),
            src(new double[] {}, 0, 3)),
        c("i,j->ij", shape(0, 3), new double[] {},
            src(new double[] {}, 0),
            src(new double[] {-2, 3, 3}, 3)),
        c("...ij->...", shape(0), new double[] {},
            src(new double[] {}, 0, 2, 3)),
        c("...", shape(2, 3), new double[] {1, 3, -1, 2, -2, 0},
            src(new double[] {1, 3, -1, 2, -2, 0}, 2, 3)),
        c("...ij->...ji", shape(2, 3, 2), new double[] {-2, 0, 0, 0, -1, -3, -1, 1, 3, -3, 0, 0},
            src(new double[] {-2, 0, -1, 0, 0, -3, -1, 3, 0, 1, -3, 0}, 2, 2, 3)),
        c("...i->...", shape(2), new double[] {2, 5},
            src(new double[] {4, 1, -3, 2, 3, 0}, 2, 3)),
        c("i...->...", shape(2), new double[] {-5, 7},
            src(new double[] {-3, 3, -1, 4, -1, 0}, 3, 2)),
        c("i...j->...ij", shape(3, 2, 2), new double[] {3, -2, -2, -2, -3, 3, -1, 2, 4, 4, 4, 3},
            src(new double[] {3, -2, -3, 3, 4, 4, -2, -2, -1, 2, 4, 3}, 2, 3, 2)),
        c("i...j", shape(3, 2, 2), new double[] {-1, 4, 2, 4, -1, -3, -3, -3, 0, -3, -2, -2},
            src(new double[] {-1, 4, -1, -3, 0, -3, 2, 4, -3, -3, -2, -2}, 2, 3, 2)),
        c("i...->i", shape(3), new double[] {1, 1, 4},
            src(new double[] {1, 1, 4}, 3)),
        c("ij->...ij", shape(2, 3), new double[] {0, 4, 3, 3, -2, 0},
            src(new double[] {0, 4, 3, 3, -2, 0}, 2, 3)),
        c("ij...,jk...->ik...", shape(2, 2, 2), new double[] {-17, -14, 8, 8, 12, -8, -9, -1},
            src(new double[] {4, 3, -2, 3, 3, -2, -3, -1, 0, -2, -3, -3}, 2, 3, 2),
            src(new double[] {-1, 0, -1, 0, 2, -2, 0, 2, -3, 4, 4, -1}, 3, 2, 2)),
        c("...ij,...jk->...ik", shape(2, 3, 2, 2), new double[] {-25, 5, 1, 8, -11, 19, -10, -12, -14, -15, -5, -7, 8,
            10, -6, -5, 6, -6, -11, -2, 6, 8, -8, -11},
            src(new double[] {4, -1, 4, 2, -2, -3, 0, 2, -2, 1, -3, 0}, 2, 1, 2, 3),
            src(new double[] {-3, 4, 1, 3, -3, -2, -2, 1, 3, 1, 0, 4, -2, -2, 2, 3, -1, -1}, 3, 3, 2)),
        c("...i,...i->...", shape(2), new double[] {1, 8},
            src(new double[] {1, 3, -1, 3, 1, 2}, 2, 3),
            src(new double[] {2, 0, 1}, 3)),
        c("...i,i->...", shape(2), new double[] {-4, 1},
            src(new double[] {4, 0, 4, 3, -2, 3}, 2, 3),
            src(new double[] {0, -2, -1}, 3)),
        c("...,...->...", shape(2, 4, 3), new double[] {-8, -4, -12, 4, 2, 6, 4, 2, 6, -4, -2, -6, 4, 16, 16, -2, -8,
            -8, -2, -8, -8, 2, 8, 8},
            src(new double[] {-2, -1, -3, 1, 4, 4}, 2, 1, 3),
            src(new double[] {4, -2, -2, 2}, 4, 1)),
        c("i...,i...->i...", shape(2, 3, 4), new double[] {0, 4, 16, 12, 0, 3, 12, 9, 0, -2, -8, -6, -6, 6, -2, -2, -3,
            3, -1, -1, 0, 0, 0, 0},
            src(new double[] {4, 3, -2, 2, 1, 0}, 2, 3, 1),
            src(new double[] {0, 1, 4, 3, -3, 3, -1, -1}, 2, 4)),
        c("...ii->...i", shape(2, 3), new double[] {1, -2, 4, -3, 4, -1},
            src(new double[] {1, 4, -3, 1, -2, 4, 0, 3, 4, -3, 3, 3, 3, 4, 3, 3, 2, -1}, 2, 3, 3)),
        c("...ii->...", shape(2), new double[] {3, 1},
            src(new double[] {3, 2, 2, 4, 2, -1, -1, -1, -2, -3, 3, 3, -2, 0, 4, 3, 1, 4}, 2, 3, 3)),
        c("ij,ij->ij", shape(2, 3), new double[] {-1, -6, -4, -1, -3, -12},
            src(new double[] {-1, 3, 4}, 1, 3),
            src(new double[] {1, -2, -1, 1, -1, -3}, 2, 3)),
        c("ij,jk->ik", shape(2, 4), new double[] {6, -4, -8, -16, -12, 8, 16, 32},
            src(new double[] {-2, 4}, 2, 1),
            src(new double[] {0, 1, 0, 3, -3, -1, 1, 3, 0, 2, 3, 2}, 3, 4)),
        c("ij,ij->ij", shape(2, 3), new double[] {-6, 0, -6, -8, 0, -8},
            src(new double[] {3, 4}, 2, 1),
            src(new double[] {-2, 0, -2}, 1, 3)),
        c("i,i->", shape(), new double[] {0},
            src(new double[] {0}, 1),
            src(new double[] {-3, 2, -2, 3}, 4)),
        c("ii,i->i", shape(3), new double[] {-2, 0, 4},
            src(new double[] {2}, 1, 1),
            src(new double[] {-1, 0, 2}, 3)),
        c("i,i->i", shape(0), new double[] {},
            src(new double[] {}, 0),
            src(new double[] {0}, 1)),
        c("ij,jk->ik", shape(2, 4), new double[] {3, -2, 0, -12, 6, -4, -2, 0},
            src(new double[] {-2, -3, 1, 1, 3, -2}, 3, 2).t(0, 1),
            src(new double[] {-3, 2, 2, 3, -3, 2, 4, 3, 0, 0, 0, -3}, 3, 4)),
        c("ij->ij", shape(2, 3), new double[] {2, 1, 2, 1, 4, 4},
            src(new double[] {2, 1, 1, 4, 2, 4}, 3, 2).t(0, 1)),
        c("ii", shape(), new double[] {-5},
            src(new double[] {-3, 4, 1, 0, 1, -3, 4, 2, -3}, 3, 3).t(0, 1)),
        c("ijk->ik", shape(4, 3), new double[] {1, -2, 6, -2, -1, 4, -4, 5, 3, 6, -3, 0},
            src(new double[] {4, 0, -3, 2, -3, 1, 3, -3, 3, 1, -1, -2, -3, -2, -1, 4, 1, -2, 2, 0, 3, 3, 4, 2}, 2, 3,
                4).perm(2, 0, 1)),
        c("ijk->kji", shape(2, 2, 3), new double[] {-3, 0, -2, 1, 3, 0, 3, -3, -1, 1, 3, 2},
            src(new double[] {-3, 1, 0, 3, -2, 0, 3, 1, -3, 3, -1, 2}, 2, 3, 2).perm(1, 2, 0)),
        c("ij,ij->ij", shape(2, 3), new double[] {0, -6, 0, -2, 0, 0},
            src(new double[] {2, 2, 0}, 3).expand(2, 3),
            src(new double[] {0, -3, 1, -1, 0, -2}, 2, 3)),
        c("ij->j", shape(3), new double[] {8, 16, 0},
            src(new double[] {2, 4, 0}, 3).expand(4, 3)),
        c("ij->i", shape(2), new double[] {0, 0},
            src(new double[] {0, 0}, 2, 1).expand(2, 3)),
        c("...i,...i->...", shape(2, 2), new double[] {-16, 27, 12, 34},
            src(new double[] {-3, 3, 4}, 1, 3).expand(2, 3),
            src(new double[] {1, -3, -1, -2, 3, 3, 0, 0, 3, -3, 3, 4}, 2, 2, 3)),
        c("ij->ji", shape(2, 3), new double[] {3, 0, 0, 4, 3, 3},
            strided(new double[] {0, 3, 2, 4, -3, 2, 0, 3, 3, -1, 1, 0, 1, 3, 2, 3, 2, -1, 1, 0}, 1, new int[] {3, 2},
                new int[] {5, 2})),
        c("ij,j->i", shape(3), new double[] {-11, -4, 5},
            strided(new double[] {0, -3, -2, -1, -1, 2, -1, -2, 0, 1, 4, 1, -1, -1, 0, 4, -1, -2, 1, 3}, 1,
                new int[] {3, 2}, new int[] {5, 2}),
            strided(new double[] {4, -1, 4, 3, 0, -1, -1}, 2, new int[] {2}, new int[] {3})),
        c("ii->i", shape(3), new double[] {4, -1, 0},
            strided(new double[] {-1, 4, -1, 0, 4}, 1, new int[] {3, 3}, new int[] {0, 1})),
        c("...ij,...jk->...ik", shape(2, 2, 2), new double[] {12, 0, -4, -12, 4, -8, -17, 14},
            src(new double[] {2, -2, -3, -2, 3, -2, -1, 1, 0, -3, -2, 4}, 2, 3, 2).t(1, 2),
            src(new double[] {0, -1, 3, 0, 3, -2, 0, 3, 3, 2, 0, 3}, 2, 2, 3).t(0, 2).t(0, 1)),
        c("bij,bjk->bik", shape(2, 2, 2), new double[] {5, 5, 15, -5, 5, 6, 6, 2},
            strided(new double[] {-1, 2, 1, -1, -2, 1, -1, 1, 2, 3, 3, 1, -3, -2, 2, 1, 3, 0, 0, -2, -3, -2, 2, 1, -2,
                -1, 2, 0, 0, -1, 2, 4, -1, -1, 0, -2, 1, 4, 2, -2}, 3, new int[] {2, 2, 3}, new int[] {17, 1, 4}),
            src(new double[] {-2, -3, 4, -1, -1, 3, -1, -2, -1, 0, -3, 2}, 2, 3, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void doubles(Case c) {
    DoubleTensor[] ops = new DoubleTensor[c.operands().length];
    double[][] before = new double[ops.length][];
    int[][] strides = new int[ops.length][];
    for (int i = 0; i < ops.length; i++) {
      ops[i] = c.operands()[i].doubles();
      before[i] = ops[i].array().clone();
      strides[i] = ops[i].strides();
    }
    DoubleTensor r = Einsums.evaluate(c.spec(), ops);
    assertArrayEquals(c.shape(), r.shape());
    assertArrayEquals(c.expected(), r.toArray(), 0.0);
    assertTrue(r.isContiguous());
    assertEquals(0, r.offset());
    assertEquals(c.expected().length, r.array().length);
    for (int i = 0; i < ops.length; i++) {
      assertArrayEquals(before[i], ops[i].array(), 0.0, "operand " + i + " was modified");
      assertArrayEquals(strides[i], ops[i].strides());
      assertNotSame(ops[i].array(), r.array());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void floats(Case c) {
    FloatTensor[] ops = new FloatTensor[c.operands().length];
    float[][] before = new float[ops.length][];
    for (int i = 0; i < ops.length; i++) {
      ops[i] = c.operands()[i].floats();
      before[i] = ops[i].array().clone();
    }
    FloatTensor r = Einsums.evaluate(c.spec(), ops);
    assertArrayEquals(c.shape(), r.shape());
    float[] expected = new float[c.expected().length];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (float) c.expected()[i];
    }
    assertArrayEquals(expected, r.toArray(), 0f);
    assertTrue(r.isContiguous());
    for (int i = 0; i < ops.length; i++) {
      assertArrayEquals(before[i], ops[i].array(), 0f, "operand " + i + " was modified");
      assertNotSame(ops[i].array(), r.array());
    }
  }

  @Test
  void floatsAreSummedInDoubleAndRoundedOnce() {
    // In float, 1e8 + 1 rounds to 1e8 and the sum would be 0; in double it is exactly 1.
    FloatTensor v = FloatTensor.of(new float[] {1e8f, 1, -1e8f}, 3);
    assertEquals(1f, Einsums.evaluate("i->", v).get());
  }

  @Test
  void emptyResultWithHugeAxes() {
    FloatTensor big = FloatTensor.zeros(1).expand(100000);
    FloatTensor r = Einsums.evaluate("i,j,k->ijk", big, big, FloatTensor.zeros(0));
    assertArrayEquals(new int[] {100000, 100000, 0}, r.shape());
    assertEquals(0, r.array().length);
  }

  @Test
  void shapeErrorsNameOperandsByIndex() {
    FloatTensor a = FloatTensor.zeros(2, 3);
    FloatTensor b = FloatTensor.zeros(4, 5);
    assertEquals("einsum \"ij,jk->ik\": label 'j' is 3 in 'operand 0' (axis 1) but 4 in 'operand 1' (axis 0)",
        assertThrows(EinsumShapeException.class, () -> Einsums.evaluate("ij,jk->ik", a, b)).getMessage());
    assertEquals("einsum \"ijk\": 'operand 0' has rank 2 but its subscripts \"ijk\" name 3 dimensions",
        assertThrows(EinsumShapeException.class, () -> Einsums.evaluate("ijk", a)).getMessage());
    assertEquals("einsum \"ij,jk\": the spec has 2 operands but 1 was given",
        assertThrows(EinsumShapeException.class, () -> Einsums.evaluate("ij,jk", a)).getMessage());
    assertEquals("einsum \"...j->j\": \"...\" stands for 1 dimension of 'operand 0' but the output has no \"...\""
        + " to keep it",
        assertThrows(EinsumShapeException.class, () -> Einsums.evaluate("...j->j", a)).getMessage());
    DoubleTensor d = DoubleTensor.zeros(2, 3);
    assertEquals("einsum \"ii\": label 'i' is 2 in 'operand 0' (axis 0) but 3 in 'operand 0' (axis 1)",
        assertThrows(EinsumShapeException.class, () -> Einsums.evaluate("ii", d)).getMessage());
  }

  @Test
  void specErrors() {
    EinsumSpecException e = assertThrows(EinsumSpecException.class,
        () -> Einsums.evaluate("ij->ik", FloatTensor.zeros(2, 3)));
    assertEquals(6, e.column());
    assertEquals("output label 'k' does not appear in any operand", e.reason());
    assertThrows(EinsumSpecException.class, () -> Einsums.evaluate("i1", DoubleTensor.zeros(2)));
  }

  @Test
  void nullOperand() {
    FloatTensor a = FloatTensor.zeros(3);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Einsums.evaluate("i,i", a, (FloatTensor) null));
    assertEquals("einsum \"i,i\": operand 1 is null", e.getMessage());
    NullPointerException d = assertThrows(NullPointerException.class,
        () -> Einsums.evaluate("i", (DoubleTensor) null));
    assertEquals("einsum \"i\": operand 0 is null", d.getMessage());
  }

  @Test
  void resultIsNewEvenForTheIdentity() {
    DoubleTensor a = DoubleTensor.of(new double[] {1, 2, 3}, 3);
    DoubleTensor r = Einsums.evaluate("i", a);
    assertNotSame(a.array(), r.array());
    r.set(9, 0);
    assertEquals(1, a.get(0));
  }
}
