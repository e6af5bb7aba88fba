/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.einsum4j.EinsumShapeException;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;

/** The per-row code the job runs, against the reference interpreter with the sums written out. */
class AttentionKernelsTest {
  private static final SeedBatches.Sizes SIZES = SeedBatches.Sizes.small();
  private static final Weights WEIGHTS = SIZES.weights(11);

  @Test
  void luongMatchesTheInterpreter() {
    FloatTensor enc = SeedBatches.encoderOutputs(3, SIZES);
    FloatTensor dec = SeedBatches.decoderHidden(3, SIZES);
    AttentionKernels.LuongResult r = AttentionKernels.luong(WEIGHTS, enc, dec);

    FloatTensor scores = Einsums.evaluate("bsh,hk,bk->bs", enc, WEIGHTS.luongW(), dec);
    FloatTensor alpha = AttentionKernels.softmax(scores.contiguous(), 1);
    assertClose(alpha, r.weights(), SIZES.hidden(), "weights");
    assertClose(Einsums.evaluate("bs,bsh->bh", alpha, enc), r.context(), SIZES.source(), "context");
    for (int b = 0; b < SIZES.batch(); b++) {
      double sum = 0;
      for (int s = 0; s < SIZES.source(); s++) {
        sum += r.weights().get(b, s);
      }
      assertEquals(1, sum, 1e-5, "weights of sequence " + b + " do not sum to 1");
    }
  }

  @Test
  void relativeMatchesTheSeedFormulaWithItsTemporaries() {
    FloatTensor x = SeedBatches.relativeInput(5, SIZES);
    FloatTensor z = AttentionKernels.relative(WEIGHTS, x);

    int s = SIZES.positions();
    FloatTensor q = Einsums.evaluate("bshd,hde->bshe", x, WEIGHTS.wQ());
    FloatTensor k = Einsums.evaluate("bshd,hde->bshe", x, WEIGHTS.wK());
    FloatTensor v = Einsums.evaluate("bshd,hde->bshe", x, WEIGHTS.wV());
    // The seed's [B, S, S, H, D] sums, built on purpose here.
    FloatTensor kPlusAk = sum(k.unsqueeze(1).expand(SIZES.batch(), s, s, SIZES.heads(), SIZES.headDim()),
        WEIGHTS.aK());
    FloatTensor vPlusAv = sum(v.unsqueeze(1).expand(SIZES.batch(), s, s, SIZES.heads(), SIZES.headDim()),
        WEIGHTS.aV());
    FloatTensor e = Einsums.evaluate("bihd,bijhd->bijh", q, kPlusAk).contiguous();
    float scale = (float) (1 / Math.sqrt(SIZES.headDim()));
    for (int i = 0; i < e.size(); i++) {
      e.array()[i] *= scale;
    }
    FloatTensor expected = Einsums.evaluate("bijh,bijhd->bihd", AttentionKernels.softmax(e, 2), vPlusAv);
    assertClose(expected, z, SIZES.positions() * SIZES.headDim(), "z");
  }

  @Test
  void aWrongShapeNamesTheLabel() {
    FloatTensor enc = SeedBatches.encoderOutputs(0, SIZES);
    FloatTensor dec = FloatTensor.zeros(SIZES.batch() + 1, SIZES.hidden());
    String message = assertThrows(EinsumShapeException.class, () -> AttentionKernels.luong(WEIGHTS, enc, dec))
        .getMessage();
    assertTrue(message.contains("label 'b'"), message);
  }

  private static FloatTensor sum(FloatTensor a, FloatTensor b) {
    FloatTensor out = a.contiguous();
    float[] x = out.array();
    float[] y = b.contiguous().toArray();
    int period = y.length;
    for (int i = 0; i < x.length; i++) {
      x[i] += y[i % period];
    }
    return out;
  }

  /** Float tolerance scaled by the reduction length, as in the house tests. */
  private static void assertClose(FloatTensor expected, FloatTensor actual, int reduction, String what) {
    assertTrue(actual.allClose(expected, 1e-5 * reduction, 1e-6 * reduction), what + " differs from the interpreter");
  }
}
