/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.einsum4j.internal.Contraction;
import org.einsum4j.internal.Paths;
import org.einsum4j.internal.spec.GeneratedNames;
import org.einsum4j.internal.Interpreter;
import org.einsum4j.internal.layout.Layout;
import org.einsum4j.internal.VectorSupport;
import org.einsum4j.internal.gemm.Gemm;
import org.einsum4j.internal.gemm.Parallel;
import org.einsum4j.internal.spec.PathOptimizer;
import org.einsum4j.internal.spec.Spec;

/**
 * The entry points: {@link #load} returns the build-time-generated implementation of an interface of
 * {@link Einsum} methods; {@link #evaluate(String, FloatTensor...)} evaluates a spec known only at run time
 * with the reference interpreter.
 *
 * <pre>{@code
 * Attention attn = Einsums.load(Attention.class);          // generated, fast
 * FloatTensor ctx = attn.context(weights, encoderOutputs);
 *
 * FloatTensor same = Einsums.evaluate("bs,bsh->bh", weights, encoderOutputs);  // interpreted, slow
 * }</pre>
 */
public final class Einsums {
  private static final ClassValue<Object> IMPLEMENTATIONS = new ClassValue<>() {
    @Override
    protected Object computeValue(Class<?> type) {
      return instantiate(type);
    }
  };

  private Einsums() {}

  /**
   * Returns the implementation that the einsum4j annotation processor generated for {@code type} at build time.
   * The instance is stateless and thread-safe; every call with the same type returns the same instance.
   *
   * @param type an interface or abstract class with {@link Einsum} methods
   * @param <T> the type
   * @return its generated implementation
   * @throws IllegalArgumentException if {@code type} is not an interface or abstract class, or declares no
   *     {@link Einsum} method (so there is nothing to generate)
   * @throws IllegalStateException if no implementation was generated, typically because
   *     {@code einsum4j-processor} is not on the compiler's annotation processor path (JDK 23 and later ignore
   *     processors found only on the class path)
   */
  public static <T> T load(Class<T> type) {
    return type.cast(IMPLEMENTATIONS.get(type));
  }

  private static Object instantiate(Class<?> type) {
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException(type.getName() + " is not an interface or abstract class with @Einsum methods");
    }
    Deque<String> names = new ArrayDeque<>();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      names.addFirst(c.getSimpleName());
    }
    String pkg = type.getPackageName();
    String name = (pkg.isEmpty() ? "" : pkg + ".") + GeneratedNames.implementationSimpleName(List.copyOf(names));
    try {
      Class<?> impl = Class.forName(name, true, type.getClassLoader());
      return impl.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      if (!hasEinsumMethod(type)) {
        throw new IllegalArgumentException(type.getName() + " has no @Einsum methods, so einsum4j generates no "
            + "implementation for it: annotate its abstract methods with @Einsum(\"...\"), e.g. "
            + "@Einsum(\"bs,bsh->bh\")", e);
      }
      throw new IllegalStateException("no einsum4j implementation of " + type.getName() + " (looked for " + name
          + "): put org.einsum4j:einsum4j-processor on the compiler's annotationProcessorPaths, "
          + "then rebuild", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the einsum4j implementation of " + type.getName() + " failed to start",
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + name, e);
    }
  }

  /** Whether {@code type} or a supertype declares a method annotated with {@link Einsum}. */
  private static boolean hasEinsumMethod(Class<?> type) {
    for (java.lang.reflect.Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Einsum.class)) {
        return true;
      }
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Einsum.class)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Sets how many threads, the calling thread included, one large einsum call may use. Calls whose work is
   * small (a few million floating-point operations) always run on the caller's thread alone, and so does any
   * call made from inside a {@link java.util.concurrent.ForkJoinPool} (a parallel stream, your own pool, or
   * einsum4j's workers): callers that are already parallel are never oversubscribed. The starting value is the
   * system property {@code einsum4j.threads}, or else the number of available processors.
   *
   * <pre>{@code
   * Einsums.setParallelism(1);   // every call single-threaded, e.g. when you run one model per core yourself
   * }</pre>
   *
   * <p>einsum4j keeps one pool of daemon worker threads for the life of the JVM, with
   * {@code max(processors, parallelism) - 1} workers; changing the parallelism does not create threads unless it
   * grows past what the pool has, and idle workers end on their own after half a minute. A caller never waits
   * for a worker that is busy with another caller's work: it computes the rest of its own call itself.
   *
   * @param threads 1 to 256
   * @throws IllegalArgumentException if {@code threads} is out of that range
   */
  public static void setParallelism(int threads) {
    Parallel.setParallelism(threads);
  }

  /**
   * Returns how many threads, the caller included, one large einsum call may use; see
   * {@link #setParallelism(int)}.
   *
   * @return the parallelism, at least 1
   */
  public static int parallelism() {
    return Parallel.parallelism();
  }

  /**
   * Reports how the kernels run in this JVM: the Vector API or scalar code, the vector width, the threads a
   * large call may use and the JDK. Without {@code --add-modules jdk.incubator.vector} every kernel runs its
   * scalar code, often 5-15 times slower on large contractions; einsum4j also logs one warning about it (through
   * {@link System.Logger}, logger {@code org.einsum4j}) the first time a kernel runs.
   *
   * <pre>{@code
   * System.out.println(Einsums.runtimeInfo());
   * // einsum4j: Vector API, 512-bit vectors (16 floats, 8 doubles); up to 2 threads per call (2 processors); JDK 25.0.3+9-LTS (Eclipse Adoptium); GEMM blocks ...
   * if (Einsums.runtimeInfo().vectorBits() == 0) { ... }
   * }</pre>
   *
   * @return the report; its {@code toString()} is one readable line
   */
  public static RuntimeInfo runtimeInfo() {
    int floatLanes = Gemm.floatLanes();
    String vendor = System.getProperty("java.vendor", "");
    return new RuntimeInfo(VectorSupport.modulePresent(), floatLanes > 1 ? floatLanes * Float.SIZE : 0,
        floatLanes, Gemm.doubleLanes(), Parallel.parallelism(), Runtime.getRuntime().availableProcessors(),
        Runtime.version() + (vendor.isEmpty() ? "" : " (" + vendor + ")"), Gemm.blockingInfo());
  }

  /**
   * Evaluates an einsum with the reference interpreter: NumPy's {@code einsum} semantics, computed in
   * {@code double} and rounded once to {@code float}. For specs known only at run time, and as the oracle the
   * generated kernels are tested against. It visits every combination of labels, so it is slow on large
   * inputs; prefer an {@link Einsum} method where the spec is known when you write the code.
   *
   * <pre>{@code
   * FloatTensor a = FloatTensor.of(new float[] {1, 2, 3, 4}, 2, 2);
   * FloatTensor trace = Einsums.evaluate("ii", a);       // 0-d tensor holding 5.0
   * FloatTensor at = Einsums.evaluate("ij->ji", a);      // the transpose, as a new contiguous tensor
   * }</pre>
   *
   * <p>A spec may hold operand groups, parenthesized sums of terms: {@code "bijh,(bjhd+ijhd)->bihd"} computes
   * {@code z[b,i,h,d] = sum over j of alpha[b,i,j,h] * (v[b,j,h,d] + av[i,j,h,d])}. Every term is one operand, groups flattened in order,
   * so that spec takes three tensors: {@code evaluate("bijh,(bjhd+ijhd)->bihd", alpha, v, av)}. Group members
   * broadcast against each other by label; the sum is formed element by element, never materialized.
   *
   * @param spec the subscripts, e.g. {@code "ij,jk->ik"}
   * @param operands the operands, in spec order (one per term, group members included); any strided views
   * @return a new contiguous tensor holding the result
   * @throws EinsumSpecException if the spec is not valid
   * @throws EinsumShapeException if the operands do not fit the spec; operands are named
   *     {@code operand 0}, {@code operand 1}, ...
   */
  public static FloatTensor evaluate(String spec, FloatTensor... operands) {
    Contraction.Binding b = bind(spec, operands.length, i -> operands[i]);
    IntToDoubleFunction[] reads = new IntToDoubleFunction[operands.length];
    for (int i = 0; i < operands.length; i++) {
      float[] data = operands[i].array();
      reads[i] = j -> data[j];
    }
    double[] r = Interpreter.evaluate(b, reads);
    float[] f = new float[r.length];
    for (int i = 0; i < r.length; i++) {
      f[i] = (float) r[i];
    }
    return FloatTensor.of(f, b.outputShape());
  }

  /**
   * Evaluates an einsum over {@code double}s with the reference interpreter; see
   * {@link #evaluate(String, FloatTensor...)}.
   *
   * @param spec the subscripts
   * @param operands the operands, in spec order (one per term, group members included)
   * @return a new contiguous tensor holding the result
   * @throws EinsumSpecException if the spec is not valid
   * @throws EinsumShapeException if the operands do not fit the spec
   */
  public static DoubleTensor evaluate(String spec, DoubleTensor... operands) {
    Contraction.Binding b = bind(spec, operands.length, i -> operands[i]);
    IntToDoubleFunction[] reads = new IntToDoubleFunction[operands.length];
    for (int i = 0; i < operands.length; i++) {
      double[] data = operands[i].array();
      reads[i] = j -> data[j];
    }
    return DoubleTensor.of(Interpreter.evaluate(b, reads), b.outputShape());
  }

  /**
   * Returns the contraction order that an {@link Einsum} method of this spec takes at the given operand shapes,
   * with NumPy's FLOP counts, in the spirit of {@code numpy.einsum_path(spec, *operands, optimize='optimal')}:
   * the cheapest, at these sizes, of the pairwise paths the processor plans at build time (its generated Javadoc
   * lists them), steps on the GEMM engine weighed against steps on the nest engine as the generated code weighs
   * them, or the single fused nest when that is cheapest. One or two operands, a spec with {@code "..."}, or a
   * spec that sums nothing is a single step.
   *
   * @param spec the subscripts
   * @param shapes each operand's shape, in spec order
   * @return the path
   * @throws EinsumSpecException if the spec is not valid
   * @throws EinsumShapeException if the shapes do not fit the spec
   */
  public static EinsumPath path(String spec, int[]... shapes) {
    Contraction c = Contraction.of(spec);
    Layout[] layouts = new Layout[shapes.length];
    for (int i = 0; i < shapes.length; i++) {
      layouts[i] = Layout.contiguous(shapes[i]);
    }
    Contraction.Binding b = c.bind(layouts);
    Spec s = c.spec();
    Map<Character, Long> sizes = new HashMap<>();
    for (int l = 0; l < s.labelCount(); l++) {
      sizes.put(s.labels().charAt(l), (long) b.size(l));
    }
    List<String> inputs = new ArrayList<>();
    long largest = 1;
    for (int d : b.outputShape()) {
      largest *= d;
    }
    for (Spec.Term t : s.operands()) {
      inputs.add(t.labels());
    }
    String output = s.output().labels();
    boolean sums = false;
    double all = 1;
    for (int l = 0; l < s.labelCount(); l++) {
      sums |= !s.isFree(s.labels().charAt(l));
      all *= b.size(l);
    }
    // NumPy's naive count takes an inner product wherever a label is shared between operands
    int occurrences = 0;
    for (String in : inputs) {
      occurrences += (int) in.chars().distinct().count();
    }
    boolean shared = occurrences > s.labelCount();
    double naive = all * (Math.max(1, inputs.size() - 1) + (shared ? 1 : 0));
    boolean ellipsis = s.anyOperandEllipsis() || s.output().hasEllipsis();
    List<PathOptimizer.Step> steps =
        inputs.size() <= 2 || ellipsis || !sums ? List.of() : generatedPath(b, inputs, output);
    List<int[]> positions = new ArrayList<>();
    List<String> contractions = new ArrayList<>();
    List<Double> flops = new ArrayList<>();
    if (steps.isEmpty()) {
      int[] all0 = new int[inputs.size()];
      for (int i = 0; i < all0.length; i++) {
        all0[i] = i;
      }
      positions.add(all0);
      contractions.add(s.normalized());
      flops.add(all * (Math.max(1, inputs.size() - 1) + (sums ? 1 : 0)));
    } else {
      for (PathOptimizer.Step st : steps) {
        positions.add(new int[] {st.left(), st.right()});
        contractions.add(st.spec());
        flops.add(PathOptimizer.flops(st, sizes));
        double size = 1;
        for (char ch : st.outLabels().toCharArray()) {
          size *= sizes.get(ch);
        }
        largest = Math.max(largest, (long) size);
      }
    }
    return new EinsumPath(spec, positions, contractions, flops, naive, largest);
  }
  /**
   * Returns the path an {@link Einsum} method of this spec takes at these sizes: the cheapest of the candidates
   * its processor plans (the same {@code Paths} choice, with the same engine for each step), or an
   * empty list when the single fused nest is cheapest.
   */
  private static List<PathOptimizer.Step> generatedPath(Contraction.Binding b, List<String> inputs, String output) {
    List<List<PathOptimizer.Step>> candidates = new ArrayList<>();
    for (List<PathOptimizer.Step> c : PathOptimizer.candidates(inputs, output)) {
      if (!c.isEmpty()) {
        candidates.add(c);
      }
    }
    String[][] steps = new String[candidates.size()][];
    for (int c = 0; c < candidates.size(); c++) {
      steps[c] = candidates.get(c).stream().map(PathOptimizer.Step::spec).toArray(String[]::new);
    }
    int choice = Paths.of(steps).cheapest(b);
    return choice < 0 ? List.of() : candidates.get(choice);
  }

  private interface LayoutSource {
    Object tensor(int i);
  }

  private static Contraction.Binding bind(String spec, int n, LayoutSource tensors) {
    Contraction c = Contraction.of(spec);
    List<org.einsum4j.internal.layout.Layout> layouts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object t = tensors.tensor(i);
      if (t == null) {
        throw new NullPointerException("einsum \"" + spec + "\": operand " + i + " is null");
      }
      layouts.add(t instanceof FloatTensor ? ((FloatTensor) t).layout() : ((DoubleTensor) t).layout());
    }
    Contraction.Binding b = c.bind(layouts.toArray(new Layout[0]));
    int[] shape = b.outputShape();
    int[] strides = new int[shape.length];
    int s = 1;
    for (int a = shape.length - 1; a >= 0; a--) {
      strides[a] = s;
      s *= Math.max(shape[a], 1);
    }
    return b.bindOutput(strides, 0);
  }
}
