/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.einsum4j.internal.spec.Spec;
import org.junit.jupiter.api.Test;

/**
 * Every generated method stays under 8000 bytes of bytecode: C2 does not compile a larger method
 * (HugeMethodLimit), which would leave the kernel interpreted. Checked on the class files of ordinary specs,
 * random specs and the largest specs the language allows (52 labels, many operands).
 */
class BytecodeSizeTest {
  static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void everyGeneratedMethodIsUnderTheLimit() {
    Set<String> specs = new LinkedHashSet<>(DifferentialTest.CURATED);
    Random rnd = new Random(7);
    while (specs.size() < DifferentialTest.CURATED.size() + 100) {
      specs.add(RandomSpecs.next(rnd));
    }
    String all = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    specs.add(all + "->" + new StringBuilder(all).reverse()); // 52 labels, one operand
    specs.add(all.substring(0, 26) + "," + all.substring(26) + "," + all + "->"); // 52 labels, all reduced
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      chain.append(i == 0 ? "" : ",").append(all.charAt(i)).append(all.charAt(i + 1)).append("...");
    }
    specs.add(chain + "->a" + all.charAt(25) + "..."); // 25 operands with ellipsis
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      wide.append(i == 0 ? "" : ",").append(all, 0, 20);
    }
    specs.add(wide.toString()); // 12 operands sharing 20 labels

    StringBuilder src = new StringBuilder("package sizes;\nimport org.einsum4j.*;\npublic interface Big {\n");
    int index = 0;
    for (String spec : specs) {
      int n = Spec.parse(spec).operandCount();
      StringBuilder params = new StringBuilder();
      for (int i = 0; i < n; i++) {
        params.append(i == 0 ? "" : ", ").append("FloatTensor a").append(i);
      }
      src.append("  @Einsum(\"").append(spec).append("\") FloatTensor m").append(index).append('(').append(params)
          .append(");\n");
      src.append("  @Einsum(\"").append(spec).append("\") void o").append(index++).append('(').append(params)
          .append(", FloatTensor out);\n");
    }
    src.append("}\n");
    Compiled c = Compiled.compile("sizes.Big", src.toString());
    Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
    for (javax.tools.JavaFileObject f : c.compilation().generatedFiles()) {
      String name = f.toUri().getPath();
      if (f.getKind() == javax.tools.JavaFileObject.Kind.CLASS && name.contains("Einsum4j_Big")) {
        String binary = name.substring(name.indexOf("sizes/"), name.length() - ".class".length()).replace('/', '.');
        MethodSizes.of(c.classBytes(binary)).forEach((method, size) -> sizes.put(binary + "." + method, size));
      }
    }
    assertTrue(sizes.size() > 4 * specs.size(), "read the methods: " + sizes.size());
    int largest = 0;
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      assertTrue(e.getValue() < HUGE_METHOD_LIMIT, e.getKey() + " has " + e.getValue() + " bytes of bytecode");
      largest = Math.max(largest, e.getValue());
    }
    assertTrue(largest > 500, "the huge specs produce sizeable kernels: " + largest);
  }
}
