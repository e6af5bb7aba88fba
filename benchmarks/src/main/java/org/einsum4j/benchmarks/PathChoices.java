/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import org.einsum4j.Einsum;
import org.einsum4j.FloatTensor;

/**
 * Einsums of three or more operands whose generated code chooses at call time among pairwise paths and the
 * fused loop nest; {@link PathChoiceBench} times every candidate to check the choice.
 */
public interface PathChoices {
  /** A chain of three matrix products. */
  @Einsum("ab,bc,cd->ad")
  void chainInto(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor out);

  /** A bilinear form per batch row. */
  @Einsum("bi,ij,bj->b")
  void bilinearInto(FloatTensor x, FloatTensor w, FloatTensor y, FloatTensor out);

  /** A quadratic form. */
  @Einsum("i,ij,j->")
  void quadraticInto(FloatTensor x, FloatTensor a, FloatTensor y, FloatTensor out);

  /** A batch of chains of small matrix products. */
  @Einsum("bij,bjk,bkl->bil")
  void batchChainInto(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor out);

  /** A product of three operands elementwise. */
  @Einsum("ij,ij,ij->ij")
  void tripleInto(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor out);

  /** A four-index basis change. */
  @Einsum("ea,fb,abcd,gc,hd->efgh")
  void basisChangeInto(FloatTensor a, FloatTensor b, FloatTensor t, FloatTensor c, FloatTensor d, FloatTensor out);

  /** A matrix-vector product scaled per row and per column. */
  @Einsum("i,ij,j->ij")
  void scaleBothInto(FloatTensor r, FloatTensor a, FloatTensor c, FloatTensor out);
}
