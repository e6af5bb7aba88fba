/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

/**
 * A spec string that is not a valid einsum: a character that is not a label, a stray {@code '.'}, an output
 * label that no operand has, and so on. The same rules as NumPy's {@code einsum}.
 *
 * <p>The message names the 1-based column and ends with the spec and a caret under that column:
 *
 * <pre>
 * einsum "bij h,bijhd-&gt;bihd": invalid character ' ' ... at column 4
 *   bij h,bijhd-&gt;bihd
 *      ^
 * </pre>
 *
 * (spaces are in fact allowed, as in NumPy; the example only shows the form). The annotation processor
 * reports the same text as a javac error on the {@code @Einsum} annotation.
 */
public class EinsumSpecException extends EinsumException {
  private static final long serialVersionUID = 1L;

  /** The whole spec string. */
  private final String spec;
  /** The reason, without the spec or the column. */
  private final String reason;
  /** The 1-based column the error points at. */
  private final int column;

  /**
   * Creates a spec error.
   *
   * @param spec the whole spec string
   * @param reason one sentence without the spec or the column, e.g. {@code "invalid character '1'"}
   * @param column the 1-based column the error points at (may be {@code spec.length() + 1} for "expected
   *     more input")
   */
  public EinsumSpecException(String spec, String reason, int column) {
    super("einsum \"" + spec + "\": " + reason + " at column " + column + "\n" + caretLines(spec, column));
    this.spec = spec;
    this.reason = reason;
    this.column = column;
  }

  /**
   * Returns the spec string that failed to parse.
   *
   * @return the spec string that failed to parse
   */
  public String spec() {
    return spec;
  }

  /**
   * Returns the reason alone, without the spec, the column or the caret line.
   *
   * @return the reason alone, without the spec, the column or the caret line
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the 1-based column of the offending character in {@link #spec()}.
   *
   * @return the 1-based column of the offending character in {@link #spec()}
   */
  public int column() {
    return column;
  }

  /**
   * Returns two lines: the spec indented by two spaces, and a caret under {@code column}.
   *
   * @param spec the spec
   * @param column the 1-based column to point at
   * @return the two lines, separated by {@code '\n'}
   */
  public static String caretLines(String spec, int column) {
    return "  " + spec + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^";
  }
}
