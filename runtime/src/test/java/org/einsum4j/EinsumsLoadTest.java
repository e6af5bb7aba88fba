/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks what {@link Einsums#load} says when it cannot load an implementation. The runtime's tests run no
 * processor, so no implementation exists for these types.
 */
class EinsumsLoadTest {
  /** Declares no {@code @Einsum} method. */
  interface Plain {
    FloatTensor scores(FloatTensor a);
  }

  /** Declares one, but nothing was generated for it. */
  interface Annotated {
    @Einsum("ij->ji")
    FloatTensor transpose(FloatTensor a);
  }

  /** Inherits its {@code @Einsum} method. */
  interface Inherited extends Annotated {}

  @Test
  void aTypeWithoutEinsumMethodsIsNamedAsSuch() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Einsums.load(Plain.class));
    assertEquals(Plain.class.getName() + " has no @Einsum methods, so einsum4j generates no implementation for "
        + "it: annotate its abstract methods with @Einsum(\"...\"), e.g. @Einsum(\"bs,bsh->bh\")", e.getMessage());
  }

  @Test
  void aMissingImplementationBlamesTheProcessorPath() {
    for (Class<?> type : new Class<?>[] {Annotated.class, Inherited.class}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Einsums.load(type));
      assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
    }
  }

  @Test
  void aConcreteClassIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Einsums.load(String.class));
  }
}
