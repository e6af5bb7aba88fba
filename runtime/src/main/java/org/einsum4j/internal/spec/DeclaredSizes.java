/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import java.util.Arrays;
import org.einsum4j.EinsumSpecException;

/**
 * The sizes an {@code @Einsum} declares for some labels, e.g. {@code sizes = "h=8, d=64"}: parsed and checked
 * against the spec at build time (a bad entry is a javac error with a caret under its column), checked against
 * the tensors at call time. Internal.
 */
public final class DeclaredSizes {
  /** No declared size for a label. */
  public static final int NONE = -1;

  private final int[] byLabel;

  private DeclaredSizes(int[] byLabel) {
    this.byLabel = byLabel;
  }

  /** Returns the declared size of label number {@code label}, or {@link #NONE}. */
  public int size(int label) {
    return byLabel[label];
  }

  /** Returns whether no label has a declared size. */
  public boolean isEmpty() {
    return Arrays.stream(byLabel).allMatch(s -> s == NONE);
  }

  /**
   * Parses {@code label=size} entries separated by commas (spaces allowed) for a spec's labels.
   *
   * @param spec the parsed spec
   * @param text the declaration, possibly empty
   * @return the declared sizes
   * @throws EinsumSpecException naming the column in {@code text}, for a malformed entry, a label the spec does
   *     not have, a label declared twice, or a size that is not a non-negative {@code int}
   */
  public static DeclaredSizes parse(Spec spec, String text) {
    int[] sizes = new int[spec.labelCount()];
    Arrays.fill(sizes, NONE);
    int i = 0;
    int n = text.length();
    while (true) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i == n) {
        if (n > 0 && text.trim().endsWith(",")) {
          throw new EinsumSpecException(text, "expected 'label=size' after ','", i + 1);
        }
        break;
      }
      char label = text.charAt(i);
      if (!Spec.isLabel(label)) {
        throw new EinsumSpecException(text, "expected a label (a letter) in 'label=size'", i + 1);
      }
      int labelCol = i + 1;
      int index = spec.labelIndex(label);
      if (index < 0) {
        throw new EinsumSpecException(text, "label '" + label + "' is not in the spec \"" + spec.text() + "\"",
            labelCol);
      }
      if (sizes[index] != NONE) {
        throw new EinsumSpecException(text, "label '" + label + "' is declared twice", labelCol);
      }
      i++;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i == n || text.charAt(i) != '=') {
        throw new EinsumSpecException(text, "expected '=' after label '" + label + "'", i + 1);
      }
      i++;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        throw new EinsumSpecException(text, "expected a size (digits) for label '" + label + "'", i + 1);
      }
      long value = 0;
      for (int d = start; d < i; d++) {
        value = value * 10 + (text.charAt(d) - '0');
        if (value > Integer.MAX_VALUE) {
          throw new EinsumSpecException(text, "size of label '" + label + "' is larger than " + Integer.MAX_VALUE,
              start + 1);
        }
      }
      sizes[index] = (int) value;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i < n && text.charAt(i) != ',') {
        throw new EinsumSpecException(text, "expected ',' between declared sizes", i + 1);
      }
      if (i < n) {
        i++;
      }
    }
    return new DeclaredSizes(sizes);
  }
}
