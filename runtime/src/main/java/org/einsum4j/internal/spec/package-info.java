/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Not an API: the spec language and the planning that both the processor and the runtime need. {@code Spec}
 * parses and normalizes a subscripts string, {@code DeclaredSizes} reads {@code sizes = "h=4, d=32"}, and
 * {@code PathOptimizer} enumerates and costs pairwise contraction paths as NumPy's {@code einsum_path} does.
 *
 * <p>This is the only runtime package the processor imports, so it depends on nothing but the JDK and the
 * public exceptions; it holds no layouts, engines or threads.
 */
package org.einsum4j.internal.spec;
