/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Not an API: what the code that the einsum4j processor generates calls at run time. {@code Contraction} binds a
 * spec to the shapes and strides of a call; {@code MatmulStep}, {@code CopyStep}, {@code NestStep} and {@code Paths}
 * run the steps of a plan; {@code Outputs} writes results into a caller's {@code out}; {@code Interpreter} is the
 * reference einsum that tests and {@code Einsums.evaluate} use.
 *
 * <p>Only generated code and the public {@code org.einsum4j} package may import it. Nothing here is stable
 * between versions; generated code is always rebuilt with the runtime it runs on.
 */
package org.einsum4j.internal;
