/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles test sources with the einsum4j processor in memory (compile-testing) and loads the resulting
 * classes, so tests can call generated kernels.
 */
final class Compiled extends ClassLoader {
  private final Compilation compilation;

  private Compiled(Compilation compilation) {
    super(Compiled.class.getClassLoader());
    this.compilation = compilation;
  }

  /**
   * Compiles one source file that must compile without errors.
   *
   * @param qualifiedName the top-level type's name
   * @param source its text
   * @return a class loader over the compiled classes
   */
  static Compiled compile(String qualifiedName, String source) {
    Compilation c = Compiler.javac()
        .withProcessors(new EinsumProcessor())
        .compile(JavaFileObjects.forSourceString(qualifiedName, source));
    if (c.status() != Compilation.Status.SUCCESS) {
      StringBuilder sb = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
        sb.append(d).append('\n');
      }
      assertWithMessage("compilation failed:\n" + sb).fail();
    }
    return new Compiled(c);
  }

  Compilation compilation() {
    return compilation;
  }

  /** Returns the generated source of a class, e.g. {@code test.Einsum4j_Cases}. */
  String generatedSource(String qualifiedName) {
    try {
      return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the bytes of a generated class file. */
  byte[] classBytes(String binaryName) {
    Optional<JavaFileObject> f =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, binaryName.replace('.', '/') + ".class");
    if (f.isEmpty()) {
      return null;
    }
    try (InputStream in = f.get().openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classBytes(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Loads and instantiates the generated implementation of a compiled interface. */
  Object load(String interfaceName) {
    try {
      Class<?> type = loadClass(interfaceName);
      return org.einsum4j.Einsums.load(type);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
