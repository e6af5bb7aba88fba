/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.layout.Layout;
import org.einsum4j.internal.spec.Intermediates;
import org.einsum4j.internal.spec.PathOptimizer;
import org.junit.jupiter.api.Test;

class PathsTest {

  /** Binds the spec to contiguous operands of these shapes and returns the cost model's choice. */
  private static int choose(String spec, List<List<PathOptimizer.Step>> candidates, int[]... shapes) {
    Layout[] layouts = new Layout[shapes.length];
    for (int k = 0; k < shapes.length; k++) {
      layouts[k] = FloatTensor.zeros(shapes[k]).layout();
    }
    Contraction.Binding bd = Contraction.of(spec).bind(layouts);
    String[][] steps = new String[candidates.size()][];
    for (int c = 0; c < candidates.size(); c++) {
      steps[c] = candidates.get(c).stream().map(PathOptimizer.Step::spec).toArray(String[]::new);
    }
    return Paths.of(steps).cheapest(bd);
  }

  private static List<List<PathOptimizer.Step>> candidates(String spec) {
    String[] io = spec.split("->");
    List<List<PathOptimizer.Step>> out = new ArrayList<>();
    for (List<PathOptimizer.Step> c : PathOptimizer.candidates(List.of(io[0].split(",")), io[1])) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void elementwiseProductsStayFused() {
    // a path would write and read a temporary as large as the operands: one pass is cheaper
    assertEquals(-1, choose("ij,ij,ij->ij", candidates("ij,ij,ij->ij"), new int[] {2048, 4096},
        new int[] {2048, 4096}, new int[] {2048, 4096}));
    assertEquals(-1, choose("i,ij,j->ij", candidates("i,ij,j->ij"), new int[] {2048}, new int[] {2048, 2048},
        new int[] {2048}));
  }

  @Test
  void matrixChainsTakeAPath() {
    List<List<PathOptimizer.Step>> c = candidates("ab,bc,cd->ad");
    assertTrue(choose("ab,bc,cd->ad", c, new int[] {64, 64}, new int[] {64, 64}, new int[] {64, 64}) >= 0);
    assertTrue(choose("ab,bc,cd->ad", c, new int[] {512, 512}, new int[] {512, 512}, new int[] {512, 512}) >= 0);
  }

  @Test
  void theCheaperChainOrderIsTaken() {
    // (ab·bc)·cd costs a·b·c + a·c·d, ab·(bc·cd) costs b·c·d + a·b·d: with a = 8 and d = 1024 the first
    List<List<PathOptimizer.Step>> c = candidates("ab,bc,cd->ad");
    int choice = choose("ab,bc,cd->ad", c, new int[] {8, 256}, new int[] {256, 256}, new int[] {256, 1024});
    assertTrue(choice >= 0);
    assertEquals("ab,bc->ac", c.get(choice).get(0).spec());
  }

  @Test
  void aBasisChangeTakesAPathWithoutSplitProducts() {
    String spec = "ea,fb,abcd,gc,hd->efgh";
    List<List<PathOptimizer.Step>> c = candidates(spec);
    int choice = choose(spec, c, new int[] {32, 32}, new int[] {32, 32}, new int[] {32, 32, 32, 32},
        new int[] {32, 32}, new int[] {32, 32});
    assertTrue(choice >= 0);
    // the candidates cost the same FLOPs; the model picks one whose products split least
    int least = Integer.MAX_VALUE;
    int[] splits = new int[c.size()];
    for (int p = 0; p < c.size(); p++) {
      for (PathOptimizer.Step st : c.get(p)) {
        splits[p] += Math.max(0, Intermediates.defects(st.leftLabels(), st.rightLabels(), st.outLabels()));
      }
      least = Math.min(least, splits[p]);
    }
    assertEquals(least, splits[choice], "chose " + c.get(choice));
  }

  @Test
  void aForcedPathIsTaken() {
    List<List<PathOptimizer.Step>> c = candidates("ab,bc,cd->ad");
    int before = Tuning.path;
    try {
      Tuning.path = 1;
      assertEquals(1, choose("ab,bc,cd->ad", c, new int[] {2, 2}, new int[] {2, 2}, new int[] {2, 2}));
      Tuning.path = 99;
      assertEquals(-1, choose("ab,bc,cd->ad", c, new int[] {64, 64}, new int[] {64, 64}, new int[] {64, 64}));
    } finally {
      Tuning.path = before;
    }
  }
}
