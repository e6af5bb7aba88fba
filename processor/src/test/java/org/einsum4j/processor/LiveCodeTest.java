/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generated code holds only code that can run: every private method is called, the nest is forced in one place
 * per method (its kernel's engine guard, or its path or term dispatcher), and nothing names the spec parser.
 */
class LiveCodeTest {
  private static final String SOURCE = String.join("\n",
      "package live;",
      "import org.einsum4j.*;",
      "public interface Live {",
      "  @Einsum(\"bs,bsh->bh\") FloatTensor gemm(FloatTensor a, FloatTensor b);",
      "  @Einsum(\"ij->ji\") FloatTensor copy(FloatTensor a);",
      "  @Einsum(\"ij,ij->ij\") FloatTensor nest(FloatTensor a, FloatTensor b);",
      "  @Einsum(\"ij,jk,kl->il\") DoubleTensor chain(DoubleTensor a, DoubleTensor b, DoubleTensor c);",
      "  @Einsum(\"ij,ij,jk->ik\") DoubleTensor mixed(DoubleTensor a, DoubleTensor b, DoubleTensor c);",
      "  @Einsum(\"bijh,(bjhd+ijhd)->bihd\") FloatTensor groups(FloatTensor a, FloatTensor b, FloatTensor c);",
      "  @Einsum(\"i,(ij-ji)->ij\") FloatTensor signed(FloatTensor a, FloatTensor b, FloatTensor c);",
      "}", "");

  private static String generated() {
    return Compiled.compile("live.Live", SOURCE).generatedSource("live.Einsum4j_Live");
  }

  @Test
  void everyPrivateMethodIsCalled() {
    String src = generated();
    Matcher m = Pattern.compile("private static \\w+ (\\w+)\\(").matcher(src);
    int methods = 0;
    while (m.find()) {
      methods++;
      String name = m.group(1);
      Matcher call = Pattern.compile("\\b" + name + "\\(").matcher(src);
      int uses = 0;
      while (call.find()) {
        uses++;
      }
      assertTrue(uses >= 2, "never called: " + name);
    }
    assertTrue(methods >= 10, "found " + methods + " private methods");
  }

  @Test
  void theNestIsForcedOnlyWhereItIsAFallbackAndNoParserIsNamed() {
    String src = generated();
    // chain, mixed: the path dispatcher; groups, signed: the term summer. gemm and copy are one engine step each,
    // with no loop nest behind them
    assertEquals(4, count(src, "Tuning.forceNest()"), src);
    assertFalse(src.contains("internal.spec"), "generated code names the spec package");
    assertFalse(src.contains("Spec.parse"), "generated code parses through Spec");
    assertFalse(src.contains("-&gt;"), "the arrow is written as an entity");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
