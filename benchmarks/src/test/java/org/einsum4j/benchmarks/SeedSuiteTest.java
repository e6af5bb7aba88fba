/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.einsum4j.Einsum;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.Contraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The suite's correctness without benchmarking: every workload at reduced sizes, and the table itself. */
class SeedSuiteTest {
  private static final SeedSuite SUITE = Einsums.load(SeedSuite.class);

  static Stream<Workload> workloads() {
    return Workload.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void generatedAndNaiveMatchTheInterpreterAtReducedSizes(Workload w) {
    for (int cap : new int[] {5, 9}) {
      Map<Character, Integer> sizes = w.reduced(cap);
      FloatTensor[] in = w.inputs(sizes, 3);
      FloatTensor expected = Einsums.evaluate(w.spec(), in);
      long n = w.reductionLength(sizes);
      FloatTensor generated = w.einsum(SUITE, in);
      assertTrue(generated.allClose(expected, Checks.RTOL, Checks.atol(n)),
          () -> w.name() + " generated at " + sizes + ": " + generated + " vs " + expected);
      FloatTensor naive = FloatTensor.of(w.naive(sizes, Workload.arrays(in)), expected.shape());
      assertTrue(naive.allClose(expected, Checks.RTOL, Checks.atol(n)),
          () -> w.name() + " naive at " + sizes + ": " + naive + " vs " + expected);
      // The full-size check the benchmarks make, here on reduced sizes: it accepts both results.
      Checks.sampled(w, sizes, in, generated, Checks.SAMPLES, "generated kernel");
      Checks.sampled(w, sizes, in, naive, Checks.SAMPLES, "naive loops");
    }
  }

  /**
   * Each {@code xInto} at reduced sizes, into a result filled with NaN first: the interpreter's result, the
   * allocating method's result, and the same again on a second call into the same result (overwritten, not
   * added to).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void intoMatchesTheAllocatingMethodAndTheInterpreter(Workload w) {
    for (int cap : new int[] {5, 9}) {
      Map<Character, Integer> sizes = w.reduced(cap);
      FloatTensor[] in = w.inputs(sizes, 3);
      FloatTensor expected = Einsums.evaluate(w.spec(), in);
      long n = w.reductionLength(sizes);
      FloatTensor allocated = w.einsum(SUITE, in);
      FloatTensor out = w.newOut(sizes).fill(Float.NaN);
      assertArrayEquals(expected.shape(), out.shape(), w.name());
      w.into(SUITE, in, out);
      assertTrue(out.allClose(expected, Checks.RTOL, Checks.atol(n)),
          () -> w.name() + " into out at " + sizes + ": " + out + " vs " + expected);
      assertTrue(out.allClose(allocated, Checks.RTOL, Checks.atol(n)),
          () -> w.name() + " into out at " + sizes + ": " + out + " vs the allocating " + allocated);
      float[] first = out.toArray();
      w.into(SUITE, in, out);
      assertArrayEquals(first, out.toArray(), w.name() + ": a second call into the same out differs");
      Checks.sampled(w, sizes, in, out, Checks.SAMPLES, "generated kernel into out");
    }
  }

  @Test
  void traceIntoAZeroDimensionalOut() {
    Workload w = Workload.named("trace");
    Map<Character, Integer> sizes = w.reduced(7);
    FloatTensor[] in = w.inputs(sizes, 3);
    FloatTensor out = w.newOut(sizes);
    assertEquals(0, out.rank());
    w.into(SUITE, in, out);
    double trace = 0;
    for (int i = 0; i < sizes.get('i'); i++) {
      trace += in[0].get(i, i);
    }
    assertEquals(trace, out.get(), 1e-5);
    assertEquals(w.einsum(SUITE, in).get(), out.get(), 1e-6);
    // a [1] result is not the 0-d result: refused, and nothing is written into it
    FloatTensor wrong = FloatTensor.of(new float[] {42}, 1);
    assertThrows(EinsumShapeException.class, () -> w.into(SUITE, in, wrong));
    assertEquals(42f, wrong.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void setUpCheckPasses(Workload w) {
    Checks.againstInterpreter(w, SUITE, Checks.SETUP_CAP);
    Checks.intoAgainstInterpreter(w, SUITE, Checks.SETUP_CAP);
  }

  /** EinsumIntoBench's checks fail a kernel that leaves {@code out} unwritten or adds to it. */
  @Test
  void intoChecksCatchAnUnwrittenOrAccumulatedOut() {
    Workload w = Workload.named("gemm");
    SeedSuite untouched = suiteWithGemmInto((in, out) -> { });
    assertThrows(IllegalStateException.class, () -> Checks.intoAgainstInterpreter(w, untouched, 9));
    SeedSuite adds = suiteWithGemmInto((in, out) -> {
      FloatTensor c = SUITE.gemm(in[0], in[1]);
      for (int i = 0; i < out.size(0); i++) {
        for (int j = 0; j < out.size(1); j++) {
          out.set(out.get(i, j) + c.get(i, j), i, j);
        }
      }
    });
    assertThrows(IllegalStateException.class, () -> Checks.intoAgainstInterpreter(w, adds, 9));
    Map<Character, Integer> sizes = w.reduced(9);
    FloatTensor[] in = w.inputs(sizes, 3);
    FloatTensor out = Checks.intoNaN(w, adds, sizes, in);
    assertThrows(IllegalStateException.class, () -> Checks.sampled(w, sizes, in, out, 8, "adds"));
    // the real kernel passes the same checks
    Checks.intoAgainstInterpreter(w, SUITE, 9);
    Checks.sampled(w, sizes, in, Checks.intoNaN(w, SUITE, sizes, in), 8, "generated kernel into out");
  }

  /** The generated suite, except that {@code gemmInto} runs {@code gemmInto} instead. */
  private static SeedSuite suiteWithGemmInto(java.util.function.BiConsumer<FloatTensor[], FloatTensor> gemmInto) {
    return (SeedSuite) Proxy.newProxyInstance(SeedSuite.class.getClassLoader(), new Class<?>[] {SeedSuite.class},
        (proxy, m, args) -> {
          if (m.getName().equals("gemmInto")) {
            FloatTensor[] in = {(FloatTensor) args[0], (FloatTensor) args[1]};
            gemmInto.accept(in, (FloatTensor) args[2]);
            return null;
          }
          try {
            return m.invoke(SUITE, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void checksCatchAWrongResult() {
    Workload w = Workload.named("gemm");
    Map<Character, Integer> sizes = w.reduced(9);
    FloatTensor[] in = w.inputs(sizes, 3);
    // The product with the second operand transposed: right shape, wrong values.
    FloatTensor wrong = FloatTensor.of(
        w.naive(sizes, Workload.arrays(new FloatTensor[] {in[0], in[1].transpose(0, 1).contiguous()})),
        sizes.get('i'), sizes.get('j'));
    assertThrows(IllegalStateException.class, () -> Checks.sampled(w, sizes, in, wrong, 8, "wrong"));
    FloatTensor nudged = w.einsum(SUITE, in);
    nudged.set(nudged.get(3, 4) + 0.01f, 3, 4);
    assertThrows(IllegalStateException.class, () -> Checks.sampled(w, sizes, in, nudged, 1000, "nudged"));
  }

  @Test
  void tableMatchesSeedSuiteInterface() {
    Set<String> names = new HashSet<>();
    for (Workload w : Workload.ALL) {
      assertTrue(names.add(w.name()), "duplicate " + w.name());
      Method m = Arrays.stream(SeedSuite.class.getMethods())
          .filter(x -> x.getName().equals(w.method())).findFirst().orElse(null);
      assertNotNull(m, w.name() + ": no SeedSuite." + w.method());
      assertEquals(w.spec(), m.getAnnotation(Einsum.class).value(), w.name());
      assertEquals(w.operandTerms().size(), m.getParameterCount(), w.name());
      assertEquals(FloatTensor.class, m.getReturnType(), w.name());
      Method into = Arrays.stream(SeedSuite.class.getMethods())
          .filter(x -> x.getName().equals(w.intoMethod())).findFirst().orElse(null);
      assertNotNull(into, w.name() + ": no SeedSuite." + w.intoMethod());
      assertEquals(w.spec(), into.getAnnotation(Einsum.class).value(), w.name());
      assertEquals(void.class, into.getReturnType(), w.name());
      Class<?>[] params = into.getParameterTypes();
      assertEquals(w.operandTerms().size() + 1, params.length, w.name());
      assertTrue(Arrays.stream(params).allMatch(FloatTensor.class::equals), w.name());
    }
    // one allocating and one out method per workload, nothing else
    assertEquals(SeedSuite.class.getMethods().length, 2 * Workload.ALL.size());
    assertTrue(names.containsAll(List.of("luong_scores", "luong_context", "bmm", "gemm", "head_proj",
        "rel_scores", "rel_pos_scores", "rel_context", "permute", "chain3", "trace", "bilinear",
        "rel_context_fused")));
    assertEquals(Workload.ALL.size(), paramValues(EinsumBench.class).size());
    assertEquals(names, new HashSet<>(paramValues(EinsumBench.class)));
    assertEquals(paramValues(EinsumBench.class), paramValues(EinsumIntoBench.class));
    assertEquals(names, new HashSet<>(paramValues(NaiveBench.class)));
    assertEquals(names, new HashSet<>(paramValues(InterpreterBench.class)));
    assertTrue(names.contains(MaterializedBench.WORKLOAD));
  }

  private static List<String> paramValues(Class<?> bench) {
    try {
      return List.of(bench.getField("workload").getAnnotation(org.openjdk.jmh.annotations.Param.class).value());
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void specParsesAndSizesCoverItsLabels(Workload w) {
    Contraction.of(w.spec());
    Set<Character> labels = new HashSet<>();
    for (char c : w.spec().replaceAll("[,()+]|->", "").toCharArray()) {
      labels.add(c);
    }
    assertEquals(labels, w.sizes().keySet(), w.name());
    FloatTensor[] in = w.inputs(w.reduced(4), 1);
    assertEquals(w.operandTerms().size(), in.length);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void flopCountsAndLimits(Workload w) {
    assertTrue(w.gflop() > 0, w.name());
    assertTrue(w.bytesMoved() > 0, w.name());
    if (w.operandTerms().size() <= 2) {
      assertEquals(w.numpyFlops(w.sizes()) / 1e9, w.gflop(), 1e-12, w.name());
    }
    // The rounded counts of the peers' measurements (peers-2026-11-22.jsonl).
    Double peers = PEERS_GFLOP.get(w.name());
    if (peers != null) {
      assertEquals(peers, w.gflop(), Math.max(5e-5, 1e-3 * peers), w.name());
    }
    switch (w.kind()) {
      case COMPUTE:
        assertTrue(w.limit() > 0 && w.limit() <= Workload.PEAK_GFLOPS, w.name());
        // rel_context_fused's alternative is torch's time for seed 003's materialized form
        assertTrue(w.bestAlternativeUnit().isEmpty() || w.bestAlternativeUnit().equals("GFLOP/s")
            || w.name().equals("rel_context_fused") && w.bestAlternativeUnit().equals("ms"), w.name());
        break;
      case BANDWIDTH:
        assertEquals(Workload.BANDWIDTH_GBS, w.limit());
        break;
      default:
        assertTrue(Double.isNaN(w.limit()));
    }
  }

  private static final Map<String, Double> PEERS_GFLOP = Map.ofEntries(Map.entry("luong_scores", 0.0084),
      Map.entry("luong_context", 0.0084), Map.entry("bmm", 1.074), Map.entry("gemm", 2.147),
      Map.entry("head_proj", 0.1342), Map.entry("rel_scores", 0.1342), Map.entry("rel_pos_scores", 0.1342),
      Map.entry("rel_context", 0.1342), Map.entry("permute", 0.0021), Map.entry("chain3", 0.2013),
      Map.entry("trace", 0.0), Map.entry("bilinear", 0.1345));

  @Test
  void measuredLimitsReplaceTheDefaults() {
    double gemmBefore = Workload.named("gemm").limit();
    try {
      Workload.useLimits(400, 26);
      assertEquals(400, Workload.named("gemm").limit());
      assertEquals(400, Workload.peakGflops());
      // luong_scores is bandwidth bound: its limit scales with the bandwidth
      Workload luong = Workload.named("luong_scores");
      assertEquals(luong.intensity() * 26, luong.limit(), 1e-9);
      assertThrows(IllegalArgumentException.class, () -> Workload.useLimits(0, 26));
      assertThrows(IllegalArgumentException.class, () -> Workload.useLimits(400, Double.NaN));
    } finally {
      Workload.useLimits(Workload.PEAK_GFLOPS, Workload.BANDWIDTH_GBS);
    }
    assertEquals(gemmBefore, Workload.named("gemm").limit());
  }

  @Test
  void theMachineIsMeasuredAndNamed() {
    Machine m = Machine.measure(2);
    assertTrue(!m.cpu().isEmpty());
    assertTrue(m.peak1() > 0 && m.peak() > 0 && m.bandwidth1() > 0 && m.bandwidth() > 0, m.toString());
    assertTrue(m.toString().startsWith(m.cpu()), m.toString());
  }

  @Test
  void machineLimitsOfKnownWorkloads() {
    // gemm: 2·1024³ FLOPs over 3·4 MiB is compute bound; the Luong products are bandwidth bound.
    assertEquals("compute", Workload.named("gemm").bound());
    assertEquals(Workload.PEAK_GFLOPS, Workload.named("gemm").limit());
    Workload luong = Workload.named("luong_scores");
    assertEquals("bandwidth", luong.bound());
    double bytes = 4.0 * (64 * 128 * 512 + 64 * 512 + 64 * 128);
    assertEquals(2.0 * 64 * 128 * 512 / bytes * Workload.BANDWIDTH_GBS, luong.limit(), 1e-9);
    // chain3: numpy's path, (ij,jk) then (ik,kl).
    assertEquals((2.0 * 256 * 512 * 512 + 2.0 * 256 * 512 * 256) / 1e9, Workload.named("chain3").gflop(), 1e-12);
    // bilinear: (ij,bi) then (bj,bj).
    assertEquals((2.0 * 256 * 512 * 512 + 2.0 * 256 * 512) / 1e9, Workload.named("bilinear").gflop(), 1e-12);
    assertEquals(4 * 2.0 * 32 * 32 * 32 / 1e9, Workload.named("chain5").gflop(), 1e-12);
    // rel_context_fused: the two contractions the group distributes into, each rel_context's count.
    assertEquals(2 * Workload.named("rel_context").gflop(), Workload.named("rel_context_fused").gflop(), 1e-12);
    assertEquals(0.2684, Workload.named("rel_context_fused").gflop(), 1e-4);
  }

  @Test
  void relContextFusedOperandsAndFactors() {
    Workload w = Workload.named("rel_context_fused");
    assertEquals(List.of("bijh", "bjhd", "ijhd"), w.operandTerms());
    assertEquals("bihd", w.outputTerm());
    List<int[]> factors = w.factors();
    assertEquals(2, factors.size());
    assertEquals(List.of(0), Arrays.stream(factors.get(0)).boxed().toList());
    assertEquals(List.of(1, 2), Arrays.stream(factors.get(1)).boxed().toList());
    assertEquals("bijhd", w.labels());
    assertEquals(8L * 128 * 128 * 8 * 64 * 4, Allocations.seed003TemporaryBytes(w.sizes()));
    assertEquals(256.0, Allocations.seed003TemporaryBytes(w.sizes()) / 1048576.0);
    // every input read once and the output written once: alpha, v, av and z
    assertEquals(4L * (8 * 128 * 128 * 8 + 8 * 128 * 8 * 64 + 128 * 128 * 8 * 64 + 8 * 128 * 8 * 64), w.bytesMoved());
  }

  @Test
  void seed003MaterializedNaiveMatchesTheGroupForm() {
    Workload w = Workload.named("rel_context_fused");
    for (int cap : new int[] {5, 9}) {
      Map<Character, Integer> sizes = w.reduced(cap);
      FloatTensor[] in = w.inputs(sizes, 5);
      FloatTensor expected = Einsums.evaluate(w.spec(), in);
      FloatTensor materialized = FloatTensor.of(Naive.relContextSeed003Materialized(sizes, Workload.arrays(in)),
          expected.shape());
      assertTrue(materialized.allClose(expected, Checks.RTOL, Checks.atol(w.reductionLength(sizes))),
          () -> "materialized at " + sizes + ": " + materialized + " vs " + expected);
      Checks.sampled(w, sizes, in, materialized, Checks.SAMPLES, "materialized");
    }
  }

  @Test
  void checksCatchAWrongGroupResult() {
    Workload w = Workload.named("rel_context_fused");
    Map<Character, Integer> sizes = w.reduced(9);
    FloatTensor[] in = w.inputs(sizes, 3);
    // av with j reversed: right shape, wrong values
    FloatTensor av = in[2];
    FloatTensor reversed = FloatTensor.zeros(av.shape());
    int[] n = av.shape();
    for (int i = 0; i < n[0]; i++) {
      for (int j = 0; j < n[1]; j++) {
        for (int h = 0; h < n[2]; h++) {
          for (int d = 0; d < n[3]; d++) {
            reversed.set(av.get(i, n[1] - 1 - j, h, d), i, j, h, d);
          }
        }
      }
    }
    FloatTensor wrong = w.einsum(SUITE, new FloatTensor[] {in[0], in[1], reversed});
    assertThrows(IllegalStateException.class, () -> Checks.sampled(w, sizes, in, wrong, 8, "wrong"));
    // alpha · v alone, the group's av member left out: also caught
    FloatTensor valuesOnly = Workload.named("rel_context").einsum(SUITE, new FloatTensor[] {in[0], in[1]});
    assertThrows(IllegalStateException.class, () -> Checks.sampled(w, sizes, in, valuesOnly, 8, "values only"));
  }

  /**
   * The group form allocates its result and little else: one call at moderate sizes allocates less than 10% of
   * seed 003's {@code [b,i,j,h,d]} temporary, which the materialized naive loops do allocate (so the measurement
   * sees it).
   */
  @Test
  void relContextFusedAllocatesNoTemporary() {
    assumeTrue(Allocations.supported(), "this JVM does not count allocated bytes per thread");
    Workload w = Workload.named("rel_context_fused");
    Map<Character, Integer> sizes = Map.of('b', 4, 'i', 64, 'j', 64, 'h', 8, 'd', 32);
    FloatTensor[] in = w.inputs(sizes, 2);
    long temporary = Allocations.seed003TemporaryBytes(sizes);
    assertEquals(16L << 20, temporary);
    // the vector kernels box their vectors until C2 compiles them, so measure a warmed call
    long fused = Allocations.warmedBytes(() -> w.einsum(SUITE, in), temporary / 10, 2000);
    long result = 4L * 4 * 64 * 8 * 32;
    assertTrue(fused >= result, "the result alone is " + result + " bytes, measured " + fused);
    assertTrue(fused < temporary / 10, "one call allocates " + fused + " bytes, the temporary is " + temporary);
    float[][] arrays = Workload.arrays(in);
    long materialized = Allocations.leastBytes(() -> Naive.relContextSeed003Materialized(sizes, arrays), 1);
    assertTrue(materialized >= temporary, "materialized allocates " + materialized + " < " + temporary);
    long naive = Allocations.leastBytes(() -> w.naive(sizes, arrays), 1);
    assertTrue(naive < temporary / 10, "naive loops allocate " + naive);
  }
}
