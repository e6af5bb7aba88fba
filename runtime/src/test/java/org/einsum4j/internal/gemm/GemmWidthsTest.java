/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.einsum4j.internal.gemm.GemmCases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kernels chosen per JVM: the vector kernels when the module is present, every forced vector width and the
 * scalar twin each in a JVM of its own (see {@link #main}), and the scalar kernels when the module is absent.
 */
class GemmWidthsTest {

  @Test
  void usesTheVectorKernelsWhenTheModuleIsPresent() {
    boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    assertEquals(present ? "GemmVector" : "GemmScalar", Gemm.kernelsName());
  }

  /** Every vector width, each in a JVM of its own: the species is a constant chosen at class init. */
  @ParameterizedTest
  @ValueSource(strings = {"128", "256", "512", "0"})
  void forcedWidthInItsOwnJvm(String bits) throws IOException, InterruptedException {
    assumeNative(bits);
    runChild(List.of("--add-modules", "jdk.incubator.vector", "-Deinsum4j.vectorBits=" + bits),
        "0".equals(bits) ? "GemmScalar" : "GemmVector");
  }

  /**
   * The {@code 8 x 2}-vector tile both whole and in two {@code 4 x 2} halves ({@link VectorBits#halfTiles}),
   * whichever this CPU would choose, at the widths whose tile is two vectors.
   */
  @ParameterizedTest
  @ValueSource(strings = {"256:true", "256:false", "512:true", "512:false"})
  void tileHalvesBothWaysInTheirOwnJvm(String widthAndHalves) throws IOException, InterruptedException {
    String[] parts = widthAndHalves.split(":");
    assumeNative(parts[0]);
    runChild(List.of("--add-modules", "jdk.incubator.vector", "-Deinsum4j.vectorBits=" + parts[0],
        "-Deinsum4j.gemm.halfTiles=" + parts[1]), "GemmVector lanes " + Integer.parseInt(parts[0]) / 32
        + " halves " + parts[1]);
  }

  /** Without the incubator module nothing fails to load: the scalar twin takes over. */
  @Test
  void scalarWhenTheModuleIsAbsent() throws IOException, InterruptedException {
    runChild(List.of(), "GemmScalar");
  }

  /**
   * Skips a width wider than this CPU's vectors: there the Vector API runs in Java without intrinsics, some
   * thousand times slower (the 512-bit child did not finish in 120 s on an AVX2 Zen 3), so it is tested on
   * CPUs that have it.
   */
  private static void assumeNative(String bits) {
    int native_ = Gemm.floatKernels().lane() * Float.SIZE;
    int wanted = Integer.parseInt(bits);
    assumeTrue(!"GemmVector".equals(Gemm.kernelsName()) || wanted <= native_,
        wanted + "-bit vectors are not native here (" + native_ + " bits)");
  }

  private static void runChild(List<String> jvmArgs, String kernels) throws IOException, InterruptedException {
    org.einsum4j.internal.ChildJvm.run(GemmWidthsTest.class, jvmArgs, "ok " + kernels);
  }

  /**
   * The forked half of {@link #forcedWidthInItsOwnJvm}: runs every case with the width this JVM was
   * started with, prints the failures and exits non-zero if there are any.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Parallel.setParallelism(2);
    Parallel.setThreshold(1e5);
    List<String> failures = runAll(99);
    failures.addAll(runSmall());
    failures.addAll(GemmLanesTest.runLanes(98));
    failures.addAll(GemmBatchLayoutTest.runInterleaved());
    failures.addAll(GemmPackingTest.runTransposes());
    failures.addAll(GemmBatchLayoutTest.runSpread());
    failures.addAll(GemmAllocationTest.runAllocationFree());
    if (!failures.isEmpty()) {
      failures.stream().limit(20).forEach(System.out::println);
      System.exit(1);
    }
    System.out.println("ok " + Gemm.kernelsName() + " lanes " + Gemm.floatKernels().lane() + " halves "
        + Gemm.halfTiles());
  }
}
