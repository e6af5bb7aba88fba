/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.einsum4j.internal.spec.Spec;
import org.einsum4j.processor.model.KernelMethod;
import org.einsum4j.processor.plan.LoopNest;

/**
 * Writes one scalar kernel: the plan's loop nest, loop variables named by the spec's letters, extents
 * {@code nB, nI, ...}, each operand's stride per label read once from the binding, offsets carried from the
 * outer loops inward, the reduction in a local {@code double} accumulator.
 */
final class KernelWriter {
  private KernelWriter() {}


  /**
   * Writes a kernel {@code (binding, operand arrays..., output array)}.
   *
   * @param m the method (or path step, or group term) it computes
   * @param nest its fused loop nest
   * @param name the kernel's name
   * @param doc the kernel's one-line Javadoc
   * @param engine the engine call the kernel makes unless {@code einsum4j.variant=nest} forces the nest, or null
   *     when the kernel is the nest alone; it takes the kernel's parameter names
   */
  static MethodSpec kernel(KernelMethod m, LoopNest nest, String name, String doc,
      java.util.function.BiFunction<String, List<CodeBlock>, CodeBlock> engine) {
    Spec spec = m.spec();
    int nOps = spec.operandCount();
    String prim = m.scalar().primitive();

    NameAllocator names = new NameAllocator();
    for (char label : spec.labels().toCharArray()) {
      names.newName(String.valueOf(label), "loop:" + label);
    }
    for (char label : spec.labels().toCharArray()) {
      names.newName("n" + Character.toUpperCase(label), "size:" + label);
    }
    String bind = names.newName("binding", "binding");
    List<String> arrays = new ArrayList<>();
    for (int k = 0; k <= nOps; k++) {
      String p = k < nOps ? m.operandNames().get(k) : (m.outName() == null ? "result" : m.outName());
      arrays.add(names.newName(p, "array:" + k));
    }

    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("$L\n", doc)
        .addParameter(ImplementationWriter.binding(), bind);
    for (int k = 0; k <= nOps; k++) {
      b.addParameter(ImplementationWriter.arrayType(m), arrays.get(k));
    }

    if (engine != null) {
      // an engine step has no fallback: nothing would ever choose the loop nest over it
      List<CodeBlock> arrayCode = new ArrayList<>();
      arrays.forEach(a -> arrayCode.add(CodeBlock.of("$N", a)));
      return b.addStatement(engine.apply(bind, arrayCode)).build();
    }
    org.einsum4j.internal.spec.DeclaredSizes declared = m.declaredSizes();
    for (char label : spec.labels().toCharArray()) {
      int d = declared.size(spec.labelIndex(label));
      if (d != org.einsum4j.internal.spec.DeclaredSizes.NONE) {
        b.addStatement("final int $N = $L", names.get("size:" + label), d);
      } else {
        b.addStatement("final int $N = $N.size($L)", names.get("size:" + label), bind, spec.labelIndex(label));
      }
    }
    String[][] strides = new String[nOps + 1][128];
    for (int k = 0; k <= nOps; k++) {
      String ls = ImplementationWriter.term(spec, k).labels();
      for (char label : spec.labels().toCharArray()) {
        if (ls.indexOf(label) >= 0) {
          strides[k][label] = names.newName(arrays.get(k) + "_" + label, "stride:" + k + ":" + label);
          b.addStatement("final int $N = $N.stride($L, $L)", strides[k][label], bind, k, spec.labelIndex(label));
        }
      }
    }

    String[] offsets = new String[nOps + 1];
    CodeBlock.Builder body = CodeBlock.builder();
    if (nest.ellipsis()) {
      String e = names.newName("ell", "ellipsis");
      String ne = names.newName("nEll", "ellipsisCount");
      body.beginControlFlow("for (int $N = 0, $N = $N.ellipsisCount(); $N < $N; $N++)", e, ne, bind, e, ne, e);
      for (int k = 0; k <= nOps; k++) {
        offsets[k] = names.newName(arrays.get(k) + "0", "offset:" + k + ":0");
        body.addStatement("int $N = $N.offset($L, $N)", offsets[k], bind, k, e);
      }
    } else {
      for (int k = 0; k <= nOps; k++) {
        offsets[k] = names.newName(arrays.get(k) + "0", "offset:" + k + ":0");
        body.addStatement("int $N = $N.offset($L)", offsets[k], bind, k);
      }
    }

    String acc = names.newName("acc", "acc");
    List<Character> order = nest.loopOrder();
    boolean reduces = !nest.reduced().isEmpty();
    for (int d = 0; d < order.size(); d++) {
      char label = order.get(d);
      if (reduces && d == nest.firstReducedDepth()) {
        // float sums accumulate in double: their error then does not grow with the length of the sum
        body.addStatement("double $N = 0", acc);
      }
      String v = names.get("loop:" + label);
      String n = names.get("size:" + label);
      body.beginControlFlow("for (int $N = 0; $N < $N; $N++)", v, v, n, v);
      for (int k = 0; k <= nOps; k++) {
        if (strides[k][label] != null) {
          String next = names.newName(arrays.get(k) + (d + 1), "offset:" + k + ":" + (d + 1));
          body.addStatement("int $N = $N + $N * $N", next, offsets[k], v, strides[k][label]);
          offsets[k] = next;
        }
      }
    }
    CodeBlock.Builder product = CodeBlock.builder();
    List<Spec.Slot> slots = spec.slots();
    for (int si = 0; si < slots.size(); si++) {
      List<Spec.Member> members = slots.get(si).members();
      product.add(si == 0 ? "" : " * ");
      product.add(members.size() > 1 ? "(" : "");
      for (int mi = 0; mi < members.size(); mi++) {
        Spec.Member mem = members.get(mi);
        product.add(mi == 0 ? "" : mem.sign() < 0 ? " - " : " + ");
        product.add("$N[$N]", arrays.get(mem.operand()), offsets[mem.operand()]);
      }
      product.add(members.size() > 1 ? ")" : "");
    }
    if (reduces) {
      body.addStatement("$N += $L", acc, product.build());
    } else {
      body.addStatement("$N[$N] = $L", arrays.get(nOps), offsets[nOps], product.build());
    }
    for (int d = order.size() - 1; d >= 0; d--) {
      body.endControlFlow();
      if (reduces && d == nest.firstReducedDepth()) {
        body.addStatement(prim.equals("double") ? "$N[$N] = $N" : "$N[$N] = (float) $N", arrays.get(nOps),
            offsetAtDepth(names, nOps, spec, order, d), acc);
      }
    }
    if (nest.ellipsis()) {
      body.endControlFlow();
    }
    b.addCode(body.build());
    return b.build();
  }

  /** Returns the name of the output's offset variable valid just outside loop depth {@code d}. */
  private static String offsetAtDepth(NameAllocator names, int out, Spec spec, List<Character> order, int d) {
    String ls = spec.output().labels();
    for (int i = d - 1; i >= 0; i--) {
      if (ls.indexOf(order.get(i)) >= 0) {
        return names.get("offset:" + out + ":" + (i + 1));
      }
    }
    return names.get("offset:" + out + ":0");
  }
}
