/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.einsum4j.FloatTensor;

/**
 * One workload of the seed suite: its name, spec and sizes, numpy's FLOP count for it, how the machine limits
 * it, the best alternative measured on this machine, and how to run it as a generated kernel (allocating its
 * result, or into the caller's {@code out}) and as naive loops.
 *
 * <p>The machine: its fp32 peak and memory bandwidth, as {@link SeedSuiteRunner} measured them this session
 * ({@link Machine}, {@link #useLimits}); until then the figures of the machine the suite was first run on,
 * {@value #PEAK_GFLOPS} GFLOP/s on 2 threads and {@value #BANDWIDTH_GBS} GB/s. A compute workload's limit is {@code min(peak, intensity × bandwidth)} where the intensity is its FLOP count
 * over the bytes it must move at least once (every input read and the output written, 4 bytes a float).
 */
public final class Workload {
  /** fp32 peak of the machine the suite was first run on (a Zen 4), GFLOP/s on 2 threads: the default. */
  public static final double PEAK_GFLOPS = 222;
  /** Memory bandwidth of that machine, GB/s (a 2-thread triad): the default. */
  public static final double BANDWIDTH_GBS = 22;

  private static volatile double peak = PEAK_GFLOPS;
  private static volatile double bandwidth = BANDWIDTH_GBS;

  /**
   * Rates every workload against these limits from now on: those measured on this machine, this session.
   *
   * @param peakGflops the fp32 FMA peak on the suite's threads, GFLOP/s
   * @param bandwidthGbs the triad bandwidth on the suite's threads, GB/s
   */
  public static void useLimits(double peakGflops, double bandwidthGbs) {
    if (!(peakGflops > 0) || !(bandwidthGbs > 0)) {
      throw new IllegalArgumentException("limits must be positive: " + peakGflops + ", " + bandwidthGbs);
    }
    peak = peakGflops;
    bandwidth = bandwidthGbs;
  }

  /** Returns the fp32 peak in use, GFLOP/s. */
  public static double peakGflops() {
    return peak;
  }

  /** Returns the memory bandwidth in use, GB/s. */
  public static double bandwidthGbs() {
    return bandwidth;
  }

  /** What bounds a workload, and so what its result is compared with. */
  public enum Kind {
    /** FLOPs: GFLOP/s against {@code min(peak, intensity × bandwidth)}. */
    COMPUTE,
    /** Moves data without arithmetic (a materialized permute): GB/s against the bandwidth. */
    BANDWIDTH,
    /** Too small to be bound by either (a trace reads one element per cache line): time only. */
    TIME
  }

  /** Runs a workload's generated {@code @Einsum} method. */
  @FunctionalInterface
  public interface EinsumCall {
    FloatTensor call(SeedSuite suite, FloatTensor[] inputs);
  }

  /** Runs a workload's generated {@code void ...Into(..., FloatTensor out)} method. */
  @FunctionalInterface
  public interface IntoCall {
    void call(SeedSuite suite, FloatTensor[] inputs, FloatTensor out);
  }

  /** Runs a workload's naive loops on row-major arrays; returns the row-major result. */
  @FunctionalInterface
  public interface NaiveCall {
    float[] call(Map<Character, Integer> sizes, float[][] inputs);
  }

  /**
   * The seed suite, in the order of SEED-SUITE.md, then the extra workloads. The GFLOP counts are numpy's
   * optimized-path counts ({@code np.einsum_path(..., optimize="optimal")}) in full; peers-2026-11-22.jsonl
   * gives the same counts rounded.
   */
  public static final List<Workload> ALL = List.of(
      compute("luong_scores", "bsh,bh->bs", "luongScores", sizes("b", 64, "s", 128, "h", 512), 0.008388608,
          8.9, "GFLOP/s", "numpy", (s, in) -> s.luongScores(in[0], in[1]),
          (s, in, out) -> s.luongScoresInto(in[0], in[1], out), Naive::luongScores),
      compute("luong_context", "bs,bsh->bh", "luongContext", sizes("b", 64, "s", 128, "h", 512), 0.008388608,
          11.0, "GFLOP/s", "numpy", (s, in) -> s.luongContext(in[0], in[1]),
          (s, in, out) -> s.luongContextInto(in[0], in[1], out), Naive::luongContext),
      compute("bmm", "bik,bkj->bij", "bmm", sizes("b", 32, "i", 256, "k", 256, "j", 256), 1.073741824,
          148, "GFLOP/s", "TF-Java", (s, in) -> s.bmm(in[0], in[1]),
          (s, in, out) -> s.bmmInto(in[0], in[1], out), Naive::bmm),
      compute("gemm", "ik,kj->ij", "gemm", sizes("i", 1024, "k", 1024, "j", 1024), 2.147483648,
          183, "GFLOP/s", "TF-Java (oneDNN)", (s, in) -> s.gemm(in[0], in[1]),
          (s, in, out) -> s.gemmInto(in[0], in[1], out), Naive::gemm),
      compute("head_proj", "bshd,hde->bshe", "headProj", sizes("b", 16, "s", 128, "h", 8, "d", 64, "e", 64),
          0.134217728, 52, "GFLOP/s", "TF-Java", (s, in) -> s.headProj(in[0], in[1]),
          (s, in, out) -> s.headProjInto(in[0], in[1], out), Naive::headProj),
      compute("rel_scores", "bihd,bjhd->bijh", "relScores", sizes("b", 8, "i", 128, "j", 128, "h", 8, "d", 64),
          0.134217728, 29, "GFLOP/s", "TF-Java", (s, in) -> s.relScores(in[0], in[1]),
          (s, in, out) -> s.relScoresInto(in[0], in[1], out), Naive::relScores),
      compute("rel_pos_scores", "bihd,ijhd->bijh", "relPosScores",
          sizes("b", 8, "i", 128, "j", 128, "h", 8, "d", 64), 0.134217728, 12, "GFLOP/s", "TF-Java",
          (s, in) -> s.relPosScores(in[0], in[1]),
          (s, in, out) -> s.relPosScoresInto(in[0], in[1], out), Naive::relPosScores),
      compute("rel_context", "bijh,bjhd->bihd", "relContext", sizes("b", 8, "i", 128, "j", 128, "h", 8, "d", 64),
          0.134217728, 33, "GFLOP/s", "TF-Java", (s, in) -> s.relContext(in[0], in[1]),
          (s, in, out) -> s.relContextInto(in[0], in[1], out), Naive::relContext),
      new Workload("permute", "bshd->bhsd", "permute", sizes("b", 16, "s", 256, "h", 8, "d", 64), 0.002097152,
          Kind.BANDWIDTH, 1.0, "ms", "torch", (s, in) -> s.permute(in[0]),
          (s, in, out) -> s.permuteInto(in[0], out), Naive::permute),
      compute("chain3", "ij,jk,kl->il", "chain3", sizes("i", 256, "j", 512, "k", 512, "l", 256), 0.201326592,
          119, "GFLOP/s", "TF-Java (2 calls) / torch", (s, in) -> s.chain3(in[0], in[1], in[2]),
          (s, in, out) -> s.chain3Into(in[0], in[1], in[2], out), Naive::chain3),
      // numpy counts 2·i = 8192 FLOPs (0.0 once rounded); reported as time only.
      new Workload("trace", "ii->", "trace", sizes("i", 4096), 8.192e-6, Kind.TIME, 0.017, "ms", "naive Java",
          (s, in) -> s.trace(in[0]), (s, in, out) -> s.traceInto(in[0], out), Naive::trace),
      compute("bilinear", "bi,ij,bj->b", "bilinear", sizes("b", 256, "i", 512, "j", 512), 0.134479872,
          128, "GFLOP/s", "numpy", (s, in) -> s.bilinear(in[0], in[1], in[2]),
          (s, in, out) -> s.bilinearInto(in[0], in[1], in[2], out), Naive::bilinear),
      // Seed 003's context without the [B,S,S,H,D] temporary v.unsqueeze(1) + av. Counted as the two
      // contractions the group distributes into, each of rel_context's size: 2 × 2·b·i·j·h·d = 0.268 GFLOP.
      // The alternative is torch running the seed's materialized form, in ms (SEED-SUITE.md).
      new Workload("rel_context_fused", "bijh,(bjhd+ijhd)->bihd", "relContextFused",
          sizes("b", 8, "i", 128, "j", 128, "h", 8, "d", 64), 0.268435456, Kind.COMPUTE, 256, "ms",
          "torch, materialized", (s, in) -> s.relContextFused(in[0], in[1], in[2]),
          (s, in, out) -> s.relContextFusedInto(in[0], in[1], in[2], out), Naive::relContextFused),
      // Not in the seed suite: a 5-operand chain, small because today's kernels run it as one loop nest.
      // numpy's optimal path: 4 pairwise products of 2·32³ FLOPs each.
      compute("chain5", "ab,bc,cd,de,ef->af", "chain5", sizes("a", 32, "b", 32, "c", 32, "d", 32, "e", 32, "f", 32),
          2.62144e-4, Double.NaN, "", "", (s, in) -> s.chain5(in[0], in[1], in[2], in[3], in[4]),
          (s, in, out) -> s.chain5Into(in[0], in[1], in[2], in[3], in[4], out), Naive::chain5));

  private final String name;
  private final String spec;
  private final String method;
  private final Map<Character, Integer> sizes;
  private final double gflop;
  private final Kind kind;
  private final double bestAlternative;
  private final String bestAlternativeUnit;
  private final String bestAlternativeWho;
  private final EinsumCall einsum;
  private final IntoCall into;
  private final NaiveCall naive;

  private Workload(String name, String spec, String method, Map<Character, Integer> sizes, double gflop,
      Kind kind, double bestAlternative, String bestAlternativeUnit, String bestAlternativeWho, EinsumCall einsum,
      IntoCall into, NaiveCall naive) {
    this.name = name;
    this.spec = spec;
    this.method = method;
    this.sizes = Collections.unmodifiableMap(sizes);
    this.gflop = gflop;
    this.kind = kind;
    this.bestAlternative = bestAlternative;
    this.bestAlternativeUnit = bestAlternativeUnit;
    this.bestAlternativeWho = bestAlternativeWho;
    this.einsum = einsum;
    this.into = into;
    this.naive = naive;
  }

  private static Workload compute(String name, String spec, String method, Map<Character, Integer> sizes,
      double gflop, double alt, String altUnit, String altWho, EinsumCall einsum, IntoCall into,
      NaiveCall naive) {
    return new Workload(name, spec, method, sizes, gflop, Kind.COMPUTE, alt, altUnit, altWho, einsum, into, naive);
  }

  private static Map<Character, Integer> sizes(Object... labelsAndSizes) {
    Map<Character, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndSizes.length; i += 2) {
      m.put(((String) labelsAndSizes[i]).charAt(0), (Integer) labelsAndSizes[i + 1]);
    }
    return m;
  }

  /**
   * Returns the workload of that name.
   *
   * @param name a name from {@link #ALL}
   * @return the workload
   * @throws IllegalArgumentException if there is none
   */
  public static Workload named(String name) {
    for (Workload w : ALL) {
      if (w.name.equals(name)) {
        return w;
      }
    }
    throw new IllegalArgumentException("no workload named " + name);
  }

  public String name() {
    return name;
  }

  public String spec() {
    return spec;
  }

  /** Returns the name of the {@link SeedSuite} method that computes this workload. */
  public String method() {
    return method;
  }

  /** Returns the name of the {@link SeedSuite} method that computes this workload into {@code out}. */
  public String intoMethod() {
    return method + "Into";
  }

  /** Returns the full sizes by label, in the order of SEED-SUITE.md. */
  public Map<Character, Integer> sizes() {
    return sizes;
  }

  /** Returns numpy's optimized-path FLOP count at the full sizes, in GFLOP (for permute: elements). */
  public double gflop() {
    return gflop;
  }

  public Kind kind() {
    return kind;
  }

  /** Returns the best alternative's number (in {@link #bestAlternativeUnit()}), or NaN if none was measured. */
  public double bestAlternative() {
    return bestAlternative;
  }

  /** Returns {@code "GFLOP/s"} or {@code "ms"}. */
  public String bestAlternativeUnit() {
    return bestAlternativeUnit;
  }

  public String bestAlternativeWho() {
    return bestAlternativeWho;
  }

  /** Runs the generated kernel. */
  public FloatTensor einsum(SeedSuite suite, FloatTensor[] inputs) {
    return einsum.call(suite, inputs);
  }

  /**
   * Runs the generated kernel's {@code out} form, overwriting {@code out}.
   *
   * @param out a tensor of the result's shape, see {@link #newOut}
   */
  public void into(SeedSuite suite, FloatTensor[] inputs, FloatTensor out) {
    into.call(suite, inputs, out);
  }

  /**
   * Returns a new tensor of the result's shape at the given sizes, for {@link #into}: 0-d for {@code trace}.
   *
   * @param sizes the sizes
   * @return a tensor of zeros
   */
  public FloatTensor newOut(Map<Character, Integer> sizes) {
    return FloatTensor.zeros(shape(outputTerm(), sizes));
  }

  /** Runs the naive loops on the inputs' arrays (which must be contiguous). */
  public float[] naive(Map<Character, Integer> sizes, float[][] inputs) {
    return naive.call(sizes, inputs);
  }

  /** Returns each operand's labels, in spec order, the members of a group {@code (..+..)} one by one. */
  public List<String> operandTerms() {
    return List.of(spec.substring(0, spec.indexOf("->")).replace("(", "").replace(")", "").split("[,+]", -1));
  }

  /**
   * Returns the operands of each factor of the product, in spec order: one operand for a plain term, every
   * member of a group {@code (..+..)}, whose values are summed before they are multiplied.
   *
   * @return per factor, indices into {@link #operandTerms()}
   */
  public List<int[]> factors() {
    List<int[]> f = new ArrayList<>();
    int k = 0;
    for (String slot : spec.substring(0, spec.indexOf("->")).split(",", -1)) {
      int n = slot.split("\\+", -1).length;
      int[] members = new int[n];
      for (int m = 0; m < n; m++) {
        members[m] = k++;
      }
      f.add(members);
    }
    return f;
  }

  /** Returns the labels of the spec, each once, in order of first appearance. */
  public String labels() {
    StringBuilder sb = new StringBuilder();
    for (char c : spec.toCharArray()) {
      if (Character.isLetter(c) && sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Returns the output's labels. */
  public String outputTerm() {
    return spec.substring(spec.indexOf("->") + 2);
  }

  /** Returns the shape of a term at the given sizes. */
  public static int[] shape(String term, Map<Character, Integer> sizes) {
    int[] s = new int[term.length()];
    for (int i = 0; i < s.length; i++) {
      s[i] = sizes.get(term.charAt(i));
    }
    return s;
  }

  /** Returns the number of elements of a term at the given sizes. */
  public static long elements(String term, Map<Character, Integer> sizes) {
    long n = 1;
    for (int i = 0; i < term.length(); i++) {
      n *= sizes.get(term.charAt(i));
    }
    return n;
  }

  /** Returns the number of terms each output element sums: the product of the summed-over labels' sizes. */
  public long reductionLength(Map<Character, Integer> sizes) {
    long n = 1;
    String out = outputTerm();
    for (Map.Entry<Character, Integer> e : sizes.entrySet()) {
      if (out.indexOf(e.getKey()) < 0) {
        n *= e.getValue();
      }
    }
    return n;
  }

  /**
   * Returns the least bytes the workload must move at the full sizes: every input read once and the output
   * written once, 4 bytes a float.
   */
  public long bytesMoved() {
    long n = elements(outputTerm(), sizes);
    for (String t : operandTerms()) {
      n += elements(t, sizes);
    }
    return 4 * n;
  }

  /** Returns FLOPs per byte moved, by numpy's FLOP count. */
  public double intensity() {
    return gflop * 1e9 / bytesMoved();
  }

  /**
   * Returns the machine's limit for this workload: GFLOP/s for {@link Kind#COMPUTE}, GB/s for
   * {@link Kind#BANDWIDTH}, NaN for {@link Kind#TIME}.
   */
  public double limit() {
    switch (kind) {
      case COMPUTE:
        return Math.min(peak, intensity() * bandwidth);
      case BANDWIDTH:
        return bandwidth;
      default:
        return Double.NaN;
    }
  }

  /** Returns {@code "compute"}, {@code "bandwidth"} or {@code "time"}: what sets {@link #limit()}. */
  public String bound() {
    switch (kind) {
      case COMPUTE:
        return intensity() * bandwidth >= peak ? "compute" : "bandwidth";
      case BANDWIDTH:
        return "bandwidth";
      default:
        return "time";
    }
  }

  /**
   * Returns numpy's FLOP count for a one- or two-operand spec, computed the way {@code np.einsum_path} does:
   * the product of all label sizes times {@code max(1, operands - 1)}, plus one if some label is summed.
   *
   * @param sizes the sizes
   * @return the FLOP count
   * @throws IllegalStateException for more than two operands, where numpy's count depends on its path
   */
  public double numpyFlops(Map<Character, Integer> sizes) {
    int ops = operandTerms().size();
    if (ops > 2) {
      throw new IllegalStateException(name + ": numpy's count for " + ops + " operands depends on its path");
    }
    double all = 1;
    for (int v : sizes.values()) {
      all *= v;
    }
    boolean inner = sizes.keySet().stream().anyMatch(c -> outputTerm().indexOf(c) < 0);
    return all * (Math.max(1, ops - 1) + (inner ? 1 : 0));
  }

  /**
   * Returns reduced sizes for checks and the interpreter: each label capped at {@code cap} minus its position
   * among the labels (at least 2), so that no two labels share a size and a swapped axis shows.
   *
   * @param cap the largest size
   * @return the reduced sizes
   */
  public Map<Character, Integer> reduced(int cap) {
    Map<Character, Integer> m = new LinkedHashMap<>();
    int k = 0;
    for (Map.Entry<Character, Integer> e : sizes.entrySet()) {
      m.put(e.getKey(), Math.min(e.getValue(), Math.max(2, cap - k)));
      k++;
    }
    return m;
  }

  /**
   * Returns deterministic random inputs, uniform in [-1, 1), contiguous and row-major.
   *
   * @param sizes the sizes
   * @param seed the seed; operand {@code k} uses {@code seed + k}
   * @return one tensor per operand
   */
  public FloatTensor[] inputs(Map<Character, Integer> sizes, long seed) {
    List<String> terms = operandTerms();
    FloatTensor[] t = new FloatTensor[terms.size()];
    for (int k = 0; k < t.length; k++) {
      SplittableRandom r = new SplittableRandom(seed + k);
      int[] shape = shape(terms.get(k), sizes);
      float[] a = new float[Math.toIntExact(elements(terms.get(k), sizes))];
      for (int i = 0; i < a.length; i++) {
        a[i] = (float) (2 * r.nextDouble() - 1);
      }
      t[k] = FloatTensor.of(a, shape);
    }
    return t;
  }

  /** Returns the inputs' backing arrays, for the naive loops. */
  public static float[][] arrays(FloatTensor[] inputs) {
    List<float[]> a = new ArrayList<>();
    for (FloatTensor t : inputs) {
      a.add(t.contiguous().array());
    }
    return a.toArray(new float[0][]);
  }

  /** Returns the workload names, in table order. */
  public static String[] names() {
    return ALL.stream().map(Workload::name).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return name + " " + spec + " " + sizes;
  }
}
