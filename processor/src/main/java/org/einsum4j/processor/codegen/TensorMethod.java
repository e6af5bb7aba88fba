/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.einsum4j.processor.model.KernelMethod;

/**
 * The shape shared by the generated methods that work on whole tensors rather than arrays (the path
 * dispatcher, the group-term summer): {@code (binding, operand tensors..., target)}, with names that cannot
 * collide, and the call of the method's fused-nest kernel as their fallback.
 */
final class TensorMethod {
  final ClassName tensor;
  final String bind;
  final List<String> params = new ArrayList<>();
  final String target;
  final NameAllocator names = new NameAllocator();

  TensorMethod(KernelMethod m) {
    tensor = ImplementationWriter.tensorType(m);
    bind = names.newName("binding");
    for (String p : m.operandNames()) {
      params.add(names.newName(p));
    }
    target = names.newName("target");
  }

  /** Returns a private static method with the parameters, the binding first when {@code withBinding}. */
  MethodSpec.Builder builder(String name, boolean withBinding) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    if (withBinding) {
      b.addParameter(ImplementationWriter.binding(), bind);
    }
    for (String p : params) {
      b.addParameter(ParameterSpec.builder(tensor, p).build());
    }
    return b.addParameter(ParameterSpec.builder(tensor, target).build());
  }

  /** Returns the call of the fused-nest kernel on the tensors' arrays. */
  CodeBlock nestCall(String nestKernel) {
    CodeBlock.Builder call = CodeBlock.builder().add("$N($N", nestKernel, bind);
    for (String p : params) {
      call.add(", $N.array()", p);
    }
    return call.add(", $N.array())", target).build();
  }
}
