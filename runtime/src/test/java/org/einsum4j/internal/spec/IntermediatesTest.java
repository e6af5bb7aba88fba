/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntermediatesTest {

  private static List<PathOptimizer.Step> uniformPath(List<String> inputs, String output) {
    Map<Character, Long> sizes = new HashMap<>();
    for (char c : String.join("", inputs).toCharArray()) {
      sizes.put(c, 32L);
    }
    return PathOptimizer.optimize(inputs, output, sizes);
  }

  @Test
  void theBasisChangeRunsOneProductPerStep() {
    // opt_einsum's example: with the path search's orders, two of its four GEMM steps are split into batches of
    // small products (e.g. gc,ebch->ebgh runs e·b products of g × h)
    List<String> in = List.of("ea", "fb", "abcd", "gc", "hd");
    List<PathOptimizer.Step> raw = uniformPath(in, "efgh");
    int rawSplits = 0;
    for (PathOptimizer.Step st : raw) {
      rawSplits += Intermediates.splits(st.leftLabels(), st.rightLabels(), st.outLabels());
    }
    assertTrue(rawSplits > 0, "the path search's orders split some product: " + raw);
    List<PathOptimizer.Step> arranged = Intermediates.arrange(in, "efgh", raw);
    for (int s = 0; s < arranged.size() - 1; s++) {
      PathOptimizer.Step st = arranged.get(s);
      assertEquals(0, Intermediates.splits(st.leftLabels(), st.rightLabels(), st.outLabels()),
          "step " + s + " of " + arranged);
    }
    assertConsistent(in, "efgh", raw, arranged);
    assertTrue(Intermediates.cost(in, "efgh", arranged) < Intermediates.cost(in, "efgh", raw));
  }

  @Test
  void anEnvironmentUpdateSplitsLessThanBefore() {
    // its second step's M and K labels are split in the input bdfg whatever the order: only the rest can improve
    List<String> in = List.of("abc", "ade", "bdfg", "cfh");
    List<PathOptimizer.Step> raw = uniformPath(in, "egh");
    List<PathOptimizer.Step> arranged = Intermediates.arrange(in, "egh", raw);
    assertConsistent(in, "egh", raw, arranged);
    assertTrue(Intermediates.cost(in, "egh", arranged) < Intermediates.cost(in, "egh", raw));
    assertTrue(splits(arranged) < splits(raw), raw + " against " + arranged);
  }

  private static int splits(List<PathOptimizer.Step> path) {
    int n = 0;
    for (PathOptimizer.Step st : path) {
      n += Math.max(0, Intermediates.splits(st.leftLabels(), st.rightLabels(), st.outLabels()));
    }
    return n;
  }

  @Test
  void aChainKeepsItsOrders() {
    List<String> in = List.of("ab", "bc", "cd");
    List<PathOptimizer.Step> raw = uniformPath(in, "ad");
    assertEquals(raw, Intermediates.arrange(in, "ad", raw));
  }

  @Test
  void candidatesAreArranged() {
    List<String> in = List.of("ea", "fb", "abcd", "gc", "hd");
    for (List<PathOptimizer.Step> path : PathOptimizer.candidates(in, "efgh")) {
      assertEquals(path, Intermediates.arrange(in, "efgh", path), "arranging twice changes nothing");
    }
  }

  @Test
  void randomPathsStayConsistentAndNeverCostMore() {
    SplittableRandom r = new SplittableRandom(17);
    String alphabet = "abcdefgh";
    for (int trial = 0; trial < 400; trial++) {
      int ops = 3 + r.nextInt(3);
      List<String> in = new ArrayList<>();
      StringBuilder all = new StringBuilder();
      for (int k = 0; k < ops; k++) {
        int rank = 1 + r.nextInt(4);
        StringBuilder t = new StringBuilder();
        while (t.length() < rank) {
          char c = alphabet.charAt(r.nextInt(alphabet.length()));
          if (t.indexOf(String.valueOf(c)) < 0) {
            t.append(c);
          }
        }
        in.add(t.toString());
        all.append(t);
      }
      StringBuilder out = new StringBuilder();
      for (char c : PathOptimizer.distinct(all.toString()).toCharArray()) {
        if (r.nextInt(3) == 0) {
          out.append(c);
        }
      }
      List<PathOptimizer.Step> raw = uniformPath(in, out.toString());
      if (raw.isEmpty()) {
        continue;
      }
      List<PathOptimizer.Step> arranged = Intermediates.arrange(in, out.toString(), raw);
      assertConsistent(in, out.toString(), raw, arranged);
      assertTrue(Intermediates.cost(in, out.toString(), arranged)
          <= Intermediates.cost(in, out.toString(), raw), in + "->" + out);
    }
  }

  /**
   * The arranged path contracts the same tensors in the same steps, keeps the same labels in each
   * intermediate, and names each intermediate with one order in the step that writes it and the one that reads it.
   */
  private static void assertConsistent(List<String> in, String out, List<PathOptimizer.Step> raw,
      List<PathOptimizer.Step> arranged) {
    assertEquals(raw.size(), arranged.size());
    List<String> live = new ArrayList<>(in);
    for (int s = 0; s < raw.size(); s++) {
      PathOptimizer.Step a = arranged.get(s);
      PathOptimizer.Step b = raw.get(s);
      assertEquals(b.left(), a.left());
      assertEquals(b.right(), a.right());
      assertEquals(live.get(a.left()), a.leftLabels(), "step " + s + " reads what was written");
      assertEquals(live.get(a.right()), a.rightLabels(), "step " + s + " reads what was written");
      assertEquals(sorted(b.outLabels()), sorted(a.outLabels()), "step " + s + " keeps the same labels");
      live.remove(a.right());
      live.remove(a.left());
      live.add(a.outLabels());
    }
    assertEquals(out, arranged.get(arranged.size() - 1).outLabels());
  }

  private static String sorted(String s) {
    char[] c = s.toCharArray();
    Arrays.sort(c);
    return new String(c);
  }
}
