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
 * Declares an abstract method to be an einsum, compiled at build time by the einsum4j annotation processor.
 *
 * <pre>{@code
 * public interface Attention {
 *     // ctx[b,h] = Σ_s w[b,s] · enc[b,s,h]
 *     @Einsum("bs,bsh->bh")
 *     FloatTensor context(FloatTensor weights, FloatTensor encoderOutputs);
 *
 *     // the same, written into a tensor the caller owns
 *     @Einsum("bs,bsh->bh")
 *     void context(FloatTensor weights, FloatTensor encoderOutputs, FloatTensor out);
 * }
 * Attention attn = Einsums.load(Attention.class);
 * }</pre>
 *
 * <h2>The spec</h2>
 * Exactly NumPy's {@code numpy.einsum} subscripts: one term of labels ({@code a-z}, {@code A-Z}) per operand,
 * separated by {@code ','}; optionally {@code "->"} and the output's labels. Without {@code "->"} the output
 * is every label that appears exactly once, in alphabetical order (upper case first). Labels missing from the
 * output are summed over. A label may repeat within an operand (a diagonal: {@code "ii->i"}, a trace:
 * {@code "ii"}). {@code "..."} stands for any number of leading, trailing or middle dimensions that broadcast
 * against each other like NumPy's, and must appear in the output when it stands for any dimension at all.
 * A dimension of size 1 broadcasts against a larger one with the same label. Operands may be 0-d ({@code ""})
 * and dimensions may have size 0. Spaces are ignored.
 *
 * <h2>The method</h2>
 * <ul>
 *   <li>The method is abstract, on an interface or an abstract class, and not generic.</li>
 *   <li>Its first parameters are the operands, in spec order, all {@link FloatTensor} or all
 *       {@link DoubleTensor}. Any strided view is accepted (transposed, sliced, expanded).</li>
 *   <li>It either returns the same tensor type (a new, contiguous result), or returns {@code void} and takes
 *       one more, last parameter that receives the result. That parameter's name must be {@code out} or start
 *       with {@code out} (as in {@code outScores}), so that a forgotten operand is caught at build time. Its
 *       shape must be exactly the result's shape; on any error nothing is written into it. It may share its
 *       array with an operand.</li>
 * </ul>
 * A spec or method that breaks these rules is a javac error on the annotation or the parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Einsum {
  /**
   * The einsum subscripts, e.g. {@code "bs,bsh->bh"}.
   *
   * @return the spec
   */
  String value();

  /**
   * Sizes declared for some labels, e.g. {@code "h=8, d=64"}: checked at build time against the spec (a label
   * that is not in it is a javac error) and at every call against the tensors (a mismatch throws
   * {@link EinsumShapeException} naming the label, operand and axis). The generated kernel uses them as
   * constant trip counts. Empty (the default) declares nothing.
   *
   * @return the declared sizes
   */
  String sizes() default "";

  /**
   * Whether a {@code void} method adds its result into {@code out} ({@code out += einsum}) instead of
   * overwriting it. Only for methods with an {@code out} parameter. On a shape error nothing is added.
   *
   * @return whether to accumulate
   */
  boolean accumulate() default false;
}
