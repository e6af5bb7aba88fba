/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

/**
 * How the kernels run in this JVM, as {@link Einsums#runtimeInfo()} reports it: whether they use the Vector API
 * and at what width, how many threads a large call may use, and on which JDK. Print it once at start-up to see
 * which path is active:
 *
 * <pre>{@code
 * System.out.println(Einsums.runtimeInfo());
 * // einsum4j: Vector API, 512-bit vectors (16 floats, 8 doubles); up to 2 threads per call (2 processors); JDK 25.0.3+9-LTS (Eclipse Adoptium); GEMM blocks kc=256 mc=512 nc=2048 (caches L1d 48 KiB, L2 2 MiB, L3 480 MiB)
 * // einsum4j: scalar kernels (start the JVM with --add-modules jdk.incubator.vector for the Vector API); ...
 * }</pre>
 *
 * @param vectorModule whether the {@code jdk.incubator.vector} module is loaded (the JVM was started with
 *     {@code --add-modules jdk.incubator.vector})
 * @param vectorBits the width of the vectors the kernels use, in bits (128, 256 or 512), or 0 when they run
 *     scalar code (the module is absent, or {@code -Deinsum4j.vectorBits=0} chose scalar code)
 * @param floatLanes how many {@code float}s one vector holds; 1 for scalar code
 * @param doubleLanes how many {@code double}s one vector holds; 1 for scalar code
 * @param threads how many threads, the caller included, one large call may use ({@link Einsums#parallelism()})
 * @param processors the processors available to the JVM
 * @param jdk the Java runtime's version and vendor, e.g. {@code 25.0.3+9-LTS (Eclipse Adoptium)}
 * @param gemmBlocking the block sizes of the matrix-product engine and the CPU caches they were chosen from,
 *     e.g. {@code GEMM blocks kc=256 mc=512 nc=2048 (caches L1d 48 KiB, L2 2 MiB, L3 480 MiB)}; they change the
 *     speed of large products, never their results
 */
public record RuntimeInfo(
    boolean vectorModule, int vectorBits, int floatLanes, int doubleLanes, int threads, int processors,
    String jdk, String gemmBlocking) {

  /**
   * Returns the whole report on one line, as in the class documentation.
   *
   * @return the report
   */
  @Override
  public String toString() {
    String vectors = vectorBits > 0
        ? "Vector API, " + vectorBits + "-bit vectors (" + floatLanes + " floats, " + doubleLanes + " doubles)"
        : vectorModule ? "scalar kernels (chosen with -Deinsum4j.vectorBits=0)"
            : "scalar kernels (start the JVM with --add-modules jdk.incubator.vector for the Vector API)";
    return "einsum4j: " + vectors + "; up to " + threads + " thread" + (threads == 1 ? "" : "s") + " per call ("
        + processors + " processor" + (processors == 1 ? "" : "s") + "); JDK " + jdk + "; " + gemmBlocking;
  }
}
