/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@link Npy} on files NumPy wrote ({@code src/test/resources/org/einsum4j/npy/make_fixtures.py}): every
 * layout of one array reads as the same values, writing and reading back is exact, and other dtypes are refused
 * with their name.
 */
class NpyTest {
  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = NpyTest.class.getResourceAsStream("npy/" + name)) {
      assertTrue(in != null, name);
      return in.readAllBytes();
    }
  }

  private static DoubleTensor readDouble(String name) throws IOException {
    return Npy.readDouble(new ByteArrayInputStream(bytes(name)));
  }

  private static FloatTensor readFloat(String name) throws IOException {
    return Npy.readFloat(new ByteArrayInputStream(bytes(name)));
  }

  @Test
  void everyLayoutReadsAsTheSameValues() throws IOException {
    DoubleTensor reference = readDouble("x_f8_row_major.npy");
    assertArrayEquals(new int[] {2, 3, 4}, reference.shape());
    float[] rounded = reference.toFloat().toArray();
    for (String name : new String[] {"x_f4_c.npy", "x_f4_big.npy", "x_f4_fortran.npy"}) {
      FloatTensor x = readFloat(name);
      assertArrayEquals(new int[] {2, 3, 4}, x.shape(), name);
      assertTrue(x.isContiguous(), name);
      assertArrayEquals(rounded, x.toArray(), name);
    }
    for (String name : new String[] {"x_f8_c.npy", "x_f8_big.npy", "x_f8_big_fortran.npy"}) {
      assertArrayEquals(reference.toArray(), readDouble(name).toArray(), name);
      assertArrayEquals(rounded, readFloat(name).toArray(), name);
    }
    assertArrayEquals(reference.toFloat().toDouble().toArray(), readDouble("x_f4_fortran.npy").toArray());
  }

  @Test
  void scalarsAndEmptyArrays() throws IOException {
    DoubleTensor s = readDouble("scalar_f8.npy");
    assertEquals(0, s.rank());
    assertEquals(2.5, s.get());
    FloatTensor e = readFloat("empty_f4.npy");
    assertArrayEquals(new int[] {0, 3}, e.shape());
  }

  @Test
  void otherDtypesAreRefusedByName() {
    String m = assertThrows(EinsumException.class, () -> readFloat("ints_i4.npy")).getMessage();
    assertEquals("stream holds dtype '<i4' (int32); einsum4j reads float32 ('<f4', '>f4') and float64 ('<f8', "
        + "'>f8') only: convert in NumPy with a.astype(np.float32) before np.save", m);
    String h = assertThrows(EinsumException.class, () -> readDouble("half_f2.npy")).getMessage();
    assertTrue(h.startsWith("stream holds dtype '<f2' (float16)"), h);
    String n = assertThrows(EinsumException.class,
        () -> Npy.readFloat(new ByteArrayInputStream("not numpy".getBytes(StandardCharsets.US_ASCII))))
        .getMessage();
    assertEquals("stream is not a .npy file: it does not start with \\x93NUMPY", n);
  }

  @Test
  void truncatedDataIsReported(@TempDir Path dir) throws IOException {
    byte[] whole = bytes("x_f4_c.npy");
    Path file = dir.resolve("cut.npy");
    Files.write(file, Arrays.copyOf(whole, whole.length - 4));
    String m = assertThrows(EinsumException.class, () -> Npy.readFloat(file)).getMessage();
    assertEquals(file + " is truncated: shape [2, 3, 4] needs 96 bytes of data but the file has 92", m);
  }

  @Test
  void writesWhatNumpyWrites() throws IOException {
    // np.save of the same float32 array gives the same bytes: same header, padding and data.
    FloatTensor x = readFloat("x_f4_c.npy");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, x);
    assertArrayEquals(bytes("x_f4_c.npy"), out.toByteArray());
    ByteArrayOutputStream out8 = new ByteArrayOutputStream();
    Npy.write(out8, readDouble("x_f8_c.npy"));
    assertArrayEquals(bytes("x_f8_c.npy"), out8.toByteArray());
  }

  @Test
  void stridedViewsRoundTripThroughFiles(@TempDir Path dir) throws IOException {
    FloatTensor view = FloatTensor.randn(3, 4, 5, 6).permute(2, 0, 1).narrow(0, 1, 4);
    Path file = dir.resolve("v.npy");
    Npy.write(file, view);
    FloatTensor back = Npy.readFloat(file);
    assertArrayEquals(view.shape(), back.shape());
    assertArrayEquals(view.toArray(), back.toArray());
    DoubleTensor d = DoubleTensor.randn(9, 3).select(0, 2);
    Npy.write(file, d);
    DoubleTensor dBack = Npy.readDouble(file);
    assertEquals(0, dBack.rank());
    assertEquals(d.get(), dBack.get());
  }
}
