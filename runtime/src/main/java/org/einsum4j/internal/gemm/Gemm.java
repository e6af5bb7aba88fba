/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import org.einsum4j.internal.Tuning;
import org.einsum4j.internal.VectorSupport;

/**
 * Strided, batched matrix products: the engine behind every matmul-shaped einsum. Internal: called by
 * generated code, not API.
 *
 * <p>For every batch index tuple {@code t}, {@code C_t[i][j] = (accumulate ? C_t[i][j] : 0) + Σ_p
 * A_t[i][p] * B_t[p][j]}, where {@code A_t[i][p] = a[aOff + Σ_d t_d * aBatchStrides[d] + i * aRowStride + p
 * * aColStride]} and likewise for B and C. Strides are counted in elements, are never negative and may be 0
 * (a broadcast). The caller guarantees that the elements of C are distinct and alias neither A nor B, and
 * that every offset is a valid array index.
 *
 * <pre>{@code
 * // C[i][j] = Σ_p A[i][p] * B[p][j], all row-major
 * Gemm.gemm(m, n, k, a, 0, k, 1, b, 0, n, 1, c, 0, n, 1, new int[0], new int[0], new int[0], new int[0],
 *     false);
 * }</pre>
 *
 * <p>{@link #gemmLanes} is the variant for products whose output has a batch dimension innermost, such as
 * {@code bihd,bjhd->bijh}: the vector lanes run over that dimension and the columns together.
 *
 * <p>The implementation is chosen once, when this class initializes: the Vector API kernels of {@code
 * GemmVectorFloat} and {@code GemmVectorDouble} when the {@code jdk.incubator.vector} module is in the boot
 * layer (run with {@code --add-modules jdk.incubator.vector}) and {@code -Deinsum4j.vectorBits} is not {@code
 * 0}, else their scalar twins. {@code -Deinsum4j.vectorBits=128|256|512} forces a vector width. Calls large
 * enough go parallel, see {@link Parallel}.
 *
 * <p>Tuning knobs, read once and meant for measuring on a new machine, not for users: {@code
 * -Deinsum4j.gemm.kc}, {@code .mc}, {@code .nc} (block sizes; by default chosen from the CPU's caches, see
 * {@link Blocking}), {@code
 * .tileVectors} (micro-tile width in vectors, default 2) and {@code .directN} (A is read in place when C has
 * at most this many tile widths of columns, default 4).
 */
public final class Gemm {
  /** The kernels in use, the float and the double ones: both Vector API or both scalar. */
  private static final Object[] KERNELS = chooseKernels();
  private static final GemmKernelsFloat FLOAT_KERNELS = (GemmKernelsFloat) KERNELS[0];
  private static final GemmKernelsDouble DOUBLE_KERNELS = (GemmKernelsDouble) KERNELS[1];
  /** Whether tiles run in row order ({@link Blocking#rowsOrder}). */
  private static final boolean ROWS = Blocking.rowsOrder(FLOAT_KERNELS.halfTiles());
  /** The float block sizes {@code kc, mc, nc}, from this machine's caches ({@link Blocking}). */
  private static final int[] FLOAT_BLOCKS = Blocking.sizes(Float.BYTES, FLOAT_KERNELS.nr(), ROWS);
  /** The double block sizes. */
  private static final int[] DOUBLE_BLOCKS = Blocking.sizes(Double.BYTES, DOUBLE_KERNELS.nr(), ROWS);
  private static final GemmFloat FLOAT = new GemmFloat(FLOAT_KERNELS, FLOAT_BLOCKS[0], FLOAT_BLOCKS[1],
      FLOAT_BLOCKS[2], ROWS);
  private static final GemmDouble DOUBLE = new GemmDouble(DOUBLE_KERNELS, DOUBLE_BLOCKS[0], DOUBLE_BLOCKS[1],
      DOUBLE_BLOCKS[2], ROWS);

  private Gemm() {}

  private static Object[] chooseKernels() {
    if (VectorSupport.vectorAllowed()) {
      try {
        return new Object[] {
          Class.forName("org.einsum4j.internal.gemm.GemmVectorFloat").getDeclaredConstructor().newInstance(),
          Class.forName("org.einsum4j.internal.gemm.GemmVectorDouble").getDeclaredConstructor().newInstance()
        };
      } catch (ReflectiveOperationException | LinkageError e) {
        // Fall through to the scalar kernels.
      }
    }
    VectorSupport.scalarChosen();
    return new Object[] {new GemmScalarFloat(), new GemmScalarDouble()};
  }

  /**
   * Describes the block sizes in use and the caches they were chosen from, in one line.
   *
   * @return for example {@code GEMM blocks kc=256 mc=512 nc=2048 (caches L1d 48 KiB, L2 2 MiB, L3 480 MiB)}
   */
  public static String blockingInfo() {
    return Blocking.describe(FLOAT_BLOCKS, ROWS) + (halfTiles() ? ", tiles in 4-row halves (16 vector registers)" : "");
  }

  /** Returns whether the vector micro-kernels run their tiles in two halves ({@link VectorBits#halfTiles}). */
  static boolean halfTiles() {
    return FLOAT_KERNELS.halfTiles();
  }

  /** Returns whether tiles run in row order (for tests). */
  static boolean rowsOrder() {
    return ROWS;
  }

  /** Returns the float block sizes {@code kc, mc, nc} in use (for tests). */
  static int[] floatBlocks() {
    return FLOAT_BLOCKS.clone();
  }

  /** Returns the name of the kernels in use, {@code GemmVector} or {@code GemmScalar} (for tests). */
  static String kernelsName() {
    return FLOAT_KERNELS instanceof GemmScalarFloat ? "GemmScalar" : "GemmVector";
  }

  /**
   * Returns how many {@code float}s one vector of the kernels in use holds: 1 for the scalar kernels.
   *
   * @return the float lane count
   */
  public static int floatLanes() {
    return FLOAT_KERNELS.lane();
  }

  /**
   * Returns how many {@code double}s one vector of the kernels in use holds: 1 for the scalar kernels.
   *
   * @return the double lane count
   */
  public static int doubleLanes() {
    return DOUBLE_KERNELS.lane();
  }

  /** Returns the float kernels in use (for tests). */
  static GemmKernelsFloat floatKernels() {
    return FLOAT_KERNELS;
  }

  /** Returns the double kernels in use (for tests). */
  static GemmKernelsDouble doubleKernels() {
    return DOUBLE_KERNELS;
  }

  /**
   * Computes a batch of strided {@code float} matrix products; see the class documentation.
   *
   * @param m rows of A and C
   * @param n columns of B and C
   * @param k columns of A, rows of B; 0 makes C zero (or leaves it unchanged when accumulating)
   * @param a A's array
   * @param aOff A's offset
   * @param aRowStride A's stride along {@code i}
   * @param aColStride A's stride along {@code p}
   * @param b B's array
   * @param bOff B's offset
   * @param bRowStride B's stride along {@code p}
   * @param bColStride B's stride along {@code j}
   * @param c C's array
   * @param cOff C's offset
   * @param cRowStride C's stride along {@code i}
   * @param cColStride C's stride along {@code j}
   * @param batchSizes the batch dimensions' sizes, possibly none
   * @param aBatchStrides A's strides along them
   * @param bBatchStrides B's strides along them
   * @param cBatchStrides C's strides along them
   * @param accumulate whether to add to C rather than overwrite it
   * @throws IllegalArgumentException if a size is negative or the batch arrays differ in length
   */
  public static void gemm(int m, int n, int k,
      float[] a, int aOff, int aRowStride, int aColStride,
      float[] b, int bOff, int bRowStride, int bColStride,
      float[] c, int cOff, int cRowStride, int cColStride,
      int[] batchSizes, int[] aBatchStrides, int[] bBatchStrides, int[] cBatchStrides,
      boolean accumulate) {
    check(m, n, k, batchSizes, aBatchStrides, bBatchStrides, cBatchStrides);
    FLOAT.run(m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride,
        c, cOff, cRowStride, cColStride, batchSizes, aBatchStrides, bBatchStrides, cBatchStrides, accumulate);
  }

  /**
   * Computes a batch of strided {@code double} matrix products; see the class documentation.
   *
   * @param m rows of A and C
   * @param n columns of B and C
   * @param k columns of A, rows of B; 0 makes C zero (or leaves it unchanged when accumulating)
   * @param a A's array
   * @param aOff A's offset
   * @param aRowStride A's stride along {@code i}
   * @param aColStride A's stride along {@code p}
   * @param b B's array
   * @param bOff B's offset
   * @param bRowStride B's stride along {@code p}
   * @param bColStride B's stride along {@code j}
   * @param c C's array
   * @param cOff C's offset
   * @param cRowStride C's stride along {@code i}
   * @param cColStride C's stride along {@code j}
   * @param batchSizes the batch dimensions' sizes, possibly none
   * @param aBatchStrides A's strides along them
   * @param bBatchStrides B's strides along them
   * @param cBatchStrides C's strides along them
   * @param accumulate whether to add to C rather than overwrite it
   * @throws IllegalArgumentException if a size is negative or the batch arrays differ in length
   */
  public static void gemm(int m, int n, int k,
      double[] a, int aOff, int aRowStride, int aColStride,
      double[] b, int bOff, int bRowStride, int bColStride,
      double[] c, int cOff, int cRowStride, int cColStride,
      int[] batchSizes, int[] aBatchStrides, int[] bBatchStrides, int[] cBatchStrides,
      boolean accumulate) {
    check(m, n, k, batchSizes, aBatchStrides, bBatchStrides, cBatchStrides);
    DOUBLE.run(m, n, k, a, aOff, aRowStride, aColStride, b, bOff, bRowStride, bColStride,
        c, cOff, cRowStride, cColStride, batchSizes, aBatchStrides, bBatchStrides, cBatchStrides, accumulate);
  }

  /**
   * Returns whether {@link #gemmLanes} takes {@code lanes} lanes for {@code float} (or {@code double})
   * operands: the kernels in use are vectorized and {@code lanes} (at least 2) divides their lane count.
   *
   * @param lanes the size of the batch dimension that is innermost in C
   * @param isDouble whether the operands are {@code double}
   * @return whether the lane-batched engine applies
   */
  public static boolean lanesSupported(int lanes, boolean isDouble) {
    int lane = isDouble ? DOUBLE_KERNELS.lane() : FLOAT_KERNELS.lane();
    return lanes >= 2 && lane >= lanes && lane % lanes == 0;
  }

  /**
   * Computes a batch of lane-batched {@code float} products: like {@link #gemm(int, int, int, float[], int,
   * int, int, float[], int, int, int, float[], int, int, int, int[], int[], int[], int[], boolean)} with one
   * more batch dimension {@code l < lanes} that every operand has and that is innermost and contiguous in C,
   * right inside C's columns: {@code C_t[i][j][l] = c[cOff + Σ_d t_d * cBatchStrides[d] + i * cRowStride + j *
   * lanes + l]}, {@code A_t[i][p][l] = a[... + i * aRowStride + p * aColStride + l * aLaneStride]}, {@code
   * B_t[p][j][l] = b[... + p * bRowStride + j * bColStride + l * bLaneStride]}. Such products, for example
   * {@code bihd,bjhd->bijh}, would otherwise write every tile at a column stride of {@code lanes}; here the
   * lanes of a vector run over {@code (j, l)}, so that tiles are stored whole. Only for the lane counts
   * {@link #lanesSupported} accepts.
   *
   * @param m rows of A and C
   * @param n columns of B and C, each {@code lanes} wide
   * @param lanes the size of the lane dimension
   * @param k columns of A, rows of B
   * @param a A's array
   * @param aOff A's offset
   * @param aRowStride A's stride along {@code i}
   * @param aColStride A's stride along {@code p}
   * @param aLaneStride A's stride along {@code l}
   * @param b B's array
   * @param bOff B's offset
   * @param bRowStride B's stride along {@code p}
   * @param bColStride B's stride along {@code j}
   * @param bLaneStride B's stride along {@code l}
   * @param c C's array
   * @param cOff C's offset
   * @param cRowStride C's stride along {@code i}
   * @param batchSizes the other batch dimensions' sizes, possibly none
   * @param aBatchStrides A's strides along them
   * @param bBatchStrides B's strides along them
   * @param cBatchStrides C's strides along them
   * @param accumulate whether to add to C rather than overwrite it
   * @throws IllegalArgumentException if a size is negative, the batch arrays differ in length or the lane
   *     count is not supported
   */
  public static void gemmLanes(int m, int n, int lanes, int k,
      float[] a, int aOff, int aRowStride, int aColStride, int aLaneStride,
      float[] b, int bOff, int bRowStride, int bColStride, int bLaneStride,
      float[] c, int cOff, int cRowStride,
      int[] batchSizes, int[] aBatchStrides, int[] bBatchStrides, int[] cBatchStrides,
      boolean accumulate) {
    check(m, n, k, batchSizes, aBatchStrides, bBatchStrides, cBatchStrides);
    checkLanes(lanes, false);
    FLOAT.runLanes(m, n, lanes, k, a, aOff, aRowStride, aColStride, aLaneStride,
        b, bOff, bRowStride, bColStride, bLaneStride, c, cOff, cRowStride,
        batchSizes, aBatchStrides, bBatchStrides, cBatchStrides, accumulate);
  }

  /**
   * Computes a batch of lane-batched {@code double} products; see {@link #gemmLanes(int, int, int, int,
   * float[], int, int, int, int, float[], int, int, int, int, float[], int, int, int[], int[], int[], int[],
   * boolean)}.
   *
   * @param m rows of A and C
   * @param n columns of B and C, each {@code lanes} wide
   * @param lanes the size of the lane dimension
   * @param k columns of A, rows of B
   * @param a A's array
   * @param aOff A's offset
   * @param aRowStride A's stride along {@code i}
   * @param aColStride A's stride along {@code p}
   * @param aLaneStride A's stride along {@code l}
   * @param b B's array
   * @param bOff B's offset
   * @param bRowStride B's stride along {@code p}
   * @param bColStride B's stride along {@code j}
   * @param bLaneStride B's stride along {@code l}
   * @param c C's array
   * @param cOff C's offset
   * @param cRowStride C's stride along {@code i}
   * @param batchSizes the other batch dimensions' sizes, possibly none
   * @param aBatchStrides A's strides along them
   * @param bBatchStrides B's strides along them
   * @param cBatchStrides C's strides along them
   * @param accumulate whether to add to C rather than overwrite it
   * @throws IllegalArgumentException if a size is negative, the batch arrays differ in length or the lane
   *     count is not supported
   */
  public static void gemmLanes(int m, int n, int lanes, int k,
      double[] a, int aOff, int aRowStride, int aColStride, int aLaneStride,
      double[] b, int bOff, int bRowStride, int bColStride, int bLaneStride,
      double[] c, int cOff, int cRowStride,
      int[] batchSizes, int[] aBatchStrides, int[] bBatchStrides, int[] cBatchStrides,
      boolean accumulate) {
    check(m, n, k, batchSizes, aBatchStrides, bBatchStrides, cBatchStrides);
    checkLanes(lanes, true);
    DOUBLE.runLanes(m, n, lanes, k, a, aOff, aRowStride, aColStride, aLaneStride,
        b, bOff, bRowStride, bColStride, bLaneStride, c, cOff, cRowStride,
        batchSizes, aBatchStrides, bBatchStrides, cBatchStrides, accumulate);
  }

  private static void checkLanes(int lanes, boolean isDouble) {
    if (!lanesSupported(lanes, isDouble)) {
      throw new IllegalArgumentException("unsupported lane count " + lanes + " for "
          + (isDouble ? "double" : "float") + " kernels " + kernelsName());
    }
  }

  private static void check(int m, int n, int k, int[] sizes, int[] as, int[] bs, int[] cs) {
    if (m < 0 || n < 0 || k < 0) {
      throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n + ", k=" + k);
    }
    if (as.length != sizes.length || bs.length != sizes.length || cs.length != sizes.length) {
      throw new IllegalArgumentException("batch strides must match the " + sizes.length + " batch sizes");
    }
    for (int s : sizes) {
      if (s < 0) {
        throw new IllegalArgumentException("negative batch size: " + s);
      }
    }
  }
}
