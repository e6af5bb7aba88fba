/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.gemm.Gemm;
import org.junit.jupiter.api.Test;

/**
 * Checks the one-time warning when kernels run without the Vector API, in this JVM through a recording logger,
 * and end to end in a child JVM started without {@code --add-modules jdk.incubator.vector}.
 */
class VectorSupportTest {
  /** A logger that keeps every message it is given. */
  private static final class Recording implements System.Logger {
    final List<String> messages = new ArrayList<>();

    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      messages.add(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      messages.add(level + " " + format);
    }

    @Override
    public void log(Level level, Supplier<String> supplier) {
      messages.add(level + " " + supplier.get());
    }
  }

  @Test
  void warnsOnceWhenTheModuleIsAbsent() {
    Recording logger = new Recording();
    AtomicBoolean warned = new AtomicBoolean();
    VectorSupport.notice(logger, false, false, warned);
    VectorSupport.notice(logger, false, false, warned);
    assertEquals(List.of("WARNING " + VectorSupport.WARNING), logger.messages);
    assertTrue(VectorSupport.WARNING.contains("--add-modules jdk.incubator.vector"));
    assertTrue(VectorSupport.WARNING.contains("slower"));
  }

  @Test
  void quietWhenTheModuleIsPresentOrScalarIsChosen() {
    Recording logger = new Recording();
    VectorSupport.notice(logger, true, false, new AtomicBoolean());
    VectorSupport.notice(logger, false, true, new AtomicBoolean());
    assertEquals(List.of(), logger.messages);
  }

  @Test
  void runtimeInfoReportsTheVectorKernelsOfThisJvm() {
    // Surefire starts this JVM with the module (see the parent pom's argLine).
    assertTrue(VectorSupport.modulePresent());
    var info = Einsums.runtimeInfo();
    assertTrue(info.vectorModule());
    assertEquals(info.floatLanes() * Float.SIZE, info.vectorBits());
    assertTrue(List.of(128, 256, 512).contains(info.vectorBits()), info.toString());
    assertEquals(info.floatLanes(), 2 * info.doubleLanes());
    assertEquals(Einsums.parallelism(), info.threads());
    assertTrue(info.toString().startsWith("einsum4j: Vector API, " + info.vectorBits() + "-bit vectors"),
        info.toString());
    assertTrue(info.jdk().startsWith(Runtime.version().toString()), info.jdk());
  }

  /** Run in a child JVM without the module: two engines, several calls, then the report. */
  public static void main(String[] args) {
    float[] a = new float[64 * 64];
    float[] c = new float[64 * 64];
    for (int i = 0; i < 3; i++) {
      Gemm.gemm(64, 64, 64, a, 0, 64, 1, a, 0, 64, 1, c, 0, 64, 1, new int[0], new int[0], new int[0], new int[0],
          false);
      Einsums.evaluate("ij->i", FloatTensor.zeros(2, 2));
    }
    System.out.println(Einsums.runtimeInfo());
  }

  @Test
  void aJvmWithoutTheModuleWarnsOnceAndSaysSo() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        VectorSupportTest.class.getName()).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    int first = text.indexOf(VectorSupport.WARNING);
    assertTrue(first >= 0, text);
    assertEquals(-1, text.indexOf(VectorSupport.WARNING, first + 1), text);
    assertTrue(text.contains("einsum4j: scalar kernels (start the JVM with --add-modules jdk.incubator.vector"),
        text);
  }
}
