/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.einsum4j.EinsumSpecException;

/**
 * A parsed einsum spec: one {@link Term} per operand and one for the output. The only parser in einsum4j: the
 * annotation processor, the generated code and the reference interpreter all read specs through it, so they
 * agree on every rule. Internal: for einsum4j's own use, not API.
 *
 * <p>The rules are NumPy's {@code c_einsum}: labels are ASCII letters; {@code ','} separates operands;
 * {@code "->"} introduces the output; {@code "..."} may appear once per term; spaces are ignored; without
 * {@code "->"} the output is {@code "..."} (when any operand has one) followed by the labels that occur exactly
 * once over all operands, sorted by character code (upper case first); an output label must occur in some
 * operand and only once in the output.
 *
 * <p>Labels are numbered by first appearance in the operands ({@link #labels()}); that numbering is the
 * contract between the processor, which bakes label numbers into generated code, and {@link Contraction}.
 */
public final class Spec {
  /** Ellipsis position meaning "this term has no ellipsis". */
  public static final int NO_ELLIPSIS = -1;

  private final String text;
  private final List<Term> operands;
  private final Term output;
  private final boolean explicit;
  private final String labels;

  private Spec(String text, List<Term> operands, Term output, boolean explicit, String labels) {
    this.text = text;
    this.operands = List.copyOf(operands);
    this.output = output;
    this.explicit = explicit;
    this.labels = labels;
  }

  /**
   * One operand's (or the output's) subscripts.
   *
   * <p>{@link #labels()} are the letters in order, without the ellipsis; {@link #ellipsisAt()} is the index in
   * that string before which the ellipsis stands, or {@link #NO_ELLIPSIS}.
   */
  public static final class Term {
    private final String labels;
    private final int ellipsisAt;
    private final int column;
    private final int[] labelColumns;

    Term(String labels, int ellipsisAt, int column, int[] labelColumns) {
      this.labels = labels;
      this.ellipsisAt = ellipsisAt;
      this.column = column;
      this.labelColumns = labelColumns;
    }

    /** Returns the labels in order, without the ellipsis (may repeat, may be empty). */
    public String labels() {
      return labels;
    }

    /** Returns the index in {@link #labels()} before which {@code "..."} stands, or {@link #NO_ELLIPSIS}. */
    public int ellipsisAt() {
      return ellipsisAt;
    }

    /** Returns whether this term has {@code "..."}. */
    public boolean hasEllipsis() {
      return ellipsisAt != NO_ELLIPSIS;
    }

    /** Returns the 1-based column where the term starts in the spec (for the implicit output: 0). */
    public int column() {
      return column;
    }

    /** Returns the 1-based column of label {@code i} of {@link #labels()}. */
    public int labelColumn(int i) {
      return labelColumns[i];
    }

    /** Returns the term as written in NumPy form, e.g. {@code "...ij"}. */
    @Override
    public String toString() {
      if (!hasEllipsis()) {
        return labels;
      }
      return labels.substring(0, ellipsisAt) + "..." + labels.substring(ellipsisAt);
    }
  }

  /** Returns the spec as the user wrote it. */
  public String text() {
    return text;
  }

  /** Returns the number of operands. */
  public int operandCount() {
    return operands.size();
  }

  /** Returns operand {@code i}'s term. */
  public Term operand(int i) {
    return operands.get(i);
  }

  /** Returns the operand terms. */
  public List<Term> operands() {
    return operands;
  }

  /** Returns the output term: the written one, or the implicit one NumPy's rules give. */
  public Term output() {
    return output;
  }

  /** Returns whether the spec has {@code "->"}. */
  public boolean explicitOutput() {
    return explicit;
  }

  /** Returns the distinct labels of the operands in order of first appearance: label {@code k} is
   * {@code labels().charAt(k)}. */
  public String labels() {
    return labels;
  }

  /** Returns the number of distinct labels. */
  public int labelCount() {
    return labels.length();
  }

  /** Returns the number of {@code label} in {@link #labels()}, or -1. */
  public int labelIndex(char label) {
    return labels.indexOf(label);
  }

  /** Returns whether some operand has {@code "..."}. */
  public boolean anyOperandEllipsis() {
    for (Term t : operands) {
      if (t.hasEllipsis()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the label occurs in the output. */
  public boolean isFree(char label) {
    return output.labels.indexOf(label) >= 0;
  }

  /** Returns the normalized NumPy form with the output made explicit, e.g. {@code "ij,jk->ik"}. */
  public String normalized() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(operands.get(i));
    }
    return sb.append("->").append(output).toString();
  }

  @Override
  public String toString() {
    return normalized();
  }

  /**
   * Parses a spec.
   *
   * @param text the subscripts, e.g. {@code "bs,bsh->bh"}
   * @return the parsed spec
   * @throws EinsumSpecException naming the column of the first error
   */
  public static Spec parse(String text) {
    if (text == null) {
      throw new NullPointerException("spec");
    }
    int arrow = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '>') {
          throw new EinsumSpecException(text, "'-' must be followed by '>' to make \"->\"", i + 1);
        }
        arrow = i;
        break;
      }
    }
    String inputs = arrow < 0 ? text : text.substring(0, arrow);
    List<Term> operands = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = inputs.indexOf(',', start);
      int end = comma < 0 ? inputs.length() : comma;
      operands.add(parseTerm(text, start, end, "operand " + operands.size(), false));
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }

    StringBuilder distinct = new StringBuilder();
    int[] counts = new int[128];
    for (Term t : operands) {
      for (int i = 0; i < t.labels.length(); i++) {
        char c = t.labels.charAt(i);
        if (counts[c]++ == 0) {
          distinct.append(c);
        }
      }
    }

    Term output;
    if (arrow >= 0) {
      output = parseTerm(text, arrow + 2, text.length(), "the output", true);
      for (int i = 0; i < output.labels.length(); i++) {
        char c = output.labels.charAt(i);
        if (output.labels.indexOf(c) != i) {
          throw new EinsumSpecException(
              text, "output label '" + c + "' appears more than once in the output", output.labelColumn(i));
        }
        if (counts[c] == 0) {
          throw new EinsumSpecException(
              text, "output label '" + c + "' does not appear in any operand", output.labelColumn(i));
        }
      }
    } else {
      StringBuilder once = new StringBuilder();
      for (char c = 0; c < 128; c++) {
        if (counts[c] == 1) {
          once.append(c);
        }
      }
      boolean ellipsis = false;
      for (Term t : operands) {
        ellipsis |= t.hasEllipsis();
      }
      int[] cols = new int[once.length()];
      output = new Term(once.toString(), ellipsis ? 0 : NO_ELLIPSIS, 0, cols);
    }
    return new Spec(text, operands, output, arrow >= 0, distinct.toString());
  }

  private static Term parseTerm(String text, int start, int end, String what, boolean isOutput) {
    StringBuilder labels = new StringBuilder();
    int[] cols = new int[end - start];
    int ellipsisAt = NO_ELLIPSIS;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (isLabel(c)) {
        cols[labels.length()] = i + 1;
        labels.append(c);
      } else if (c == '.') {
        if (i + 2 >= end || text.charAt(i + 1) != '.' || text.charAt(i + 2) != '.') {
          throw new EinsumSpecException(
              text, "'.' in " + what + " is not part of an ellipsis \"...\"", i + 1);
        }
        if (ellipsisAt != NO_ELLIPSIS) {
          throw new EinsumSpecException(text, what + " has more than one ellipsis \"...\"", i + 1);
        }
        ellipsisAt = labels.length();
        i += 2;
      } else if ((c == '>' || c == '-') && isOutput) {
        throw new EinsumSpecException(text, "a spec has at most one \"->\"", i + 1);
      } else if (c == '>') {
        throw new EinsumSpecException(text, "'>' must follow '-' to make \"->\"", i + 1);
      } else if (c == ',') {
        throw new EinsumSpecException(text, "the output is one term: ',' is not allowed after \"->\"", i + 1);
      } else {
        throw new EinsumSpecException(
            text, "invalid character " + describe(c) + " in " + what + ": labels are letters a-z and A-Z",
            i + 1);
      }
    }
    return new Term(labels.toString(), ellipsisAt, start + 1, Arrays.copyOf(cols, labels.length()));
  }

  /** Returns whether {@code c} is a valid label: an ASCII letter. */
  public static boolean isLabel(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String describe(char c) {
    if (c < 0x20 || c > 0x7e) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
