/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The runner's reporting, on made-up times: no benchmark runs here. */
class SeedSuiteRunnerTest {
  private static List<SeedSuiteRunner.Row> rows() {
    List<SeedSuiteRunner.Row> rows = new ArrayList<>();
    for (Workload w : Workload.ALL) {
      SeedSuiteRunner.Row r = new SeedSuiteRunner.Row(w);
      r.ms = w.name().equals("bmm") ? Double.NaN : 10;
      r.naiveMs = 40;
      r.interpreterMs = 1;
      r.samples = 6;
      rows.add(r);
    }
    return rows;
  }

  @Test
  void medianOfIterations() {
    assertEquals(2.0, SeedSuiteRunner.median(List.of(3.0, 1.0, 2.0)));
    assertEquals(2.5, SeedSuiteRunner.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertTrue(Double.isNaN(SeedSuiteRunner.median(List.of())));
  }

  @Test
  void jsonLinesStartWithTheAgreedKeys() {
    for (SeedSuiteRunner.Row r : rows()) {
      String line = SeedSuiteRunner.json(r, 2);
      assertTrue(line.startsWith("{\"name\":\"" + r.w.name() + "\",\"spec\":\"" + r.w.spec() + "\",\"sizes\":{"),
          line);
      int at = -1;
      for (String key : List.of("name", "spec", "sizes", "ms", "gflops", "limit_fraction", "vs_naive", "jdk")) {
        int i = line.indexOf("\"" + key + "\":");
        assertTrue(i > at, key + " out of order in " + line);
        at = i;
      }
      assertEquals(-1, line.indexOf("NaN"), line);
    }
    SeedSuiteRunner.Row gemm = rows().get(3);
    assertEquals("gemm", gemm.w.name());
    // 2·1024³ FLOPs in 10 ms, 4 times faster than 40 ms, against the 222 GFLOP/s peak.
    String line = SeedSuiteRunner.json(gemm, 2);
    assertTrue(line.contains("\"ms\":10.0,\"gflops\":214.748,\"limit_fraction\":0.967335,\"vs_naive\":4.0,"), line);
  }

  @Test
  void relContextFusedAgainstTorchsMaterializedForm() {
    SeedSuiteRunner.Row r = new SeedSuiteRunner.Row(Workload.named("rel_context_fused"));
    r.ms = 10;
    r.materializedMs = 900;
    r.allocatedBytes = 2 << 20;
    // 256 ms / 10 ms: 25.6 times faster, short of the 50x target (5.12 ms)
    assertEquals(25.6, r.vsBest(), 1e-9);
    String note = SeedSuiteRunner.fusedNote(r);
    assertTrue(note.contains("10.0 ms vs 256 ms torch, materialized") && note.contains("25.6x"), note);
    assertTrue(note.contains("target >= 50x, i.e. <= 5.12 ms: NOT met"), note);
    assertTrue(note.contains("(rel_context_seed003_materialized): 900 ms"), note);
    assertTrue(note.contains("one call allocates 2.00 MiB, 0.8% of the 256 MiB [b,i,j,h,d] temporary: "
        + "no [B,S,S,H,D] array allocated"), note);
    r.ms = 5;
    assertTrue(SeedSuiteRunner.fusedNote(r).contains("51.2x; target >= 50x, i.e. <= 5.12 ms: met."));
    r.allocatedBytes = 300L << 20;
    assertTrue(SeedSuiteRunner.fusedNote(r).contains("10% OR MORE OF THE TEMPORARY"));
    r.allocatedBytes = -1;
    assertTrue(SeedSuiteRunner.fusedNote(r).contains("allocation not measured"));

    String line = SeedSuiteRunner.json(r, 2);
    assertTrue(line.contains("\"best_alternative\":256.0,\"best_alternative_unit\":\"ms\""), line);
    assertTrue(line.contains("\"vs_best\":51.2,"), line);
    assertTrue(line.contains("\"naive_materialized_ms\":900.0,\"allocated_bytes_per_call\":null,"
        + "\"temporary_bytes_avoided\":268435456}"), line);
    String gemm = SeedSuiteRunner.json(new SeedSuiteRunner.Row(Workload.named("gemm")), 2);
    assertTrue(gemm.endsWith("\"naive_materialized_ms\":null,\"allocated_bytes_per_call\":null,"
        + "\"temporary_bytes_avoided\":null}"), gemm);
  }

  /** The rows with times of the {@code out} form too: 12 ms, chain3's failed. */
  private static List<SeedSuiteRunner.Row> rowsWithOut() {
    List<SeedSuiteRunner.Row> rows = rows();
    for (SeedSuiteRunner.Row r : rows) {
      r.outMs = r.w.name().equals("chain3") ? Double.NaN : 12;
    }
    return rows;
  }

  @Test
  void jsonLinesCarryTheOutFormNextToTheAllocatingCall() {
    SeedSuiteRunner.Row gemm = rowsWithOut().get(3);
    assertEquals("gemm", gemm.w.name());
    String line = SeedSuiteRunner.json(gemm, 2);
    // the agreed keys still hold the allocating call (10 ms) ...
    assertTrue(line.startsWith("{\"name\":\"gemm\",\"spec\":\"ik,kj->ij\",\"sizes\":{\"i\":1024,\"k\":1024,"
        + "\"j\":1024},\"ms\":10.0,\"gflops\":214.748,\"limit_fraction\":0.967335,\"vs_naive\":4.0,\"jdk\":"), line);
    // ... and the out form has its own: 2·1024³ FLOPs in 12 ms, of the 222 GFLOP/s peak
    assertTrue(line.contains(",\"ms_out\":12.0,\"gflops_out\":178.957,\"limit_fraction_out\":0.806112,"), line);
    // permute: its fraction is of the bandwidth, 2 · 8 MiB in 12 ms = 1.40 GB/s of 22
    String permute = SeedSuiteRunner.json(rowsWithOut().get(8), 2);
    assertTrue(permute.contains(",\"ms_out\":12.0,\"gflops_out\":null,\"limit_fraction_out\":0.0635501,"),
        permute);
    // not run, or failed: null
    String chain3 = SeedSuiteRunner.json(rowsWithOut().get(9), 2);
    assertTrue(chain3.contains(",\"ms_out\":null,\"gflops_out\":null,\"limit_fraction_out\":null,"), chain3);
    String notRun = SeedSuiteRunner.json(rows().get(3), 2);
    assertTrue(notRun.contains(",\"ms_out\":null,\"gflops_out\":null,\"limit_fraction_out\":null,"), notRun);
  }

  @Test
  void tableShowsTheOutColumnsOnlyWhenTheyRan() {
    String without = SeedSuiteRunner.table(rowsWithOut(), true, false);
    assertFalse(without.contains("(out)"), without);
    String table = SeedSuiteRunner.table(rowsWithOut(), true, true);
    String[] lines = table.split("\n");
    // one line per workload, the header, the rel_context_fused note, two footnote lines and the out footnote
    assertEquals(Workload.ALL.size() + 5, lines.length, table);
    assertTrue(lines[0].matches("workload +spec +ms +GFLOP/s +ms \\(out\\) +GFLOP/s \\(out\\) +of limit.*"),
        lines[0]);
    assertTrue(lines[4].matches("gemm +ik,kj->ij +10\\.0 +215 +12\\.0 +179 +96\\.7% \\(compute\\) .*"), lines[4]);
    assertTrue(lines[9].matches("permute +bshd->bhsd +10\\.0 +1\\.68 GB/s +12\\.0 +1\\.40 GB/s .*"), lines[9]);
    assertTrue(lines[10].matches("chain3 +ij,jk,kl->il +10\\.0 +20\\.1 +FAILED +- .*"), lines[10]);
    assertTrue(lines[11].matches("trace +ii-> +10\\.0 +- +12\\.0 +- .*"), lines[11]);
    assertTrue(lines[lines.length - 1].startsWith("ms (out), GFLOP/s (out): the same call written into a result"),
        table);
  }

  @Test
  void tableAndChart() throws Exception {
    String table = SeedSuiteRunner.table(rows(), true, false);
    assertTrue(table.contains("FAILED"), table);
    // one line per workload, the header, the rel_context_fused note and two footnote lines
    assertEquals(Workload.ALL.size() + 4, table.split("\n").length, table);
    String svg = SeedSuiteRunner.svg(rows());
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertTrue(svg.contains(">gemm<") && svg.contains("permute (bshd-&gt;bhsd)"), svg);
  }
}
