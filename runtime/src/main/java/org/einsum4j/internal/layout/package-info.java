/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Not an API: strided layouts. {@code Layout} is a shape, per-axis strides and an offset into a flat array,
 * with the view operations ({@code transpose}, {@code permute}, {@code expand}, {@code reshape}, ...) that the
 * public tensors expose; {@code TensorFormat} prints a layout's elements the way NumPy does.
 *
 * <p>Imported by the public tensors and by {@code org.einsum4j.internal}; it imports nothing of einsum4j but the
 * public exceptions.
 */
package org.einsum4j.internal.layout;
