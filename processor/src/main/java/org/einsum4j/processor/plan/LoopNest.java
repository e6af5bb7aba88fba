/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.plan;

import java.util.List;

/**
 * One step of a plan: a loop nest over labels that multiplies its operands elementwise and sums the products
 * into the output. Free labels (in the output) are the outer loops, reduced labels the inner ones, so each
 * output element is computed in a local accumulator and stored once. Dimensions under {@code "..."} are an
 * outer loop over a flat index when {@link #ellipsis()} is set.
 *
 * @param loopOrder the labels from the outermost loop to the innermost
 * @param free the labels kept in the output, in output order
 * @param reduced the labels summed over
 * @param ellipsis whether an outer loop runs over the ellipsis dimensions
 */
public record LoopNest(List<Character> loopOrder, List<Character> free, List<Character> reduced, boolean ellipsis)
    implements Step {
  /** Canonical constructor; copies the lists. */
  public LoopNest {
    loopOrder = List.copyOf(loopOrder);
    free = List.copyOf(free);
    reduced = List.copyOf(reduced);
  }

  /** Returns the index in {@link #loopOrder()} of the first reduced loop: where the accumulator starts. */
  public int firstReducedDepth() {
    return free.size();
  }

  @Override
  public String tag() {
    return "nest";
  }

  @Override
  public String describe(String indent) {
    return indent + "fused loop nest " + (loopOrder.isEmpty() ? "(no loops)" : Plan.list(loopOrder).replace(", ", " > "))
        + ", scalar; " + (reduced.isEmpty() ? "each product stored once"
            : "accumulates over " + Plan.list(reduced) + " in a double local, stores once") + "\n";
  }

  @Override
  public String toString() {
    return describe("");
  }
}
