/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.einsum4j.processor.plan.Copy;
import org.einsum4j.processor.plan.MatrixProduct;
import com.palantir.javapoet.ArrayTypeName;
import org.einsum4j.processor.plan.VectorNest;
import org.einsum4j.processor.plan.Step;

/** The call of a runtime engine that runs an engine step ({@link Step#onEngine()}) on bound arrays. */
final class EngineCall {
  private static final ClassName MATMUL = ClassName.get("org.einsum4j.internal", "MatmulStep");
  private static final ClassName COPY = ClassName.get("org.einsum4j.internal", "CopyStep");
  private static final ClassName NEST = ClassName.get("org.einsum4j.internal", "NestStep");

  private EngineCall() {}

  /**
   * Returns the statement (without its semicolon) that runs {@code step}.
   *
   * @param step a matrix product, copy or vector nest
   * @param groups the matrix product's label-group table, or null for the other steps
   * @param bind the binding's name
   * @param arrays code for each operand's array, then the output's
   * @param accumulate whether a matrix product adds into the output instead of overwriting it
   * @param array the arrays' type, {@code float[]} or {@code double[]}
   */
  static CodeBlock of(Step step, CodeBlock groups, String bind, List<CodeBlock> arrays, boolean accumulate,
      ArrayTypeName array) {
    CodeBlock args = CodeBlock.join(arrays, ", ");
    if (step instanceof MatrixProduct) {
      return accumulate ? CodeBlock.of("$T.run($N, $L, $L, true)", MATMUL, bind, groups, args)
          : CodeBlock.of("$T.run($N, $L, $L)", MATMUL, bind, groups, args);
    } else if (step instanceof Copy) {
      return CodeBlock.of("$T.run($N, $L)", COPY, bind, args);
    } else if (step instanceof VectorNest) {
      return CodeBlock.of("$T.run($N, new $T[] {$L}, $L)", NEST, bind, array,
          CodeBlock.join(arrays.subList(0, arrays.size() - 1), ", "), arrays.get(arrays.size() - 1));
    }
    throw new IllegalArgumentException("not an engine step: " + step.tag());
  }
}
