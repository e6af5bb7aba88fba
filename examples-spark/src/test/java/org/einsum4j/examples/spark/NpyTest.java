/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.Test;

class NpyTest {
  /** {@code numpy.save(b, numpy.arange(6, dtype='<f4').reshape(2, 3) / 4)} with NumPy 2.4. */
  private static final String NUMPY_2X3 = ""
      + "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73"
      + "652c20277368617065273a2028322c2033292c207d202020202020202020202020202020202020202020202020202020"
      + "202020202020202020202020202020202020202020202020202020202020200a000000000000803e0000003f0000403f"
      + "0000803f0000a03f";

  @Test
  void readsWhatNumpyWrites() {
    FloatTensor t = Npy.read(HexFormat.of().parseHex(NUMPY_2X3), "a");
    assertArrayEquals(new int[] {2, 3}, t.shape());
    assertArrayEquals(new float[] {0, 0.25f, 0.5f, 0.75f, 1, 1.25f}, t.toArray());
  }

  @Test
  void writesAHeaderNumpyAccepts() {
    for (int[] shape : new int[][] {{}, {5}, {2, 3}, {4, 12, 32}, {1, 128, 8, 64}}) {
      byte[] blob = Npy.write(FloatTensor.zeros(shape));
      int headerLength = (blob[8] & 0xff) | (blob[9] & 0xff) << 8;
      assertEquals(0, (10 + headerLength) % 64, "header of " + Arrays.toString(shape) + " is not 64-aligned");
      String header = new String(blob, 10, headerLength, StandardCharsets.US_ASCII);
      assertTrue(header.endsWith("\n"), header);
      String dims = Arrays.toString(shape).replace("[", "(").replace("]", shape.length == 1 ? ",)" : ")");
      assertTrue(header.contains("'shape': " + dims), header);
    }
  }

  @Test
  void roundTripsEveryBitOfAStridedView() {
    float[] data = {1.5f, -0f, Float.MIN_VALUE, Float.NaN, Float.MAX_VALUE, -3.25f};
    FloatTensor t = FloatTensor.of(data, 2, 3).transpose(0, 1);
    FloatTensor back = Npy.read(Npy.write(t), "t");
    assertArrayEquals(new int[] {3, 2}, back.shape());
    float[] expected = t.toArray();
    float[] actual = back.toArray();
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), "element " + i);
    }
  }

  @Test
  void rejectsWhatIsNotFloat32InCOrder() {
    byte[] good = Npy.write(FloatTensor.zeros(2, 3));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Npy.read(null, "enc")).getMessage()
        .contains("'enc' is null"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Npy.read(new byte[] {1, 2, 3}, "enc"))
        .getMessage().contains("not an .npy blob"));
    byte[] cut = Arrays.copyOf(good, good.length - 4);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Npy.read(cut, "enc")).getMessage()
        .contains("has 20 data bytes but shape [2, 3] needs 24"));
    byte[] doubles = new String(good, StandardCharsets.ISO_8859_1).replace("<f4", "<f8")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Npy.read(doubles, "enc")).getMessage()
        .contains("'<f8'"));
    byte[] fortran = new String(good, StandardCharsets.ISO_8859_1).replace("False", "True ")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Npy.read(fortran, "enc")).getMessage()
        .contains("Fortran order"));
  }
}
