/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.einsum4j.DoubleTensor;
import org.einsum4j.EinsumException;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.internal.Tuning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated kernel against the reference interpreter: a curated list of specs covering each NumPy einsum
 * feature, plus specs generated at random, all compiled by the processor in one in-memory compilation (four
 * methods per spec: float and double, returning the result and writing into {@code out}). Each is called with
 * random operands at the edge sizes, in contiguous, reversed, expanded, padded and broadcast layouts.
 */
class DifferentialTest {
  /** Specs that cover every feature; the seed workloads among them. */
  static final List<String> CURATED = List.of(
      // one operand: identity, permutations, reductions, diagonals, traces
      "i", "i->", "i->i", "ij", "ij->ij", "ij->ji", "ij->i", "ij->j", "ij->", "ijk->kji", "ijk->ki", "ijk->",
      "ijk->jik", "ii", "ii->i", "ii->", "iii->i", "iij->j", "iji->ji", "aabcb->ac", "aabcb->abc", "abba->ab",
      // 0-d operands and empty specs
      "", "->", ",->", "i,->i", ",i->i", "ij,->ji", ",,->",
      // two operands: products, dots, outer products, Hadamard
      "i,i->", "i,i->i", "i,i", "i,j->ij", "i,j", "j,i", "ij,ij->ij", "ij,ij->", "ij,ji->ij", "ij,ji->",
      "ij,jk->ik", "ij,jk", "ik,kj->ij", "ij,kj->ik", "ji,jk->ik", "ij,j->i", "j,ij->i", "ij,i->j",
      "ij,jk->ki", "ij,jk->ijk", "ij,kl->ijkl", "ii,i->i", "ii,ij->j",
      // batched and attention shapes from the seeds
      "bik,bkj->bij", "bij,bjk->bik", "bsh,bh->bs", "bs,bsh->bh", "s,sh->h", "sh,s->h", "bshd,hde->bshe",
      "bihd,bjhd->bijh", "bihd,ijhd->bijh", "bijh,bjhd->bihd", "bshd->bhsd", "sbe->bse", "bse->sbe",
      "bse,eo->bso", "sbh,bh->bs",
      // many operands
      "ij,jk,kl->il", "bi,ij,bj->b", "i,i,i->", "i,i,i->i", "a,b,c->abc", "ab,bc,cd,de->ae", "abc,abc,abc->abc",
      "ij,jk,ki->", "i,j,k,l->lkji",
      // labels of both cases, and names that collide with generated locals
      "Ab", "bA", "aA,Aa->", "bB,Bc->bc", "nN,Nn->nN", "zZ->Zz",
      // ellipsis: leading, trailing, middle, broadcasting, empty in the output
      "...", "...->...", "...,...", "...i", "...i->...", "...ij->...ji", "...ii->...i", "...ij,...jk->...ik",
      "i...->...i", "i...j->...ij", "...i,...i", "...i,...i->...", "a...,...a", "ba...,...", "i...,i...",
      "ijk->...kj", "...ij,jk->...ik", "ij,...j->...i", "a...a", "a...a->...", "i...,j...->ij...",
      "...i,...j->...ij", "...,...->...", "b...h,bh->b...", "...ab,...bc,...cd->...ad",
      // operand groups: distributed into GEMM terms where every term has every label, else summed in the nest
      "bijh,(bjhd+ijhd)->bihd", "bijh,(bjhd-ijhd)->bihd", "i,(ij+j)->ij", "(ij-ij),(jk+jk)->ik", "(ij+ji)->ij",
      "ij,(jk-kj)->ik", "(a+a),(a+a),(a-a)->a", "ab,(bc+bc-bc)->ac", "(i+i)", "bij,(bjk+jk)->bik",
      "(ij+j),jk->ik", "(...i+i),i->...", "ij,(jk+kj),kl->il");

  static final int RANDOM_SPECS = 120;

  static final class Case {
    final int index;
    final String spec;

    Case(int index, String spec) {
      this.index = index;
      this.spec = spec;
    }
  }

  static List<Case> cases;
  static Object impl;

  @BeforeAll
  static void compileAll() {
    Set<String> specs = new LinkedHashSet<>(CURATED);
    Random rnd = new Random(20261122);
    while (specs.size() < CURATED.size() + RANDOM_SPECS) {
      specs.add(RandomSpecs.next(rnd));
    }
    cases = new ArrayList<>();
    StringBuilder src = new StringBuilder("package test;\nimport org.einsum4j.*;\npublic interface Cases {\n");
    for (String spec : specs) {
      Case c = new Case(cases.size(), spec);
      cases.add(c);
      int n = Spec.parse(spec).operandCount();
      for (String t : new String[] {"Float", "Double"}) {
        String params = params(t + "Tensor", n);
        String esc = spec.replace("\\", "\\\\").replace("\"", "\\\"");
        src.append("  @Einsum(\"").append(esc).append("\") ").append(t).append("Tensor ").append(t.charAt(0))
            .append(c.index).append('(').append(params).append(");\n");
        src.append("  @Einsum(\"").append(esc).append("\") void ").append(t.charAt(0)).append("o").append(c.index)
            .append('(').append(params).append(n > 0 ? ", " : "").append(t).append("Tensor out);\n");
      }
    }
    src.append("}\n");
    Compiled compiled = Compiled.compile("test.Cases", src.toString());
    impl = compiled.load("test.Cases");
  }

  private static String params(String type, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append(type).append(" a").append(i);
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> everyKernelAgreesWithTheInterpreter() {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.spec.isEmpty() ? "(empty spec)" : c.spec,
        () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    try {
      for (int variant : new int[] {Tuning.AUTO, Tuning.NEST}) {
        Tuning.variant = variant;
        check(c, variant, -1);
      }
      if (Spec.parse(c.spec).operandCount() >= 3) {
        // every candidate path, not only the one the cost model picks at these sizes
        for (int path = 0; path < 6; path++) {
          Tuning.path = path;
          check(c, Tuning.AUTO, path);
        }
      }
    } finally {
      Tuning.variant = Tuning.AUTO;
      Tuning.path = -1;
    }
  }

  private static void check(Case c, int variant, int path) throws Exception {
    Spec spec = Spec.parse(c.spec);
    Random rnd = new Random(c.spec.hashCode() * 31L + 7);
    for (int trial = 0; trial < (path >= 0 ? 4 : 12); trial++) {
      Operands ops = new Operands(spec, rnd, 60_000, trial > 2);
      String where = (variant == Tuning.NEST ? "[nest] " : path >= 0 ? "[path " + path + "] " : "[auto] ") + ops;
      DoubleTensor expected;
      FloatTensor expectedF;
      try {
        expected = Einsums.evaluate(c.spec, ops.doubles);
        expectedF = Einsums.evaluate(c.spec, ops.floats);
      } catch (EinsumException e) {
        fail(where + ": the interpreter refused operands built to fit: " + e.getMessage());
        return;
      }
      double tolD = 1e-12 * ops.reductionLength();
      double tolF = 2e-6 * ops.reductionLength();

      DoubleTensor d = (DoubleTensor) call("D" + c.index, ops.doubles);
      assertClose(where + " [double, returned]", expected, d.toArray(), d.shape(), tolD);
      assertTrue(d.isContiguous(), where + ": a returned result is contiguous");

      FloatTensor f = (FloatTensor) call("F" + c.index, ops.floats);
      assertClose(where + " [float, returned]", expectedF.toDouble(), f.toDouble().toArray(), f.shape(), tolF);

      DoubleTensor out = outTensor(expected.shape(), rnd);
      call("Do" + c.index, append(ops.doubles, out));
      assertClose(where + " [double, out " + Arrays.toString(out.strides()) + "]", expected, out.toArray(),
          out.shape(), tolD);

      FloatTensor outF = Operands.sameLayout(outTensor(expected.shape(), rnd));
      call("Fo" + c.index, append(ops.floats, outF));
      assertClose(where + " [float, out]", expectedF.toDouble(), outF.toDouble().toArray(), outF.shape(), tolF);
    }
  }

  /** An out tensor pre-filled with NaN (so a missed store shows), sometimes with its axes stored reversed. */
  private static DoubleTensor outTensor(int[] shape, Random rnd) {
    int rank = shape.length;
    DoubleTensor t;
    if (rank > 1 && rnd.nextBoolean()) {
      int[] rev = new int[rank];
      int[] perm = new int[rank];
      for (int a = 0; a < rank; a++) {
        rev[a] = shape[rank - 1 - a];
        perm[a] = rank - 1 - a;
      }
      t = DoubleTensor.zeros(rev).permute(perm);
    } else {
      t = DoubleTensor.zeros(shape);
    }
    Arrays.fill(t.array(), Double.NaN);
    return t;
  }

  static Object call(String method, Object[] args) throws Exception {
    Method m = null;
    for (Method cand : impl.getClass().getMethods()) {
      if (cand.getName().equals(method)) {
        m = cand;
      }
    }
    if (m == null) {
      throw new AssertionError("no method " + method);
    }
    try {
      return m.invoke(impl, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw new AssertionError(e.getCause());
    }
  }

  private static Object[] append(Object[] a, Object last) {
    Object[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = last;
    return r;
  }

  static void assertClose(String where, DoubleTensor expected, double[] actual, int[] shape, double tol) {
    assertArrayEquals(expected.shape(), shape, where + ": shape");
    double[] e = expected.toArray();
    assertEquals(e.length, actual.length, where + ": element count");
    for (int i = 0; i < e.length; i++) {
      if (!(Math.abs(e[i] - actual[i]) <= tol * (1 + Math.abs(e[i])))) {
        fail(where + ": element " + i + " is " + actual[i] + ", expected " + e[i] + " (tolerance " + tol + ")");
      }
    }
  }
}
