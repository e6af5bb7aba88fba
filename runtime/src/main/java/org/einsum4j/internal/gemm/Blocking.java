/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The GEMM engine's block sizes, chosen from the data cache sizes of the CPU it runs on. Linux exposes them
 * under {@code /sys/devices/system/cpu/cpu0/cache/index*}; elsewhere, or when they cannot be read, {@link
 * #DEFAULT_CACHES} stand in. Each size is still overridden by its property ({@code -Deinsum4j.gemm.kc},
 * {@code .mc}, {@code .nc}), read once. Internal, not API.
 *
 * <p>The rules, for an element of {@code e} bytes and micro-tiles {@code nr} elements wide (the classic
 * Goto-van de Geijn placement):
 *
 * <ul>
 *   <li>{@code kc}, the depth of a packed panel: the largest multiple of {@link GemmFloat#KSUM} whose B strip
 *       ({@code kc x nr} elements) fills at most three quarters of the level-1 cache, at least {@code KSUM}.
 *       Since {@code kc} is a multiple of {@code KSUM}, every element is summed in the same order whatever the
 *       caches: the block sizes change the speed, never a bit of the result.
 *   <li>{@code mc}, the rows of a packed block of A: the block ({@code mc x kc}) fills a quarter of the
 *       level-2 cache, a multiple of {@link GemmKernelsFloat#MR} from 64 to 1024.
 *   <li>{@code nc}, the columns of a packed panel of B: the panel ({@code kc x nc}) fills an eighth of the
 *       level-3 cache's share of one processor (or of level 2 when there is no level 3), a multiple of {@code
 *       nr} from 512 to 2048; the upper bound caps the per-thread packing buffer at 2 MiB of floats.
 * </ul>
 *
 * <p>Measured on a 2-vCPU Xeon (48 KiB L1d, 2 MiB L2): {@code kc = 256, mc = 512, nc = 2048} run gemm 1024³
 * 9% faster than the former fixed {@code 1024, 192, 512}, on one thread and on two (benchmarks/results).
 */
final class Blocking {
  /** The cache sizes assumed when none can be read: level 1, 2 and 3 data caches, in bytes. */
  static final long[] DEFAULT_CACHES = {32 << 10, 1 << 20, 8 << 20};

  private static final long[] CACHES = readCaches(Path.of("/sys/devices/system/cpu/cpu0/cache"));

  private Blocking() {}

  /** Returns the level 1, 2 and 3 data cache sizes in use, in bytes; a missing level 3 is 0. */
  static long[] caches() {
    return CACHES.clone();
  }

  /**
   * Returns whether the engine walks its tiles in row order ({@link GemmFloat#GemmFloat(GemmKernelsFloat, int,
   * int, int, boolean)}): {@code -Deinsum4j.gemm.order=rows|columns} when set, else row order exactly where
   * the micro-kernel runs in halves ({@link VectorBits#halfTiles}, CPUs with 16 vector registers). Measured on
   * a Zen 3 (512 KiB level 2), gemm 1024³ on one thread: row order ran 20-30% faster than column order in
   * every alternated pair (benchmarks/results). On the AVX-512 Xeons of earlier sessions column order was the
   * one measured, so it stays theirs until row order is measured there.
   *
   * @param halfTiles whether the micro-kernel runs in halves
   * @return whether to use row order
   */
  static boolean rowsOrder(boolean halfTiles) {
    String forced = System.getProperty("einsum4j.gemm.order", "");
    if (forced.equals("rows") || forced.equals("columns")) {
      return forced.equals("rows");
    }
    return halfTiles;
  }

  /** Returns {@code kc}, {@code mc} and {@code nc} for this machine and order, the properties applied. */
  static int[] sizes(int elementBytes, int nr, boolean rows) {
    int processors = Runtime.getRuntime().availableProcessors();
    int[] chosen = rows ? forCachesRows(CACHES, processors, elementBytes, nr)
        : forCaches(CACHES, processors, elementBytes, nr);
    return new int[] {
      Integer.getInteger("einsum4j.gemm.kc", chosen[0]),
      Integer.getInteger("einsum4j.gemm.mc", chosen[1]),
      Integer.getInteger("einsum4j.gemm.nc", chosen[2])
    };
  }

  /**
   * Applies the rules of the class documentation.
   *
   * @param caches the level 1, 2 and 3 data cache sizes in bytes (level 3 may be 0)
   * @param processors the processors sharing the level-3 cache
   * @param elementBytes 4 or 8
   * @param nr the micro-tile width in elements
   * @return {@code kc}, {@code mc} and {@code nc}
   */
  static int[] forCaches(long[] caches, int processors, int elementBytes, int nr) {
    int ksum = GemmFloat.KSUM;
    long strip = (long) ksum * nr * elementBytes;
    int kc = (int) Math.max(1, Math.min(4, caches[0] * 3 / 4 / strip)) * ksum;
    long mcRows = caches[1] / 4 / ((long) kc * elementBytes);
    int mr = GemmKernelsFloat.MR;
    int mc = (int) Math.max(64, Math.min(1024, mcRows / mr * mr));
    long share = caches[2] > 0 ? caches[2] / Math.max(1, processors) : caches[1];
    long ncCols = share / 8 / ((long) kc * elementBytes);
    int nc = (int) Math.max(512, Math.min(2048, ncCols / nr * nr));
    return new int[] {kc, mc, nc};
  }

  /**
   * The block sizes for row order: {@code kc} as {@link #forCaches} has it; {@code nc} so that the panel of B
   * ({@code kc x nc}) fills a quarter of the level-2 cache, a multiple of {@code nr} from {@code 2 nr} to 2048;
   * {@code mc} so that the block of A ({@code mc x kc}) fills a quarter of the level-3 cache's share of one
   * processor (or of level 2 without a level 3), a multiple of {@link GemmKernelsFloat#MR} from 64 to 1024, so
   * that A is packed once for most products and each panel of B is packed once per block of A.
   *
   * @param caches the level 1, 2 and 3 data cache sizes in bytes (level 3 may be 0)
   * @param processors the processors sharing the level-3 cache
   * @param elementBytes 4 or 8
   * @param nr the micro-tile width in elements
   * @return {@code kc}, {@code mc} and {@code nc}
   */
  static int[] forCachesRows(long[] caches, int processors, int elementBytes, int nr) {
    int kc = forCaches(caches, processors, elementBytes, nr)[0];
    long panel = (long) kc * elementBytes;
    int nc = (int) Math.max(2L * nr, Math.min(2048, caches[1] / 4 / panel / nr * nr));
    long share = caches[2] > 0 ? caches[2] / Math.max(1, processors) : caches[1];
    int mr = GemmKernelsFloat.MR;
    int mc = (int) Math.max(64, Math.min(1024, share / 4 / panel / mr * mr));
    return new int[] {kc, mc, nc};
  }

  /**
   * Reads the data (or unified) cache sizes of levels 1 to 3 from a Linux {@code cache} directory; a level
   * that cannot be read keeps its {@link #DEFAULT_CACHES} value, except level 3, which is then 0 when levels 1
   * and 2 were read (a CPU without one).
   */
  static long[] readCaches(Path dir) {
    long[] found = new long[3];
    for (int i = 0; i < 16; i++) {
      Path index = dir.resolve("index" + i);
      if (!Files.isDirectory(index)) {
        continue;
      }
      try {
        String type = read(index.resolve("type")).toLowerCase(Locale.ROOT);
        int level = Integer.parseInt(read(index.resolve("level")));
        long size = parseSize(read(index.resolve("size")));
        if (level >= 1 && level <= 3 && !type.equals("instruction") && size > 0) {
          found[level - 1] = Math.max(found[level - 1], size);
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable entry is skipped
      }
    }
    boolean lowerRead = found[0] > 0 && found[1] > 0;
    for (int l = 0; l < 3; l++) {
      if (found[l] == 0 && !(l == 2 && lowerRead)) {
        found[l] = DEFAULT_CACHES[l];
      }
    }
    return found;
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
  }

  /** Parses a sysfs cache size such as {@code 48K}, {@code 2048K} or {@code 32M}. */
  static long parseSize(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("K")) {
      unit = 1 << 10;
    } else if (t.endsWith("M")) {
      unit = 1 << 20;
    } else if (t.endsWith("G")) {
      unit = 1L << 30;
    }
    if (unit > 1) {
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }

  /** Describes the caches and the float block sizes, for {@code Einsums.runtimeInfo()}. */
  static String describe(int[] floatSizes, boolean rows) {
    return String.format(Locale.ROOT, "GEMM blocks kc=%d mc=%d nc=%d in %s order (caches L1d %s, L2 %s, L3 %s)",
        floatSizes[0], floatSizes[1], floatSizes[2], rows ? "row" : "column", human(CACHES[0]), human(CACHES[1]),
        human(CACHES[2]));
  }

  private static String human(long bytes) {
    if (bytes == 0) {
      return "none";
    }
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }
}
