/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Checks the {@code explain} command's printout and its errors. */
class ExplainTest {
  /** The exit status, standard output and standard error of one run. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Explain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsThePlanTheSizesAndTheGeneratedJava() {
    Run r = run("explain", "bijh,bjhd->bihd", "b=8", "i=128", "j=128", "h=4", "d=32");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("As the method: FloatTensor m(FloatTensor in0, FloatTensor in1)"), r.out());
    assertTrue(r.out().contains("result[b,i,h,d] = Σ_j in0[b,i,j,h] · in1[b,j,h,d]"), r.out());
    assertTrue(r.out().contains("step: batched matrix product on the GEMM engine"), r.out());
    assertTrue(r.out().contains("in0: bijh [8, 128, 128, 4]"), r.out());
    // 2 · 8 · 128 · 128 · 4 · 32 = 3.355e+07
    assertTrue(r.out().contains("Optimized FLOP count:  3.355e+07"), r.out());
    assertTrue(r.out().contains("public final class Einsum4j_Explained implements Explained"), r.out());
    assertTrue(r.out().contains("public FloatTensor m(FloatTensor in0, FloatTensor in1)"), r.out());
  }

  @Test
  void pathsAndDoublesWithoutSizes() {
    Run r = run("--double", "abc,ade,bdfg,cfh->egh");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("As the method: DoubleTensor m(DoubleTensor in0, DoubleTensor in1, DoubleTensor in2, "
        + "DoubleTensor in3)"), r.out());
    assertTrue(r.out().contains(", double\n"), r.out());
    assertTrue(!r.out().contains("Complete contraction"), r.out());
  }

  @Test
  void errorsGoToStandardErrorWithStatus2() {
    Run bad = run("explain", "ij=>j");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("did you mean \"->\"?"), bad.err());
    Run missing = run("ij,jk->ik", "i=2", "j=3");
    assertEquals(2, missing.status());
    assertEquals("explain: no size for label(s) k: give every label, e.g. i=8\n", missing.err());
    Run unknown = run("ij->i", "i=2", "q=3");
    assertEquals("explain: label 'q' does not appear in \"ij->i\"\n", unknown.err());
    Run usage = run();
    assertEquals(2, usage.status());
    assertTrue(usage.err().startsWith("usage: explain"), usage.err());
  }
}
