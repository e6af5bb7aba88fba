/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes NumPy's {@code .npy} files, the format of {@code numpy.save} and {@code numpy.load}, and the
 * simplest way to hand weights or test data from Python (NumPy, PyTorch's {@code t.numpy()}) to Java and back.
 *
 * <pre>{@code
 * # Python
 * np.save("enc.npy", enc.astype(np.float32))          # or torch: np.save("w.npy", w.detach().numpy())
 *
 * // Java
 * FloatTensor enc = Npy.readFloat(Path.of("enc.npy"));
 * Npy.write(Path.of("ctx.npy"), attn.context(weights, enc));
 *
 * # Python again
 * ctx = np.load("ctx.npy")
 * }</pre>
 *
 * <p>Read: format versions 1.0, 2.0 and 3.0; element types {@code float32} and {@code float64} in either byte
 * order ({@code '<f4'}, {@code '>f4'}, {@code '<f8'}, {@code '>f8'}); C (row-major) and Fortran (column-major)
 * order. Whatever the file's order, the tensor returned is dense and row-major. {@link #readFloat} rounds
 * {@code float64} data to {@code float}; {@link #readDouble} widens {@code float32} data. Any other element type
 * (integers, {@code float16}, complex, objects) is refused with an {@link EinsumException} that names it and says
 * how to convert it in NumPy.
 *
 * <p>Write: format version 1.0, little-endian, C order, {@code '<f4'} for a {@link FloatTensor} and
 * {@code '<f8'} for a {@link DoubleTensor}; any strided view is written in its row-major element order, as
 * {@link FloatTensor#toArray()} returns it.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /**
   * Reads a {@code .npy} file as a {@link FloatTensor}; {@code float64} data is rounded to {@code float}.
   *
   * @param file the file
   * @return a new dense row-major tensor of the file's shape (0-d for a NumPy scalar array)
   * @throws IOException if the file cannot be read
   * @throws EinsumException if the file is not a {@code .npy} file, is truncated, or holds an element type
   *     other than {@code float32} or {@code float64}
   */
  public static FloatTensor readFloat(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString()).toFloat();
  }

  /**
   * Reads {@code .npy} data from a stream (to its end) as a {@link FloatTensor}, for example a resource on
   * the class path: {@code Npy.readFloat(getClass().getResourceAsStream("/weights.npy"))}. The stream is not
   * closed.
   *
   * @param in the stream
   * @return a new dense row-major tensor
   * @throws IOException if reading fails
   * @throws EinsumException if the data is not {@code .npy} of {@code float32} or {@code float64}
   */
  public static FloatTensor readFloat(InputStream in) throws IOException {
    return parse(in.readAllBytes(), "stream").toFloat();
  }

  /**
   * Reads a {@code .npy} file as a {@link DoubleTensor}; {@code float32} data is widened exactly.
   *
   * @param file the file
   * @return a new dense row-major tensor of the file's shape
   * @throws IOException if the file cannot be read
   * @throws EinsumException if the file is not a {@code .npy} file, is truncated, or holds an element type
   *     other than {@code float32} or {@code float64}
   */
  public static DoubleTensor readDouble(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString()).toDouble();
  }

  /**
   * Reads {@code .npy} data from a stream (to its end) as a {@link DoubleTensor}. The stream is not closed.
   *
   * @param in the stream
   * @return a new dense row-major tensor
   * @throws IOException if reading fails
   * @throws EinsumException if the data is not {@code .npy} of {@code float32} or {@code float64}
   */
  public static DoubleTensor readDouble(InputStream in) throws IOException {
    return parse(in.readAllBytes(), "stream").toDouble();
  }

  /**
   * Writes a tensor as a {@code float32} ({@code '<f4'}) {@code .npy} file, replacing the file if it exists.
   *
   * @param file the file
   * @param tensor the tensor; any strided view
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, FloatTensor tensor) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, tensor);
    }
  }

  /**
   * Writes a tensor as {@code float32} ({@code '<f4'}) {@code .npy} data to a stream, which is not closed.
   *
   * @param out the stream
   * @param tensor the tensor; any strided view
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out, FloatTensor tensor) throws IOException {
    float[] values = tensor.toArray();
    ByteBuffer body = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    body.asFloatBuffer().put(values);
    out.write(header("<f4", tensor.shape()));
    out.write(body.array());
  }

  /**
   * Writes a tensor as a {@code float64} ({@code '<f8'}) {@code .npy} file, replacing the file if it exists.
   *
   * @param file the file
   * @param tensor the tensor; any strided view
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, DoubleTensor tensor) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, tensor);
    }
  }

  /**
   * Writes a tensor as {@code float64} ({@code '<f8'}) {@code .npy} data to a stream, which is not closed.
   *
   * @param out the stream
   * @param tensor the tensor; any strided view
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out, DoubleTensor tensor) throws IOException {
    double[] values = tensor.toArray();
    ByteBuffer body = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    body.asDoubleBuffer().put(values);
    out.write(header("<f8", tensor.shape()));
    out.write(body.array());
  }

  /** Version 1.0 header: magic, version, length, the dict padded with spaces to a multiple of 64 bytes. */
  private static byte[] header(String descr, int[] shape) {
    StringBuilder dims = new StringBuilder();
    for (int i = 0; i < shape.length; i++) {
      dims.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    if (shape.length == 1) {
      dims.append(',');
    }
    StringBuilder dict = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
        + dims + "), }");
    int preamble = MAGIC.length + 2 + 2;
    while ((preamble + dict.length() + 1) % 64 != 0) {
      dict.append(' ');
    }
    dict.append('\n');
    byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
    ByteBuffer h = ByteBuffer.allocate(preamble + text.length).order(ByteOrder.LITTLE_ENDIAN);
    h.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
    return h.array();
  }

  /** The decoded content of a file: float32 or float64 values in row-major order, and the shape. */
  private static final class Content {
    final float[] floats;
    final double[] doubles;
    final int[] shape;

    Content(float[] floats, double[] doubles, int[] shape) {
      this.floats = floats;
      this.doubles = doubles;
      this.shape = shape;
    }

    FloatTensor toFloat() {
      return floats != null ? FloatTensor.of(floats, shape) : DoubleTensor.of(doubles, shape).toFloat();
    }

    DoubleTensor toDouble() {
      return doubles != null ? DoubleTensor.of(doubles, shape) : FloatTensor.of(floats, shape).toDouble();
    }
  }

  private static Content parse(byte[] bytes, String source) {
    if (bytes.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new EinsumException(source + " is not a .npy file: it does not start with \\x93NUMPY");
    }
    int major = bytes[6] & 0xff;
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int headerLength;
    int start;
    if (major == 1) {
      headerLength = in.getShort(8) & 0xffff;
      start = 10;
    } else if (major == 2 || major == 3) {
      if (bytes.length < 12) {
        throw new EinsumException(source + " is truncated: the .npy header is incomplete");
      }
      headerLength = in.getInt(8);
      start = 12;
    } else {
      throw new EinsumException(source + " has .npy format version " + major + "." + (bytes[7] & 0xff)
          + "; einsum4j reads versions 1.0, 2.0 and 3.0");
    }
    if (headerLength < 0 || (long) start + headerLength > bytes.length) {
      throw new EinsumException(source + " is truncated: the .npy header is incomplete");
    }
    String header = new String(bytes, start, headerLength,
        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr = find(DESCR, header, "descr", source);
    boolean fortran = find(FORTRAN, header, "fortran_order", source).equals("True");
    int[] shape = parseShape(find(SHAPE, header, "shape", source), source);
    ByteOrder order;
    int width;
    switch (descr) {
      case "<f4":
        order = ByteOrder.LITTLE_ENDIAN;
        width = 4;
        break;
      case ">f4":
        order = ByteOrder.BIG_ENDIAN;
        width = 4;
        break;
      case "<f8":
        order = ByteOrder.LITTLE_ENDIAN;
        width = 8;
        break;
      case ">f8":
        order = ByteOrder.BIG_ENDIAN;
        width = 8;
        break;
      default:
        throw new EinsumException(source + " holds dtype '" + descr + "' (" + dtypeName(descr)
            + "); einsum4j reads float32 ('<f4', '>f4') and float64 ('<f8', '>f8') only: convert in NumPy with "
            + "a.astype(np.float32) before np.save");
    }
    long count = 1;
    for (int d : shape) {
      count *= d;
      if (count > Integer.MAX_VALUE) {
        throw new EinsumException(source + " has shape " + Arrays.toString(shape) + ", more than "
            + Integer.MAX_VALUE + " elements");
      }
    }
    int body = start + headerLength;
    if (bytes.length - body < count * width) {
      throw new EinsumException(source + " is truncated: shape " + Arrays.toString(shape) + " needs "
          + count * width + " bytes of data but the file has " + (bytes.length - body));
    }
    ByteBuffer data = ByteBuffer.wrap(bytes, body, (int) count * width).slice().order(order);
    int[] strides = new int[shape.length];
    int s = 1;
    if (fortran) {
      for (int a = 0; a < shape.length; a++) {
        strides[a] = s;
        s *= Math.max(shape[a], 1);
      }
    }
    if (width == 4) {
      float[] values = new float[(int) count];
      data.asFloatBuffer().get(values);
      if (fortran && count > 0) {
        values = FloatTensor.ofStrided(values, 0, shape, strides).toArray();
      }
      return new Content(values, null, shape);
    }
    double[] values = new double[(int) count];
    data.asDoubleBuffer().get(values);
    if (fortran && count > 0) {
      values = DoubleTensor.ofStrided(values, 0, shape, strides).toArray();
    }
    return new Content(null, values, shape);
  }

  private static String find(Pattern p, String header, String key, String source) {
    Matcher m = p.matcher(header);
    if (!m.find()) {
      throw new EinsumException(source + " has a .npy header without a readable '" + key + "': " + header.trim());
    }
    return m.group(1);
  }

  private static int[] parseShape(String text, String source) {
    List<Integer> dims = new ArrayList<>();
    for (String part : text.split(",")) {
      String d = part.trim();
      if (d.isEmpty()) {
        continue;
      }
      try {
        dims.add(Integer.parseInt(d.endsWith("L") ? d.substring(0, d.length() - 1) : d));
      } catch (NumberFormatException e) {
        throw new EinsumException(source + " has a .npy shape einsum4j cannot read: (" + text + ")");
      }
    }
    int[] shape = new int[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = dims.get(i);
    }
    return shape;
  }

  /** A readable name for a NumPy type string such as {@code '<i4'} ("int32"). */
  private static String dtypeName(String descr) {
    Objects.requireNonNull(descr);
    if (descr.length() < 2) {
      return "unknown";
    }
    String kind = descr.substring(1, 2);
    String size = descr.substring(2);
    int bytes;
    try {
      bytes = Integer.parseInt(size);
    } catch (NumberFormatException e) {
      return "a structured or unknown type";
    }
    switch (kind) {
      case "f":
        return "float" + bytes * 8;
      case "i":
        return "int" + bytes * 8;
      case "u":
        return "uint" + bytes * 8;
      case "b":
        return "bool";
      case "c":
        return "complex" + bytes * 8;
      default:
        return "NumPy kind '" + kind + "'";
    }
  }
}
