/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the kernels may use the incubating Vector API, and the one-time warning when they cannot. The engines
 * ({@code Gemm}, the nest engine's line kernels) choose their kernels once, when they are first used; when the
 * {@code jdk.incubator.vector} module is absent they call {@link #scalarChosen()}, which logs one warning per JVM
 * through {@link System.Logger} (logger {@code org.einsum4j}, level {@code WARNING}) naming the cost and the flag.
 * Choosing scalar code on purpose with {@code -Deinsum4j.vectorBits=0} logs nothing. Internal, not API: the public
 * view is {@code Einsums.runtimeInfo()}.
 */
public final class VectorSupport {
  /** The JVM flag that loads the module. */
  public static final String FLAG = "--add-modules jdk.incubator.vector";

  /** The warning, logged at most once per JVM. */
  static final String WARNING = "einsum4j: the jdk.incubator.vector module is not loaded, so einsum kernels run "
      + "their scalar code, often 5-15x slower on large contractions (14x measured for bshd,hde->bshe); start "
      + "the JVM with " + FLAG + " (in Maven Surefire: <argLine>" + FLAG + "</argLine>), or set "
      + "-Deinsum4j.vectorBits=0 to choose scalar code on purpose and silence this warning";

  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private VectorSupport() {}

  /**
   * Returns whether the {@code jdk.incubator.vector} module is in the boot layer.
   *
   * @return true if the JVM was started with the module
   */
  public static boolean modulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /**
   * Returns whether {@code -Deinsum4j.vectorBits=0} asks for scalar kernels.
   *
   * @return true if scalar code was chosen on purpose
   */
  public static boolean scalarForced() {
    return "0".equals(System.getProperty("einsum4j.vectorBits"));
  }

  /**
   * Returns whether an engine may load its Vector API kernels: the module is present and scalar code is not
   * forced.
   *
   * @return true if vector kernels may be used
   */
  public static boolean vectorAllowed() {
    return !scalarForced() && modulePresent();
  }

  /** Called by an engine that chose its scalar kernels: warns once per JVM if the module is missing. */
  public static void scalarChosen() {
    notice(System.getLogger("org.einsum4j"), modulePresent(), scalarForced(), WARNED);
  }

  /** Logs {@link #WARNING} to {@code logger} unless the module is present, scalar is forced, or it was logged. */
  static void notice(System.Logger logger, boolean present, boolean forced, AtomicBoolean warned) {
    if (!present && !forced && warned.compareAndSet(false, true)) {
      logger.log(System.Logger.Level.WARNING, WARNING);
    }
  }
}
