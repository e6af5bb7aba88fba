/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block sizes chosen from the caches ({@link Blocking}): the rules on the caches of real CPUs, the sysfs
 * reader on a fake directory, and the promise that block sizes never change a bit of a result.
 */
class BlockingTest {
  private static final long K = 1 << 10;
  private static final long M = 1 << 20;

  @Test
  void theRulesOnTheCachesOfRealCpus() {
    // Sapphire Rapids (48 KiB L1d, 2 MiB L2), 16 float lanes: an 8 x 32 tile, its 256-deep B strip 32 KiB
    assertArrayEquals(new int[] {256, 512, 2048}, Blocking.forCaches(new long[] {48 * K, 2 * M, 480 * M}, 2, 4, 32));
    // Zen 4 (32 KiB L1d, 1 MiB L2, 32 MiB L3 for 8 cores)
    assertArrayEquals(new int[] {256, 256, 512}, Blocking.forCaches(new long[] {32 * K, M, 32 * M}, 8, 4, 32));
    // the same Zen 4 for doubles: 16-wide tiles of 8 bytes, the same strip bytes, half the A rows
    assertArrayEquals(new int[] {256, 128, 512}, Blocking.forCaches(new long[] {32 * K, M, 32 * M}, 8, 8, 16));
    // AVX2 (8 lanes): a 16-wide strip is half as many bytes; 48 KiB L1d holds a 512-deep one
    assertArrayEquals(new int[] {512, 256, 512}, Blocking.forCaches(new long[] {48 * K, 2 * M, 16 * M}, 8, 4, 16));
    // a small CPU without level 3: the bounds hold
    assertArrayEquals(new int[] {256, 64, 512}, Blocking.forCaches(new long[] {16 * K, 256 * K, 0}, 4, 4, 32));
  }

  @Test
  void everyChoiceIsAMultipleOfTheSumBlockAndOfTheTile() {
    long[] sizes = {8 * K, 16 * K, 32 * K, 48 * K, 64 * K, 256 * K, M, 2 * M, 4 * M, 32 * M, 480 * M};
    for (long l1 : new long[] {8 * K, 32 * K, 48 * K, 80 * K}) {
      for (long l2 : sizes) {
        for (long l3 : new long[] {0, 8 * M, 480 * M}) {
          for (int nr : new int[] {2, 8, 16, 32, 48}) {
            int[] b = Blocking.forCaches(new long[] {l1, l2, l3}, 2, 4, nr);
            assertEquals(0, b[0] % GemmFloat.KSUM, "kc " + b[0]);
            assertTrue(b[0] <= 4 * GemmFloat.KSUM, "kc " + b[0]);
            assertEquals(0, b[1] % GemmKernelsFloat.MR, "mc " + b[1]);
            assertTrue(b[1] >= 64 && b[1] <= 1024, "mc " + b[1]);
            assertTrue(b[2] >= 512 && b[2] <= 2048, "nc " + b[2]);
          }
        }
      }
    }
  }

  @Test
  void readsALinuxCacheDirectory(@TempDir Path dir) throws IOException {
    index(dir, 0, "Data", 1, "48K");
    index(dir, 1, "Instruction", 1, "32K");
    index(dir, 2, "Unified", 2, "2048K");
    index(dir, 3, "Unified", 3, "491520K");
    assertArrayEquals(new long[] {48 * K, 2 * M, 480 * M}, Blocking.readCaches(dir));
  }

  @Test
  void aMissingLevelThreeIsNoneAndAMissingDirectoryTheDefaults(@TempDir Path dir) throws IOException {
    index(dir, 0, "Data", 1, "32K");
    index(dir, 2, "Unified", 2, "1M");
    Files.writeString(dir.resolve("index3"), "not a directory");
    assertArrayEquals(new long[] {32 * K, M, 0}, Blocking.readCaches(dir));
    assertArrayEquals(Blocking.DEFAULT_CACHES, Blocking.readCaches(dir.resolve("absent")));
  }

  @Test
  void anUnreadableEntryIsSkipped(@TempDir Path dir) throws IOException {
    index(dir, 0, "Data", 1, "lots");
    index(dir, 1, "Unified", 2, "512K");
    long[] got = Blocking.readCaches(dir);
    assertEquals(Blocking.DEFAULT_CACHES[0], got[0]);
    assertEquals(512 * K, got[1]);
  }

  @Test
  void rowOrderKeepsPanelsOfBInLevelTwo() {
    // a Zen 3: 32 KiB L1d, 512 KiB L2, 32 MiB L3 shared by 2 processors; floats, 16-wide strips
    int[] zen3 = Blocking.forCachesRows(new long[] {32 * K, 512 * K, 32 * M}, 2, 4, 16);
    assertArrayEquals(new int[] {256, 1024, 128}, zen3);
    // a tiny level 2 still gives two strips; no level 3 bounds A's block by level 2
    int[] tiny = Blocking.forCachesRows(new long[] {32 * K, 64 * K, 0}, 1, 4, 16);
    assertEquals(32, tiny[2]);
    assertEquals(64, tiny[1]);
    assertEquals(Blocking.forCaches(new long[] {32 * K, 64 * K, 0}, 1, 4, 16)[0], tiny[0]);
  }

  @Test
  void orderFollowsItsPropertyElseTheTileHalves() {
    String before = System.getProperty("einsum4j.gemm.order");
    try {
      System.clearProperty("einsum4j.gemm.order");
      assertTrue(Blocking.rowsOrder(true));
      assertFalse(Blocking.rowsOrder(false));
      System.setProperty("einsum4j.gemm.order", "columns");
      assertFalse(Blocking.rowsOrder(true));
      System.setProperty("einsum4j.gemm.order", "rows");
      assertTrue(Blocking.rowsOrder(false));
    } finally {
      if (before == null) {
        System.clearProperty("einsum4j.gemm.order");
      } else {
        System.setProperty("einsum4j.gemm.order", before);
      }
    }
  }

  @Test
  void parsesSizes() {
    assertEquals(48 * K, Blocking.parseSize("48K"));
    assertEquals(32 * M, Blocking.parseSize("32M\n"));
    assertEquals(1000, Blocking.parseSize("1000"));
  }

  @Test
  void theSizesInUseFollowTheRulesAndAreReported() {
    int[] used = Gemm.floatBlocks();
    if (System.getProperty("einsum4j.gemm.kc") == null) {
      int processors = Runtime.getRuntime().availableProcessors();
      int nr = Gemm.floatKernels().nr();
      int[] want = Gemm.rowsOrder() ? Blocking.forCachesRows(Blocking.caches(), processors, 4, nr)
          : Blocking.forCaches(Blocking.caches(), processors, 4, nr);
      assertArrayEquals(want, used);
    }
    assertTrue(Gemm.blockingInfo().contains("kc=" + used[0] + " mc=" + used[1] + " nc=" + used[2]),
        Gemm.blockingInfo());
  }

  /** Block sizes that are multiples of KSUM give the same bits: they change the speed, not the result. */
  @Test
  void blockSizesNeverChangeABit() {
    GemmKernelsFloat kf = Gemm.floatKernels();
    int m = 203;
    int n = 3 * kf.nr() + 5;
    int k = 1100;
    Random r = new Random(7);
    float[] a = new float[m * k];
    float[] b = new float[k * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextFloat() * 2 - 1;
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = r.nextFloat() * 2 - 1;
    }
    float[] first = null;
    int[][] blockings = {{256, 64, 512, 0}, {512, 192, 2048, 0}, {1024, 1024, 512, 0}, {768, 8, kf.nr(), 0},
        {256, 1024, 2 * kf.nr(), 1}, {512, 64, 3 * kf.nr(), 1}, {256, 8, kf.nr(), 1}};
    for (int[] bl : blockings) {
      GemmFloat g = new GemmFloat(kf, bl[0], bl[1], bl[2], bl[3] == 1);
      float[] c = new float[m * n];
      int[] none = {};
      g.run(m, n, k, a, 0, k, 1, b, 0, n, 1, c, 0, n, 1, none, none, none, none, false);
      if (first == null) {
        first = c;
      } else {
        for (int i = 0; i < c.length; i++) {
          assertEquals(Float.floatToRawIntBits(first[i]), Float.floatToRawIntBits(c[i]),
              "blocks " + bl[0] + "/" + bl[1] + "/" + bl[2] + (bl[3] == 1 ? " rows" : "") + ", element " + i);
        }
      }
    }
  }

  private static void index(Path dir, int i, String type, int level, String size) throws IOException {
    Path d = Files.createDirectories(dir.resolve("index" + i));
    Files.writeString(d.resolve("type"), type + "\n");
    Files.writeString(d.resolve("level"), level + "\n");
    Files.writeString(d.resolve("size"), size + "\n");
  }
}
