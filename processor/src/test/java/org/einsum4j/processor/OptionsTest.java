/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.einsum4j.DoubleTensor;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annotation's options: declared sizes and accumulation into {@code out}. */
class OptionsTest {
  static Object impl;

  @BeforeAll
  static void compile() {
    impl = Compiled.compile("opt.Attention", String.join("\n",
        "package opt;",
        "import org.einsum4j.*;",
        "public interface Attention {",
        "  @Einsum(value = \"bsh,bh->bs\", sizes = \"h = 4, s=3\")",
        "  FloatTensor scores(FloatTensor enc, FloatTensor dec);",
        "  @Einsum(value = \"bsh,bh->bs\", accumulate = true)",
        "  void addScores(FloatTensor enc, FloatTensor dec, FloatTensor out);",
        "  @Einsum(value = \"ij->ji\", accumulate = true)",
        "  void addTranspose(FloatTensor a, FloatTensor out);",
        "  @Einsum(value = \"ij,jk,kl->il\", sizes = \"j=2\", accumulate = true)",
        "  void addChain(FloatTensor a, FloatTensor b, FloatTensor c, FloatTensor out);",
        "  @Einsum(value = \"bik,bkj->bij\", accumulate = true)",
        "  void addBmm(FloatTensor a, FloatTensor b, FloatTensor out);",
        "  @Einsum(value = \"ik,kj->ij\", accumulate = true)",
        "  void addMm(DoubleTensor a, DoubleTensor b, DoubleTensor out);",
        "}", "")).load("opt.Attention");
  }

  private static Object call(String name, Object... args) throws Exception {
    for (Method m : impl.getClass().getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(impl, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new AssertionError(name);
  }

  private static FloatTensor arange(int... shape) {
    FloatTensor t = FloatTensor.zeros(shape);
    float[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = (i % 7) - 3;
    }
    return t;
  }

  @Test
  void declaredSizesAreCheckedAtCallTime() throws Exception {
    FloatTensor enc = arange(2, 3, 4);
    FloatTensor dec = arange(2, 4);
    FloatTensor r = (FloatTensor) call("scores", enc, dec);
    assertTrue(r.allClose(Einsums.evaluate("bsh,bh->bs", enc, dec), 1e-6, 1e-6));
    EinsumShapeException e = assertThrows(EinsumShapeException.class,
        () -> call("scores", arange(2, 3, 5), arange(2, 5)));
    assertEquals("einsum \"bsh,bh->bs\": label 'h' is declared 4 but is 5 in 'enc' (axis 2)", e.getMessage());
  }

  @Test
  void anOutWhoseElementsOverlapIsRefusedAndLeftUntouched() throws Exception {
    FloatTensor enc = arange(2, 3, 4);
    FloatTensor dec = arange(2, 4);
    float[] backing = new float[8];
    java.util.Arrays.fill(backing, 7f);
    // strides [1, 1]: out[0,1] and out[1,0] are one element
    FloatTensor out = FloatTensor.ofStrided(backing, 0, new int[] {2, 3}, new int[] {1, 1});
    EinsumShapeException e = assertThrows(EinsumShapeException.class, () -> call("addScores", enc, dec, out));
    assertEquals("einsum \"bsh,bh->bs\": 'out' is a view whose elements overlap (shape [2, 3], strides [1, 1]"
        + " address some element twice), so it cannot receive a result; pass a tensor with distinct elements,"
        + " e.g. a copy", e.getMessage());
    for (float v : backing) {
      assertEquals(7f, v, 0f);
    }
  }

  @Test
  void accumulateAddsIntoOut() throws Exception {
    FloatTensor enc = arange(2, 3, 4);
    FloatTensor dec = arange(2, 4);
    FloatTensor out = FloatTensor.zeros(2, 3).fill(1.5f);
    call("addScores", enc, dec, out);
    float[] expected = Einsums.evaluate("bsh,bh->bs", enc, dec).toArray();
    for (int i = 0; i < expected.length; i++) {
      expected[i] += 1.5f;
    }
    assertArrayEquals(expected, out.toArray(), 1e-5f);
    call("addScores", enc, dec, out);
    assertEquals(expected[4] + (expected[4] - 1.5f), out.toArray()[4], 1e-4f);
  }

  @Test
  void accumulateIntoAnOperandAndIntoAView() throws Exception {
    // out is the operand itself: out += out^T, computed without reading half-updated values
    FloatTensor a = arange(3, 3);
    float[] before = a.toArray();
    call("addTranspose", a, a);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(before[i * 3 + j] + before[j * 3 + i], a.get(i, j), 0f);
      }
    }
    FloatTensor view = FloatTensor.zeros(4, 2).transpose(0, 1);
    call("addTranspose", arange(4, 2), view);
    assertTrue(view.allClose(Einsums.evaluate("ij->ji", arange(4, 2)), 0, 0));
  }

  @Test
  void accumulatingMatrixProductsAddInPlaceIntoOutsAndViews() throws Exception {
    // one matrix product: the GEMM adds into out directly, whatever out's strides
    FloatTensor a = arange(3, 5, 17);
    FloatTensor b = arange(3, 17, 20);
    float[] product = Einsums.evaluate("bik,bkj->bij", a, b).toArray();
    FloatTensor out = FloatTensor.zeros(3, 5, 20).fill(2f);
    call("addBmm", a, b, out);
    call("addBmm", a, b, out);
    float[] got = out.toArray();
    for (int i = 0; i < product.length; i++) {
      assertEquals(2f + 2 * product[i], got[i], 1e-3f, "at " + i);
    }
    FloatTensor view = FloatTensor.zeros(3, 20, 5).fill(-1f).transpose(1, 2);
    call("addBmm", a, b, view);
    got = view.toArray();
    for (int i = 0; i < product.length; i++) {
      assertEquals(product[i] - 1f, got[i], 1e-3f, "view at " + i);
    }
    // out is an operand: out += out · out, through a temporary
    DoubleTensor m = DoubleTensor.zeros(6, 6);
    for (int i = 0; i < 36; i++) {
      m.array()[i] = (i % 5) - 2;
    }
    double[] before = m.toArray();
    double[] square = Einsums.evaluate("ik,kj->ij", m, m).toArray();
    call("addMm", m, m, m);
    for (int i = 0; i < 36; i++) {
      assertEquals(before[i] + square[i], m.array()[i], 1e-12, "aliased at " + i);
    }
  }

  @Test
  void failedAccumulateLeavesOutUntouched() throws Exception {
    FloatTensor out = FloatTensor.zeros(2, 5).fill(7f);
    float[] before = out.toArray();
    FloatTensor b = arange(3, 3);
    assertThrows(EinsumShapeException.class, () -> call("addChain", arange(2, 3), b, arange(3, 5), out));
    assertArrayEquals(before, out.toArray(), "j is declared 2, so nothing may be written");
    FloatTensor ok = FloatTensor.zeros(2, 5).fill(1f);
    call("addChain", arange(2, 2), arange(2, 3), arange(3, 5), ok);
    FloatTensor expected = Einsums.evaluate("ij,jk,kl->il", arange(2, 2), arange(2, 3), arange(3, 5));
    for (int i = 0; i < 10; i++) {
      assertEquals(expected.toArray()[i] + 1f, ok.toArray()[i], 1e-4f);
    }
  }

  private static Compilation compileBad(String annotation, String method) {
    JavaFileObject src = JavaFileObjects.forSourceString("test.Bad", "package test;\nimport org.einsum4j.*;\n"
        + "interface Bad {\n  " + annotation + "\n  " + method + "\n}\n");
    return Compiler.javac().withProcessors(new EinsumProcessor()).compile(src);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x=3        | label 'x' is not in the spec \"ij,jk->ik\" at column 1 of sizes",
      "i=3, i=4   | label 'i' is declared twice at column 6 of sizes",
      "i3         | expected '=' after label 'i' at column 2 of sizes",
      "i=-1       | expected a size (digits) for label 'i' at column 3 of sizes",
      "i=3 j=4    | expected ',' between declared sizes at column 5 of sizes",
      "i=3,       | expected 'label=size' after ',' at column 5 of sizes",
      "i=99999999999 | size of label 'i' is larger than 2147483647 at column 3 of sizes",
  })
  void badDeclaredSizes(String sizes, String message) {
    Compilation c = compileBad("@Einsum(value = \"ij,jk->ik\", sizes = \"" + sizes + "\")",
        "FloatTensor mul(FloatTensor a, FloatTensor b);");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EinsumSizes] " + message);
  }

  @Test
  void accumulateNeedsOut() {
    Compilation c = compileBad("@Einsum(value = \"ij->ji\", accumulate = true)", "FloatTensor t(FloatTensor a);");
    assertThat(c).hadErrorContaining("[EinsumAccumulate] method 't' has accumulate = true but returns its result");
  }
}
