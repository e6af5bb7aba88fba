/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise contraction orders for specs with three or more operands, in the manner of opt_einsum: dynamic
 * programming over subsets up to {@link #DP_LIMIT} operands, greedy beyond. Sizes are not known at build time,
 * so {@link #candidates} runs the optimizer under several size scenarios (all labels equal; each label much
 * larger; each label much smaller) and keeps the distinct winners; the generated code picks among them at call
 * time with their cost formula. The cost of a step is NumPy's {@code einsum_path} FLOP count: the product of the
 * sizes of every label it touches, times 2 when it sums over a label. Like NumPy's {@code optimize='optimal'},
 * no intermediate may be larger than the largest operand or the output (when no path fits, the result is
 * a single step over all operands). Internal: shared by the processor (build time) and
 * {@link org.einsum4j.Einsums#path} (run time).
 */
public final class PathOptimizer {
  /** Up to this many operands the order is optimal (DP over subsets); beyond it, greedy. */
  public static final int DP_LIMIT = 8;
  /** At most this many candidate paths are generated per method. */
  public static final int MAX_CANDIDATES = 6;

  private PathOptimizer() {}

  /**
   * One pairwise step: contracts intermediate {@code left} with {@code right} (indices into the list of live
   * intermediates at that point, NumPy's {@code einsum_path} convention: both removed, the result appended).
   *
   * @param left the first intermediate's position
   * @param right the second intermediate's position ({@code > left})
   * @param leftLabels the first intermediate's labels (as written, may repeat for an input)
   * @param rightLabels the second intermediate's labels
   * @param outLabels the step result's labels
   */
  public record Step(int left, int right, String leftLabels, String rightLabels, String outLabels) {
    /** Returns the step as an einsum spec, e.g. {@code ij,jk->ik}. */
    public String spec() {
      return leftLabels + "," + rightLabels + "->" + outLabels;
    }

    /** Returns the distinct labels the step touches. */
    public String labels() {
      StringBuilder sb = new StringBuilder();
      for (char c : (leftLabels + rightLabels).toCharArray()) {
        if (sb.indexOf(String.valueOf(c)) < 0) {
          sb.append(c);
        }
      }
      return sb.toString();
    }
  }

  /**
   * Returns the distinct candidate paths for the operands' terms and the output, each intermediate's labels in
   * the order {@link Intermediates#arrange} chooses for the steps that write and read it.
   *
   * @param inputs each operand's labels
   * @param output the output's labels
   * @return up to {@link #MAX_CANDIDATES} paths, each a list of {@code inputs.size() - 1} steps
   */
  public static List<List<Step>> candidates(List<String> inputs, String output) {
    String labels = distinct(String.join("", inputs));
    List<Map<Character, Long>> scenarios = new ArrayList<>();
    scenarios.add(uniform(labels, 64));
    for (char c : labels.toCharArray()) {
      if (scenarios.size() > 4 * MAX_CANDIDATES) {
        break;
      }
      Map<Character, Long> big = uniform(labels, 32);
      big.put(c, 2048L);
      scenarios.add(big);
      Map<Character, Long> small = uniform(labels, 256);
      small.put(c, 2L);
      scenarios.add(small);
    }
    Set<List<Step>> found = new LinkedHashSet<>();
    for (Map<Character, Long> sizes : scenarios) {
      found.add(optimize(inputs, output, sizes));
      if (found.size() == MAX_CANDIDATES) {
        break;
      }
    }
    List<List<Step>> arranged = new ArrayList<>();
    for (List<Step> path : found) {
      arranged.add(path.isEmpty() ? path : Intermediates.arrange(inputs, output, path));
    }
    return arranged;
  }

  private static Map<Character, Long> uniform(String labels, long size) {
    Map<Character, Long> m = new HashMap<>();
    for (char c : labels.toCharArray()) {
      m.put(c, size);
    }
    return m;
  }

  /**
   * Returns the cheapest path for given sizes: optimal up to {@link #DP_LIMIT} operands, greedy beyond.
   *
   * @param inputs each operand's labels
   * @param output the output's labels
   * @param sizes every label's size
   * @return the steps
   */
  public static List<Step> optimize(List<String> inputs, String output, Map<Character, Long> sizes) {
    return inputs.size() <= DP_LIMIT ? dp(inputs, output, sizes) : greedy(inputs, output, sizes);
  }

  /** Returns the total NumPy FLOP count of a path under given sizes. */
  public static double cost(List<Step> path, Map<Character, Long> sizes) {
    double total = 0;
    for (Step s : path) {
      total += flops(s, sizes);
    }
    return total;
  }

  /** Returns NumPy's FLOP count of one step: the product of its labels' sizes, doubled when it sums. */
  public static double flops(Step s, Map<Character, Long> sizes) {
    boolean sums = false;
    for (char c : s.labels().toCharArray()) {
      sums |= s.outLabels().indexOf(c) < 0;
    }
    return product(s.labels(), sizes) * (sums ? 2 : 1);
  }

  private static double product(String labels, Map<Character, Long> sizes) {
    double p = 1;
    for (char c : labels.toCharArray()) {
      p *= sizes.get(c);
    }
    return p;
  }

  /** The labels a contraction of the operands in {@code set} keeps: those needed outside it. */
  private static String kept(List<String> inputs, String output, int set) {
    StringBuilder inside = new StringBuilder();
    StringBuilder outside = new StringBuilder(output);
    for (int i = 0; i < inputs.size(); i++) {
      ((set >> i & 1) != 0 ? inside : outside).append(inputs.get(i));
    }
    StringBuilder keep = new StringBuilder();
    for (char c : distinct(inside.toString()).toCharArray()) {
      if (outside.indexOf(String.valueOf(c)) >= 0) {
        keep.append(c);
      }
    }
    return keep.toString();
  }

  private static List<Step> dp(List<String> inputs, String output, Map<Character, Long> sizes) {
    int n = inputs.size();
    int full = (1 << n) - 1;
    double[] best = new double[1 << n];
    int[] split = new int[1 << n];
    String[] labels = new String[1 << n];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    double memoryLimit = product(distinct(output), sizes);
    for (String in : inputs) {
      memoryLimit = Math.max(memoryLimit, product(in, sizes));
    }
    for (int i = 0; i < n; i++) {
      best[1 << i] = 0;
      labels[1 << i] = inputs.get(i);
    }
    for (int set = 1; set <= full; set++) {
      if (Integer.bitCount(set) < 2) {
        continue;
      }
      labels[set] = set == full ? output : kept(inputs, output, set);
      // enumerate splits with the lowest member in the first part, so each split is seen once
      int low = set & -set;
      for (int sub = (set - 1) & set; sub > 0; sub = (sub - 1) & set) {
        if ((sub & low) == 0) {
          continue;
        }
        int other = set ^ sub;
        if (best[sub] == Double.POSITIVE_INFINITY || best[other] == Double.POSITIVE_INFINITY) {
          continue;
        }
        String touched = distinct(labels[sub] + labels[other]);
        if (set != full && product(labels[set], sizes) > memoryLimit) {
          continue;
        }
        double c = best[sub] + best[other] + product(touched, sizes) * (touched.length() > labels[set].length() ? 2 : 1);
        if (c < best[set]) {
          best[set] = c;
          split[set] = sub;
        }
      }
    }
    if (best[full] == Double.POSITIVE_INFINITY) {
      return List.of();
    }
    // replay the tree as steps over a list of live intermediates, leaves in input order
    List<Integer> live = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      live.add(1 << i);
    }
    List<Step> steps = new ArrayList<>();
    emit(full, split, labels, live, steps);
    return steps;
  }

  private static void emit(int set, int[] split, String[] labels, List<Integer> live, List<Step> steps) {
    if (Integer.bitCount(set) < 2) {
      return;
    }
    int a = split[set];
    int b = set ^ a;
    emit(a, split, labels, live, steps);
    emit(b, split, labels, live, steps);
    int ia = live.indexOf(a);
    int ib = live.indexOf(b);
    int left = Math.min(ia, ib);
    int right = Math.max(ia, ib);
    steps.add(new Step(left, right, labels[live.get(left)], labels[live.get(right)], labels[set]));
    live.remove(right);
    live.remove(left);
    live.add(set);
  }

  private static List<Step> greedy(List<String> inputs, String output, Map<Character, Long> sizes) {
    List<String> live = new ArrayList<>(inputs);
    List<Step> steps = new ArrayList<>();
    while (live.size() > 1) {
      int bi = 0;
      int bj = 1;
      double bestCost = Double.POSITIVE_INFINITY;
      String bestOut = null;
      for (int i = 0; i < live.size(); i++) {
        for (int j = i + 1; j < live.size(); j++) {
          String out = live.size() == 2 ? output : keptPair(live, i, j, output);
          // prefer the pair whose result is smallest relative to its inputs, then the cheapest
          double c = product(out, sizes) - product(distinct(live.get(i)), sizes)
              - product(distinct(live.get(j)), sizes);
          c = c * 1e-3 + product(distinct(live.get(i) + live.get(j)), sizes) * 1e-9;
          if (c < bestCost) {
            bestCost = c;
            bi = i;
            bj = j;
            bestOut = out;
          }
        }
      }
      steps.add(new Step(bi, bj, live.get(bi), live.get(bj), bestOut));
      live.remove(bj);
      live.remove(bi);
      live.add(bestOut);
    }
    return steps;
  }

  private static String keptPair(List<String> live, int i, int j, String output) {
    StringBuilder outside = new StringBuilder(output);
    for (int k = 0; k < live.size(); k++) {
      if (k != i && k != j) {
        outside.append(live.get(k));
      }
    }
    StringBuilder keep = new StringBuilder();
    for (char c : distinct(live.get(i) + live.get(j)).toCharArray()) {
      if (outside.indexOf(String.valueOf(c)) >= 0) {
        keep.append(c);
      }
    }
    return keep.toString();
  }

  /**
   * Returns the labels of {@code s} without repeats, in order of first appearance.
   *
   * @param s labels
   * @return the distinct labels
   */
  public static String distinct(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
