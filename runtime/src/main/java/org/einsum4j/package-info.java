/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * The einsum4j API: the {@link org.einsum4j.Einsum} annotation, {@link org.einsum4j.Einsums} to load the
 * generated implementations, the tensors {@link org.einsum4j.FloatTensor} and {@link org.einsum4j.DoubleTensor}
 * with their views and elementwise operations, {@link org.einsum4j.Npy} for NumPy files, and the exceptions.
 *
 * <p>Everything a user of einsum4j imports lives here; the {@code org.einsum4j.internal} packages are for the
 * code the processor generates and may change in any release.
 */
package org.einsum4j;
