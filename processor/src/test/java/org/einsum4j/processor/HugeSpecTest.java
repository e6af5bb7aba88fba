/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.junit.jupiter.api.Test;

/**
 * Processor time stays bounded for the largest specs: many operands over all 52 labels plan (greedy paths
 * beyond 8 operands) and compile within seconds, and the result is still right.
 */
class HugeSpecTest {
  private static final String LABELS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Test
  void sixtyOperandsOverFiftyTwoLabelsCompileQuickly() {
    Random rnd = new Random(52);
    StringBuilder spec = new StringBuilder();
    int operands = 60;
    for (int k = 0; k < operands; k++) {
      spec.append(k == 0 ? "" : ",");
      // a chain through all labels plus a random extra label, so most labels are summed
      spec.append(LABELS.charAt(k % 52)).append(LABELS.charAt((k + 1) % 52)).append(LABELS.charAt(rnd.nextInt(52)));
    }
    spec.append("->a");
    StringBuilder params = new StringBuilder();
    for (int k = 0; k < operands; k++) {
      params.append(k == 0 ? "" : ", ").append("DoubleTensor x").append(k);
    }
    String source = "package huge;\nimport org.einsum4j.*;\npublic interface Huge {\n  @Einsum(\"" + spec
        + "\") DoubleTensor m(" + params + ");\n}\n";
    Object impl = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Compiled.compile("huge.Huge", source).load("huge.Huge"), "javac with the processor took too long");

    // every label of size 1 or 2, so the interpreter can check the result
    DoubleTensor[] args = new DoubleTensor[operands];
    int[] size = new int[128];
    for (char c : LABELS.toCharArray()) {
      size[c] = c >= 'a' && c < 'e' ? 2 : 1;
    }
    String[] terms = spec.substring(0, spec.indexOf("->")).split(",");
    for (int k = 0; k < operands; k++) {
      int[] shape = terms[k].chars().map(c -> size[c]).toArray();
      args[k] = DoubleTensor.zeros(shape).fill(0.5 + 0.01 * k);
    }
    DoubleTensor expected = Einsums.evaluate(spec.toString(), args);
    DoubleTensor actual = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (var m : impl.getClass().getMethods()) {
        if (m.getName().equals("m")) {
          return (DoubleTensor) m.invoke(impl, (Object[]) args);
        }
      }
      throw new AssertionError("no method m");
    });
    assertTrue(actual.allClose(expected, 1e-9, 1e-12), actual + " vs " + expected);
  }
}
