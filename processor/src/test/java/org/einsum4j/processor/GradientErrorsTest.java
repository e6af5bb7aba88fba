/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One compile-testing test per {@code @EinsumGradient} diagnostic: its tag, its text, and the line and column it
 * points at (the annotation value for {@code of} and {@code wrt}, the parameter for a name).
 */
class GradientErrorsTest {
  private static final String FORWARD =
      "  @Einsum(\"bsh,bh->bs\") FloatTensor scores(FloatTensor enc, FloatTensor dec);\n";

  private static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString("test.Bad",
        "package test;\nimport org.einsum4j.*;\ninterface Bad {\n" + FORWARD + body + "}\n");
  }

  private static Compilation compile(JavaFileObject src) {
    return Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
  }

  /** The line number in {@link #file}'s source of the line of {@code body} that contains {@code what}. */
  private static long line(String body, String what) {
    String[] lines = body.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(what)) {
        return 5 + i;
      }
    }
    throw new AssertionError(what);
  }

  /** The 1-based column of {@code what} in the line of {@code body} that contains it. */
  private static long column(String body, String what) {
    for (String line : body.split("\n")) {
      int at = line.indexOf(what);
      if (at >= 0) {
        return at + 1;
      }
    }
    throw new AssertionError(what);
  }

  @Test
  void unknownOfPointsAtTheValue() {
    String body = "  @EinsumGradient(of = \"scorez\", wrt = \"enc\")\n"
        + "  FloatTensor g(FloatTensor gradScores, FloatTensor enc, FloatTensor dec);\n";
    JavaFileObject src = file(body);
    Compilation c = compile(src);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EinsumGradientOf] @EinsumGradient(of = \"scorez\") names no @Einsum method "
        + "of 'Bad'; it has 'scores'")
        .inFile(src).onLine(line(body, "\"scorez\"")).atColumn(column(body, "\"scorez\""));
    assertEquals(1, c.errors().size(), c.errors().toString());
  }

  @Test
  void unknownOfInATypeWithoutEinsumMethods() {
    JavaFileObject src = JavaFileObjects.forSourceString("test.Bad", "package test;\nimport org.einsum4j.*;\n"
        + "interface Bad {\n  @EinsumGradient(of = \"scores\", wrt = \"enc\")\n"
        + "  FloatTensor g(FloatTensor grad, FloatTensor enc);\n}\n");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[EinsumGradientOf]").inFile(src).onLineContaining("@EinsumGradient");
    assertThat(c).hadErrorContaining("it has none");
  }

  @Test
  void unknownWrtPointsAtTheValue() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"encoder\")\n"
        + "  FloatTensor g(FloatTensor gradScores, FloatTensor enc, FloatTensor dec);\n";
    JavaFileObject src = file(body);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[EinsumGradientWrt] @EinsumGradient(wrt = \"encoder\") is not an operand of "
        + "'scores'; its operands are 'enc', 'dec'")
        .inFile(src).onLine(line(body, "\"encoder\"")).atColumn(column(body, "\"encoder\""));
    assertEquals(1, c.errors().size(), c.errors().toString());
  }

  @Test
  void missingOperandIsAParameterMismatch() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\")\n"
        + "  FloatTensor g(FloatTensor gradScores, FloatTensor enc);\n";
    JavaFileObject src = file(body);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[EinsumGradientParameters] gradient method 'g' does not match its @Einsum "
        + "method: 'scores' takes 2 FloatTensor operand(s), so its gradient takes (FloatTensor grad..., "
        + "FloatTensor enc, FloatTensor dec)").inFile(src).onLineContaining("FloatTensor g(");
  }

  @Test
  void elementTypeMustMatchTheForward() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\")\n"
        + "  DoubleTensor g(DoubleTensor gradScores, DoubleTensor enc, DoubleTensor dec);\n";
    Compilation c = compile(file(body));
    assertThat(c).hadErrorContaining("[EinsumGradientParameters]");
    assertThat(c).hadErrorContaining("takes 2 FloatTensor operand(s)");
  }

  @Test
  void swappedOperandsPointAtTheParameter() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\")\n"
        + "  FloatTensor g(FloatTensor gradScores, FloatTensor dec, FloatTensor enc);\n";
    JavaFileObject src = file(body);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[EinsumGradientParameters] gradient method 'g' does not match its @Einsum "
        + "method: parameter 'dec' stands for operand 0 of 'scores', named 'enc' there")
        .inFile(src).onLine(line(body, "dec,")).atColumn(column(body, "dec,"));
    assertEquals(2, c.errors().size(), c.errors().toString());
  }

  @Test
  void firstParameterMustBeNamedGrad() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\")\n"
        + "  FloatTensor g(FloatTensor upstream, FloatTensor enc, FloatTensor dec);\n";
    JavaFileObject src = file(body);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[EinsumGradientName] parameter 'upstream' receives the upstream gradient, so "
        + "its name must be 'grad' or start with 'grad'")
        .inFile(src).onLine(line(body, "upstream")).atColumn(column(body, "upstream"));
    assertEquals(1, c.errors().size(), c.errors().toString());
  }

  @Test
  void gradientNamesFollowTheOutRule() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\")\n"
        + "  FloatTensor g(FloatTensor gradient, FloatTensor enc, FloatTensor dec);\n";
    assertThat(compile(file(body))).hadErrorContaining("[EinsumGradientName] parameter 'gradient'");
  }

  @Test
  void accumulateNeedsAVoidMethod() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\", accumulate = true)\n"
        + "  FloatTensor g(FloatTensor grad, FloatTensor enc, FloatTensor dec);\n";
    JavaFileObject src = file(body);
    assertThat(compile(src)).hadErrorContaining("[EinsumAccumulate] method 'g' has accumulate = true")
        .inFile(src).onLineContaining("accumulate = true");
  }

  @Test
  void voidMethodsEndWithOut() {
    String body = "  @EinsumGradient(of = \"scores\", wrt = \"enc\", accumulate = true)\n"
        + "  void g(FloatTensor grad, FloatTensor enc, FloatTensor dec, FloatTensor gradEnc);\n";
    JavaFileObject src = file(body);
    assertThat(compile(src)).hadErrorContaining("[EinsumOutName] parameter 'gradEnc'").inFile(src)
        .onLineContaining("void g(");
  }

  @Test
  void overloadsAreChosenByTheirOperands() {
    JavaFileObject src = JavaFileObjects.forSourceString("test.Good", "package test;\nimport org.einsum4j.*;\n"
        + "interface Good {\n"
        + "  @Einsum(\"ij,jk->ik\") DoubleTensor mul(DoubleTensor a, DoubleTensor b);\n"
        + "  @Einsum(\"ij->ji\") DoubleTensor mul(DoubleTensor a);\n"
        + "  @EinsumGradient(of = \"mul\", wrt = \"b\") DoubleTensor g(DoubleTensor grad, DoubleTensor a, "
        + "DoubleTensor b);\n"
        + "  @EinsumGradient(of = \"mul\", wrt = \"a\") DoubleTensor t(DoubleTensor grad, DoubleTensor a);\n"
        + "}\n");
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Einsum4j_Good").contentsAsUtf8String()
        .contains("einsum \"ij,ik->jk\"");
    assertThat(c).generatedSourceFile("test.Einsum4j_Good").contentsAsUtf8String()
        .contains("einsum \"ji->ij\"");
  }
}
