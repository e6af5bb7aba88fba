/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the label order of every intermediate of a pairwise path, so that the step that writes it and the step
 * that reads it run as few and as large matrix products as they can. A path from {@link PathOptimizer} fixes
 * which labels each intermediate keeps, not their order; the order decides whether the GEMM engine sees one
 * product or a batch of small ones. In {@code gc,ebch->ebgh} the N labels {@code e b h} are split by {@code g}
 * in the result and by {@code c} in the operand, so the engine runs {@code e·b} products of {@code g × h}; with the
 * intermediates ordered {@code cebh} and {@code gebh} it is one product of {@code g × ebh}.
 *
 * <p>The cost of a path under given orders is the sum of its steps' costs, every label taken to have the same
 * size {@link #SIZE} (sizes are not known when the processor plans). A step with the shape of a matrix product
 * is costed as the engine runs it ({@code MatmulStep}): the labels of each group (batch, M, N, K) merge into one
 * dimension where they are adjacent and in the same order in both tensors that have them; the largest merged
 * run of M, N and K is the product's m, n and k, the others become a loop of separate products. Each product
 * costs a fixed {@link #CALL_NS}, its multiply-adds at {@link #FLOPS_PER_NS} and its packing and stores at
 * {@link #BYTES_PER_NS}, times {@link #STRIDED} for a tensor whose innermost label is not in the product's
 * dimensions (it is then read or written one element per cache line). Any other step runs on the nest engine,
 * whose cost does not depend on the order unless no label is innermost in every tensor that has it (then its
 * lines are strided). The constants are rounded from the GEMM engine's measured rates on one core
 * ({@code PathChoiceBench} and {@code EinsumIntoBench}); only their ratios matter here.
 *
 * <p>Each intermediate's candidate orders are the one the path search wrote, and those that make it contiguous
 * for its producer ({@code [batch][M][N]} or {@code [batch][N][M]}) or for its consumer ({@code
 * [batch][free][K]} or {@code [batch][K][free]}, each group in the order of the tensor it must match). The
 * intermediates are improved one at a time, a few rounds over all of them. A candidate is taken only when no
 * step gets more {@linkplain #defects defects} (splits and strided tensors, counts that hold at any sizes) and
 * there are fewer in all, or as many at a lower cost: deterministic, and no step is ever made worse than with
 * the path search's own order (in those counts), whatever the sizes turn out to be. Internal: shared by the
 * processor and {@code Einsums.path}.
 */
public final class Intermediates {
  /** The size every label is taken to have. */
  static final double SIZE = 32;
  /** The fixed cost of one matrix product in a batch of them, in nanoseconds. */
  static final double CALL_NS = 200;
  /** The GEMM engine's multiply-add rate on one core, in FLOPs per nanosecond. */
  static final double FLOPS_PER_NS = 60;
  /** The rate of packing and storing, in bytes per nanosecond. */
  static final double BYTES_PER_NS = 10;
  /** How much more a strided tensor's traffic costs. */
  static final double STRIDED = 8;
  /** The nest engine's cost per point of its loops and factor, in nanoseconds. */
  static final double NEST_NS = 0.15;
  private static final int ROUNDS = 3;

  private Intermediates() {}

  /**
   * Returns the path with each intermediate's labels reordered for the steps that write and read it. The
   * steps, their operands and the labels each intermediate keeps are unchanged; only the order of the
   * intermediates' labels (in the step that writes them and the step that reads them) changes.
   *
   * @param inputs each operand's labels
   * @param output the output's labels
   * @param path the steps, in {@link PathOptimizer.Step}'s convention
   * @return the path, reordered
   */
  public static List<PathOptimizer.Step> arrange(List<String> inputs, String output, List<PathOptimizer.Step> path) {
    Tree tree = new Tree(inputs, output, path);
    for (int round = 0; round < ROUNDS; round++) {
      boolean changed = false;
      for (int t = inputs.size(); t < tree.order.length - 1; t++) {
        double best = tree.cost();
        int[] bestDefects = tree.defects();
        String keep = tree.order[t];
        for (String candidate : tree.candidates(t)) {
          tree.order[t] = candidate;
          int[] d = tree.defects();
          double c = tree.cost();
          if (better(d, c, bestDefects, best)) {
            best = c;
            bestDefects = d;
            keep = candidate;
            changed = true;
          }
        }
        tree.order[t] = keep;
      }
      if (!changed) {
        break;
      }
    }
    return tree.steps();
  }

  /**
   * Whether orders with per-step defects {@code d} and cost {@code c} are better than the best so far: no step has
   * more defects, and there are fewer in all, or as many at a lower cost. Defects do not depend on the sizes, so
   * a step is never made worse for sizes unlike {@link #SIZE}.
   */
  private static boolean better(int[] d, double c, int[] bestDefects, double best) {
    int sum = 0;
    int bestSum = 0;
    for (int s = 0; s < d.length; s++) {
      if (d[s] > bestDefects[s]) {
        return false;
      }
      sum += d[s];
      bestSum += bestDefects[s];
    }
    return sum < bestSum || sum == bestSum && c < best * (1 - 1e-9);
  }

  /**
   * Returns the cost this class gives a path, in nanoseconds at {@link #SIZE} per label (for tests and for
   * comparing orders).
   *
   * @param inputs each operand's labels
   * @param output the output's labels
   * @param path the steps
   * @return the cost
   */
  public static double cost(List<String> inputs, String output, List<PathOptimizer.Step> path) {
    return new Tree(inputs, output, path).cost();
  }

  /** A path as a tree of tensors: inputs first, then one intermediate per step, the last being the output. */
  private static final class Tree {
    final int n;
    final List<PathOptimizer.Step> path;
    /** Per step: the tensor numbers of its left and right operand. */
    final int[] left;
    final int[] right;
    /** Per tensor: its labels in order (inputs and the output fixed, intermediates chosen). */
    final String[] order;

    Tree(List<String> inputs, String output, List<PathOptimizer.Step> path) {
      this.n = inputs.size();
      this.path = path;
      int steps = path.size();
      left = new int[steps];
      right = new int[steps];
      order = new String[n + steps];
      List<Integer> live = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        live.add(i);
        order[i] = inputs.get(i);
      }
      for (int s = 0; s < steps; s++) {
        PathOptimizer.Step st = path.get(s);
        left[s] = live.get(st.left());
        right[s] = live.get(st.right());
        live.remove(st.right());
        live.remove(st.left());
        live.add(n + s);
        order[n + s] = s == steps - 1 ? output : st.outLabels();
      }
    }

    List<PathOptimizer.Step> steps() {
      List<PathOptimizer.Step> out = new ArrayList<>();
      for (int s = 0; s < path.size(); s++) {
        PathOptimizer.Step st = path.get(s);
        out.add(new PathOptimizer.Step(st.left(), st.right(), order[left[s]], order[right[s]], order[n + s]));
      }
      return out;
    }

    double cost() {
      double c = 0;
      for (int s = 0; s < path.size(); s++) {
        c += stepCost(order[left[s]], order[right[s]], order[n + s]);
      }
      return c;
    }

    int[] defects() {
      int[] d = new int[path.size()];
      for (int s = 0; s < path.size(); s++) {
        d[s] = Intermediates.defects(order[left[s]], order[right[s]], order[n + s]);
      }
      return d;
    }

    /** The orders worth trying for intermediate {@code t}: its producer's and its consumer's contiguous ones. */
    Set<String> candidates(int t) {
      Set<String> out = new LinkedHashSet<>();
      int producer = t - n;
      String a = order[left[producer]];
      String b = order[right[producer]];
      Groups g = Groups.of(a, b, order[t]);
      if (g != null) {
        String batch = inOrder(g.batch, a);
        String m = inOrder(g.m, a);
        String nn = inOrder(g.n, b);
        out.add(batch + m + nn);
        out.add(batch + nn + m);
      }
      for (int s = 0; s < path.size(); s++) {
        if (left[s] != t && right[s] != t) {
          continue;
        }
        String other = order[left[s] == t ? right[s] : left[s]];
        String result = order[n + s];
        Groups h = left[s] == t ? Groups.of(order[t], other, result) : Groups.of(other, order[t], result);
        if (h != null) {
          String mine = order[t];
          String batch = inOrder(keep(h.batch, mine), other);
          String k = inOrder(keep(h.k, mine), other);
          String free = inOrder(keep(h.m + h.n, mine), result);
          out.add(batch + free + k);
          out.add(batch + k + free);
        }
      }
      out.remove(order[t]);
      return out;
    }
  }

  /** The labels of {@code labels} that {@code in} has. */
  private static String keep(String labels, String in) {
    StringBuilder sb = new StringBuilder();
    for (char c : labels.toCharArray()) {
      if (in.indexOf(c) >= 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The labels of {@code group}, in the order {@code tensor} has them (any it lacks last, as given). */
  private static String inOrder(String group, String tensor) {
    StringBuilder sb = new StringBuilder();
    for (char c : tensor.toCharArray()) {
      if (group.indexOf(c) >= 0 && sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    for (char c : group.toCharArray()) {
      if (sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A step's labels in the groups of a matrix product (the processor's rule), or null when it is not one. */
  private record Groups(String batch, String m, String n, String k) {
    static Groups of(String a, String b, String out) {
      if (repeats(a) || repeats(b)) {
        return null;
      }
      String[] g = matrixGroups(a, b, out);
      return g == null ? null : new Groups(g[0], g[1], g[2], g[3]);
    }
  }

  /**
   * Sorts a two-operand contraction's labels into the groups of a batched matrix product (the rule the processor
   * plans by): batch (in both operands and the result), M (the first operand alone, and the result), N (the
   * second alone, and the result) and K (both operands, summed), each in order of first appearance. It is a
   * matrix product when every label is in one of them (none is summed within one operand alone), there is a K
   * label, and an M or an N label.
   *
   * @param a the first operand's labels
   * @param b the second operand's labels
   * @param out the result's labels
   * @return the batch, M, N and K labels, or null when the contraction is not a matrix product
   */
  public static String[] matrixGroups(String a, String b, String out) {
    StringBuilder batch = new StringBuilder();
    StringBuilder m = new StringBuilder();
    StringBuilder n = new StringBuilder();
    StringBuilder k = new StringBuilder();
    for (char c : PathOptimizer.distinct(a + b).toCharArray()) {
      boolean inA = a.indexOf(c) >= 0;
      boolean inB = b.indexOf(c) >= 0;
      boolean inOut = out.indexOf(c) >= 0;
      if (inA && inB) {
        (inOut ? batch : k).append(c);
      } else if (!inOut) {
        return null;
      } else {
        (inA ? m : n).append(c);
      }
    }
    if (k.isEmpty() || m.isEmpty() && n.isEmpty()) {
      return null;
    }
    return new String[] {batch.toString(), m.toString(), n.toString(), k.toString()};
  }

  private static boolean repeats(String labels) {
    return PathOptimizer.distinct(labels).length() != labels.length();
  }

  /** Every label's size taken as {@link #SIZE}: indexed by the label's character. */
  private static final double[] UNIFORM = new double[128];

  static {
    java.util.Arrays.fill(UNIFORM, SIZE);
  }

  /** The cost of one step with these orders, every label of size {@link #SIZE}. */
  static double stepCost(String a, String b, String out) {
    return stepCost(a, b, out, UNIFORM);
  }

  /**
   * Returns the estimated time of one pairwise step, in nanoseconds on one core: as the GEMM engine runs it when
   * the step has the shape of a matrix product, else as the nest engine does.
   *
   * @param a the first operand's labels
   * @param b the second operand's labels
   * @param out the result's labels
   * @param size every label's size, indexed by its character
   * @return the estimate
   */
  static double stepCost(String a, String b, String out, double[] size) {
    Groups g = Groups.of(a, b, out);
    if (g == null) {
      return nestCost(a, b, out, size);
    }
    String mIn = keptRun(g.m, a, out, size);
    String nIn = keptRun(g.n, b, out, size);
    String kIn = keptRun(g.k, a, b, size);
    double m = product(mIn, size);
    double nn = product(nIn, size);
    double k = product(kIn, size);
    double calls = product(g.batch + g.m + g.n + g.k, size) / Math.max(1, m * nn * k);
    double fa = inner(a, mIn + kIn) ? 1 : STRIDED;
    double fb = inner(b, kIn + nIn) ? 1 : STRIDED;
    double fc = inner(out, mIn + nIn) ? 1 : STRIDED;
    double bytes = 4 * (m * k * fa + k * nn * fb + m * nn * fc);
    // small products waste the kernel's tile and its packing: rows in 8s, columns in 32s, sums in blocks
    double efficiency = m / (m + 4) * (nn / (nn + 16)) * (k / (k + 8));
    return calls * (CALL_NS + 2 * m * nn * k / (FLOPS_PER_NS * efficiency) + bytes / BYTES_PER_NS);
  }

  /**
   * Returns the product of the sizes of {@code labels}.
   *
   * @param labels labels, repeats counted each time
   * @param size every label's size, indexed by its character
   * @return the product
   */
  public static double product(String labels, double[] size) {
    double p = 1;
    for (int i = 0; i < labels.length(); i++) {
      p *= size[labels.charAt(i)];
    }
    return p;
  }

  /**
   * Returns how many times a matrix-shaped step's groups are split by these orders (0: each of M, N and K merges
   * into one dimension, so the engine runs one product per batch point), or -1 when the step is not one.
   */
  static int splits(String a, String b, String out) {
    Groups g = Groups.of(a, b, out);
    if (g == null) {
      return -1;
    }
    return Math.max(0, runs(g.m, a, out).length - 1) + Math.max(0, runs(g.n, b, out).length - 1)
        + runs(g.k, a, b).length - 1;
  }

  /**
   * Returns a step's defects under these orders, a count that does not depend on the sizes: for a matrix
   * product, each split of its M, N or K group ({@link #splits}) and each of its three tensors whose innermost
   * label is outside the product's dimensions (read or written strided); for a loop nest, 1 when no label is
   * innermost in every tensor that has it (its lines are strided), else 0.
   *
   * @param a the first operand's labels
   * @param b the second operand's labels
   * @param out the result's labels
   * @return the count
   */
  public static int defects(String a, String b, String out) {
    Groups g = Groups.of(a, b, out);
    if (g == null) {
      return unitLabel(a, b, out) ? 0 : 1;
    }
    String mIn = keptRun(g.m, a, out, UNIFORM);
    String nIn = keptRun(g.n, b, out, UNIFORM);
    String kIn = keptRun(g.k, a, b, UNIFORM);
    return splits(a, b, out) + (inner(a, mIn + kIn) ? 0 : 1) + (inner(b, kIn + nIn) ? 0 : 1)
        + (inner(out, mIn + nIn) ? 0 : 1);
  }

  private static boolean unitLabel(String a, String b, String out) {
    boolean unit = false;
    for (char c : PathOptimizer.distinct(a + b).toCharArray()) {
      unit |= last(a, c) && last(b, c) && last(out, c);
    }
    return unit;
  }

  private static double nestCost(String a, String b, String out, double[] size) {
    String all = PathOptimizer.distinct(a + b);
    double bytes = 4 * (product(a, size) + product(b, size) + product(out, size));
    return Math.max(product(all, size) * NEST_NS * (unitLabel(a, b, out) ? 1 : STRIDED), bytes / BYTES_PER_NS);
  }

  /** Whether {@code c} is {@code t}'s innermost label, or {@code t} lacks it. */
  private static boolean last(String t, char c) {
    return t.indexOf(c) < 0 || t.charAt(t.length() - 1) == c;
  }

  /** Whether the tensor's innermost label is one of {@code labels} (a tensor with no labels counts as so). */
  private static boolean inner(String tensor, String labels) {
    return tensor.isEmpty() || labels.indexOf(tensor.charAt(tensor.length() - 1)) >= 0;
  }

  /**
   * The lengths of the runs a group's labels merge into: in {@code x}'s order, a new run starts wherever the
   * next label does not directly follow the last one in both {@code x} and {@code y}.
   */
  private static int[] runs(String group, String x, String y) {
    String sorted = inOrder(group, x);
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < sorted.length(); i++) {
      char c = sorted.charAt(i);
      boolean joins = i > 0 && follows(x, sorted.charAt(i - 1), c) && follows(y, sorted.charAt(i - 1), c);
      if (joins) {
        lengths.set(lengths.size() - 1, lengths.get(lengths.size() - 1) + 1);
      } else {
        lengths.add(1);
      }
    }
    return lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean follows(String t, char p, char q) {
    int i = t.indexOf(p);
    return i >= 0 && i + 1 < t.length() && t.charAt(i + 1) == q;
  }

  /** The labels of the group's largest run by size (the first of equal ones), as the engine keeps it. */
  private static String keptRun(String group, String x, String y, double[] size) {
    String sorted = inOrder(group, x);
    int[] runs = runs(group, x, y);
    String best = "";
    double bestSize = -1;
    int start = 0;
    for (int r : runs) {
      String run = sorted.substring(start, start + r);
      double p = product(run, size);
      if (p > bestSize) {
        best = run;
        bestSize = p;
      }
      start += r;
    }
    return best;
  }
}
