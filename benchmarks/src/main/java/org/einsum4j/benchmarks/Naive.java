/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.Map;

/**
 * The baseline a Java engineer would write for each workload: plain nested loops over row-major arrays, in the
 * order the formula reads, a fresh output array per call, a {@code float} accumulator, no blocking, no
 * threads, no vectors. Chains of products are computed pairwise, left to right, as one would by hand.
 */
final class Naive {
  private Naive() {}

  /** {@code bsh,bh->bs}. */
  static float[] luongScores(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ns = n.get('s');
    int nh = n.get('h');
    float[] enc = in[0];
    float[] dec = in[1];
    float[] out = new float[nb * ns];
    for (int b = 0; b < nb; b++) {
      for (int s = 0; s < ns; s++) {
        float acc = 0;
        for (int h = 0; h < nh; h++) {
          acc += enc[(b * ns + s) * nh + h] * dec[b * nh + h];
        }
        out[b * ns + s] = acc;
      }
    }
    return out;
  }

  /** {@code bs,bsh->bh}. */
  static float[] luongContext(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ns = n.get('s');
    int nh = n.get('h');
    float[] w = in[0];
    float[] enc = in[1];
    float[] out = new float[nb * nh];
    for (int b = 0; b < nb; b++) {
      for (int h = 0; h < nh; h++) {
        float acc = 0;
        for (int s = 0; s < ns; s++) {
          acc += w[b * ns + s] * enc[(b * ns + s) * nh + h];
        }
        out[b * nh + h] = acc;
      }
    }
    return out;
  }

  /** {@code bik,bkj->bij}. */
  static float[] bmm(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nk = n.get('k');
    int nj = n.get('j');
    float[] a = in[0];
    float[] c = in[1];
    float[] out = new float[nb * ni * nj];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int j = 0; j < nj; j++) {
          float acc = 0;
          for (int k = 0; k < nk; k++) {
            acc += a[(b * ni + i) * nk + k] * c[(b * nk + k) * nj + j];
          }
          out[(b * ni + i) * nj + j] = acc;
        }
      }
    }
    return out;
  }

  /** {@code ik,kj->ij}. */
  static float[] gemm(Map<Character, Integer> n, float[][] in) {
    return matmul(in[0], in[1], n.get('i'), n.get('k'), n.get('j'));
  }

  private static float[] matmul(float[] a, float[] c, int ni, int nk, int nj) {
    float[] out = new float[ni * nj];
    for (int i = 0; i < ni; i++) {
      for (int j = 0; j < nj; j++) {
        float acc = 0;
        for (int k = 0; k < nk; k++) {
          acc += a[i * nk + k] * c[k * nj + j];
        }
        out[i * nj + j] = acc;
      }
    }
    return out;
  }

  /** {@code bshd,hde->bshe}. */
  static float[] headProj(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ns = n.get('s');
    int nh = n.get('h');
    int nd = n.get('d');
    int ne = n.get('e');
    float[] x = in[0];
    float[] w = in[1];
    float[] out = new float[nb * ns * nh * ne];
    for (int b = 0; b < nb; b++) {
      for (int s = 0; s < ns; s++) {
        for (int h = 0; h < nh; h++) {
          for (int e = 0; e < ne; e++) {
            float acc = 0;
            for (int d = 0; d < nd; d++) {
              acc += x[((b * ns + s) * nh + h) * nd + d] * w[(h * nd + d) * ne + e];
            }
            out[((b * ns + s) * nh + h) * ne + e] = acc;
          }
        }
      }
    }
    return out;
  }

  /** {@code bihd,bjhd->bijh}. */
  static float[] relScores(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nj = n.get('j');
    int nh = n.get('h');
    int nd = n.get('d');
    float[] q = in[0];
    float[] k = in[1];
    float[] out = new float[nb * ni * nj * nh];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int j = 0; j < nj; j++) {
          for (int h = 0; h < nh; h++) {
            float acc = 0;
            for (int d = 0; d < nd; d++) {
              acc += q[((b * ni + i) * nh + h) * nd + d] * k[((b * nj + j) * nh + h) * nd + d];
            }
            out[((b * ni + i) * nj + j) * nh + h] = acc;
          }
        }
      }
    }
    return out;
  }

  /** {@code bihd,ijhd->bijh}. */
  static float[] relPosScores(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nj = n.get('j');
    int nh = n.get('h');
    int nd = n.get('d');
    float[] q = in[0];
    float[] r = in[1];
    float[] out = new float[nb * ni * nj * nh];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int j = 0; j < nj; j++) {
          for (int h = 0; h < nh; h++) {
            float acc = 0;
            for (int d = 0; d < nd; d++) {
              acc += q[((b * ni + i) * nh + h) * nd + d] * r[((i * nj + j) * nh + h) * nd + d];
            }
            out[((b * ni + i) * nj + j) * nh + h] = acc;
          }
        }
      }
    }
    return out;
  }

  /** {@code bijh,bjhd->bihd}. */
  static float[] relContext(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nj = n.get('j');
    int nh = n.get('h');
    int nd = n.get('d');
    float[] a = in[0];
    float[] v = in[1];
    float[] out = new float[nb * ni * nh * nd];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int h = 0; h < nh; h++) {
          for (int d = 0; d < nd; d++) {
            float acc = 0;
            for (int j = 0; j < nj; j++) {
              acc += a[((b * ni + i) * nj + j) * nh + h] * v[((b * nj + j) * nh + h) * nd + d];
            }
            out[((b * ni + i) * nh + h) * nd + d] = acc;
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code bijh,(bjhd+ijhd)->bihd}: {@code Σ_j α[b,i,j,h] · (v[b,j,h,d] + av[i,j,h,d])}, the sum formed in the
   * innermost loop, no temporary.
   */
  static float[] relContextFused(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nj = n.get('j');
    int nh = n.get('h');
    int nd = n.get('d');
    float[] a = in[0];
    float[] v = in[1];
    float[] av = in[2];
    float[] out = new float[nb * ni * nh * nd];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int h = 0; h < nh; h++) {
          for (int d = 0; d < nd; d++) {
            float acc = 0;
            for (int j = 0; j < nj; j++) {
              acc += a[((b * ni + i) * nj + j) * nh + h]
                  * (v[((b * nj + j) * nh + h) * nd + d] + av[((i * nj + j) * nh + h) * nd + d]);
            }
            out[((b * ni + i) * nh + h) * nd + d] = acc;
          }
        }
      }
    }
    return out;
  }

  /**
   * The same as {@link #relContextFused} the way seed 003 writes it in PyTorch,
   * {@code einsum('bijh,bijhd->bihd', alpha, V.unsqueeze(1) + AV)}: first the {@code [b, i, j, h, d]}
   * temporary {@code t = v + av}, a new array every call, then the contraction over it.
   */
  static float[] relContextSeed003Materialized(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nj = n.get('j');
    int nh = n.get('h');
    int nd = n.get('d');
    float[] a = in[0];
    float[] v = in[1];
    float[] av = in[2];
    int hd = nh * nd;
    float[] t = new float[Math.toIntExact((long) nb * ni * nj * hd)];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int j = 0; j < nj; j++) {
          int to = ((b * ni + i) * nj + j) * hd;
          int vo = (b * nj + j) * hd;
          int ao = (i * nj + j) * hd;
          for (int x = 0; x < hd; x++) {
            t[to + x] = v[vo + x] + av[ao + x];
          }
        }
      }
    }
    float[] out = new float[nb * ni * hd];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < ni; i++) {
        for (int h = 0; h < nh; h++) {
          for (int d = 0; d < nd; d++) {
            float acc = 0;
            for (int j = 0; j < nj; j++) {
              acc += a[((b * ni + i) * nj + j) * nh + h] * t[(((b * ni + i) * nj + j) * nh + h) * nd + d];
            }
            out[((b * ni + i) * nh + h) * nd + d] = acc;
          }
        }
      }
    }
    return out;
  }

  /** {@code bshd->bhsd}. */
  static float[] permute(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ns = n.get('s');
    int nh = n.get('h');
    int nd = n.get('d');
    float[] x = in[0];
    float[] out = new float[nb * nh * ns * nd];
    for (int b = 0; b < nb; b++) {
      for (int h = 0; h < nh; h++) {
        for (int s = 0; s < ns; s++) {
          for (int d = 0; d < nd; d++) {
            out[((b * nh + h) * ns + s) * nd + d] = x[((b * ns + s) * nh + h) * nd + d];
          }
        }
      }
    }
    return out;
  }

  /** {@code ij,jk,kl->il}: two products, left to right. */
  static float[] chain3(Map<Character, Integer> n, float[][] in) {
    int ni = n.get('i');
    int nj = n.get('j');
    int nk = n.get('k');
    int nl = n.get('l');
    float[] ik = matmul(in[0], in[1], ni, nj, nk);
    return matmul(ik, in[2], ni, nk, nl);
  }

  /** {@code ii->}. */
  static float[] trace(Map<Character, Integer> n, float[][] in) {
    int ni = n.get('i');
    float[] a = in[0];
    float acc = 0;
    for (int i = 0; i < ni; i++) {
      acc += a[i * ni + i];
    }
    return new float[] {acc};
  }

  /** {@code bi,ij,bj->b}: one loop nest, {@code x[b,i]} read once per row. */
  static float[] bilinear(Map<Character, Integer> n, float[][] in) {
    int nb = n.get('b');
    int ni = n.get('i');
    int nj = n.get('j');
    float[] x = in[0];
    float[] a = in[1];
    float[] y = in[2];
    float[] out = new float[nb];
    for (int b = 0; b < nb; b++) {
      float acc = 0;
      for (int i = 0; i < ni; i++) {
        float xi = x[b * ni + i];
        for (int j = 0; j < nj; j++) {
          acc += xi * a[i * nj + j] * y[b * nj + j];
        }
      }
      out[b] = acc;
    }
    return out;
  }

  /** {@code ab,bc,cd,de,ef->af}: four products, left to right. */
  static float[] chain5(Map<Character, Integer> n, float[][] in) {
    int na = n.get('a');
    float[] t = matmul(in[0], in[1], na, n.get('b'), n.get('c'));
    t = matmul(t, in[2], na, n.get('c'), n.get('d'));
    t = matmul(t, in[3], na, n.get('d'), n.get('e'));
    return matmul(t, in[4], na, n.get('e'), n.get('f'));
  }
}
