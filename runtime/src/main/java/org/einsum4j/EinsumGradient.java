/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an abstract method to be the gradient of an {@link Einsum} method of the same type with respect to
 * one of its operands, derived and compiled at build time by the einsum4j annotation processor.
 *
 * <pre>{@code
 * public interface Attention {
 *     @Einsum("bsh,bh->bs")
 *     FloatTensor scores(FloatTensor enc, FloatTensor dec);
 *
 *     // d(loss)/d(enc), given d(loss)/d(scores): the upstream gradient first, then the forward operands
 *     @EinsumGradient(of = "scores", wrt = "enc")
 *     FloatTensor scoresGradEnc(FloatTensor gradScores, FloatTensor enc, FloatTensor dec);
 *
 *     // the same for dec, added into a gradient buffer the caller owns
 *     @EinsumGradient(of = "scores", wrt = "dec", accumulate = true)
 *     void scoresGradDec(FloatTensor gradScores, FloatTensor enc, FloatTensor dec, FloatTensor outGradDec);
 * }
 * }</pre>
 *
 * <h2>The method</h2>
 * Its first parameter is the upstream gradient (the gradient of the loss with respect to the einsum's result,
 * of the result's shape); its name must be {@code grad} or start with {@code grad} (as in {@code gradScores}).
 * Then come the forward method's operands, in order, with the same names and types. It either returns the
 * gradient (a new, contiguous tensor of {@code wrt}'s shape) or returns {@code void} and takes one more, last
 * parameter named {@code out...} of {@code wrt}'s shape that receives it (overwritten, or added into with
 * {@code accumulate = true}).
 *
 * <h2>What is computed</h2>
 * The gradient with respect to an operand is itself an einsum of the upstream gradient and the other operands,
 * planned like any other (so a matrix-product-shaped gradient runs on the GEMM engine). Labels that occur only
 * in {@code wrt} get the upstream gradient broadcast along them; a label repeated in {@code wrt} (as in
 * {@code "ii->"}) puts the gradient on the diagonal and zero elsewhere; a size-1 dimension of {@code wrt} that
 * broadcast against a larger one gets the sum over that dimension, as do {@code "..."} dimensions that
 * {@code wrt} lacks. For a member of an operand group, the gradient is that of its group, negated for a member
 * subtracted with {@code '-'}. When one tensor is passed as two operands, its gradient is the sum of the two
 * gradients: call both methods (with {@code accumulate = true} into one buffer).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EinsumGradient {
  /**
   * The name of the {@link Einsum} method of the same type whose gradient this is. Among overloads, the one
   * whose operands this method's parameters (after the upstream gradient) match.
   *
   * @return the forward method's name
   */
  String of();

  /**
   * The name of the forward method's operand parameter to differentiate with respect to.
   *
   * @return the operand's parameter name
   */
  String wrt();

  /**
   * Whether a {@code void} method adds the gradient into its {@code out} parameter ({@code out += gradient})
   * instead of overwriting it. On a shape error nothing is added.
   *
   * @return whether to accumulate
   */
  boolean accumulate() default false;
}
