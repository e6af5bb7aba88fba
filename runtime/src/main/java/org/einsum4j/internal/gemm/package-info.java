/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Not an API: the GEMM engine and the thread pool. {@code Gemm} is the entry point for strided (batched) matrix
 * products; {@code GemmFloat} and {@code GemmDouble} block, pack and thread them around the register-tiled
 * micro-kernels of {@code GemmKernelsFloat} and {@code GemmKernelsDouble} (a Vector API implementation and its
 * scalar twin, chosen once per JVM); {@code Parallel} splits work above a threshold over einsum4j's pool.
 *
 * <p>Every {@code ...Double} class here is generated from its {@code ...Float} source by the test-side
 * {@code org.einsum4j.internal.twins.Twins} and committed; edit the float file and rerun {@code TwinsTest} with
 * {@code -Dtwins.update=true}.
 *
 * <p>Only {@code org.einsum4j.internal} (the steps that generated code runs), the nest engine ({@code Parallel},
 * {@code VectorBits}) and the public {@code Einsums} import it. Only this package and {@code
 * org.einsum4j.internal.nest} name {@code jdk.incubator.vector}, in classes that load only when the module is
 * present.
 */
package org.einsum4j.internal.gemm;
