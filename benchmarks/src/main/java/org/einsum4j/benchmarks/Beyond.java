/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.einsum4j.FloatTensor;

/**
 * One workload of the "beyond the seeds" group: an einsum from public code that is not a matrix product, at
 * sizes where its operands do not fit in the L2 cache, with the source it was taken from. They are bound by
 * memory traffic, so each is measured in GB/s of the least traffic it needs (every input element read and every
 * output element written once, 4 bytes each); {@code benchmarks/peers/beyond.py} times numpy and torch on the
 * same table.
 *
 * @param name the workload's name (as in beyond.py)
 * @param spec the einsum
 * @param shapes the operands' shapes
 * @param source where the einsum comes from
 * @param einsum runs the allocating method
 * @param into runs the method that writes into {@code out}
 */
public record Beyond(String name, String spec, int[][] shapes, String source, Call einsum,
    IntoCall into) {

  /** Runs a workload's allocating method. */
  @FunctionalInterface
  public interface Call {
    /**
     * Runs the method.
     *
     * @param s the implementation
     * @param in the operands
     * @return the result
     */
    FloatTensor call(BeyondSeeds s, FloatTensor[] in);
  }

  /** Runs a workload's {@code ...Into} method. */
  @FunctionalInterface
  public interface IntoCall {
    /**
     * Runs the method.
     *
     * @param s the implementation
     * @param in the operands
     * @param out the output
     */
    void call(BeyondSeeds s, FloatTensor[] in, FloatTensor out);
  }

  /** The group, in the order of the results table. */
  public static final List<Beyond> ALL = List.of(
      of("hadamard", "ij,ij->ij", shapes(2048, 4096, 0, 2048, 4096),
          "elementwise gating, e.g. torch.einsum('ij,ij->ij') for LSTM/GRU gates in public RNN code",
          (s, in) -> s.hadamard(in[0], in[1]), (s, in, o) -> s.hadamardInto(in[0], in[1], o)),
      of("feature_scale", "bsh,h->bsh", shapes(32, 512, 1024, 0, 1024),
          "LayerNorm/RMSNorm gain applied as einsum('bsh,h->bsh')",
          (s, in) -> s.featureScale(in[0], in[1]), (s, in, o) -> s.featureScaleInto(in[0], in[1], o)),
      of("triple", "ij,ij,ij->ij", shapes(2048, 4096, 0, 2048, 4096, 0, 2048, 4096),
          "three-way gated products (opt_einsum docs' elementwise examples; GLU-style gating)",
          (s, in) -> s.triple(in[0], in[1], in[2]), (s, in, o) -> s.tripleInto(in[0], in[1], in[2], o)),
      of("rope_outer", "i,j->ij", shapes(16384, 0, 512),
          "rotary embeddings: freqs = torch.einsum('i,j->ij', t, inv_freq) (GPT-NeoX, LLaMA, HF transformers)",
          (s, in) -> s.ropeOuter(in[0], in[1]), (s, in, o) -> s.ropeOuterInto(in[0], in[1], o)),
      of("khatri_rao", "ir,jr->ijr", shapes(512, 64, 0, 512, 64),
          "CP decomposition: tensorly's khatri_rao, einsum('ir,jr->ijr') before a reshape",
          (s, in) -> s.khatriRao(in[0], in[1]), (s, in, o) -> s.khatriRaoInto(in[0], in[1], o)),
      of("middle_sum", "ijk->ik", shapes(64, 1024, 256),
          "a sum over the sequence axis of [batch, seq, feature] activations",
          (s, in) -> s.middleSum(in[0]), (s, in, o) -> s.middleSumInto(in[0], o)),
      of("batch_diag", "...ii->...i", shapes(4096, 64, 64),
          "diagonals of a batch of covariance/Jacobian matrices, torch.einsum('...ii->...i')",
          (s, in) -> s.batchDiag(in[0]), (s, in, o) -> s.batchDiagInto(in[0], o)),
      of("head_dot", "bhd,bhd->bh", shapes(4096, 16, 256, 0, 4096, 16, 256),
          "per-head query-key dot products for one step, einsum('bhd,bhd->bh')",
          (s, in) -> s.headDot(in[0], in[1]), (s, in, o) -> s.headDotInto(in[0], in[1], o)),
      of("row_dot", "bi,bi->b", shapes(65536, 256, 0, 65536, 256),
          "row-wise similarities in contrastive losses, torch.einsum('bi,bi->b', x, y)",
          (s, in) -> s.rowDot(in[0], in[1]), (s, in, o) -> s.rowDotInto(in[0], in[1], o)),
      of("col_sum", "ij->j", shapes(8192, 2048),
          "a bias gradient: the upstream gradient summed over the batch, einsum('ij->j')",
          (s, in) -> s.colSum(in[0]), (s, in, o) -> s.colSumInto(in[0], o)),
      of("masked_pool", "bnd,bn->bd", shapes(64, 512, 512, 0, 64, 512),
          "sentence-embedding mean pooling's masked sum, einsum('bnd,bn->bd', tokens, mask)",
          (s, in) -> s.maskedPool(in[0], in[1]), (s, in, o) -> s.maskedPoolInto(in[0], in[1], o)),
      of("channel_scale", "bchw,c->bchw", shapes(16, 64, 128, 128, 0, 64),
          "per-channel scaling of a conv feature map (squeeze-and-excitation), einsum('bchw,c->bchw')",
          (s, in) -> s.channelScale(in[0], in[1]), (s, in, o) -> s.channelScaleInto(in[0], in[1], o)),
      of("last_axis_dot", "...d,...d->...", shapes(64, 256, 1024, 0, 64, 256, 1024),
          "dot products over the feature axis of any batch shape, einsum('...d,...d->...')",
          (s, in) -> s.lastAxisDot(in[0], in[1]), (s, in, o) -> s.lastAxisDotInto(in[0], in[1], o)),
      // matrix-shaped contractions that the seed suite does not hold (issue 17): compute bound, timed in ms
      of("moe_dispatch", "gsec,gsm->egcm", shapes(8, 256, 8, 64, 0, 8, 256, 512),
          "GShard/Mesh TensorFlow MoE layers: einsum('gsec,gsm->egcm', dispatch, inputs)",
          (s, in) -> s.moeDispatch(in[0], in[1]), (s, in, o) -> s.moeDispatchInto(in[0], in[1], o)),
      of("moe_combine", "bnd,bnec->becd", shapes(8, 256, 512, 0, 8, 256, 8, 64),
          "MoE expert inputs with the batch label inside the output, einsum('bnd,bnec->becd')",
          (s, in) -> s.moeCombine(in[0], in[1]), (s, in, o) -> s.moeCombineInto(in[0], in[1], o)),
      of("chunk_scores", "bcxd,bcyd->bcxy", shapes(16, 32, 64, 64, 0, 16, 32, 64, 64),
          "chunked local attention (e.g. Longformer-style chunks), einsum('bcxd,bcyd->bcxy')",
          (s, in) -> s.chunkScores(in[0], in[1]), (s, in, o) -> s.chunkScoresInto(in[0], in[1], o)),
      of("attn_scores", "bhqd,bhkd->bhqk", shapes(8, 12, 128, 64, 0, 8, 12, 128, 64),
          "multi-head attention, torch.einsum('bhqd,bhkd->bhqk', q, k) in public transformer code",
          (s, in) -> s.attnScores(in[0], in[1]), (s, in, o) -> s.attnScoresInto(in[0], in[1], o)),
      of("covariance", "ni,nj->ij", shapes(4096, 512, 0, 4096, 512),
          "a Gram/covariance matrix x^T y, einsum('ni,nj->ij') in statistics and PCA code",
          (s, in) -> s.covariance(in[0], in[1]), (s, in, o) -> s.covarianceInto(in[0], in[1], o)),
      of("basis_change", "ea,fb,abcd,gc,hd->efgh", shapes(32, 32, 0, 32, 32, 0, 32, 32, 32, 32, 0, 32, 32, 0, 32, 32),
          "opt_einsum's documentation example, einsum('ea,fb,abcd,gc,hd->efgh')",
          (s, in) -> s.basisChange(in[0], in[1], in[2], in[3], in[4]), (s, in, o) -> s.basisChangeInto(in[0], in[1], in[2], in[3], in[4], o)),
      of("mpo_env", "abc,ade,bdfg,cfh->egh", shapes(64, 8, 64, 0, 64, 4, 64, 0, 8, 4, 8, 4, 0, 64, 8, 64),
          "DMRG/MPS codes (e.g. TeNPy, quimb): einsum('abc,ade,bdfg,cfh->egh') for an environment update",
          (s, in) -> s.mpoEnv(in[0], in[1], in[2], in[3]), (s, in, o) -> s.mpoEnvInto(in[0], in[1], in[2], in[3], o)),
      // batches of small products and a shallow one (issue 17's small-M and small-N products), timed in ms
      of("batch_rotations", "bij,bjk->bik", shapes(65536, 3, 3, 0, 65536, 3, 3),
          "composing batches of 3 x 3 rotations, torch.einsum('bij,bjk->bik', R1, R2) in 3-D vision code",
          (s, in) -> s.batchRotations(in[0], in[1]), (s, in, o) -> s.batchRotationsInto(in[0], in[1], o)),
      of("block_products", "bij,bjk->bik", shapes(16384, 8, 8, 0, 16384, 8, 8),
          "products of 8 x 8 blocks (block-diagonal and block-sparse layers, batched small Kalman updates)",
          (s, in) -> s.blockProducts(in[0], in[1]), (s, in, o) -> s.blockProductsInto(in[0], in[1], o)),
      of("low_rank", "ir,rj->ij", shapes(2048, 2, 0, 2, 2048),
          "a LoRA-style rank-2 weight delta B·A, einsum('ir,rj->ij', lora_B, lora_A) when adapters are merged",
          (s, in) -> s.lowRank(in[0], in[1]), (s, in, o) -> s.lowRankInto(in[0], in[1], o)));

  private static Beyond of(String name, String spec, int[][] shapes, String source, Call einsum,
      IntoCall into) {
    return new Beyond(name, spec, shapes, source, einsum, into);
  }

  /** Splits dimensions at zeros: {@code shapes(2, 3, 0, 3)} is {@code {{2, 3}, {3}}}. */
  static int[][] shapes(int... dims) {
    List<int[]> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= dims.length; i++) {
      if (i == dims.length || dims[i] == 0) {
        out.add(java.util.Arrays.copyOfRange(dims, start, i));
        start = i + 1;
      }
    }
    return out.toArray(new int[0][]);
  }

  /** Returns the workload of that name. */
  public static Beyond named(String name) {
    return ALL.stream().filter(b -> b.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no beyond-the-seeds workload " + name));
  }

  /** Returns the operands, values in [-1, 1), from a seed; each shape divided by {@code shrink} (at least 1). */
  public FloatTensor[] inputs(long seed, int shrink) {
    FloatTensor[] t = new FloatTensor[shapes.length];
    for (int k = 0; k < t.length; k++) {
      int[] shape = shapes[k].clone();
      for (int a = 0; a < shape.length; a++) {
        shape[a] = Math.max(1, shape[a] / shrink);
      }
      t[k] = random(shape, seed + k);
    }
    if (spec.startsWith("...ii")) {
      // the two diagonal axes must stay equal
      int[] s = t[0].shape();
      s[s.length - 1] = s[s.length - 2];
      t[0] = random(s, seed);
    }
    return t;
  }

  private static FloatTensor random(int[] shape, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (2 * r.nextDouble() - 1);
    }
    return FloatTensor.of(a, shape);
  }

  /**
   * Returns the least traffic of one call in bytes: each input element read once (for a diagonal, only the
   * elements on it) and each output element written once.
   */
  public double bytes() {
    long read = 0;
    for (int[] s : shapes) {
      long n = 1;
      for (int d : s) {
        n *= d;
      }
      read += n;
    }
    long written = outputElements();
    if (spec.startsWith("...ii")) {
      read = written;
    }
    return 4.0 * (read + written);
  }

  /**
   * Returns how many label combinations the reference interpreter visits at full size: the product of every
   * label's size (the setup checks the full-size result against it only when this is small enough).
   */
  public double combos() {
    String[] terms = spec.split("->")[0].split(",");
    java.util.Map<Character, Integer> size = new java.util.HashMap<>();
    double ell = 1;
    for (int k = 0; k < terms.length; k++) {
      String labels = terms[k].replace("...", "");
      int e = shapes[k].length - labels.length();
      double p = 1;
      for (int a = 0; a < e; a++) {
        p *= shapes[k][a];
      }
      ell = Math.max(ell, p);
      for (int q = 0; q < labels.length(); q++) {
        size.put(labels.charAt(q), shapes[k][e + q]);
      }
    }
    double n = ell;
    for (int v : size.values()) {
      n *= v;
    }
    return n;
  }

  /** The number of elements of the full-size output. */
  long outputElements() {
    String[] io = spec.split("->");
    String out = io[1];
    String[] terms = io[0].split(",");
    java.util.Map<Character, Integer> size = new java.util.HashMap<>();
    long ell = 1;
    for (int k = 0; k < terms.length; k++) {
      String t = terms[k];
      int[] s = shapes[k];
      String labels = t.replace("...", "");
      int e = s.length - labels.length();
      if (t.startsWith("...")) {
        long p = 1;
        for (int a = 0; a < e; a++) {
          p *= s[a];
        }
        ell = Math.max(ell, p);
      }
      for (int p = 0; p < labels.length(); p++) {
        size.put(labels.charAt(p), s[(t.startsWith("...") ? e : 0) + p]);
      }
    }
    long n = out.startsWith("...") ? ell : 1;
    for (char c : out.replace("...", "").toCharArray()) {
      n *= size.get(c);
    }
    return n;
  }
}
