/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.einsum4j.processor.EinsumProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor costs a build: one javac run (javax.tools, in process) over an interface of
 * {@value #METHODS} {@code @Einsum} methods, with the processor ({@code processor=true}: the processor runs and
 * javac also compiles the sources it writes) and without ({@code -proc:none}). The per-method cost is
 * {@code (with - without) / 100}. Single-shot: each invocation is one whole compilation, as in a build after
 * javac is warm (a Gradle daemon, a Maven build with many modules); the warmup iterations bring javac there.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ProcessorTimeBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3)
@Warmup(iterations = 15)
@Measurement(iterations = 15)
public class ProcessorTimeBench {
  /** The number of {@code @Einsum} methods in the compiled interface. */
  public static final int METHODS = 100;

  /** The spec mix: matrix products, copies, reductions, loop nests, paths, groups, ellipses. */
  private static final String[][] SPECS = {
      {"bs,bsh->bh", "2"}, {"bsh,bh->bs", "2"}, {"bik,bkj->bij", "2"}, {"bshd,hde->bshe", "2"},
      {"bihd,bjhd->bijh", "2"}, {"bshd->bhsd", "1"}, {"ij->ji", "1"}, {"...ii->...i", "1"}, {"bij->b", "1"},
      {"ii", "1"}, {"ij,ij->ij", "2"}, {"i,j->ij", "2"}, {"ij,jk,kl->il", "3"}, {"bij,bjk,bkl->bil", "3"},
      {"ab,bc,cd,de->ae", "4"}, {"bijh,(bjhd+ijhd)->bihd", "3"}, {"i,(ij-ji)->ij", "3"},
      {"...ij,...jk->...ik", "2"}, {"bhqd,bhkd->bhqk", "2"}, {"bhqk,bhkd->bhqd", "2"},
  };

  @Param({"true", "false"})
  public boolean processor;

  private Path out;
  private JavaCompiler javac;
  private List<String> classPath;

  /** Returns the source of an interface of {@code methods} {@code @Einsum} methods over the spec mix. */
  static String source(int methods) {
    StringBuilder sb = new StringBuilder("package bench;\nimport org.einsum4j.*;\npublic interface Many {\n");
    for (int i = 0; i < methods; i++) {
      String[] s = SPECS[i % SPECS.length];
      String type = i % 2 == 0 ? "FloatTensor" : "DoubleTensor";
      sb.append("  @Einsum(\"").append(s[0]).append("\") ").append(type).append(" m").append(i).append('(');
      for (int k = 0; k < Integer.parseInt(s[1]); k++) {
        sb.append(k == 0 ? "" : ", ").append(type).append(" x").append(k);
      }
      sb.append(");\n");
    }
    return sb.append("}\n").toString();
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    out = Files.createTempDirectory("einsum4j-processor-time");
    javac = ToolProvider.getSystemJavaCompiler();
    classPath = List.of("-classpath", System.getProperty("java.class.path"));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @Benchmark
  public int compile() {
    return compile(processor, out);
  }

  /** Compiles the interface once; returns the number of class files written, after checking javac succeeded. */
  int compile(boolean withProcessor, Path dir) {
    String src = source(METHODS);
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///bench/Many.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return src;
      }
    };
    List<String> options = new ArrayList<>(classPath);
    options.addAll(List.of("-d", dir.toString(), "-s", dir.toString(), "-implicit:none", "-Xlint:none",
        "-XDuseUnsharedTable=true"));
    if (!withProcessor) {
      options.add("-proc:none");
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, fm, null, options, null, List.of(file));
      if (withProcessor) {
        task.setProcessors(List.of(new EinsumProcessor()));
      }
      if (!task.call()) {
        throw new IllegalStateException("javac failed:\n" + diagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(p -> p.toString().endsWith(".class")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
