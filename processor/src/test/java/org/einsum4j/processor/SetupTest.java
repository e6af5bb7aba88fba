/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's build set up the strict way: {@code -Xlint:all -Werror} passes with the processor (no "No processor
 * claimed" warning, no warning in the generated code), and a processor path that lacks the processor's own
 * dependencies gets a setup error instead of an internal one.
 */
class SetupTest {
  private static final JavaFileObject ATTENTION = JavaFileObjects.forSourceString("demo.Attention", ""
      + "package demo;\n"
      + "import org.einsum4j.*;\n"
      + "/** Seq2seq attention. */\n"
      + "public interface Attention {\n"
      + "  /** Scores. @param enc encoder states @param dec decoder state @return scores */\n"
      + "  @Einsum(\"bsh,bh->bs\")\n"
      + "  FloatTensor scores(FloatTensor enc, FloatTensor dec);\n"
      + "  /** Context. @param w weights @param enc encoder states @param out the result */\n"
      + "  @Einsum(\"bs,bsh->bh\")\n"
      + "  void context(FloatTensor w, FloatTensor enc, FloatTensor out);\n"
      + "  /** A path. @param a a @param b b @param c c @return the product */\n"
      + "  @Einsum(\"ij,jk,kl->il\")\n"
      + "  DoubleTensor chain(DoubleTensor a, DoubleTensor b, DoubleTensor c);\n"
      + "  /** A group. @param alpha alpha @param v v @param av av @return z */\n"
      + "  @Einsum(\"bijh,(bjhd+ijhd)->bihd\")\n"
      + "  FloatTensor relative(FloatTensor alpha, FloatTensor v, FloatTensor av);\n"
      + "  /** Other annotations of the user's code. @return 1 */\n"
      + "  @Deprecated\n"
      + "  default int one() { return 1; }\n"
      + "}\n");

  @Test
  void strictLintBuildPasses() {
    Compilation c = Compiler.javac().withOptions("-Xlint:all", "-Werror").withProcessors(new EinsumProcessor())
        .compile(ATTENTION);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("demo.Einsum4j_Attention");
  }

  @Test
  void strictLintBuildPassesWithRelease17() {
    Compilation c = Compiler.javac().withOptions("-Xlint:all", "-Werror", "--release", "17")
        .withProcessors(new EinsumProcessor()).compile(ATTENTION);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void generatedCodeOfOthersIsNotClaimed() {
    // The user's own @Generated class: einsum4j must leave it to whoever handles it, so javac still warns.
    JavaFileObject other = JavaFileObjects.forSourceString("demo.Other", ""
        + "package demo;\n"
        + "@javax.annotation.processing.Generated(\"someone else\")\n"
        + "class Other {}\n");
    Compilation c = Compiler.javac().withOptions("-Xlint:all").withProcessors(new EinsumProcessor())
        .compile(ATTENTION, other);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("No processor claimed any of these annotations");
    assertThat(c).hadWarningContaining("javax.annotation.processing.Generated");
  }

  @Test
  void aProcessorPathWithoutJavaPoetIsASetupError() {
    EinsumProcessor p = new EinsumProcessor(type -> {}, name -> !name.startsWith("com.palantir.javapoet."));
    Compilation c = Compiler.javac().withProcessors(p).compile(ATTENTION);
    assertThat(c).failed();
    assertEquals(1, c.errors().size(), c.errors().toString());
    assertThat(c).hadErrorContaining("[Einsum4jSetup] the annotation processor path has einsum4j-processor but "
        + "not its dependency com.palantir.javapoet:javapoet");
    assertThat(c).hadErrorContaining("annotationProcessorPaths");
    List<String> messages = c.errors().stream().map(d -> d.getMessage(null)).toList();
    assertEquals(false, messages.get(0).contains("Einsum4jInternal"), messages.toString());
  }

  @Test
  void aProcessorPathWithoutTheRuntimeIsASetupError() {
    EinsumProcessor p = new EinsumProcessor(type -> {}, name -> !name.startsWith("org.einsum4j.internal."));
    Compilation c = Compiler.javac().withProcessors(p).compile(ATTENTION);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[Einsum4jSetup] the annotation processor path has einsum4j-processor but "
        + "not its dependency org.einsum4j:einsum4j-runtime");
  }
}
