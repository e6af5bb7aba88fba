/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/** The seed suite's {@code permute} workload, returning a new tensor and written into one the caller owns. */
public interface Permutes {
  /** Swaps the sequence and head axes into a new tensor. */
  @Einsum("bshd->bhsd")
  FloatTensor permute(FloatTensor x);

  /** Swaps the sequence and head axes into {@code out}. */
  @Einsum("bshd->bhsd")
  void permute(FloatTensor x, FloatTensor out);
}
