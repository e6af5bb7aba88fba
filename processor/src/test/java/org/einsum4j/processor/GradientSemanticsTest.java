/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.einsum4j.DoubleTensor;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.Einsums;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases the issue names beside the random ones: an operand passed twice (the caller sums both gradients),
 * declared sizes, the diagonal of a trace, and shape errors that write nothing.
 */
class GradientSemanticsTest {
  static Object impl;

  @BeforeAll
  static void compile() {
    impl = Compiled.compile("test.Sem", String.join("\n",
        "package test;",
        "import org.einsum4j.*;",
        "public interface Sem {",
        "  @Einsum(\"ij,jk->ik\") DoubleTensor mul(DoubleTensor a, DoubleTensor b);",
        "  @EinsumGradient(of = \"mul\", wrt = \"a\", accumulate = true)",
        "  void addGradA(DoubleTensor grad, DoubleTensor a, DoubleTensor b, DoubleTensor outGrad);",
        "  @EinsumGradient(of = \"mul\", wrt = \"b\", accumulate = true)",
        "  void addGradB(DoubleTensor grad, DoubleTensor a, DoubleTensor b, DoubleTensor outGrad);",
        "  @EinsumGradient(of = \"mul\", wrt = \"b\")",
        "  void gradB(DoubleTensor grad, DoubleTensor a, DoubleTensor b, DoubleTensor outGrad);",
        "  @Einsum(\"ii\") DoubleTensor trace(DoubleTensor a);",
        "  @EinsumGradient(of = \"trace\", wrt = \"a\") DoubleTensor traceGrad(DoubleTensor grad, DoubleTensor a);",
        "  @Einsum(value = \"bhd,hd->bh\", sizes = \"h=2, d=3\") DoubleTensor sized(DoubleTensor x, DoubleTensor w);",
        "  @EinsumGradient(of = \"sized\", wrt = \"w\")",
        "  DoubleTensor sizedGradW(DoubleTensor grad, DoubleTensor x, DoubleTensor w);",
        "  @Einsum(\"i,j->\") DoubleTensor names(DoubleTensor g, DoubleTensor result);",
        "  @EinsumGradient(of = \"names\", wrt = \"g\")",
        "  DoubleTensor namesGrad(DoubleTensor grad, DoubleTensor g, DoubleTensor result);",
        "}", "")).load("test.Sem");
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

  private static DoubleTensor ramp(int... shape) {
    DoubleTensor t = DoubleTensor.zeros(shape);
    double[] a = t.array();
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.sin(1.7 * i + shape.length);
    }
    return t;
  }

  @Test
  void anOperandPassedTwiceGetsTheSumOfBothGradients() throws Exception {
    // loss(x) = Σ g · (x · x): dloss/dx = g · xᵀ + xᵀ · g, the two gradients summed into one buffer
    DoubleTensor x = ramp(3, 3);
    DoubleTensor g = ramp(3, 3).transpose(0, 1).contiguous();
    DoubleTensor sum = DoubleTensor.zeros(3, 3);
    call("addGradA", g, x, x, sum);
    call("addGradB", g, x, x, sum);
    double h = 1e-5;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        DoubleTensor p = x.copy();
        p.set(x.get(i, j) + h, i, j);
        DoubleTensor m = x.copy();
        m.set(x.get(i, j) - h, i, j);
        double fd = (dot(g, Einsums.evaluate("ij,jk->ik", p, p)) - dot(g, Einsums.evaluate("ij,jk->ik", m, m)))
            / (2 * h);
        assertEquals(fd, sum.get(i, j), 1e-8, "element " + i + "," + j);
      }
    }
  }

  @Test
  void theTraceGradientIsTheIdentityTimesTheUpstreamGradient() throws Exception {
    DoubleTensor r = (DoubleTensor) call("traceGrad", DoubleTensor.scalar(2.5), ramp(4, 4));
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertEquals(i == j ? 2.5 : 0, r.get(i, j), "element " + i + "," + j);
      }
    }
  }

  @Test
  void declaredSizesAreCheckedByTheGradient() throws Exception {
    DoubleTensor r = (DoubleTensor) call("sizedGradW", ramp(5, 2), ramp(5, 2, 3), ramp(2, 3));
    assertArrayEquals(new int[] {2, 3}, r.shape());
    EinsumShapeException e = assertThrows(EinsumShapeException.class,
        () -> call("sizedGradW", ramp(5, 4), ramp(5, 4, 3), ramp(4, 3)));
    assertTrue(e.getMessage().contains("'h'"), e.getMessage());
  }

  @Test
  void operandsMayBeNamedLikeTheGeneratedLocals() throws Exception {
    // "i,j->" with respect to g: the gradient einsum ",j->" then broadcast along i
    DoubleTensor r = (DoubleTensor) call("namesGrad", DoubleTensor.scalar(2), ramp(3), ramp(4));
    double sum = 0;
    for (double v : ramp(4).toArray()) {
      sum += v;
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(2 * sum, r.get(i), 1e-12);
    }
  }

  @Test
  void aWrongOutWritesNothing() throws Exception {
    DoubleTensor out = DoubleTensor.zeros(4, 2).fill(7);
    EinsumShapeException e = assertThrows(EinsumShapeException.class,
        () -> call("gradB", ramp(2, 2), ramp(2, 3), ramp(3, 2), out));
    assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    for (double v : out.toArray()) {
      assertEquals(7, v);
    }
  }

  @Test
  void aWrongWrtShapeIsAShapeError() {
    // b is [4, 2] but a's j is 3: the fit finds label 'j' at 4 in b and 3 in the other operands
    assertThrows(EinsumShapeException.class,
        () -> call("gradB", ramp(2, 2), ramp(2, 3), ramp(4, 2), DoubleTensor.zeros(4, 2)));
  }

  private static double dot(DoubleTensor a, DoubleTensor b) {
    double[] x = a.toArray();
    double[] y = b.toArray();
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }
}
