/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random valid specs: 1 to 4 operands of 0 to 4 labels drawn from a small pool (so labels are shared,
 * repeated within an operand, and reduced), sometimes with {@code "..."}, with an implicit output or an
 * explicit one that keeps a random subset of the labels in random order.
 */
final class RandomSpecs {
  private static final String POOL = "abcdeAB";

  private RandomSpecs() {}

  static String next(Random rnd) {
    int n = 1 + rnd.nextInt(4);
    boolean ellipsis = rnd.nextInt(5) == 0;
    List<String> terms = new ArrayList<>();
    Set<Character> seen = new LinkedHashSet<>();
    for (int k = 0; k < n; k++) {
      StringBuilder t = new StringBuilder();
      int len = rnd.nextInt(n > 2 ? 3 : 5);
      for (int i = 0; i < len; i++) {
        char c = POOL.charAt(rnd.nextInt(POOL.length()));
        t.append(c);
        seen.add(c);
      }
      if (ellipsis && rnd.nextBoolean()) {
        t.insert(rnd.nextInt(t.length() + 1), "...");
      }
      terms.add(t.toString());
    }
    String inputs = String.join(",", terms);
    if (rnd.nextInt(3) == 0) {
      return inputs;
    }
    List<Character> out = new ArrayList<>(seen);
    Collections.shuffle(out, rnd);
    out = out.subList(0, rnd.nextInt(out.size() + 1));
    StringBuilder o = new StringBuilder();
    out.forEach(o::append);
    if (inputs.contains("...")) {
      o.insert(rnd.nextInt(o.length() + 1), "...");
    }
    return inputs + "->" + o;
  }
}
