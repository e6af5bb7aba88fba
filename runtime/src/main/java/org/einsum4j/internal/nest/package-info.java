/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Not an API: the nest engine, which runs every einsum step that is not a matrix product or a copy (elementwise
 * and broadcast products of any number of operands, outer and Khatri-Rao products, reductions over any axes,
 * diagonals) in one pass over memory, without temporaries. {@code NestPlan} orders and merges a call's
 * dimensions and picks the vector dimension from the strides; {@code NestLoopsFloat} runs the outer loops,
 * across threads above a work threshold; the line kernels of {@code NestLinesFloat} (scalar, any stride) and
 * {@code NestVectorFloat} (Vector API, stride 1, loaded only when the module is present) run the innermost one.
 * Sums are blocked and pairwise.
 *
 * <p>Every {@code ...Double} class here is generated from its {@code ...Float} source by the test-side
 * {@code org.einsum4j.internal.twins.Twins} and committed. Only {@code org.einsum4j.internal.NestStep} imports
 * this package; it uses {@code Parallel} and {@code VectorBits} of {@code org.einsum4j.internal.gemm}.
 */
package org.einsum4j.internal.nest;
