/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.einsum4j.FloatTensor;

/**
 * Float32 tensors as NumPy {@code .npy} blobs (format 1.0, {@code '<f4'}, C order), the binary column type of
 * the job's tables: {@code numpy.save(io.BytesIO(), a.astype('<f4'))} writes what {@link #read} reads, and
 * {@code numpy.load} reads what {@link #write} writes.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /**
   * Returns {@code t} as an {@code .npy} blob, its elements in row-major order whatever its strides.
   *
   * @param t the tensor
   * @return a new blob
   */
  public static byte[] write(FloatTensor t) {
    int[] shape = t.shape();
    StringBuilder dims = new StringBuilder();
    for (int size : shape) {
      dims.append(size).append(", ");
    }
    if (shape.length > 1) {
      dims.setLength(dims.length() - 2);
    } else if (shape.length == 1) {
      dims.setLength(dims.length() - 1);
    }
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims.toString().trim() + "), }";
    int unpadded = MAGIC.length + 4 + dict.length() + 1;
    int headerLength = dict.length() + 1 + (64 - unpadded % 64) % 64;
    String header = String.format("%-" + (headerLength - 1) + "s\n", dict);
    float[] data = t.toArray();
    ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + headerLength + 4 * data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerLength);
    out.put(header.getBytes(StandardCharsets.US_ASCII));
    out.asFloatBuffer().put(data);
    return out.array();
  }

  /**
   * Reads an {@code .npy} blob of little-endian float32 values in C order.
   *
   * @param blob the blob
   * @param column the column it came from, named in error messages
   * @return a new contiguous tensor
   * @throws IllegalArgumentException if {@code blob} is null, not an {@code .npy} blob, not {@code '<f4'} in C
   *     order, or its length does not match its shape
   */
  public static FloatTensor read(byte[] blob, String column) {
    if (blob == null) {
      throw new IllegalArgumentException("column '" + column + "' is null");
    }
    if (blob.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(blob, MAGIC.length), MAGIC)) {
      throw new IllegalArgumentException("column '" + column + "' is not an .npy blob");
    }
    ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
    in.position(MAGIC.length);
    int major = in.get();
    in.get();
    int headerLength = major == 1 ? Short.toUnsignedInt(in.getShort()) : in.getInt();
    if (headerLength > in.remaining()) {
      throw new IllegalArgumentException("column '" + column + "': .npy header is cut off");
    }
    byte[] headerBytes = new byte[headerLength];
    in.get(headerBytes);
    String header = new String(headerBytes, StandardCharsets.ISO_8859_1);
    String descr = group(DESCR, header, column, "descr");
    if (!descr.equals("<f4")) {
      throw new IllegalArgumentException("column '" + column + "' holds '" + descr + "', expected '<f4' (float32)");
    }
    if (group(FORTRAN, header, column, "fortran_order").equals("True")) {
      throw new IllegalArgumentException("column '" + column + "' is in Fortran order, expected C order");
    }
    int[] shape = Arrays.stream(group(SHAPE, header, column, "shape").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    long count = 1;
    for (int size : shape) {
      count *= size;
    }
    if (count * 4 != in.remaining()) {
      throw new IllegalArgumentException("column '" + column + "' has " + in.remaining() + " data bytes but shape "
          + Arrays.toString(shape) + " needs " + count * 4);
    }
    float[] data = new float[(int) count];
    in.asFloatBuffer().get(data);
    return FloatTensor.of(data, shape);
  }

  private static String group(Pattern pattern, String header, String column, String key) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw new IllegalArgumentException("column '" + column + "': .npy header has no '" + key + "'");
    }
    return m.group(1);
  }
}
