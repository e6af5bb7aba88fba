/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.einsum4j.EinsumSpecException;
import org.einsum4j.internal.Contraction;

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
 * <p><b>Operand groups</b> (an einsum4j extension). An operand position may hold a parenthesized sum of terms
 * joined by {@code '+'} or {@code '-'}, e.g. {@code "bijh,(bjhd+ijhd)->bihd"}, which means
 * {@code z[b,i,h,d] = sum over j of alpha[b,i,j,h] * (v[b,j,h,d] + av[i,j,h,d])}. Precisely:
 * <ul>
 *   <li><i>Operands are the flattened terms.</i> Every term, inside a group or not, is one operand, numbered left
 *       to right: {@code "bijh,(bjhd+ijhd)"} has operands 0: {@code bijh}, 1: {@code bjhd}, 2: {@code ijhd}, and
 *       takes three tensors. {@link #operandCount()}, {@link #operand(int)} and {@link #operands()} are these
 *       terms, so binding (sizes, strides, broadcasting, the names in messages) treats group members exactly like
 *       other operands: a label has one size across all of them, size-1 dimensions and {@code "..."} broadcast as
 *       usual.
 *   <li><i>Slots are the product's factors.</i> {@link #slots()} lists one {@link Slot} per operand position:
 *       a plain term is a slot of one member with sign +1; a group is a slot of its members with their signs
 *       (the first +1). At each point of the label space the value of a slot is the signed sum of its members'
 *       elements there (a member lacking a label is constant along it), and the summand is the product of the
 *       slots' values. A group's labels are the union of its members' labels.
 *   <li><i>Syntax.</i> A group is a whole operand: {@code '('}, at least two terms, each but the first preceded
 *       by {@code '+'} or {@code '-'}, then {@code ')'}; spaces are ignored. The first member has no sign, groups
 *       do not nest, and the output cannot be a group. Inside a group {@code '-'} is subtraction and
 *       {@code "->"} is an error (close the group first); outside one, {@code '-'} starts {@code "->"} as
 *       before and {@code '+'} is an error. Several groups may appear, in any operand position. A member cannot
 *       be empty ({@code "(a++b)"} is an error); a scalar member is written {@code "..."}, standing for no
 *       dimensions.
 *   <li><i>Implicit output.</i> A label's count is the sum over slots of its count in the slot, where its count
 *       in a group is the largest count in any one member: in {@code "i,(ij+j)"} label {@code i} counts 2 and
 *       {@code j} counts 1, so the output is {@code "j"}; in {@code "(ii+ij)"} label {@code i} counts 2, so the
 *       output is {@code "j"}; in {@code "bijh,(bjhd+ijhd)"} only {@code d} counts 1. As without groups, the output is {@code "..."} (when any term has one) followed by
 *       the labels that count exactly 1, sorted by character code.
 *   <li><i>Printing.</i> {@link #normalized()} writes groups back in parentheses, e.g.
 *       {@code "bijh,(bjhd+ijhd)->bihd"}.
 * </ul>
 *
 * <p>Labels are numbered by first appearance in the operands ({@link #labels()}); that numbering is the
 * contract between the processor, which bakes label numbers into generated code, and {@link Contraction}.
 */
public final class Spec {
  /** Ellipsis position meaning "this term has no ellipsis". */
  public static final int NO_ELLIPSIS = -1;

  private final String text;
  private final List<Term> operands;
  private final List<Slot> slots;
  private final Term output;
  private final boolean explicit;
  private final String labels;

  private Spec(String text, List<Term> operands, List<Slot> slots, Term output, boolean explicit, String labels) {
    this.text = text;
    this.operands = List.copyOf(operands);
    this.slots = List.copyOf(slots);
    this.output = output;
    this.explicit = explicit;
    this.labels = labels;
  }

  /**
   * One member of a {@link Slot}: an operand (an index into {@link #operands()}) and the sign it is added with.
   *
   * @param operand the operand's index among the flattened terms
   * @param sign +1 or -1
   */
  public record Member(int operand, int sign) {}

  /**
   * One factor of the product: a plain operand (one member, sign +1) or a group (two or more members, summed with
   * their signs).
   */
  public static final class Slot {
    private final List<Member> members;
    private final int column;

    Slot(List<Member> members, int column) {
      this.members = List.copyOf(members);
      this.column = column;
    }

    /** Returns the members in order; the first has sign +1. */
    public List<Member> members() {
      return members;
    }

    /** Returns whether this slot is a parenthesized group (then it has at least two members). */
    public boolean isGroup() {
      return members.size() > 1;
    }

    /** Returns the 1-based column where the slot starts in the spec: its {@code '('}, or its term's column. */
    public int column() {
      return column;
    }
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

  /** Returns the factors of the product, one per operand position, in order; see the class comment. */
  public List<Slot> slots() {
    return slots;
  }

  /** Returns whether some operand position is a group. */
  public boolean hasGroups() {
    for (Slot s : slots) {
      if (s.isGroup()) {
        return true;
      }
    }
    return false;
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

  /**
   * Returns the normalized NumPy form with the output made explicit, e.g. {@code "ij,jk->ik"}; groups are written
   * in parentheses, e.g. {@code "i,(ij+j)->ij"}.
   */
  public String normalized() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < slots.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Slot slot = slots.get(i);
      if (!slot.isGroup()) {
        sb.append(operands.get(slot.members.get(0).operand()));
        continue;
      }
      sb.append('(');
      for (int m = 0; m < slot.members.size(); m++) {
        Member member = slot.members.get(m);
        if (m > 0) {
          sb.append(member.sign() < 0 ? '-' : '+');
        }
        sb.append(operands.get(member.operand()));
      }
      sb.append(')');
    }
    return sb.append("->").append(output).toString();
  }

  @Override
  public String toString() {
    return normalized();
  }

  /**
   * Builds a spec of plain operands (no groups, no {@code "..."}) from its parts, with an explicit output: what the
   * planner uses for the pairwise steps of a path and the distributed terms of a group, which it knows as label
   * lists, so no text is written and parsed again. Its {@link #text()} is its {@link #normalized()} form.
   *
   * @param operandLabels each operand's labels, in order (at least one)
   * @param outputLabels the output's labels, distinct, each in some operand
   * @return the spec
   * @throws IllegalArgumentException if a label is not a letter or the output is not valid for the operands
   */
  public static Spec of(List<String> operandLabels, String outputLabels) {
    if (operandLabels.isEmpty()) {
      throw new IllegalArgumentException("a spec has at least one operand");
    }
    List<Term> operands = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    StringBuilder distinct = new StringBuilder();
    int column = 1;
    for (String ls : operandLabels) {
      int k = operands.size();
      operands.add(plainTerm(ls, column));
      slots.add(new Slot(List.of(new Member(k, 1)), column));
      for (char c : ls.toCharArray()) {
        if (distinct.indexOf(String.valueOf(c)) < 0) {
          distinct.append(c);
        }
      }
      column += ls.length() + 1;
    }
    for (int i = 0; i < outputLabels.length(); i++) {
      char c = outputLabels.charAt(i);
      if (outputLabels.indexOf(c) != i || distinct.indexOf(String.valueOf(c)) < 0) {
        throw new IllegalArgumentException("output label '" + c + "' repeats or is in no operand");
      }
    }
    Term output = plainTerm(outputLabels, column + 1);
    String text = String.join(",", operandLabels) + "->" + outputLabels;
    return new Spec(text, operands, slots, output, true, distinct.toString());
  }

  private static Term plainTerm(String labels, int column) {
    int[] cols = new int[labels.length()];
    for (int i = 0; i < cols.length; i++) {
      if (!isLabel(labels.charAt(i))) {
        throw new IllegalArgumentException("invalid label " + describe(labels.charAt(i)));
      }
      cols[i] = column + i;
    }
    return new Term(labels, NO_ELLIPSIS, column, cols);
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
    // The arrow is the first '-' outside parentheses; inside a group '-' is subtraction.
    int arrow = -1;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(depth - 1, 0);
      } else if (c == '-' && depth == 0) {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '>') {
          throw new EinsumSpecException(text, "'-' must be followed by '>' to make \"->\"", i + 1);
        }
        arrow = i;
        break;
      }
    }
    int end = arrow < 0 ? text.length() : arrow;
    List<Term> operands = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int pos = 0;
    while (true) {
      int first = pos;
      while (first < end && text.charAt(first) == ' ') {
        first++;
      }
      if (first < end && text.charAt(first) == '(') {
        pos = parseGroup(text, first, end, operands, slots);
        while (pos < end && text.charAt(pos) == ' ') {
          pos++;
        }
        if (pos < end && text.charAt(pos) != ',') {
          char c = text.charAt(pos);
          throw new EinsumSpecException(text, c == ')' ? UNMATCHED_CLOSE
              : "a group is a whole operand: expected ',' or \"->\" after ')', not " + describe(c), pos + 1);
        }
      } else {
        int comma = text.indexOf(',', pos);
        int stop = comma < 0 || comma > end ? end : comma;
        int k = operands.size();
        operands.add(parseTerm(text, pos, stop, "operand " + k, false));
        slots.add(new Slot(List.of(new Member(k, 1)), pos + 1));
        pos = stop;
      }
      if (pos >= end) {
        break;
      }
      pos++;
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
      // A label counts once per occurrence in a plain term, and as often as in its most frequent member in a group.
      int[] slotCounts = new int[128];
      for (Slot slot : slots) {
        int[] most = new int[128];
        for (Member m : slot.members) {
          int[] here = new int[128];
          String ls = operands.get(m.operand()).labels;
          for (int i = 0; i < ls.length(); i++) {
            char c = ls.charAt(i);
            most[c] = Math.max(most[c], ++here[c]);
          }
        }
        for (char c = 0; c < 128; c++) {
          slotCounts[c] += most[c];
        }
      }
      StringBuilder once = new StringBuilder();
      for (char c = 0; c < 128; c++) {
        if (slotCounts[c] == 1) {
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
    return new Spec(text, operands, slots, output, arrow >= 0, distinct.toString());
  }

  private static final String UNMATCHED_CLOSE = "')' has no matching '('";

  /**
   * Parses the group whose {@code '('} is at {@code open}, adding its members to {@code operands} and its slot to
   * {@code slots}; returns the index after its {@code ')'}.
   */
  private static int parseGroup(String text, int open, int end, List<Term> operands, List<Slot> slots) {
    List<Member> members = new ArrayList<>();
    int sign = 1;
    boolean signed = false;
    int start = open + 1;
    for (int i = open + 1; ; i++) {
      if (i >= end) {
        throw new EinsumSpecException(text, "'(' is not closed by ')'", open + 1);
      }
      char c = text.charAt(i);
      if (c == '(') {
        throw new EinsumSpecException(text, "groups do not nest: '(' inside the group opened at column "
            + (open + 1), i + 1);
      }
      if (c == ',') {
        throw new EinsumSpecException(text, "',' inside a group: its members are joined by '+' or '-'", i + 1);
      }
      if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
        throw new EinsumSpecException(text, "\"->\" inside a group: close the group opened at column " + (open + 1)
            + " with ')' first", i + 1);
      }
      if (c != '+' && c != '-' && c != ')') {
        continue;
      }
      if (onlySpaces(text, start, i)) {
        if (members.isEmpty() && !signed) {
          throw new EinsumSpecException(text, c == ')' ? "empty group \"()\": a group has at least two members"
              : "a group cannot start with a sign: its first member is written without '+' or '-'",
              c == ')' ? open + 1 : i + 1);
        }
        throw new EinsumSpecException(text, "a group member is missing before " + describe(c), i + 1);
      }
      int k = operands.size();
      operands.add(parseTerm(text, start, i, "operand " + k, false));
      members.add(new Member(k, sign));
      if (c == ')') {
        if (members.size() < 2) {
          throw new EinsumSpecException(text, "a group needs at least two members joined by '+' or '-'", open + 1);
        }
        slots.add(new Slot(members, open + 1));
        return i + 1;
      }
      sign = c == '+' ? 1 : -1;
      signed = true;
      start = i + 1;
    }
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
      } else if (c == '(') {
        throw new EinsumSpecException(text, isOutput ? "a group is not allowed in the output"
            : "a group is a whole operand: '(' must start the operand", i + 1);
      } else if (c == ')') {
        throw new EinsumSpecException(text, UNMATCHED_CLOSE, i + 1);
      } else if (c == '+') {
        throw new EinsumSpecException(text, isOutput ? "'+' is not allowed in the output: it is one term"
            : "'+' outside a group: a sum of terms goes in parentheses, e.g. \"(ij+ji)\"", i + 1);
      } else if (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
        throw new EinsumSpecException(text, "\"=>\" is not an arrow: did you mean \"->\"?", i + 1);
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

  private static boolean onlySpaces(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
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
