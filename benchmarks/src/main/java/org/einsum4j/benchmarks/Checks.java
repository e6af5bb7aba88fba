/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * The checks a benchmark makes before it measures anything: a result that is wrong fails the trial. The
 * reference interpreter is too slow for the full sizes, so it checks the same spec at reduced sizes, and the
 * full-size result is checked at sampled elements, each computed directly in {@code double}.
 */
public final class Checks {
  /** Label cap for the reduced sizes a benchmark checks against the interpreter before measuring. */
  public static final int SETUP_CAP = 12;
  /** Output elements a benchmark checks at the full sizes. */
  public static final int SAMPLES = 32;

  private static final double EPS = Math.ulp(1f);

  private Checks() {}

  /**
   * Returns the absolute tolerance for comparing a float result with an exact one: it grows with the number of
   * terms each element sums ({@code reductionLength}), for inputs in [-1, 1).
   *
   * @param reductionLength the number of products each output element sums
   * @return the absolute tolerance
   */
  public static double atol(long reductionLength) {
    return 1e-6 * Math.max(1, reductionLength);
  }

  /** The relative tolerance, on top of {@link #atol}. */
  public static final double RTOL = 1e-5;

  /**
   * Checks the generated kernel and the naive loops against {@link Einsums#evaluate} on the workload's spec at
   * reduced sizes.
   *
   * @param w the workload
   * @param suite the generated implementation
   * @param cap the largest label size
   * @throws IllegalStateException if either disagrees
   */
  public static void againstInterpreter(Workload w, SeedSuite suite, int cap) {
    Map<Character, Integer> sizes = w.reduced(cap);
    FloatTensor[] in = w.inputs(sizes, 7);
    FloatTensor expected = Einsums.evaluate(w.spec(), in);
    FloatTensor generated = w.einsum(suite, in);
    compare(w, "generated kernel at " + sizes, generated, expected, w.reductionLength(sizes));
    FloatTensor naive = FloatTensor.of(w.naive(sizes, Workload.arrays(in)), expected.shape());
    compare(w, "naive loops at " + sizes, naive, expected, w.reductionLength(sizes));
  }

  /**
   * Checks the generated kernel's {@code out} form against {@link Einsums#evaluate} on the workload's spec at
   * reduced sizes: a first call into a result filled with NaN (an element left unwritten, or added to rather
   * than overwritten, stays NaN), then a second call into the same result.
   *
   * @param w the workload
   * @param suite the generated implementation
   * @param cap the largest label size
   * @throws IllegalStateException if either call disagrees
   */
  public static void intoAgainstInterpreter(Workload w, SeedSuite suite, int cap) {
    Map<Character, Integer> sizes = w.reduced(cap);
    FloatTensor[] in = w.inputs(sizes, 7);
    FloatTensor expected = Einsums.evaluate(w.spec(), in);
    FloatTensor out = intoNaN(w, suite, sizes, in);
    compare(w, "generated kernel into out at " + sizes, out, expected, w.reductionLength(sizes));
    w.into(suite, in, out);
    compare(w, "generated kernel into the same out again at " + sizes, out, expected, w.reductionLength(sizes));
  }

  /**
   * Runs the workload's {@code out} form into a new result filled with NaN and returns that result.
   *
   * @param w the workload
   * @param suite the generated implementation
   * @param sizes the sizes the inputs have
   * @param inputs the inputs
   * @return the result, every element of which the kernel must have overwritten
   */
  public static FloatTensor intoNaN(Workload w, SeedSuite suite, Map<Character, Integer> sizes,
      FloatTensor[] inputs) {
    FloatTensor out = w.newOut(sizes).fill(Float.NaN);
    w.into(suite, inputs, out);
    return out;
  }

  /**
   * Compares two tensors element by element with {@link #atol} and {@link #RTOL}.
   *
   * @throws IllegalStateException naming the worst element if they disagree
   */
  static void compare(Workload w, String what, FloatTensor actual, FloatTensor expected, long reductionLength) {
    if (!Arrays.equals(actual.shape(), expected.shape())) {
      throw new IllegalStateException(w.name() + ": " + what + " has shape " + Arrays.toString(actual.shape())
          + ", the interpreter's is " + Arrays.toString(expected.shape()));
    }
    float[] a = actual.toArray();
    float[] e = expected.toArray();
    double atol = atol(reductionLength);
    for (int i = 0; i < a.length; i++) {
      double diff = Math.abs((double) a[i] - e[i]);
      if (!(diff <= atol + RTOL * Math.abs(e[i]))) {
        throw new IllegalStateException(w.name() + ": " + what + " disagrees with the interpreter at flat index "
            + i + ": " + a[i] + " vs " + e[i] + " (tolerance " + (atol + RTOL * Math.abs(e[i])) + ")");
      }
    }
  }

  /**
   * Checks a full-size result at {@code samples} output elements (the first, the last, the rest at random),
   * each summed directly from the inputs in {@code double}. The tolerance is 16 ulps of 1 times
   * {@code sqrt(terms) · sqrt(Σ product²)}, the size of float rounding error in a sum of that many terms, plus a
   * relative {@code 1e-5}; a wrong index changes an element by about {@code sqrt(Σ product²)} and shows.
   *
   * @param w the workload
   * @param sizes the sizes the inputs have
   * @param inputs the inputs
   * @param result the result to check
   * @param samples how many output elements to check (all if the output has fewer)
   * @param what what computed the result, for the message
   * @throws IllegalStateException if an element disagrees
   */
  public static void sampled(Workload w, Map<Character, Integer> sizes, FloatTensor[] inputs, FloatTensor result,
      int samples, String what) {
    String out = w.outputTerm();
    int[] outShape = Workload.shape(out, sizes);
    if (!Arrays.equals(result.shape(), outShape)) {
      throw new IllegalStateException(w.name() + ": " + what + " has shape " + Arrays.toString(result.shape())
          + ", expected " + Arrays.toString(outShape));
    }
    List<String> terms = w.operandTerms();
    List<int[]> factors = w.factors();
    StringBuilder red = new StringBuilder();
    for (String t : terms) {
      for (char c : t.toCharArray()) {
        if (out.indexOf(c) < 0 && red.indexOf(String.valueOf(c)) < 0) {
          red.append(c);
        }
      }
    }
    long outCount = Workload.elements(out, sizes);
    SplittableRandom r = new SplittableRandom(11);
    int n = (int) Math.min(samples, outCount);
    int[] value = new int[128];
    for (int s = 0; s < n; s++) {
      long flat = outCount <= samples ? s : s == 0 ? 0 : s == 1 ? outCount - 1 : r.nextLong(outCount);
      int[] outIndex = new int[out.length()];
      long rest = flat;
      for (int a = out.length() - 1; a >= 0; a--) {
        outIndex[a] = (int) (rest % outShape[a]);
        rest /= outShape[a];
        value[out.charAt(a)] = outIndex[a];
      }
      double sum = 0;
      double sumSq = 0;
      long terms0 = 0;
      int[] redSizes = Workload.shape(red.toString(), sizes);
      int[] redIndex = new int[red.length()];
      while (true) {
        for (int a = 0; a < red.length(); a++) {
          value[red.charAt(a)] = redIndex[a];
        }
        double p = 1;
        for (int[] factor : factors) {
          double f = 0;
          for (int k : factor) {
            f += element(inputs[k], terms.get(k), value);
          }
          p *= f;
        }
        sum += p;
        sumSq += p * p;
        terms0++;
        int a = red.length() - 1;
        while (a >= 0 && ++redIndex[a] == redSizes[a]) {
          redIndex[a] = 0;
          a--;
        }
        if (a < 0) {
          break;
        }
      }
      double got = result.get(outIndex);
      double tol = 16 * EPS * Math.sqrt(terms0) * Math.sqrt(sumSq) + RTOL * Math.abs(sum) + 1e-30;
      if (!(Math.abs(got - sum) <= tol)) {
        throw new IllegalStateException(w.name() + ": " + what + " is wrong at " + Arrays.toString(outIndex)
            + ": " + got + ", the direct sum of " + terms0 + " products is " + sum + " (tolerance " + tol + ")");
      }
    }
  }

  private static float element(FloatTensor t, String term, int[] value) {
    int pos = t.offset();
    for (int a = 0; a < term.length(); a++) {
      pos += value[term.charAt(a)] * t.stride(a);
    }
    return t.array()[pos];
  }
}
