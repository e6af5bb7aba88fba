/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.einsum4j.Einsums;

/**
 * Rows per second of the job's two kernels on {@code local[2]} against the same per-row code in one JVM without
 * Spark (one thread, and two threads of a plain pool), and how much of the two cores' time Spark spends on its
 * own work: task (de)serialization, scheduling, row conversion and idle slots.
 *
 * <p>Each Spark run reads a cached DataFrame of {@code .npy} rows and writes to Spark's {@code noop} sink, so
 * neither the generation of the rows nor a file system is timed. Every run is preceded by one untimed warm-up;
 * the best of {@code REPS} runs is shown. Arguments: {@code [LUONG_ROWS [RELATIVE_ROWS [REPS]]]}, defaults
 * 64, 32 and 3, at {@link SeedBatches.Sizes#seed()}.
 */
public final class SparkBench {
  private static final int PARTITIONS = 4;

  private SparkBench() {}

  /** Sums the metrics of the tasks that end while it listens. */
  private static final class TaskTimes extends SparkListener {
    final AtomicLong tasks = new AtomicLong();
    final AtomicLong runMs = new AtomicLong();
    final AtomicLong deserializeMs = new AtomicLong();
    final AtomicLong resultSerializeMs = new AtomicLong();
    final AtomicLong gcMs = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      TaskMetrics m = end.taskMetrics();
      if (m == null) {
        return;
      }
      runMs.addAndGet(m.executorRunTime());
      deserializeMs.addAndGet(m.executorDeserializeTime());
      resultSerializeMs.addAndGet(m.resultSerializationTime());
      gcMs.addAndGet(m.jvmGCTime());
      tasks.incrementAndGet();
    }

    void reset() {
      tasks.set(0);
      runMs.set(0);
      deserializeMs.set(0);
      resultSerializeMs.set(0);
      gcMs.set(0);
    }

    void awaitTasks(long count) throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (tasks.get() < count && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    }
  }

  /** One timed Spark run: wall time, the rows' own work inside the tasks, and the summed task metrics. */
  private record SparkRun(double wallMs, double rowMs, long runMs, long deserializeMs, long resultSerializeMs, long gcMs) {}

  /**
   * Runs the benchmark and prints its table.
   *
   * @param args {@code [LUONG_ROWS [RELATIVE_ROWS [REPS]]]}
   */
  public static void main(String[] args) throws Exception {
    int luongRows = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int relativeRows = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    SeedBatches.Sizes sizes = SeedBatches.Sizes.seed();
    Weights weights = sizes.weights(42);
    Einsums.setParallelism(1);

    List<Row> luongInput = new ArrayList<>();
    for (long id = 0; id < luongRows; id++) {
      luongInput.add(RowFactory.create(id, Npy.write(SeedBatches.encoderOutputs(id, sizes)),
          Npy.write(SeedBatches.decoderHidden(id, sizes))));
    }
    List<Row> relativeInput = new ArrayList<>();
    for (long id = 0; id < relativeRows; id++) {
      relativeInput.add(RowFactory.create(id, Npy.write(SeedBatches.relativeInput(id, sizes))));
    }
    Function<Row, Object> luongRow = row -> {
      AttentionKernels.LuongResult r = AttentionKernels.luong(weights, Npy.read((byte[]) row.get(1), "enc"),
          Npy.read((byte[]) row.get(2), "dec"));
      return new byte[][] {Npy.write(r.context()), Npy.write(r.weights())};
    };
    Function<Row, Object> relativeRow = row -> Npy.write(
        AttentionKernels.relative(weights, Npy.read((byte[]) row.get(1), "x")));

    System.out.printf("sizes %s, %d Luong rows, %d relative rows, best of %d, JDK %s, %d processors%n", sizes,
        luongRows, relativeRows, reps, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    double[] luongOne = oneJvm(luongInput, luongRow, reps);
    double[] relativeOne = oneJvm(relativeInput, relativeRow, reps);

    SparkSession spark = SparkSession.builder().master("local[2]").appName("einsum4j SparkBench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      TaskTimes times = new TaskTimes();
      spark.sparkContext().addSparkListener(times);
      Broadcast<Weights> shared = jsc.broadcast(weights);
      LongAccumulator rowNanos = spark.sparkContext().longAccumulator("row nanos");
      SparkRun luongSpark = spark(times, rowNanos, AttentionJob.seedLuongBatches(spark, luongRows, PARTITIONS, sizes),
          in -> AttentionJob.luong(in, shared, rowNanos), reps);
      SparkRun relativeSpark = spark(times, rowNanos,
          AttentionJob.seedRelativeBatches(spark, relativeRows, PARTITIONS, sizes),
          in -> AttentionJob.relative(in, shared, rowNanos), reps);
      System.out.println();
      System.out.printf("%-9s %12s %12s %12s %14s%n", "", "1 JVM 1 thr", "1 JVM 2 thr", "local[2]", "Spark's share");
      print("luong", luongRows, luongOne, luongSpark);
      print("relative", relativeRows, relativeOne, relativeSpark);
      System.out.println();
      System.out.println("Slot time = 2 x wall (two task slots). Spark's share = 1 - (rows' own work, timed inside the"
          + " tasks: .npy decoding, kernels, encoding) / slot time.");
      System.out.println("Rest of the task runs = row conversion and iterators (GC is part of it); outside tasks ="
          + " scheduling, the driver, slots left idle.");
    } finally {
      spark.stop();
    }
  }

  /** Returns {1-thread ms, 2-thread ms}, each the best of {@code reps} after a warm-up. */
  private static double[] oneJvm(List<Row> rows, Function<Row, Object> work, int reps) throws Exception {
    double best1 = Double.MAX_VALUE;
    double best2 = Double.MAX_VALUE;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int rep = 0; rep <= reps; rep++) {
        long start = System.nanoTime();
        for (Row row : rows) {
          work.apply(row);
        }
        double ms1 = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int first = t;
          futures.add(pool.submit(() -> {
            for (int i = first; i < rows.size(); i += 2) {
              work.apply(rows.get(i));
            }
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        double ms2 = (System.nanoTime() - start) / 1e6;
        if (rep > 0) {
          best1 = Math.min(best1, ms1);
          best2 = Math.min(best2, ms2);
        }
      }
    } finally {
      pool.shutdown();
    }
    return new double[] {best1, best2};
  }

  /**
   * Times {@code job} on {@code rows}, made on the executors and cached first (a DataFrame of a driver-side list
   * would ship every row inside its task, at every run).
   */
  private static SparkRun spark(TaskTimes times, LongAccumulator rowNanos, Dataset<Row> rows,
      Function<Dataset<Row>, Dataset<Row>> job, int reps) throws InterruptedException {
    Dataset<Row> input = rows.cache();
    input.count();
    SparkRun best = null;
    try {
      for (int rep = 0; rep <= reps; rep++) {
        times.reset();
        rowNanos.reset();
        long start = System.nanoTime();
        job.apply(input).write().format("noop").mode(SaveMode.Overwrite).save();
        double wall = (System.nanoTime() - start) / 1e6;
        times.awaitTasks(PARTITIONS);
        SparkRun run = new SparkRun(wall, rowNanos.value() / 1e6, times.runMs.get(), times.deserializeMs.get(),
            times.resultSerializeMs.get(), times.gcMs.get());
        if (rep > 0 && (best == null || run.wallMs() < best.wallMs())) {
          best = run;
        }
      }
    } finally {
      input.unpersist();
    }
    return best;
  }

  private static void print(String name, int rows, double[] oneJvm, SparkRun spark) {
    double slot = 2 * spark.wallMs();
    double share = 1 - spark.rowMs() / slot;
    System.out.printf("%-9s %8.1f r/s %8.1f r/s %8.1f r/s %13.0f%%%n", name, rows * 1000 / oneJvm[0],
        rows * 1000 / oneJvm[1], rows * 1000 / spark.wallMs(), 100 * share);
    double outside = slot - spark.runMs() - spark.deserializeMs();
    System.out.printf("%-9s ms: one JVM %.0f (1 thr) %.0f (2 thr); local[2] wall %.0f, slot time %.0f = rows' own work"
        + " %.0f + rest of the task runs %.0f + deserialize %d + outside tasks %.0f%n", "", oneJvm[0], oneJvm[1],
        spark.wallMs(), slot, spark.rowMs(), spark.runMs() - spark.rowMs(), spark.deserializeMs(), outside);
    System.out.printf("%-9s     Spark's share of the slot time: deserialize %.1f%%, result ser. %.1f%%, gc %.1f%%,"
        + " rest of the task runs %.1f%%, outside tasks %.1f%%%n", "", 100 * spark.deserializeMs() / slot,
        100 * spark.resultSerializeMs() / slot, 100 * spark.gcMs() / slot, 100 * (spark.runMs() - spark.rowMs()) / slot,
        100 * outside / slot);
  }

}
