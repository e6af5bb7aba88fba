/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Matrix products whose operand does not chain a group's labels ({@link MatmulStep#repacked}): the operand is
 * read from a copy laid out in the groups' order when that merges the split groups and the product is deep
 * enough to pay for it; the result is the interpreter's either way, in float and double, contiguous and
 * strided, overwriting and accumulating.
 */
class RepackTest {

  @AfterEach
  void restore() {
    Tuning.gemmAlways = false;
  }

  /** mpo_env's two later steps and shapes like them: B splits K and N. */
  private static final String[][] SPLIT = {
      {"bdfg,bcde->cefg", "8x4x8x4", "8x64x4x64"},
      {"cfh,cefg->egh", "64x8x64", "64x64x8x4"},
      {"ab,cad->bcd", "40x30", "9x40x33"},
      // A splits M: its rows are (i, j) in the order j, i
      {"jik,kl->ijl", "20x30x40", "40x50"},
  };

  @Test
  void operandsThatSplitGroupsAreRepackedAndAgreeWithTheInterpreter() {
    for (String[] c : SPLIT) {
      FloatTensor x = FloatTensor.randn(1, shape(c[1]));
      FloatTensor y = FloatTensor.randn(2, shape(c[2]));
      Tuning.gemmAlways = true; // the engine choice is EngineCostTest's; here the GEMM path
      Contraction.Binding bd = bind(c[0], x, y);
      MatmulStep step = MatmulStep.of(bd, groups(c[0]));
      MatmulStep packed = step.repacked(bd, groups(c[0]));
      assertNotNull(packed, c[0] + ": " + step);
      assertTrue(packed.splitItems < step.splitItems, c[0] + ": " + step + " -> " + packed);
      check(c[0], x, y);
      check(c[0], strided(x), strided(y));
      DoubleTensor xd = x.toDouble();
      DoubleTensor yd = y.toDouble();
      Contraction.Binding bdd = Contraction.of(c[0]).bind(xd.layout(), yd.layout());
      DoubleTensor got = DoubleTensor.zeros(bdd.outputShape());
      bdd.bindOutput(got.layout());
      MatmulStep.run(bdd, groups(c[0]), xd.array(), yd.array(), got.array());
      assertTrue(got.allClose(Einsums.evaluate(c[0], xd, yd), 1e-12, 1e-12), c[0] + " in double");
      // accumulating: out += x·y
      FloatTensor acc = FloatTensor.randn(3, bd.outputShape());
      FloatTensor want = acc.add(Einsums.evaluate(c[0], x, y));
      bd.bindOutput(acc.layout());
      MatmulStep.run(bd, groups(c[0]), x.array(), y.array(), acc.array(), true);
      assertTrue(acc.allClose(want, 1e-4, 1e-4), c[0] + " accumulating");
    }
  }

  @Test
  void productsThatMergeOrAreShallowAreNotRepacked() {
    // every group merges: nothing to repack
    Contraction.Binding bd = bind("ij,jk->ik", FloatTensor.zeros(64, 64), FloatTensor.zeros(64, 64));
    assertNull(MatmulStep.of(bd, groups("ij,jk->ik")).repacked(bd, groups("ij,jk->ik")));
    // a split, but each copied element would be used only twice (depth 2): the copy costs more than it saves
    String spec = "ab,cad->bcd";
    bd = bind(spec, FloatTensor.zeros(2, 3), FloatTensor.zeros(64, 2, 64));
    assertNull(MatmulStep.of(bd, groups(spec)).repacked(bd, groups(spec)));
  }

  private static void check(String spec, FloatTensor x, FloatTensor y) {
    Contraction.Binding bd = bind(spec, x, y);
    FloatTensor got = FloatTensor.zeros(bd.outputShape()).fill(Float.NaN);
    bd.bindOutput(got.layout());
    MatmulStep.run(bd, groups(spec), x.array(), y.array(), got.array());
    assertTrue(got.allClose(Einsums.evaluate(spec, x, y), 1e-4, 1e-4), spec + " against the interpreter");
  }

  private static int[] shape(String s) {
    return java.util.Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray();
  }

  private static Contraction.Binding bind(String spec, FloatTensor x, FloatTensor y) {
    Contraction.Binding bd = Contraction.of(spec).bind(x.layout(), y.layout());
    bd.bindOutput(FloatTensor.zeros(bd.outputShape()).layout());
    return bd;
  }

  private static FloatTensor strided(FloatTensor t) {
    return EngineCostTest.strided(t);
  }

  private static int[][] groups(String spec) {
    return EngineCostTest.groups(spec);
  }
}
