/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
// Twin source: the double twin is generated from this file by Twins (runtime tests); edit this one.
package org.einsum4j.internal;

/**
 * The loop nests of {@link CopyStep} for {@code float} arrays; {@link CopyStepDouble} is the {@code double}
 * twin (the first lines of each say which of the two is generated). Internal, not API.
 */
final class CopyStepFloat {
  private CopyStepFloat() {}

  /** Copies one block of {@code rows x cols} elements the way {@code kind} says; see {@link CopyStep}. */
  static void block(CopyStep.Kind kind, float[] s, int si, int sr, int sc, float[] t, int di, int dr, int dc,
      int rows, int cols) {
    switch (kind) {
      case RUNS:
        runs(s, si, sr, t, di, dr, rows, cols);
        break;
      case TILES:
        tiles(s, si, sc, t, di, dr, rows, cols);
        break;
      default:
        strided(s, si, sr, sc, t, di, dr, dc, rows, cols);
    }
  }

  /** Rows of contiguous runs: {@code t[di + r·dr + c] = s[si + r·sr + c]}. */
  private static void runs(float[] s, int si, int sr, float[] t, int di, int dr, int rows, int n) {
    if (n >= CopyStep.LONG_RUN) {
      for (int r = 0; r < rows; r++) {
        System.arraycopy(s, si + r * sr, t, di + r * dr, n);
      }
      return;
    }
    for (int r = 0; r < rows; r++) {
      int a = si + r * sr;
      int b = di + r * dr;
      for (int c = 0; c < n; c++) {
        t[b + c] = s[a + c];
      }
    }
  }

  /**
   * A transpose in {@value CopyStep#TILE}-square tiles: the input is contiguous along the rows, the output
   * along the columns, {@code t[di + r·dr + c] = s[si + r + c·sc]}.
   */
  private static void tiles(float[] s, int si, int sc, float[] t, int di, int dr, int rows, int cols) {
    for (int r0 = 0; r0 < rows; r0 += CopyStep.TILE) {
      int r1 = Math.min(rows, r0 + CopyStep.TILE);
      for (int c0 = 0; c0 < cols; c0 += CopyStep.TILE) {
        int c1 = Math.min(cols, c0 + CopyStep.TILE);
        for (int r = r0; r < r1; r++) {
          int a = si + r;
          int b = di + r * dr;
          for (int c = c0; c < c1; c++) {
            t[b + c] = s[a + c * sc];
          }
        }
      }
    }
  }

  /** Any strides, diagonals and broadcasts among them: {@code t[di + r·dr + c·dc] = s[si + r·sr + c·sc]}. */
  private static void strided(float[] s, int si, int sr, int sc, float[] t, int di, int dr, int dc, int rows,
      int cols) {
    for (int r = 0; r < rows; r++) {
      int a = si + r * sr;
      int b = di + r * dr;
      for (int c = 0; c < cols; c++) {
        t[b + c * dc] = s[a + c * sc];
      }
    }
  }
}
