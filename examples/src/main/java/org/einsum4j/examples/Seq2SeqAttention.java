/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * Luong-style attention of a seq2seq decoder over the encoder's outputs, written as einsums instead of
 * {@code bmm} plus {@code unsqueeze}/{@code transpose}/{@code squeeze}. Labels: {@code b} batch, {@code s}
 * source position, {@code h} hidden size.
 */
public interface Seq2SeqAttention {
  /** The context vector of one sequence: {@code ctx[h] = Σ_s w[s] · enc[s,h]}. */
  @Einsum("s,sh->h")
  FloatTensor contextOne(FloatTensor weights, FloatTensor encoderOutputs);

  /** Dot-product scores of every source position: {@code score[b,s] = Σ_h enc[b,s,h] · dec[b,h]}. */
  @Einsum("bsh,bh->bs")
  FloatTensor scores(FloatTensor encoderOutputs, FloatTensor decoderHidden);

  /** The batched context: {@code ctx[b,h] = Σ_s w[b,s] · enc[b,s,h]}. */
  @Einsum("bs,bsh->bh")
  FloatTensor context(FloatTensor weights, FloatTensor encoderOutputs);

  /** The same, written into a {@code [B, H]} tensor the caller owns. */
  @Einsum("bs,bsh->bh")
  void context(FloatTensor weights, FloatTensor encoderOutputs, FloatTensor out);

  /** What {@code torch.bmm} computes: a batch of matrix products, {@code [b,i,j] x [b,j,k] -> [b,i,k]}. */
  @Einsum("bij,bjk->bik")
  FloatTensor bmm(FloatTensor batch1, FloatTensor batch2);
}
