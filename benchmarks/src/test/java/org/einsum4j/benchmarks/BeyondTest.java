/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The "beyond the seeds" group at reduced sizes: both forms of each kernel against the interpreter. */
class BeyondTest {
  static String[] names() {
    return Beyond.ALL.stream().map(Beyond::name).toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("names")
  void bothFormsAgreeWithTheInterpreter(String name) {
    Beyond w = Beyond.named(name);
    BeyondSeeds suite = Einsums.load(BeyondSeeds.class);
    FloatTensor[] in = w.inputs(3, 16);
    FloatTensor want = Einsums.evaluate(w.spec(), in);
    FloatTensor got = w.einsum().call(suite, in);
    assertTrue(got.allClose(want, 1e-5, 1e-5), name);
    FloatTensor out = FloatTensor.zeros(want.shape()).fill(Float.NaN);
    w.into().call(suite, in, out);
    assertTrue(out.allClose(want, 1e-5, 1e-5), name + " into out");
  }

  @Test
  void theGroupHasTwelveWorkloadsOrMoreWithTheirSources() {
    assertTrue(Beyond.ALL.size() >= 12);
    for (Beyond w : Beyond.ALL) {
      assertTrue(w.source().length() > 20, w.name());
    }
    assertEquals(Beyond.ALL.size(), Arrays.stream(names()).distinct().count());
  }

  @Test
  void leastTrafficCountsInputsAndOutput() {
    // hadamard: two 2048x4096 inputs read, one written
    assertEquals(3.0 * 4 * 2048 * 4096, Beyond.named("hadamard").bytes());
    // row_dot: two 65536x256 inputs, 65536 outputs
    assertEquals(4.0 * (2L * 65536 * 256 + 65536), Beyond.named("row_dot").bytes());
    // batch_diag reads only the diagonals
    assertEquals(4.0 * 2 * 4096 * 64, Beyond.named("batch_diag").bytes());
  }
}
