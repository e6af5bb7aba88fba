/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a test class's {@code main} in a JVM of its own, for settings fixed at class init (the vector width). */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Runs {@code mainClass} with the test class path and {@code jvmArgs}; asserts that it exits with 0 and prints
   * {@code expected}.
   *
   * @param mainClass the class whose {@code main} runs
   * @param jvmArgs the JVM's options
   * @param expected text the output must contain
   * @throws IOException if the JVM cannot start
   * @throws InterruptedException if interrupted while waiting for it
   */
  public static void run(Class<?> mainClass, List<String> jvmArgs, String expected)
      throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    assertEquals(0, code, out);
    assertTrue(out.contains(expected), out);
  }
}
