/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Einsums#path} against {@code numpy.einsum_path(..., optimize='optimal')}: the naive and optimized FLOP
 * counts, the largest intermediate and the path, as NumPy 2.4 printed them for the same shapes.
 */
class EinsumPathTest {

  private static int[][] shapes(String text) {
    return Arrays.stream(text.split(";")).map(s -> s.isBlank() ? new int[0]
        : Arrays.stream(s.trim().split("x")).mapToInt(Integer::parseInt).toArray()).toArray(int[][]::new);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ij,jk,kl->il           | 256x512;512x512;512x256            | 5.154e+10 | 2.013e+08 | 1.311e+05 | (0,1)(0,1)",
      "bi,ij,bj->b            | 256x512;512x512;256x512            | 2.013e+08 | 1.345e+08 | 1.311e+05 | (0,1)(0,1)",
      "ab,bc,cd,de,ef->af     | 64x128;128x256;256x32;32x512;512x64 | 1.100e+13 | 4.981e+06 | 4.096e+03 | ",
      "ea,fb,abcd,gc,hd->efgh | 10x10;10x10;10x10x10x10;10x10;10x10 | 5.000e+08 | 8.000e+05 | 1.000e+04 | ",
      "ij,jk->ik              | 3x4;4x5                            | 1.200e+02 | 1.210e+02 | 1.500e+01 | (0,1)",
      "abc,bcd,cde,def->af    | 4x5x6;5x6x7;6x7x8;7x8x9            | 2.419e+05 | 8.401e+03 | 2.240e+02 | ",
      "ij,ij,ij->ij           | 5x6;5x6;5x6                        | 9.000e+01 | 6.100e+01 | 3.000e+01 | (0,1,2)",
  })
  void matchesNumpy(String spec, String shapes, String naive, String optimized, String largest, String path) {
    EinsumPath p = Einsums.path(spec, shapes(shapes));
    assertEquals(naive, String.format(java.util.Locale.ROOT, "%.3e", p.naiveFlops()), "naive FLOPs\n" + p);
    assertEquals(optimized, String.format(java.util.Locale.ROOT, "%.3e", p.optimizedFlops()), "optimized\n" + p);
    assertEquals(largest, String.format(java.util.Locale.ROOT, "%.3e", (double) p.largestIntermediate()),
        "largest\n" + p);
    if (path != null) {
      String ours = p.positions().stream().map(a -> Arrays.stream(a).mapToObj(String::valueOf)
          .collect(Collectors.joining(",", "(", ")"))).collect(Collectors.joining());
      assertEquals(path, ours, p.toString());
    }
  }

  @Test
  void stepsAreEinsumsOverTheSameLabels() {
    EinsumPath p = Einsums.path("ij,jk,kl->il", new int[] {256, 512}, new int[] {512, 512}, new int[] {512, 256});
    assertEquals(List.of("ij,jk->ik", "kl,ik->il"), p.contractions()); // live list after step 0: [kl, ik]
    assertEquals(List.of(2.0 * 256 * 512 * 512, 2.0 * 256 * 512 * 256), p.stepFlops());
    assertTrue(p.toString().contains("Optimized FLOP count:  2.013e+08"), p.toString());
  }

  /**
   * Where the generated code's choice differs from NumPy's: at tiny sizes a product of three vectors runs as one
   * fused nest (no temporary), and the report says so; at larger ones it is NumPy's pairwise path.
   */
  @Test
  void reportsThePathTheGeneratedCodeTakes() {
    EinsumPath tiny = Einsums.path("i,i,i->", new int[] {7}, new int[] {7}, new int[] {7});
    assertEquals(List.of("i,i,i->"), tiny.contractions(), tiny.toString());
    // abc,ade,bdfg,cfh->egh (issue 14): a pairwise path whose steps run on the GEMM engine, not the naive step
    EinsumPath env = Einsums.path("abc,ade,bdfg,cfh->egh", new int[] {16, 16, 16}, new int[] {16, 16, 16},
        new int[] {16, 16, 16, 16}, new int[] {16, 16, 16});
    assertTrue(env.contractions().size() == 3, env.toString());
  }

  @Test
  void badShapesAreRefusedWithTheUsualMessage() {
    EinsumShapeException e = assertThrows(EinsumShapeException.class,
        () -> Einsums.path("ij,jk->ik", new int[] {2, 3}, new int[] {4, 5}));
    assertEquals("einsum \"ij,jk->ik\": label 'j' is 3 in 'operand 0' (axis 1) but 4 in 'operand 1' (axis 0)",
        e.getMessage());
  }
}
