/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.twins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails when a committed {@code double} twin is not what {@link Twins} generates from its {@code float} source.
 * Rewrite the twins with {@code -Dtwins.update=true} (see {@link Twins}).
 */
class TwinsTest {
  @Test
  void everyTwinIsUpToDate() {
    if (Boolean.getBoolean("twins.update")) {
      System.out.println("Twins rewrote " + Twins.update());
    }
    StringBuilder stale = new StringBuilder();
    for (Twins.Pair pair : Twins.PAIRS) {
      String want = Twins.generate(pair, Twins.read(Twins.root().resolve(pair.source())));
      String have = Twins.read(Twins.root().resolve(pair.twin()));
      if (!want.equals(have)) {
        stale.append(describe(pair, want, have));
      }
    }
    if (stale.length() > 0) {
      fail(stale + "Edit the float sources only, then rewrite the twins: mvn -B -o -ntp -pl runtime -am test "
          + "-Dtest=TwinsTest -Dsurefire.failIfNoSpecifiedTests=false -Dtwins.update=true");
    }
  }

  private static String describe(Twins.Pair pair, String want, String have) {
    String[] w = want.split("\n", -1);
    String[] h = have.split("\n", -1);
    int line = 0;
    while (line < w.length && line < h.length && w[line].equals(h[line])) {
      line++;
    }
    return pair.twin() + " is stale (generated from " + pair.source() + "): first difference at line "
        + (line + 1) + "\n  generated: " + (line < w.length ? w[line] : "<end of file>")
        + "\n  committed: " + (line < h.length ? h[line] : "<end of file>") + "\n";
  }

  @Test
  void rulesApplyInOnePassSoTypesSwap() {
    Twins.Pair pair = new Twins.Pair("X.java", "Y.java", Twins.swapTypes());
    String src = Twins.SOURCE_MARK + "\nfloat f = 0f; double d = 1.5f; FloatVector v; // DoubleTensor x1f\n";
    String out = Twins.generate(pair, src);
    assertTrue(out.startsWith(Twins.GENERATED_MARK + "\n// Source: X.java\n"), out);
    assertTrue(out.endsWith("double f = 0.0; float d = 1.5; DoubleVector v; // FloatTensor x1f\n"), out);
  }

  @Test
  void aVerbatimRuleThatNoLongerMatchesFails() {
    Twins.Pair pair = new Twins.Pair("X.java", "Y.java",
        Twins.swapTypes(Twins.Rule.verbatim("int a = 4;", "int a = 2;")));
    String msg = assertThrows(IllegalStateException.class,
        () -> Twins.generate(pair, Twins.SOURCE_MARK + "\nint a = 3;\n")).getMessage();
    assertTrue(msg.contains("no longer matches"), msg);
    assertEquals(Twins.GENERATED_MARK + "\n// Source: X.java\nint a = 2;\n",
        Twins.generate(pair, Twins.SOURCE_MARK + "\nint a = 4;\n"));
  }

  @Test
  void aSourceWithoutItsMarkIsRefused() {
    Twins.Pair pair = new Twins.Pair("X.java", "Y.java", List.of());
    assertThrows(IllegalStateException.class, () -> Twins.generate(pair, "float x;"));
  }
}
