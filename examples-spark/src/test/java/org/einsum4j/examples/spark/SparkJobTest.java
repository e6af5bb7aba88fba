/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.einsum4j.FloatTensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} against the same kernels called in this JVM without Spark: every row's outputs
 * bit for bit, the Gram matrix within the float rounding bound of its sum, bad rows reported by id.
 */
class SparkJobTest {
  private static final SeedBatches.Sizes SIZES = SeedBatches.Sizes.small();
  private static final Weights WEIGHTS = SIZES.weights(7);
  private static final int ROWS = 24;

  private static SparkSession spark;
  private static JavaSparkContext jsc;

  @TempDir
  Path output;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("einsum4j SparkJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyRowEqualsTheSameKernelsInOneJvmBitForBit() {
    AttentionJob.Report report = AttentionJob.run(spark,
        AttentionJob.seedLuongBatches(spark, ROWS, 4, SIZES), AttentionJob.seedRelativeBatches(spark, ROWS, 4, SIZES),
        WEIGHTS, output.toUri().toString());

    assertEquals(ROWS, report.luongRows());
    assertEquals(ROWS, report.relativeRows());
    assertEquals(Map.of(), report.luongFailures());
    assertEquals(Map.of(), report.relativeFailures());
    assertTrue(report.vectorApiOnExecutors(), "executors run without jdk.incubator.vector");

    Map<Long, Row> luong = readBack("luong");
    Map<Long, Row> relative = readBack("relative");
    assertEquals(allIds(), luong.keySet());
    assertEquals(allIds(), relative.keySet());
    List<FloatTensor> contexts = new ArrayList<>();
    for (long id = 0; id < ROWS; id++) {
      AttentionKernels.LuongResult expected = AttentionKernels.luong(WEIGHTS,
          SeedBatches.encoderOutputs(id, SIZES), SeedBatches.decoderHidden(id, SIZES));
      assertNull(luong.get(id).getAs("error"));
      assertBitsEqual(expected.context(), blob(luong.get(id), "context"), "luong context of row " + id);
      assertBitsEqual(expected.weights(), blob(luong.get(id), "weights"), "luong weights of row " + id);
      assertBitsEqual(AttentionKernels.relative(WEIGHTS, SeedBatches.relativeInput(id, SIZES)),
          blob(relative.get(id), "z"), "relative z of row " + id);
      contexts.add(expected.context());
    }
    assertGramClose(contexts, report);
  }

  @Test
  void badRowsAreReportedByIdAndTheOthersAreComputed() {
    int b = SIZES.batch();
    List<Row> luongRows = new ArrayList<>();
    List<Row> relativeRows = new ArrayList<>();
    for (long id = 0; id < 12; id++) {
      FloatTensor dec = id == 5 ? FloatTensor.zeros(b, SIZES.hidden() + 1) : SeedBatches.decoderHidden(id, SIZES);
      byte[] enc = id == 9 ? new byte[] {'n', 'o', 't', ' ', 'n', 'p', 'y'}
          : Npy.write(SeedBatches.encoderOutputs(id, SIZES));
      luongRows.add(RowFactory.create(id, enc, Npy.write(dec)));
      FloatTensor x = id == 3 ? FloatTensor.zeros(b, SIZES.positions() + 1, SIZES.heads(), SIZES.headDim())
          : SeedBatches.relativeInput(id, SIZES);
      relativeRows.add(RowFactory.create(id, Npy.write(x)));
    }
    Dataset<Row> luongIn = spark.createDataFrame(jsc.parallelize(luongRows, 3), AttentionJob.LUONG_INPUT);
    Dataset<Row> relativeIn = spark.createDataFrame(jsc.parallelize(relativeRows, 3), AttentionJob.RELATIVE_INPUT);

    AttentionJob.Report report = AttentionJob.run(spark, luongIn, relativeIn, WEIGHTS, output.toUri().toString());

    assertEquals(Set.of(5L, 9L), report.luongFailures().keySet(), report.toString());
    assertTrue(report.luongFailures().get(5L).contains("label 'k'")
        && report.luongFailures().get(5L).contains("'decoderHidden'"), report.luongFailures().get(5L));
    assertTrue(report.luongFailures().get(9L).contains("column 'enc' is not an .npy blob"),
        report.luongFailures().get(9L));
    assertEquals(Set.of(3L), report.relativeFailures().keySet(), report.toString());
    assertTrue(report.relativeFailures().get(3L).contains("label 'i'")
        || report.relativeFailures().get(3L).contains("label 'j'"), report.relativeFailures().get(3L));

    Map<Long, Row> luong = readBack("luong");
    Map<Long, Row> relative = readBack("relative");
    assertEquals(12, luong.size());
    assertEquals(12, relative.size());
    List<FloatTensor> contexts = new ArrayList<>();
    for (long id = 0; id < 12; id++) {
      Row l = luong.get(id);
      if (id == 5 || id == 9) {
        assertNotNull(l.getAs("error"));
        assertNull(l.getAs("context"));
      } else {
        FloatTensor expected = AttentionKernels.luong(WEIGHTS, SeedBatches.encoderOutputs(id, SIZES),
            SeedBatches.decoderHidden(id, SIZES)).context();
        assertBitsEqual(expected, blob(l, "context"), "luong context of row " + id);
        contexts.add(expected);
      }
      Row r = relative.get(id);
      if (id == 3) {
        assertNotNull(r.getAs("error"));
        assertNull(r.getAs("z"));
      } else {
        assertBitsEqual(AttentionKernels.relative(WEIGHTS, SeedBatches.relativeInput(id, SIZES)), blob(r, "z"),
            "relative z of row " + id);
      }
    }
    assertGramClose(contexts, report);
  }

  /** Released only when two tasks wait on it at once: proof that two workers run kernels side by side. */
  private static final CyclicBarrier BOTH_WORKERS = new CyclicBarrier(2);

  @Test
  void twoLocalWorkersRunKernelsAtTheSameTime() {
    assertEquals(2, jsc.defaultParallelism());
    Dataset<Row> batches = AttentionJob.seedLuongBatches(spark, 8, 2, SIZES);
    Dataset<String> threads = batches.mapPartitions((MapPartitionsFunction<Row, String>) rows -> {
      BOTH_WORKERS.await(60, TimeUnit.SECONDS);
      List<String> done = new ArrayList<>();
      while (rows.hasNext()) {
        Row row = rows.next();
        FloatTensor context = AttentionKernels.luong(WEIGHTS, Npy.read((byte[]) row.get(1), "enc"),
            Npy.read((byte[]) row.get(2), "dec")).context();
        FloatTensor expected = AttentionKernels.luong(WEIGHTS, SeedBatches.encoderOutputs(row.getLong(0), SIZES),
            SeedBatches.decoderHidden(row.getLong(0), SIZES)).context();
        done.add(Thread.currentThread().getName() + " " + java.util.Arrays.equals(context.toArray(), expected.toArray()));
      }
      return done.iterator();
    }, Encoders.STRING());
    List<String> results = threads.collectAsList();
    assertEquals(8, results.size());
    assertTrue(results.stream().allMatch(s -> s.endsWith(" true")), results.toString());
    Set<String> names = results.stream().map(s -> s.substring(0, s.lastIndexOf(' '))).collect(Collectors.toSet());
    assertEquals(2, names.size(), names.toString());
  }

  /**
   * The job's Gram matrix and the one this JVM sums row by row in order both carry a float rounding error of at
   * most {@code γ_n · Σ|c[b,h] · c[b,k]|}, {@code γ_n = n·u / (1 - n·u)}, {@code u = 2^-24}, for {@code n}
   * context vectors; they may differ by twice that.
   */
  private static void assertGramClose(List<FloatTensor> contexts, AttentionJob.Report report) {
    int h = SIZES.hidden();
    FloatTensor oneJvm = FloatTensor.zeros(h, h);
    double[] absSum = new double[h * h];
    long n = 0;
    for (FloatTensor c : contexts) {
      AttentionKernels.addGram(c, oneJvm);
      n += c.size(0);
      for (int b = 0; b < c.size(0); b++) {
        for (int i = 0; i < h; i++) {
          for (int k = 0; k < h; k++) {
            absSum[i * h + k] += Math.abs((double) c.get(b, i) * c.get(b, k));
          }
        }
      }
    }
    assertEquals(n, report.gramSequences());
    double u = Math.scalb(1.0, -24);
    double gamma = n * u / (1 - n * u);
    for (int i = 0; i < h; i++) {
      for (int k = 0; k < h; k++) {
        double diff = Math.abs(report.gram().get(i, k) - oneJvm.get(i, k));
        double bound = 2 * gamma * absSum[i * h + k];
        assertTrue(diff <= bound, "gram[" + i + "," + k + "] = " + report.gram().get(i, k) + " but one JVM sums "
            + oneJvm.get(i, k) + ": |diff| = " + diff + " > " + bound);
      }
      assertTrue(report.gram().get(i, i) > 0, "gram[" + i + "," + i + "] is not positive");
    }
  }

  private Map<Long, Row> readBack(String table) {
    Map<Long, Row> rows = new HashMap<>();
    for (Row row : spark.read().parquet(output.resolve(table).toUri().toString()).collectAsList()) {
      assertNull(rows.put(row.getLong(row.fieldIndex("id")), row), "id written twice");
    }
    return rows;
  }

  private static Set<Long> allIds() {
    return LongStream.range(0, ROWS).boxed().collect(Collectors.toSet());
  }

  private static FloatTensor blob(Row row, String column) {
    return Npy.read((byte[]) row.getAs(column), column);
  }

  private static void assertBitsEqual(FloatTensor expected, FloatTensor actual, String what) {
    assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), what);
    float[] e = expected.toArray();
    float[] a = actual.toArray();
    for (int i = 0; i < e.length; i++) {
      if (Float.floatToRawIntBits(e[i]) != Float.floatToRawIntBits(a[i])) {
        throw new AssertionError(what + ": element " + i + " is " + a[i] + " on Spark but " + e[i] + " in one JVM");
      }
    }
  }
}
