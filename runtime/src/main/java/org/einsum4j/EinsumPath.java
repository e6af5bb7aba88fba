/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import java.util.List;
import java.util.Locale;

/**
 * The pairwise contraction order einsum4j's planner picks for a spec at given sizes, with NumPy's FLOP
 * counts: the run-time counterpart of {@code numpy.einsum_path(..., optimize='optimal')}. Returned by
 * {@link Einsums#path}; {@link #toString()} prints a report in NumPy's format.
 *
 * <pre>{@code
 * EinsumPath p = Einsums.path("ij,jk,kl->il", new int[] {256, 512}, new int[] {512, 512}, new int[] {512, 256});
 * p.contractions();    // [ij,jk->ik, ik,kl->il]
 * p.optimizedFlops();  // 2.013e8, NumPy's "Optimized FLOP count"
 * }</pre>
 */
public final class EinsumPath {
  private final String spec;
  private final List<int[]> positions;
  private final List<String> contractions;
  private final List<Double> stepFlops;
  private final double naiveFlops;
  private final long largestIntermediate;

  EinsumPath(String spec, List<int[]> positions, List<String> contractions, List<Double> stepFlops,
      double naiveFlops, long largestIntermediate) {
    this.spec = spec;
    this.positions = List.copyOf(positions);
    this.contractions = List.copyOf(contractions);
    this.stepFlops = List.copyOf(stepFlops);
    this.naiveFlops = naiveFlops;
    this.largestIntermediate = largestIntermediate;
  }

  /**
   * Returns the spec, as given.
   *
   * @return the spec, as given
   */
  public String spec() {
    return spec;
  }

  /**
   * Returns each step's operand positions in the list of live operands, NumPy's convention: both are removed
   * and the step's result is appended.
   *
   * @return one {@code int[]} (one or two positions) per step
   */
  public List<int[]> positions() {
    return positions.stream().map(int[]::clone).toList();
  }

  /**
   * Returns each step as an einsum, e.g. {@code ij,jk->ik}.
   *
   * @return each step as an einsum, e.g. {@code ij,jk->ik}
   */
  public List<String> contractions() {
    return contractions;
  }

  /**
   * Returns each step's NumPy FLOP count (product of its labels' sizes, doubled when it sums).
   *
   * @return each step's NumPy FLOP count (product of its labels' sizes, doubled when it sums)
   */
  public List<Double> stepFlops() {
    return stepFlops;
  }

  /**
   * Returns NumPy's "Naive FLOP count": one loop over every label, all operands at once.
   *
   * @return NumPy's "Naive FLOP count": one loop over every label, all operands at once
   */
  public double naiveFlops() {
    return naiveFlops;
  }

  /**
   * Returns NumPy's "Optimized FLOP count": the sum of the steps' counts plus one, exactly as NumPy reports it.
   *
   * @return the optimized FLOP count
   */
  public double optimizedFlops() {
    double sum = 1;
    for (double f : stepFlops) {
      sum += f;
    }
    return sum;
  }

  /**
   * Returns the number of elements of the largest intermediate or result.
   *
   * @return the number of elements of the largest intermediate or result
   */
  public long largestIntermediate() {
    return largestIntermediate;
  }

  /** Returns a report in the layout of {@code numpy.einsum_path}'s second result. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("  Complete contraction:  ").append(spec).append('\n');
    sb.append(String.format(Locale.ROOT, "      Naive FLOP count:  %.3e%n", naiveFlops));
    sb.append(String.format(Locale.ROOT, "  Optimized FLOP count:  %.3e%n", optimizedFlops()));
    sb.append(String.format(Locale.ROOT, "   Theoretical speedup:  %.3f%n", naiveFlops / optimizedFlops()));
    sb.append(String.format(Locale.ROOT, "  Largest intermediate:  %.3e elements%n", (double) largestIntermediate));
    for (int i = 0; i < contractions.size(); i++) {
      int[] p = positions.get(i);
      sb.append(String.format(Locale.ROOT, "  %-10s %-30s %.3e FLOP%n",
          p.length == 1 ? "(" + p[0] + ")" : "(" + p[0] + ", " + p[1] + ")", contractions.get(i), stepFlops.get(i)));
    }
    return sb.toString();
  }
}
