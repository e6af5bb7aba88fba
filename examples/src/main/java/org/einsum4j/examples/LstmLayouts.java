/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * Moving LSTM inputs between batch-first {@code [B, S, E]} and seq-first {@code [S, B, E]}, and a linear layer
 * applied at every time step. The spec names the axes, so the batch and sequence axes cannot be mixed up.
 */
public interface LstmLayouts {
  /** Batch-first to seq-first: what {@code x.transpose(0, 1)} means, as a new contiguous tensor. */
  @Einsum("bse->sbe")
  FloatTensor toSeqFirst(FloatTensor batchFirst);

  /** A linear layer over every time step of a seq-first tensor: {@code y[s,b,o] = Σ_e x[s,b,e] · w[e,o]}. */
  @Einsum("sbe,eo->sbo")
  FloatTensor linear(FloatTensor seqFirst, FloatTensor weight);

  /** The same layer on a batch-first tensor. */
  @Einsum("bse,eo->bso")
  FloatTensor linearBatchFirst(FloatTensor batchFirst, FloatTensor weight);
}
