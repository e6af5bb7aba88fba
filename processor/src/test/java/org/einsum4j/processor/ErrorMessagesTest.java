/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.einsum4j.processor.model.ModelReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One compile-testing test per diagnostic: its tag, its text and the line it points at. */
class ErrorMessagesTest {

  private static Compilation compile(String body) {
    return compile("test.Bad", "package test;\nimport org.einsum4j.*;\n" + body);
  }

  private static Compilation compile(String name, String source) {
    return Compiler.javac().withProcessors(new EinsumProcessor()).compile(JavaFileObjects.forSourceString(name,
        source));
  }

  private static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString("test.Bad", "package test;\nimport org.einsum4j.*;\n" + body);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1i            | invalid character '1' in operand 0 | 1 | ^",
      "ij->ii        | output label 'i' appears more than once | 6 | '     ^'",
      "ij->k         | output label 'k' does not appear in any operand | 5 | '    ^'",
      "i.j           | '.' in operand 0 is not part of an ellipsis | 2 | ' ^'",
      "...i...       | more than one ellipsis | 5 | '    ^'",
      "i->i->        | at most one \"->\" | 5 | '    ^'",
      "i-j           | '-' must be followed by '>' | 2 | ' ^'",
      "i>j           | '>' must follow '-' | 2 | ' ^'",
      "'i,j->i,j'    | ',' is not allowed after \"->\" | 7 | '      ^'",
      "bij h;bijhd   | invalid character ';' | 6 | '     ^'",
      "bs,bsh=>bh    | \"=>\" is not an arrow: did you mean \"->\"? | 7 | '      ^'",
  })
  void syntaxErrorPointsAtTheColumn(String spec, String reason, int column, String caret) {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"" + spec + "\")\n  FloatTensor m(FloatTensor a);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EinsumSyntax]");
    assertThat(c).hadErrorContaining(reason);
    assertThat(c).hadErrorContaining("at column " + column);
    // the caret line sits under the column, indented like the spec line (javac may indent both further)
    String message = c.errors().get(0).getMessage(null);
    String[] lines = message.split("\n");
    assertEquals(3, lines.length, message);
    int indent = lines[1].indexOf(spec);
    assertTrue(indent >= 0, message);
    assertEquals(" ".repeat(indent) + caret.replaceAll("^'|'$", ""), lines[2], message);
    assertThat(c).hadErrorContaining("[EinsumSyntax]").inFile(src).onLineContaining("@Einsum");
  }

  @Test
  void syntaxErrorIsOnTheAnnotationLine() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"ij,jk->iq\")\n  FloatTensor m(FloatTensor a, FloatTensor b);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumSyntax] output label 'q' does not appear in any operand at column 9")
        .inFile(src).onLineContaining("@Einsum(\"ij,jk->iq\")");
    assertEquals(1, c.errors().size(), "exactly one error: " + c.errors());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'i,(j+k'     | 3",
      "'i,(jk)'     | 3",
      "'i,(j+(k+l))' | 6",
      "'i+j'        | 2",
      "'i,(j+k)->(j+k)' | 10",
  })
  void groupSyntaxErrorsPointAtTheColumn(String spec, int column) {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"" + spec + "\")\n  FloatTensor m(FloatTensor a, FloatTensor b,"
        + " FloatTensor c);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumSyntax]").inFile(src).onLineContaining("@Einsum");
    assertThat(c).hadErrorContaining("at column " + column);
  }

  @Test
  void groupMembersAreParameters() {
    JavaFileObject src = file("interface Ok {\n  @Einsum(\"bijh,(bjhd+ijhd)->bihd\")\n"
        + "  FloatTensor context(FloatTensor alpha, FloatTensor v, FloatTensor av);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).succeededWithoutWarnings();
    JavaFileObject bad = file("interface Bad {\n  @Einsum(\"bijh,(bjhd+ijhd)->bihd\")\n"
        + "  FloatTensor context(FloatTensor alpha, FloatTensor v);\n}\n");
    assertThat(Compiler.javac().withProcessors(new EinsumProcessor()).compile(bad))
        .hadErrorContaining("[EinsumOperandCount] spec \"bijh,(bjhd+ijhd)->bihd\" has 3 operand(s)");
  }

  @Test
  void operandCountOnReturningMethod() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"ij,jk->ik\")\n  FloatTensor mul(FloatTensor a);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumOperandCount] spec \"ij,jk->ik\" has 2 operand(s) but method 'mul' "
        + "has 1 parameter(s); term 'jk' (operand 1) has no parameter").inFile(src).onLineContaining("@Einsum");
  }

  @Test
  void operandCountNamesTheExtraParameterOrTheGroupMember() {
    Compilation extra = compile("interface Bad {\n  @Einsum(\"ij,jk->ik\")\n"
        + "  FloatTensor mul(FloatTensor a, FloatTensor b, FloatTensor c);\n}\n");
    assertThat(extra).hadErrorContaining("has 3 parameter(s); parameter 'c' has no term in the spec");
    Compilation group = compile("interface Bad {\n  @Einsum(\"bijh,(bjhd+ijhd)->bihd\")\n"
        + "  void context(FloatTensor alpha, FloatTensor v, FloatTensor out);\n}\n");
    assertThat(group).hadErrorContaining("term 'ijhd' (operand 2) has no parameter");
  }

  @Test
  void operandCountOnVoidMethod() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"ij,jk->ik\")\n  void mul(FloatTensor a, FloatTensor out);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumOperandCount]").inFile(src).onLineContaining("@Einsum");
    assertThat(c).hadErrorContaining("then an 'out' parameter");
  }

  @Test
  void parameterTypeIsReportedOnTheParameter() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"i,i->\")\n  FloatTensor dot(FloatTensor a,\n"
        + "      float[] b);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumParameterType] parameter 'b' has type float[]").inFile(src)
        .onLineContaining("float[] b");
  }

  @Test
  void mixedElementTypes() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"i,i->\")\n  FloatTensor dot(FloatTensor a,\n"
        + "      DoubleTensor b);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumMixedTypes] parameter 'b' is a DoubleTensor").inFile(src)
        .onLineContaining("DoubleTensor b");
  }

  @Test
  void returnTypeMustMatch() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"i,i->\")\n  DoubleTensor dot(FloatTensor a, FloatTensor b);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumReturnType] method 'dot' returns org.einsum4j.DoubleTensor")
        .inFile(src).onLineContaining("DoubleTensor dot");
  }

  @Test
  void returnTypeNotATensor() {
    Compilation c = compile("interface Bad {\n  @Einsum(\"i,i->\")\n  float dot(FloatTensor a, FloatTensor b);\n}\n");
    assertThat(c).hadErrorContaining("[EinsumReturnType] method 'dot' returns float");
  }

  @Test
  void outParameterName() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"ij,jk->ik\")\n  void mul(FloatTensor a, FloatTensor b,\n"
        + "      FloatTensor c);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumOutName] parameter 'c'").inFile(src).onLineContaining("FloatTensor c)");
  }

  @Test
  void outNamesThatAreAccepted() {
    assertTrue(ModelReader.isOutName("out"));
    assertTrue(ModelReader.isOutName("outScores"));
    assertTrue(!ModelReader.isOutName("outer"));
    assertTrue(!ModelReader.isOutName("result"));
  }

  @Test
  void methodMustBeAbstract() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"i->\")\n  default FloatTensor sum(FloatTensor a) { return a; }\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumNotAbstract] method 'sum' must be abstract").inFile(src)
        .onLineContaining("default FloatTensor sum");
  }

  @Test
  void concreteClass() {
    Compilation c = compile("class Bad {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a) { return a; }\n}\n");
    assertThat(c).hadErrorContaining("[EinsumEnclosingType] type 'test.Bad' cannot be implemented by einsum4j: it is "
        + "a concrete class");
  }

  @Test
  void innerClassAndPrivateType() {
    Compilation c = compile("class Outer {\n  abstract class Inner {\n    @Einsum(\"i->\")\n"
        + "    abstract FloatTensor sum(FloatTensor a);\n  }\n"
        + "  private interface Hidden {\n    @Einsum(\"i->\")\n    FloatTensor sum(FloatTensor a);\n  }\n}\n");
    assertThat(c).hadErrorContaining("'Inner' is an inner class; make it static");
    assertThat(c).hadErrorContaining("'Hidden' is private");
  }

  @Test
  void abstractClassNeedsConstructor() {
    Compilation c = compile("abstract class Bad {\n  Bad(int x) {}\n  @Einsum(\"i->\")\n"
        + "  abstract FloatTensor sum(FloatTensor a);\n}\n");
    assertThat(c).hadErrorContaining("it has no non-private constructor without parameters");
  }

  @Test
  void genericTypeAndMethod() {
    Compilation c = compile("interface Bad<T> {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a);\n"
        + "  @Einsum(\"i->\")\n  <U> FloatTensor sum2(FloatTensor a);\n}\n");
    assertThat(c).hadErrorContaining("[EinsumGeneric] type 'test.Bad' has type parameters");
    assertThat(c).hadErrorContaining("[EinsumGeneric] method 'sum2' has type parameters");
  }

  @Test
  void varargs() {
    Compilation c = compile("interface Bad {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor... a);\n}\n");
    assertThat(c).hadErrorContaining("[EinsumVarargs] method 'sum' is varargs");
  }

  @Test
  void unannotatedAbstractMethod() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a);\n"
        + "  FloatTensor other(FloatTensor a);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).hadErrorContaining("[EinsumUnimplementable] abstract method 'other' of 'test.Bad' has no @Einsum")
        .inFile(src).onLineContaining("FloatTensor other");
  }

  @Test
  void droppedEllipsisIsAWarningNotAnError() {
    JavaFileObject src = file("interface Bad {\n  @Einsum(\"...ij->ij\")\n  FloatTensor m(FloatTensor a);\n}\n");
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[EinsumEllipsisDropped]").inFile(src).onLineContaining("@Einsum");
  }

  @Test
  void allErrorsAreReportedAndNothingIsGenerated() {
    Compilation c = compile("interface Bad {\n  @Einsum(\"1i\")\n  FloatTensor a(FloatTensor a);\n"
        + "  @Einsum(\"i,i\")\n  FloatTensor b(FloatTensor a);\n"
        + "  @Einsum(\"i->\")\n  FloatTensor c(String s);\n"
        + "  @Einsum(\"i->\")\n  FloatTensor ok(FloatTensor x);\n}\n");
    assertThat(c).failed();
    assertEquals(3, c.errors().size(), c.errors().toString());
    assertTrue(c.diagnostics().stream().noneMatch(d -> String.valueOf(d.getSource()).contains("Einsum4j_")),
        "nothing is generated for a type with errors");
  }

  @Test
  void goodTypeStillGeneratedNextToABadOne() {
    Compilation c = compile("interface Bad {\n  @Einsum(\"1i\")\n  FloatTensor a(FloatTensor a);\n}\n"
        + "interface Good {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a);\n}\n");
    assertThat(c).failed();
    assertEquals(1, c.errors().size(), c.errors().toString());
    // compile-testing hides generated files of a failed compilation; the processor logic is per type, so
    // check that the good type alone is generated and the bad one contributes only its error
    Compilation good = compile("interface Good {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a);\n}\n");
    assertThat(good).generatedSourceFile("test.Einsum4j_Good");
  }

  @Test
  void unexpectedFailureBecomesOneInternalError() {
    Compilation c = Compiler.javac().withProcessors(new EinsumProcessor(t -> {
          throw new IllegalStateException("boom");
        }))
        .compile(file("interface Bad {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a);\n}\n"));
    assertThat(c).failed();
    assertEquals(1, c.errors().size());
    assertThat(c).hadErrorContaining("[Einsum4jInternal] einsum4j failed while processing 'test.Bad'");
    assertThat(c).hadErrorContaining("IllegalStateException: boom");
  }

  @Test
  void generatedFileIsDeterministic() throws Exception {
    String src = "interface Good {\n  @Einsum(\"bs,bsh->bh\")\n  FloatTensor context(FloatTensor w, FloatTensor e);\n}\n";
    String first = compile(src).generatedSourceFile("test.Einsum4j_Good").orElseThrow().getCharContent(true)
        .toString();
    String second = compile(src).generatedSourceFile("test.Einsum4j_Good").orElseThrow().getCharContent(true)
        .toString();
    assertEquals(first, second);
    assertTrue(!first.matches("(?s).*20[0-9][0-9]-[0-9][0-9]-.*"), "no timestamp");
  }

  @Test
  void classFileIsWrittenForTheGoodType() {
    Compilation c = compile("interface Good {\n  @Einsum(\"i->\")\n  FloatTensor sum(FloatTensor a);\n}\n");
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedFile(StandardLocation.CLASS_OUTPUT, "test/Einsum4j_Good.class").isPresent());
  }
}
