/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.einsum4j.DoubleTensor;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;

class OutputsTest {

  @Test
  void aliasesComparesArraysByIdentity() {
    float[] a = new float[3];
    float[] b = new float[3];
    float[] equalToA = new float[3];
    assertTrue(Outputs.aliases(a, b, a));
    assertTrue(Outputs.aliases(a, a));
    assertFalse(Outputs.aliases(a, b));
    assertFalse(Outputs.aliases(a, equalToA));
    assertFalse(Outputs.aliases(a));
  }

  @Test
  void copyFloatsIntoAStridedView() {
    FloatTensor src = FloatTensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    FloatTensor backing = FloatTensor.zeros(3, 2);
    FloatTensor dst = backing.transpose(0, 1);
    Outputs.copy(src, dst);
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, dst.toArray());
    assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, backing.array());
  }

  @Test
  void copyDoublesLeavesGapsAlone() {
    DoubleTensor src = DoubleTensor.of(new double[] {1, 2, 3, 4}, 2, 2);
    double[] data = {-1, -1, -1, -1, -1, -1, -1, -1};
    DoubleTensor dst = DoubleTensor.ofStrided(data, 1, new int[] {2, 2}, new int[] {4, 2});
    Outputs.copy(src, dst);
    assertArrayEquals(new double[] {-1, 1, -1, 2, -1, 3, -1, 4}, data);
  }

  @Test
  void copyAndAddIntoADenseRunAtAnOffset() {
    FloatTensor src = FloatTensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    float[] data = {9, 9, 0, 0, 0, 0, 0, 0, 9};
    FloatTensor dst = FloatTensor.ofStrided(data, 2, new int[] {2, 3}, new int[] {3, 1});
    Outputs.copy(src, dst);
    assertArrayEquals(new float[] {9, 9, 1, 2, 3, 4, 5, 6, 9}, data);
    Outputs.add(src, dst);
    assertArrayEquals(new float[] {9, 9, 2, 4, 6, 8, 10, 12, 9}, data);
    DoubleTensor srcD = DoubleTensor.of(new double[] {1, 2, 3, 4}, 4);
    double[] dataD = {7, 1, 1, 1, 1, 7};
    DoubleTensor dstD = DoubleTensor.ofStrided(dataD, 1, new int[] {4}, new int[] {1});
    Outputs.add(srcD, dstD);
    assertArrayEquals(new double[] {7, 2, 3, 4, 5, 7}, dataD);
    Outputs.copy(srcD, dstD);
    assertArrayEquals(new double[] {7, 1, 2, 3, 4, 7}, dataD);
  }

  @Test
  void addIntoAStridedViewLeavesGapsAlone() {
    FloatTensor src = FloatTensor.of(new float[] {1, 2, 3, 4}, 2, 2);
    float[] data = {-1, 10, -1, 20, -1, 30, -1, 40};
    FloatTensor dst = FloatTensor.ofStrided(data, 1, new int[] {2, 2}, new int[] {4, 2});
    Outputs.add(src, dst);
    assertArrayEquals(new float[] {-1, 11, -1, 22, -1, 33, -1, 44}, data);
  }
}
