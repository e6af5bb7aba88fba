/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

/** A one-operand step with nothing to sum (a permutation, a diagonal): the runtime's strided copy. */
public record Copy() implements Step {
  @Override
  public String tag() {
    return "copy";
  }

  @Override
  public boolean onEngine() {
    return true;
  }

  @Override
  public String describe(String indent) {
    return indent + "strided copy: dimensions ordered by the output, merged where contiguous, arraycopy runs\n"
        + indent + "  or 32x32 tiles for transposes, threads over the outermost dimension\n";
  }

  @Override
  public String toString() {
    return describe("");
  }
}
