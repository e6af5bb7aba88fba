/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.einsum4j.EinsumSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecTest {

  @Test
  void parsesOperandsAndExplicitOutput() {
    Spec s = Spec.parse("ij,jk->ik");
    assertEquals(2, s.operandCount());
    assertEquals("ij", s.operand(0).labels());
    assertEquals("jk", s.operand(1).labels());
    assertEquals(Spec.NO_ELLIPSIS, s.operand(0).ellipsisAt());
    assertFalse(s.operand(0).hasEllipsis());
    assertEquals("ik", s.output().labels());
    assertTrue(s.explicitOutput());
    assertEquals("ijk", s.labels());
    assertEquals(3, s.labelCount());
    assertEquals(1, s.labelIndex('j'));
    assertEquals(-1, s.labelIndex('z'));
    assertTrue(s.isFree('i'));
    assertFalse(s.isFree('j'));
    assertFalse(s.anyOperandEllipsis());
    assertEquals("ij,jk->ik", s.text());
    assertEquals("ij,jk->ik", s.normalized());
    assertEquals("ij,jk->ik", s.toString());
  }

  @Test
  void columnsAreOneBased() {
    Spec s = Spec.parse("ij,jk->ik");
    assertEquals(1, s.operand(0).column());
    assertEquals(4, s.operand(1).column());
    assertEquals(8, s.output().column());
    assertEquals(5, s.operand(1).labelColumn(1));
    assertEquals(9, s.output().labelColumn(1));
    assertEquals(0, Spec.parse("ij,jk").output().column());
  }

  @Test
  void ellipsisPosition() {
    assertEquals(0, Spec.parse("...ij").operand(0).ellipsisAt());
    assertEquals(1, Spec.parse("i...j").operand(0).ellipsisAt());
    assertEquals(2, Spec.parse("ij...").operand(0).ellipsisAt());
    assertEquals(0, Spec.parse("...").operand(0).ellipsisAt());
    Spec.Term t = Spec.parse("i...j").operand(0);
    assertEquals("ij", t.labels());
    assertTrue(t.hasEllipsis());
    assertEquals("i...j", t.toString());
    Spec s = Spec.parse("a...b,...c->cba...");
    assertEquals(3, s.output().ellipsisAt());
    assertEquals("cba", s.output().labels());
    assertTrue(s.anyOperandEllipsis());
  }

  @Test
  void implicitOutputIsEllipsisThenLabelsSeenOnceSortedByCharCode() {
    assertEquals("ik", Spec.parse("ij,jk").output().toString());
    assertEquals("ab", Spec.parse("ba").output().toString());
    // Upper case sorts before lower case, as in NumPy: "aB" is a transpose.
    assertEquals("Ba", Spec.parse("aB").output().toString());
    assertEquals("Ab", Spec.parse("zA,bz").output().toString());
    assertEquals("", Spec.parse("ii").output().toString());
    assertEquals("j", Spec.parse("iij").output().toString());
    assertEquals("", Spec.parse("i,i,i").output().toString());
    assertEquals("...ij", Spec.parse("...j,i...").output().toString());
    assertEquals(0, Spec.parse("i...j").output().ellipsisAt());
    assertEquals(Spec.NO_ELLIPSIS, Spec.parse("ij,jk").output().ellipsisAt());
    assertFalse(Spec.parse("ij,jk").explicitOutput());
  }

  @Test
  void labelsAreNumberedByFirstAppearanceInTheOperands() {
    assertEquals("zyx", Spec.parse("zy,yx->zx").labels());
    assertEquals("baA", Spec.parse("ba,Ab").labels());
    assertEquals("ij", Spec.parse("iij->j").labels());
    assertEquals("", Spec.parse(",->").labels());
  }

  @Test
  void zeroDimensionalTerms() {
    Spec empty = Spec.parse("");
    assertEquals(1, empty.operandCount());
    assertEquals("", empty.operand(0).labels());
    assertEquals("->", empty.normalized());
    Spec s = Spec.parse(",i->i");
    assertEquals(2, s.operandCount());
    assertEquals("", s.operand(0).labels());
    assertEquals(3, Spec.parse(",,").operandCount());
    assertEquals("->", Spec.parse("->").normalized());
  }

  @Test
  void spacesAreIgnored() {
    Spec s = Spec.parse(" i j , j k -> i k ");
    assertEquals("ij,jk->ik", s.normalized());
    assertEquals(" i j , j k -> i k ", s.text());
    assertEquals(2, s.operand(0).labelColumn(0));
    assertEquals(4, s.operand(0).labelColumn(1));
    assertEquals("->", Spec.parse(" ").normalized());
  }

  @Test
  void nullSpec() {
    assertThrows(NullPointerException.class, () -> Spec.parse(null));
  }

  @Test
  void messageHasReasonColumnAndCaret() {
    EinsumSpecException e = assertThrows(EinsumSpecException.class, () -> Spec.parse("bij h1,bijhd->bihd"));
    assertEquals(6, e.column());
    assertEquals("bij h1,bijhd->bihd", e.spec());
    assertEquals("invalid character '1' in operand 0: labels are letters a-z and A-Z", e.reason());
    assertEquals("einsum \"bij h1,bijhd->bihd\": invalid character '1' in operand 0: labels are letters a-z and A-Z"
        + " at column 6\n"
        + "  bij h1,bijhd->bihd\n"
        + "       ^", e.getMessage());
  }

  @Test
  void fatArrowSuggestsTheArrow() {
    EinsumSpecException e = assertThrows(EinsumSpecException.class, () -> Spec.parse("bs,bsh=>bh"));
    assertEquals(7, e.column());
    assertEquals("\"=>\" is not an arrow: did you mean \"->\"?", e.reason());
    assertEquals("invalid character '=' in operand 0: labels are letters a-z and A-Z",
        assertThrows(EinsumSpecException.class, () -> Spec.parse("i=j")).reason());
  }

  @Test
  void caretLines() {
    assertEquals("  ab\n  ^", EinsumSpecException.caretLines("ab", 1));
    assertEquals("  ab\n   ^", EinsumSpecException.caretLines("ab", 2));
    assertEquals("  ab\n    ^", EinsumSpecException.caretLines("ab", 3));
  }

  @Test
  void nonAsciiAndControlCharactersAreNamedByCodePoint() {
    assertEquals("invalid character U+00E4 in operand 0: labels are letters a-z and A-Z",
        assertThrows(EinsumSpecException.class, () -> Spec.parse("i\u00e4")).reason());
    assertEquals("invalid character U+0009 in operand 1: labels are letters a-z and A-Z",
        assertThrows(EinsumSpecException.class, () -> Spec.parse("i,i\tj")).reason());
  }

  @Test
  void outputLabelErrorsPointAtTheLabel() {
    EinsumSpecException twice = assertThrows(EinsumSpecException.class, () -> Spec.parse("ij->iji"));
    assertEquals("output label 'i' appears more than once in the output", twice.reason());
    assertEquals(7, twice.column());
    EinsumSpecException missing = assertThrows(EinsumSpecException.class, () -> Spec.parse("ij->iJ"));
    assertEquals("output label 'J' does not appear in any operand", missing.reason());
    assertEquals(6, missing.column());
  }

  /**
   * Every spec with the outcome NumPy 2.4's {@code einsum} (the C implementation, {@code optimize=False}) gives:
   * accepted specs ran with operands of some fitting shape, rejected ones failed for every operand count and
   * rank tried. For accepted specs the second column is the normalized form; for rejected ones it is null and
   * the third column is the column our parser points at.
   */
  static Stream<Arguments> table() {
    return Stream.of(
        // accepted by NumPy
        ok("ij", "ij->ij"),
        ok("ij,jk", "ij,jk->ik"),
        ok("ij,jk->ik", "ij,jk->ik"),
        ok("IJ,Jk->Ik", "IJ,Jk->Ik"),
        ok("aB,Bc", "aB,Bc->ac"),
        ok("iI->Ii", "iI->Ii"),
        ok("Zz", "Zz->Zz"),
        ok("ii", "ii->"),
        ok("ii->i", "ii->i"),
        ok("iij->j", "iij->j"),
        ok("aabcb->ac", "aabcb->ac"),
        ok("i,i,i->", "i,i,i->"),
        ok("ij->ji", "ij->ji"),
        ok("ijk->kij", "ijk->kij"),
        ok("i->", "i->"),
        ok("i,j->", "i,j->"),
        ok("ab,cd,ef,gh->hgfedcba", "ab,cd,ef,gh->hgfedcba"),
        ok("", "->"),
        ok(" ", "->"),
        ok("->", "->"),
        ok(",i->i", ",i->i"),
        ok(",", ",->"),
        ok(",,", ",,->"),
        ok(",->", ",->"),
        ok("i,", "i,->i"),
        ok(",i", ",i->i"),
        ok("i j , j k -> i k", "ij,jk->ik"),
        ok("i ->i", "i->i"),
        ok("i->i ", "i->i"),
        ok("...", "...->..."),
        ok("...ij", "...ij->...ij"),
        ok("i...j", "i...j->...ij"),
        ok("ij...", "ij...->...ij"),
        ok("...ij,...jk->...ik", "...ij,...jk->...ik"),
        ok("ij...,jk...", "ij...,jk...->...ik"),
        ok("a...b,...c->cba...", "a...b,...c->cba..."),
        ok("...,i", "...,i->...i"),
        ok("...,...->...", "...,...->..."),
        ok("..., ...", "...,...->..."),
        ok("...->", "...->"),
        ok("...ij->ij", "...ij->ij"),
        ok("ij,...->", "ij,...->"),
        ok("i...->...i", "i...->...i"),
        // an output "..." without any in the operands: NumPy accepts it (it stands for no dimensions)
        ok("i->...", "i->..."),
        ok("ij->...ij", "ij->...ij"),
        // rejected by NumPy
        bad(".", 1, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad("..", 1, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad("....", 4, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad(".....", 4, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad("......", 4, "operand 0 has more than one ellipsis \"...\""),
        bad("...i...", 5, "operand 0 has more than one ellipsis \"...\""),
        bad("i.j", 2, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad("i..", 2, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad(".i..", 1, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad(". ..", 1, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad("i,j.", 4, "'.' in operand 1 is not part of an ellipsis \"...\""),
        bad("i->i.", 5, "'.' in the output is not part of an ellipsis \"...\""),
        bad("i->...i...", 8, "the output has more than one ellipsis \"...\""),
        bad("-", 1, "'-' must be followed by '>' to make \"->\""),
        bad("i-", 2, "'-' must be followed by '>' to make \"->\""),
        bad("i-j", 2, "'-' must be followed by '>' to make \"->\""),
        bad("i - > i", 3, "'-' must be followed by '>' to make \"->\""),
        bad("i-->i", 2, "'-' must be followed by '>' to make \"->\""),
        bad(">", 1, "'>' must follow '-' to make \"->\""),
        bad("i>j", 2, "'>' must follow '-' to make \"->\""),
        bad("i->>", 4, "a spec has at most one \"->\""),
        bad("i->i->i", 5, "a spec has at most one \"->\""),
        bad("j->i->j", 5, "a spec has at most one \"->\""),
        bad("i->i-", 5, "a spec has at most one \"->\""),
        bad("i->i,i", 5, "the output is one term: ',' is not allowed after \"->\""),
        bad(",->,", 4, "the output is one term: ',' is not allowed after \"->\""),
        bad("i1", 2, "invalid character '1' in operand 0: labels are letters a-z and A-Z"),
        bad("i_j", 2, "invalid character '_' in operand 0: labels are letters a-z and A-Z"),
        bad("i\tj", 2, "invalid character U+0009 in operand 0: labels are letters a-z and A-Z"),
        bad("i\u00e4", 2, "invalid character U+00E4 in operand 0: labels are letters a-z and A-Z"),
        bad("i->ii", 5, "output label 'i' appears more than once in the output"),
        bad("i->j", 4, "output label 'j' does not appear in any operand"),
        bad("I->i", 4, "output label 'i' does not appear in any operand"),
        bad("->i", 3, "output label 'i' does not appear in any operand"));
  }

  private static Arguments ok(String spec, String normalized) {
    return Arguments.of(spec, normalized, 0, null);
  }

  private static Arguments bad(String spec, int column, String reason) {
    return Arguments.of(spec, null, column, reason);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("table")
  void agreesWithNumPy(String spec, String normalized, int column, String reason) {
    if (normalized != null) {
      Spec s = Spec.parse(spec);
      assertEquals(normalized, s.normalized());
      // The normalized form is itself a spec that parses to the same thing.
      assertEquals(normalized, Spec.parse(normalized).normalized());
      return;
    }
    EinsumSpecException e = assertThrows(EinsumSpecException.class, () -> Spec.parse(spec));
    assertEquals(reason, e.reason());
    assertEquals(column, e.column());
    assertEquals(spec, e.spec());
    assertEquals("einsum \"" + spec + "\": " + reason + " at column " + column + "\n"
        + EinsumSpecException.caretLines(spec, column), e.getMessage());
    assertTrue(e.getMessage().endsWith("\n  " + " ".repeat(column - 1) + "^"));
  }

  // ---- operand groups ----

  private static String slotsOf(Spec s) {
    StringBuilder sb = new StringBuilder();
    for (Spec.Slot slot : s.slots()) {
      sb.append('[');
      for (Spec.Member m : slot.members()) {
        sb.append(m.sign() < 0 ? '-' : '+').append(m.operand());
      }
      sb.append(']');
    }
    return sb.toString();
  }

  @Test
  void groupMembersAreFlattenedOperands() {
    Spec s = Spec.parse("bijh,(bjhd+ijhd)->bihd");
    assertTrue(s.hasGroups());
    assertEquals(3, s.operandCount());
    assertEquals(List.of("bijh", "bjhd", "ijhd"), s.operands().stream().map(Spec.Term::toString).toList());
    assertEquals(2, s.slots().size());
    assertFalse(s.slots().get(0).isGroup());
    assertTrue(s.slots().get(1).isGroup());
    assertEquals(List.of(new Spec.Member(1, 1), new Spec.Member(2, 1)), s.slots().get(1).members());
    assertEquals("[+0][+1+2]", slotsOf(s));
    assertEquals("bihd", s.output().labels());
    assertEquals("bijhd", s.labels());
    assertEquals("bijh,(bjhd+ijhd)->bihd", s.normalized());
    assertEquals("bijh,(bjhd+ijhd)->bihd", s.toString());
  }

  @Test
  void slotsOfAPlainSpecAreItsOperands() {
    Spec s = Spec.parse("ij,jk->ik");
    assertFalse(s.hasGroups());
    assertEquals("[+0][+1]", slotsOf(s));
    assertEquals(1, s.slots().get(0).column());
    assertEquals(4, s.slots().get(1).column());
  }

  @Test
  void signsAndSlotsOfSeveralGroups() {
    Spec s = Spec.parse("(ij+ij),(jk-jk)->ik");
    assertEquals(4, s.operandCount());
    assertEquals("[+0+1][+2-3]", slotsOf(s));
    assertEquals("(ij+ij),(jk-jk)->ik", s.normalized());
    assertEquals("[+0-1+2][+3][+4-5]", slotsOf(Spec.parse("(a-b+c),d,(e-f)")));
    assertEquals("[+0][+1-2][+3]", slotsOf(Spec.parse(",(a-a),")));
  }

  @Test
  void groupColumns() {
    Spec s = Spec.parse("ab,(bc - c)->a");
    assertEquals(4, s.slots().get(1).column());
    assertEquals(5, s.operand(1).column());
    assertEquals(5, s.operand(1).labelColumn(0));
    assertEquals(6, s.operand(1).labelColumn(1));
    // A member after a sign starts right after the sign, spaces included, like a term after ','.
    assertEquals(9, s.operand(2).column());
    assertEquals(10, s.operand(2).labelColumn(0));
  }

  @Test
  void groupMembersMayHaveEllipses() {
    Spec s = Spec.parse("(...i+i...),(j-ij)");
    assertEquals(0, s.operand(0).ellipsisAt());
    assertEquals(1, s.operand(1).ellipsisAt());
    assertTrue(s.anyOperandEllipsis());
    assertEquals("(...i+i...),(j-ij)->...j", s.normalized());
    // A member cannot be empty; a scalar member is written "..." standing for no dimensions.
    Spec scalar = Spec.parse("i,(...+i)->i");
    assertEquals(3, scalar.operandCount());
    assertEquals("", scalar.operand(1).labels());
    assertTrue(scalar.operand(1).hasEllipsis());
  }

  @Test
  void implicitOutputCountsALabelOncePerSlotAtItsMostFrequentMember() {
    // i: once in "i" and once in the group (max over ij and j) = 2; j: once in the group.
    assertEquals("j", Spec.parse("i,(ij+j)").output().toString());
    assertEquals("ij", Spec.parse("(ij+j)").output().toString());
    assertEquals("ij", Spec.parse("(ij+ji)").output().toString());
    // i repeats within a member: it counts 2 and is summed.
    assertEquals("j", Spec.parse("(ii+ij)").output().toString());
    assertEquals("ik", Spec.parse("(ij+ij),(jk-jk)").output().toString());
    // b, i, h occur in both slots, so only d is left: the seed spec needs its explicit output.
    assertEquals("d", Spec.parse("bijh,(bjhd+ijhd)").output().toString());
    assertEquals("", Spec.parse("(i+i),i").output().toString());
    assertEquals("i", Spec.parse("(i+i),j,j").output().toString());
    assertEquals("...i", Spec.parse("(i+...i)").output().toString());
    assertEquals("...ab", Spec.parse("(a+b),...").output().toString());
    assertFalse(Spec.parse("(a+b)").explicitOutput());
  }

  /** Group specs: the normalized form, or the column and reason of the error. */
  static Stream<Arguments> groups() {
    return Stream.of(
        ok("bijh,(bjhd+ijhd)->bihd", "bijh,(bjhd+ijhd)->bihd"),
        ok("bijh,(bjhd+ijhd)", "bijh,(bjhd+ijhd)->d"),
        ok("(a-b)", "(a-b)->ab"),
        ok("(a+b-c+d)", "(a+b-c+d)->abcd"),
        ok(" ( a + b ) , c -> abc ", "(a+b),c->abc"),
        ok("( a - b )", "(a-b)->ab"),
        ok(",(a+a)", ",(a+a)->a"),
        ok("(a+a),", "(a+a),->a"),
        ok("(ij+ij),(jk-jk)->ik", "(ij+ij),(jk-jk)->ik"),
        ok("i,(ij+j)->ij", "i,(ij+j)->ij"),
        ok("(...ij+j)->...j", "(...ij+j)->...j"),
        ok("(...+...)", "(...+...)->..."),
        ok("(A+a)", "(A+a)->Aa"),
        // unbalanced parentheses
        bad("(a+b", 1, "'(' is not closed by ')'"),
        bad("ab,(a+b", 4, "'(' is not closed by ')'"),
        bad("(a+b->ab", 5, "\"->\" inside a group: close the group opened at column 1 with ')' first"),
        bad("(a->b)", 3, "\"->\" inside a group: close the group opened at column 1 with ')' first"),
        bad("ab)", 3, "')' has no matching '('"),
        bad(")", 1, "')' has no matching '('"),
        bad("(a+b))", 6, "')' has no matching '('"),
        bad("(a+b) )", 7, "')' has no matching '('"),
        bad("(a,b)", 3, "',' inside a group: its members are joined by '+' or '-'"),
        // empty groups and groups of one
        bad("()", 1, "empty group \"()\": a group has at least two members"),
        bad("i,( )", 3, "empty group \"()\": a group has at least two members"),
        bad("(ab)", 1, "a group needs at least two members joined by '+' or '-'"),
        bad("(...)", 1, "a group needs at least two members joined by '+' or '-'"),
        // nesting
        bad("(a+(b+c))", 4, "groups do not nest: '(' inside the group opened at column 1"),
        bad("((a+b)+c)", 2, "groups do not nest: '(' inside the group opened at column 1"),
        // signs
        bad("a+b", 2, "'+' outside a group: a sum of terms goes in parentheses, e.g. \"(ij+ji)\""),
        bad("+a", 1, "'+' outside a group: a sum of terms goes in parentheses, e.g. \"(ij+ji)\""),
        bad("(a+b)+c", 6, "a group is a whole operand: expected ',' or \"->\" after ')', not '+'"),
        bad("a-b", 2, "'-' must be followed by '>' to make \"->\""),
        bad("(a-b)-c", 6, "'-' must be followed by '>' to make \"->\""),
        bad("(+a+b)", 2, "a group cannot start with a sign: its first member is written without '+' or '-'"),
        bad("( -a+b)", 3, "a group cannot start with a sign: its first member is written without '+' or '-'"),
        bad("(a++b)", 4, "a group member is missing before '+'"),
        bad("(a+-b)", 4, "a group member is missing before '-'"),
        bad("(a- +b)", 5, "a group member is missing before '+'"),
        bad("(a+)", 4, "a group member is missing before ')'"),
        bad("(a- )", 5, "a group member is missing before ')'"),
        // a group is a whole operand, and never the output
        bad("a(b+c)", 2, "a group is a whole operand: '(' must start the operand"),
        bad("(a+b)c", 6, "a group is a whole operand: expected ',' or \"->\" after ')', not 'c'"),
        bad("(a+b)->(a+b)", 8, "a group is not allowed in the output"),
        bad("ab->(", 5, "a group is not allowed in the output"),
        bad("ab->a(b)", 6, "a group is not allowed in the output"),
        bad("ab->a+b", 6, "'+' is not allowed in the output: it is one term"),
        bad("ab->ab)", 7, "')' has no matching '('"),
        // member errors name the flattened operand
        bad("i,(a+1)", 6, "invalid character '1' in operand 2: labels are letters a-z and A-Z"),
        bad("(a.+b)", 3, "'.' in operand 0 is not part of an ellipsis \"...\""),
        bad("(a+...b...)", 8, "operand 1 has more than one ellipsis \"...\""),
        bad("(a+b)->ac", 9, "output label 'c' does not appear in any operand"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("groups")
  void groupSyntax(String spec, String normalized, int column, String reason) {
    agreesWithNumPy(spec, normalized, column, reason);
  }

  @ParameterizedTest
  @MethodSource("fromParts")
  void specFromPartsMatchesTheParsedOne(List<String> operands, String output) {
    Spec built = Spec.of(operands, output);
    Spec parsed = Spec.parse(String.join(",", operands) + "->" + output);
    assertEquals(parsed.normalized(), built.normalized());
    assertEquals(parsed.normalized(), built.text());
    assertEquals(parsed.labels(), built.labels());
    assertEquals(parsed.operandCount(), built.operandCount());
    assertEquals(parsed.slots().size(), built.slots().size());
    for (int i = 0; i < parsed.operandCount(); i++) {
      assertEquals(parsed.operand(i).labels(), built.operand(i).labels());
      assertEquals(parsed.operand(i).column(), built.operand(i).column());
      for (int j = 0; j < parsed.operand(i).labels().length(); j++) {
        assertEquals(parsed.operand(i).labelColumn(j), built.operand(i).labelColumn(j));
      }
    }
    assertEquals(parsed.output().labels(), built.output().labels());
    assertTrue(built.explicitOutput());
    assertFalse(built.hasGroups());
    for (char c : parsed.labels().toCharArray()) {
      assertEquals(parsed.labelIndex(c), built.labelIndex(c));
      assertEquals(parsed.isFree(c), built.isFree(c));
    }
  }

  static Stream<Arguments> fromParts() {
    return Stream.of(
        Arguments.of(List.of("ij", "jk"), "ik"),
        Arguments.of(List.of("bijh", "ijhd"), "bihd"),
        Arguments.of(List.of("ii"), ""),
        Arguments.of(List.of("", "i"), "i"),
        Arguments.of(List.of("i", "ij", "jk"), "k"));
  }

  @Test
  void specFromPartsRejectsABadOutputOrLabel() {
    assertThrows(IllegalArgumentException.class, () -> Spec.of(List.of("ij"), "k"));
    assertThrows(IllegalArgumentException.class, () -> Spec.of(List.of("ij"), "ii"));
    assertThrows(IllegalArgumentException.class, () -> Spec.of(List.of("i1"), "i"));
    assertThrows(IllegalArgumentException.class, () -> Spec.of(List.of(), ""));
  }
}
