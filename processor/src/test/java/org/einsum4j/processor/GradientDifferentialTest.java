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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.einsum4j.DoubleTensor;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.einsum4j.internal.spec.Spec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated {@code @EinsumGradient} method against two oracles that share nothing with the processor's
 * derivation: the definition (a walk over every point of the forward's index space that adds
 * {@code grad[out] · ∂summand/∂x} into the operand's element, size-1 broadcast axes reading index 0) and central
 * finite differences of {@code loss = Σ grad · einsum(...)} computed with the reference interpreter, in double;
 * float32 against the definition. The specs are every spec of {@link DifferentialTest} plus {@value #RANDOM_SPECS}
 * random ones, each differentiated with respect to every operand, returning the gradient and adding it into
 * {@code out}, with operands in every layout of {@link Operands} (size-1 broadcasting, {@code "..."} of different
 * ranks, strided and expanded views).
 */
class GradientDifferentialTest {
  static final int RANDOM_SPECS = 200;

  /** Specs per compiled interface (one class holds at most 65535 constants). */
  static final int CHUNK = 40;

  record Case(int index, String spec) {}

  static List<Case> cases;
  static List<Object> impls;

  @BeforeAll
  static void compileAll() {
    Set<String> specs = new LinkedHashSet<>(DifferentialTest.CURATED);
    Random rnd = new Random(20261202);
    int before = specs.size();
    while (specs.size() < before + RANDOM_SPECS) {
      specs.add(RandomSpecs.next(rnd));
    }
    cases = new ArrayList<>();
    impls = new ArrayList<>();
    StringBuilder src = null;
    for (String spec : specs) {
      Case c = new Case(cases.size(), spec);
      cases.add(c);
      if (c.index % CHUNK == 0) {
        src = new StringBuilder("package test;\nimport org.einsum4j.*;\npublic interface Grads" + c.index / CHUNK
            + " {\n");
      }
      int n = Spec.parse(spec).operandCount();
      String esc = spec.replace("\"", "\\\"");
      for (String t : new String[] {"Float", "Double"}) {
        String type = t + "Tensor";
        String params = params(type, n);
        String fwd = t.charAt(0) + "f" + c.index;
        src.append("  @Einsum(\"").append(esc).append("\") ").append(type).append(' ').append(fwd).append('(')
            .append(params).append(");\n");
        for (int k = 0; k < n; k++) {
          String tail = "(" + type + " grad" + (n > 0 ? ", " : "") + params;
          src.append("  @EinsumGradient(of = \"").append(fwd).append("\", wrt = \"a").append(k).append("\") ")
              .append(type).append(' ').append(t.charAt(0)).append(c.index).append('_').append(k).append(tail)
              .append(");\n");
          src.append("  @EinsumGradient(of = \"").append(fwd).append("\", wrt = \"a").append(k)
              .append("\", accumulate = true) void ").append(t.charAt(0)).append("a").append(c.index).append('_')
              .append(k).append(tail).append(", ").append(type).append(" outGrad);\n");
        }
      }
      if (c.index % CHUNK == CHUNK - 1 || c.index == specs.size() - 1) {
        String name = "test.Grads" + c.index / CHUNK;
        impls.add(Compiled.compile(name, src.append("}\n").toString()).load(name));
      }
    }
  }

  private static String params(String type, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append(type).append(" a").append(i);
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> everyGradientAgreesWithTheDefinitionAndFiniteDifferences() {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.spec.isEmpty() ? "(empty spec)" : c.spec,
        () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    Spec spec = Spec.parse(c.spec);
    Random rnd = new Random(c.spec.hashCode() * 17L + 3);
    for (int trial = 0; trial < 6; trial++) {
      Operands ops = new Operands(spec, rnd, 4_000, trial > 1);
      DoubleTensor forward = Einsums.evaluate(c.spec, ops.doubles);
      DoubleTensor grad = random(forward.shape(), rnd);
      FloatTensor gradF = Operands.sameLayout(grad);
      Definition def = new Definition(spec, ops.doubles, grad);
      for (int k = 0; k < spec.operandCount(); k++) {
        String where = ops + " wrt a" + k;
        double[] expected = def.gradient(k);
        double tolD = 1e-12 * Math.max(1, def.points);
        double tolF = 3e-6 * Math.max(1, def.points / Math.max(1, ops.doubles[k].size()));

        DoubleTensor d = (DoubleTensor) call(c, "D" + c.index + "_" + k, prepend(grad, ops.doubles));
        assertClose(where + " [double, returned]", ops.doubles[k].shape(), expected, d.shape(), d.toArray(), tolD);
        finiteDifferences(where, c.spec, ops.doubles, k, grad, d, rnd);

        FloatTensor f = (FloatTensor) call(c, "F" + c.index + "_" + k, prepend(gradF, ops.floats));
        assertClose(where + " [float, returned]", ops.doubles[k].shape(), expected, f.shape(),
            f.toDouble().toArray(), tolF);

        DoubleTensor out = random(ops.doubles[k].shape(), rnd);
        double[] before = out.toArray();
        call(c, "Da" + c.index + "_" + k, append(prepend(grad, ops.doubles), out));
        assertClose(where + " [double, accumulated]", out.shape(), add(before, expected), out.shape(),
            out.toArray(), tolD);

        FloatTensor outF = Operands.sameLayout(random(ops.doubles[k].shape(), rnd));
        double[] beforeF = outF.toDouble().toArray();
        call(c, "Fa" + c.index + "_" + k, append(prepend(gradF, ops.floats), outF));
        assertClose(where + " [float, accumulated]", outF.shape(), add(beforeF, expected), outF.shape(),
            outF.toDouble().toArray(), tolF);
      }
    }
  }

  /**
   * Central differences of {@code loss(x) = Σ grad · einsum(..., x, ...)} at up to six elements of operand {@code k}
   * (on a contiguous copy, so an expanded view's shared element is one logical element).
   */
  private static void finiteDifferences(String where, String spec, DoubleTensor[] operands, int k, DoubleTensor grad,
      DoubleTensor gradient, Random rnd) {
    DoubleTensor x = operands[k].copy();
    int n = x.size();
    if (n == 0) {
      return;
    }
    int[] shape = x.shape();
    double h = 1e-3;
    for (int probe = 0; probe < Math.min(6, n); probe++) {
      int flat = rnd.nextInt(n);
      int[] index = new int[shape.length];
      for (int a = shape.length - 1, r = flat; a >= 0; a--) {
        index[a] = r % shape[a];
        r /= shape[a];
      }
      double v = x.get(index);
      DoubleTensor[] ops = operands.clone();
      ops[k] = x;
      x.set(v + h, index);
      double plus = dot(grad, Einsums.evaluate(spec, ops));
      x.set(v - h, index);
      double minus = dot(grad, Einsums.evaluate(spec, ops));
      x.set(v, index);
      double fd = (plus - minus) / (2 * h);
      double actual = gradient.get(index);
      double scale = 1 + Math.abs(plus) + Math.abs(minus);
      if (!(Math.abs(fd - actual) <= 1e-8 * scale / h)) {
        fail(where + " [finite differences] at " + Arrays.toString(index) + ": gradient " + actual
            + ", central difference " + fd);
      }
    }
  }

  private static double dot(DoubleTensor a, DoubleTensor b) {
    assertArrayEquals(a.shape(), b.shape());
    double[] x = a.toArray();
    double[] y = b.toArray();
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  /**
   * The gradient from its definition: walks every point of the forward's index space (labels at their sizes, the
   * {@code "..."} dimensions at their broadcast sizes) and adds {@code grad[out] · sign · Π other slots} into the
   * operand's element at that point, where an axis of size 1 reads index 0.
   */
  static final class Definition {
    final Spec spec;
    final DoubleTensor[] ops;
    final DoubleTensor grad;
    final Map<Character, Integer> sizes = new HashMap<>();
    final int[] ellipsis;
    long points;

    Definition(Spec spec, DoubleTensor[] ops, DoubleTensor grad) {
      this.spec = spec;
      this.ops = ops;
      this.grad = grad;
      int e = 0;
      for (int k = 0; k < ops.length; k++) {
        e = Math.max(e, ops[k].rank() - spec.operand(k).labels().length());
      }
      ellipsis = new int[e];
      Arrays.fill(ellipsis, 1);
      for (int k = 0; k < ops.length; k++) {
        Spec.Term t = spec.operand(k);
        int own = ops[k].rank() - t.labels().length();
        for (int j = 0; j < own; j++) {
          ellipsis[e - own + j] = Math.max(ellipsis[e - own + j], ops[k].size(t.ellipsisAt() + j));
        }
        for (int i = 0; i < t.labels().length(); i++) {
          char c = t.labels().charAt(i);
          int s = ops[k].size(axis(t, own, i));
          Integer old = sizes.get(c);
          sizes.put(c, old == null ? s : old == 0 || s == 0 ? 0 : Math.max(old, s));
        }
      }
    }

    private static int axis(Spec.Term t, int own, int i) {
      return t.hasEllipsis() && i >= t.ellipsisAt() ? i + own : i;
    }

    /** Returns the element of {@code t} (with term {@code term}) at a point: label values and ellipsis values. */
    private static double at(DoubleTensor t, Spec.Term term, Map<Character, Integer> idx, int[] ell) {
      int own = t.rank() - term.labels().length();
      int[] index = new int[t.rank()];
      for (int i = 0; i < term.labels().length(); i++) {
        int a = axis(term, own, i);
        index[a] = t.size(a) == 1 ? 0 : idx.get(term.labels().charAt(i));
      }
      for (int j = 0; j < own; j++) {
        int a = term.ellipsisAt() + j;
        index[a] = t.size(a) == 1 ? 0 : ell[ell.length - own + j];
      }
      return t.get(index);
    }

    private static int[] where(DoubleTensor t, Spec.Term term, Map<Character, Integer> idx, int[] ell) {
      int own = t.rank() - term.labels().length();
      int[] index = new int[t.rank()];
      for (int i = 0; i < term.labels().length(); i++) {
        int a = axis(term, own, i);
        index[a] = t.size(a) == 1 ? 0 : idx.get(term.labels().charAt(i));
      }
      for (int j = 0; j < own; j++) {
        int a = term.ellipsisAt() + j;
        index[a] = t.size(a) == 1 ? 0 : ell[ell.length - own + j];
      }
      return index;
    }

    double[] gradient(int k) {
      DoubleTensor result = DoubleTensor.zeros(ops[k].shape());
      String labels = spec.labels();
      int dims = labels.length() + ellipsis.length;
      int[] extent = new int[dims];
      for (int i = 0; i < labels.length(); i++) {
        extent[i] = sizes.get(labels.charAt(i));
      }
      System.arraycopy(ellipsis, 0, extent, labels.length(), ellipsis.length);
      long total = 1;
      for (int e : extent) {
        total *= e;
      }
      points = total;
      int[] p = new int[dims];
      Map<Character, Integer> idx = new HashMap<>();
      int[] ell = new int[ellipsis.length];
      Spec.Term out = spec.output();
      for (long n = 0; n < total; n++) {
        for (int i = 0; i < labels.length(); i++) {
          idx.put(labels.charAt(i), p[i]);
        }
        System.arraycopy(p, labels.length(), ell, 0, ell.length);
        int[] oi = new int[out.labels().length() + (out.hasEllipsis() ? ellipsis.length : 0)];
        int own = oi.length - out.labels().length();
        for (int i = 0; i < out.labels().length(); i++) {
          oi[axis(out, own, i)] = idx.get(out.labels().charAt(i));
        }
        for (int j = 0; j < own; j++) {
          oi[out.ellipsisAt() + j] = ell[j];
        }
        double v = grad.get(oi);
        int sign = 0;
        for (Spec.Slot slot : spec.slots()) {
          boolean mine = false;
          double s = 0;
          for (Spec.Member m : slot.members()) {
            if (m.operand() == k) {
              mine = true;
              sign = m.sign();
            }
            s += m.sign() * at(ops[m.operand()], spec.operand(m.operand()), idx, ell);
          }
          if (!mine) {
            v *= s;
          }
        }
        int[] xi = where(ops[k], spec.operand(k), idx, ell);
        result.set(result.get(xi) + sign * v, xi);
        for (int d = dims - 1; d >= 0; d--) {
          if (++p[d] < extent[d]) {
            break;
          }
          p[d] = 0;
        }
      }
      return result.toArray();
    }
  }

  private static DoubleTensor random(int[] shape, Random rnd) {
    DoubleTensor t = DoubleTensor.zeros(shape);
    double[] d = t.array();
    for (int i = 0; i < d.length; i++) {
      d[i] = rnd.nextDouble() * 2 - 1;
    }
    return t;
  }

  private static double[] add(double[] a, double[] b) {
    assertEquals(a.length, b.length);
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] + b[i];
    }
    return r;
  }

  private static void assertClose(String where, int[] expectedShape, double[] expected, int[] shape,
      double[] actual, double tol) {
    assertArrayEquals(expectedShape, shape, where + ": shape");
    assertEquals(expected.length, actual.length, where + ": element count");
    for (int i = 0; i < expected.length; i++) {
      if (!(Math.abs(expected[i] - actual[i]) <= tol * (1 + Math.abs(expected[i])))) {
        fail(where + ": element " + i + " is " + actual[i] + ", expected " + expected[i] + " (tolerance " + tol
            + ")");
      }
    }
    assertTrue(expected.length == actual.length);
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] r = new Object[rest.length + 1];
    r[0] = first;
    System.arraycopy(rest, 0, r, 1, rest.length);
    return r;
  }

  private static Object[] append(Object[] a, Object last) {
    Object[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = last;
    return r;
  }

  static Object call(Case c, String method, Object[] args) throws Exception {
    Object impl = impls.get(c.index / CHUNK);
    for (Method m : impl.getClass().getMethods()) {
      if (m.getName().equals(method)) {
        try {
          return m.invoke(impl, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof Exception) {
            throw (Exception) e.getCause();
          }
          throw new AssertionError(e.getCause());
        }
      }
    }
    throw new AssertionError("no method " + method);
  }
}
