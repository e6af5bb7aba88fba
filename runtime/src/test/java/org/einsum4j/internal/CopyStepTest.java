/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The copy step on sizes large enough to go parallel and to cross many transpose tiles, against the
 * interpreter, for contiguous and transposed inputs.
 */
class CopyStepTest {

  private static FloatTensor input(int[] shape, boolean transposed) {
    FloatTensor t;
    if (transposed) {
      int[] rev = new int[shape.length];
      int[] perm = new int[shape.length];
      for (int a = 0; a < shape.length; a++) {
        rev[a] = shape[shape.length - 1 - a];
        perm[a] = shape.length - 1 - a;
      }
      t = FloatTensor.zeros(rev).permute(perm);
    } else {
      t = FloatTensor.zeros(shape);
    }
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = i * 0.5f - 7;
    }
    return t;
  }

  @ParameterizedTest
  @CsvSource({
      "bshd->bhsd, 16x70x8x33, false",
      "bshd->bhsd, 4x65x3x35, true",
      "ij->ji, 1000x333, false",
      "ij->ji, 517x1031, true",
      "ijk->kji, 67x65x63, false",
      "ii->i, 700x700, false",
      "abc->cab, 2x300x500, true",
  })
  void agreesWithTheInterpreter(String spec, String dims, boolean transposed) {
    String[] parts = dims.split("x");
    int[] shape = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      shape[i] = Integer.parseInt(parts[i]);
    }
    FloatTensor in = input(shape, transposed);
    Contraction.Binding bd = Contraction.of(spec).bind(in.layout());
    FloatTensor out = FloatTensor.zeros(bd.outputShape());
    bd.bindOutput(out.layout());
    CopyStep.run(bd, in.array(), out.array());
    assertArrayEquals(Einsums.evaluate(spec, in).toArray(), out.toArray(), spec + " " + dims);
  }
}
