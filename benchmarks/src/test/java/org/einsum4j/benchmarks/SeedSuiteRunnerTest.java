/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void tableAndChart() throws Exception {
    String table = SeedSuiteRunner.table(rows(), true);
    assertTrue(table.contains("FAILED"), table);
    // one line per workload, the header, the rel_context_fused note and two footnote lines
    assertEquals(Workload.ALL.size() + 4, table.split("\n").length, table);
    String svg = SeedSuiteRunner.svg(rows());
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertTrue(svg.contains(">gemm<") && svg.contains("permute (bshd-&gt;bhsd)"), svg);
  }
}
