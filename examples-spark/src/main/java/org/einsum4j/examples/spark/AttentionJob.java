/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * A Spark job that runs generated einsum4j kernels on batches stored as table rows, with no native library on
 * the executors.
 *
 * <ul>
 *   <li>Luong attention: rows {@code (id, enc, dec)} of {@code .npy} blobs ({@code [B, S, H]} and {@code [B, H]})
 *       become {@code (id, error, context, weights)}.
 *   <li>Relative-position attention: rows {@code (id, x)} ({@code [B, S, heads, D]}) become
 *       {@code (id, error, z)}.
 *   <li>Over all the Luong rows, the Gram matrix of the context vectors, {@code Σ_rows Σ_b c[b,h] · c[b,k]}, a
 *       contraction over the batch label summed with {@code treeAggregate}.
 * </ul>
 *
 * <p>The weights are broadcast once. Each partition runs the kernels in {@code mapPartitions}; a row that cannot
 * be computed (a blob that is not float32 {@code .npy}, or a tensor whose shape does not fit the spec) gets its
 * error message in the {@code error} column and null outputs, and the other rows are computed as usual. The
 * {@link Report} lists the failed rows by id.
 *
 * <p>Run it with {@code spark-submit}; see the module's README.
 */
public final class AttentionJob {
  /** Luong input: the row id, encoder outputs {@code [B, S, H]} and decoder states {@code [B, H]}. */
  public static final StructType LUONG_INPUT = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("enc", DataTypes.BinaryType)
      .add("dec", DataTypes.BinaryType);

  /** Luong output: the row id, the error (null when the row was computed), context and attention weights. */
  public static final StructType LUONG_OUTPUT = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("error", DataTypes.StringType)
      .add("context", DataTypes.BinaryType)
      .add("weights", DataTypes.BinaryType);

  /** Relative-attention input: the row id and {@code x}, {@code [B, S, heads, D]}. */
  public static final StructType RELATIVE_INPUT = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("x", DataTypes.BinaryType);

  /** Relative-attention output: the row id, the error (null when the row was computed) and {@code z}. */
  public static final StructType RELATIVE_OUTPUT = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("error", DataTypes.StringType)
      .add("z", DataTypes.BinaryType);

  private AttentionJob() {}

  /**
   * What one run computed besides the tables it wrote.
   *
   * @param luongRows Luong rows read
   * @param relativeRows relative-attention rows read
   * @param luongFailures the Luong rows that failed, id to error message
   * @param relativeFailures the relative-attention rows that failed, id to error message
   * @param gram {@code Σ_rows Σ_b c[b,h] · c[b,k]} over the Luong rows that did not fail, {@code [H, H]}
   * @param gramSequences how many context vectors (rows times {@code B}) the Gram matrix sums
   * @param vectorApiOnExecutors whether the executors that were asked had {@code jdk.incubator.vector}
   */
  public record Report(long luongRows, long relativeRows, SortedMap<Long, String> luongFailures,
      SortedMap<Long, String> relativeFailures, FloatTensor gram, long gramSequences, boolean vectorApiOnExecutors) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("luong:    %d rows, %d failed%n", luongRows, luongFailures.size()));
      luongFailures.forEach((id, e) -> sb.append(String.format("  row %d: %s%n", id, e)));
      sb.append(String.format("relative: %d rows, %d failed%n", relativeRows, relativeFailures.size()));
      relativeFailures.forEach((id, e) -> sb.append(String.format("  row %d: %s%n", id, e)));
      sb.append(String.format("gram:     [%d, %d] over %d context vectors, trace %.6g%n", gram.size(0), gram.size(1),
          gramSequences, trace(gram)));
      sb.append("executors have jdk.incubator.vector: ").append(vectorApiOnExecutors);
      return sb.toString();
    }
  }

  /**
   * Computes Luong attention for every row of {@code batches} (schema {@link #LUONG_INPUT}), lazily.
   *
   * @return rows of {@link #LUONG_OUTPUT}, one per input row
   */
  public static Dataset<Row> luong(Dataset<Row> batches, Broadcast<Weights> weights) {
    return luong(batches, weights, null);
  }

  /**
   * {@link #luong(Dataset, Broadcast)}, adding the nanoseconds each row's own work takes (decoding, kernels,
   * encoding) to {@code rowNanos} if it is not null.
   */
  public static Dataset<Row> luong(Dataset<Row> batches, Broadcast<Weights> weights, LongAccumulator rowNanos) {
    int taskCpus = taskCpus(batches.sparkSession());
    int id = batches.schema().fieldIndex("id");
    int enc = batches.schema().fieldIndex("enc");
    int dec = batches.schema().fieldIndex("dec");
    return batches.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      Einsums.setParallelism(taskCpus);
      Weights w = weights.value();
      return map(rows, row -> {
        AttentionKernels.LuongResult r = AttentionKernels.luong(w,
            Npy.read((byte[]) row.get(enc), "enc"), Npy.read((byte[]) row.get(dec), "dec"));
        return RowFactory.create(row.getLong(id), null, Npy.write(r.context()), Npy.write(r.weights()));
      }, (row, e) -> RowFactory.create(row.getLong(id), e, null, null), rowNanos);
    }, Encoders.row(LUONG_OUTPUT));
  }

  /**
   * Computes relative-position attention for every row of {@code batches} (schema {@link #RELATIVE_INPUT}),
   * lazily.
   *
   * @return rows of {@link #RELATIVE_OUTPUT}, one per input row
   */
  public static Dataset<Row> relative(Dataset<Row> batches, Broadcast<Weights> weights) {
    return relative(batches, weights, null);
  }

  /**
   * {@link #relative(Dataset, Broadcast)}, adding the nanoseconds each row's own work takes (decoding, kernels,
   * encoding) to {@code rowNanos} if it is not null.
   */
  public static Dataset<Row> relative(Dataset<Row> batches, Broadcast<Weights> weights, LongAccumulator rowNanos) {
    int taskCpus = taskCpus(batches.sparkSession());
    int id = batches.schema().fieldIndex("id");
    int x = batches.schema().fieldIndex("x");
    return batches.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      Einsums.setParallelism(taskCpus);
      Weights w = weights.value();
      return map(rows, row -> {
        FloatTensor z = AttentionKernels.relative(w, Npy.read((byte[]) row.get(x), "x"));
        return RowFactory.create(row.getLong(id), null, Npy.write(z));
      }, (row, e) -> RowFactory.create(row.getLong(id), e, null), rowNanos);
    }, Encoders.row(RELATIVE_OUTPUT));
  }

  /** A running sum of Gram matrices and of the context vectors they came from. */
  static final class GramSum implements Serializable {
    private static final long serialVersionUID = 1L;
    final float[] sum;
    long sequences;

    GramSum(int hidden) {
      this.sum = new float[hidden * hidden];
    }

    GramSum add(FloatTensor context, int hidden) {
      AttentionKernels.addGram(context, FloatTensor.of(sum, hidden, hidden));
      sequences += context.size(0);
      return this;
    }

    GramSum merge(GramSum other) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += other.sum[i];
      }
      sequences += other.sequences;
      return this;
    }
  }

  /**
   * Sums the Gram matrix of the context vectors over every computed row of a Luong result, each partition's
   * rows in order with the {@code accumulate = true} kernel, the partitions' sums added in a tree.
   *
   * @param luongResults rows of {@link #LUONG_OUTPUT}; failed rows are left out
   * @param hidden {@code H}
   * @return the sum, {@code [H, H]}, and how many context vectors it adds up
   */
  static GramSum gram(Dataset<Row> luongResults, int hidden) {
    return luongResults.filter("error IS NULL").select("context").javaRDD().treeAggregate(new GramSum(hidden),
        (acc, row) -> acc.add(Npy.read((byte[]) row.get(0), "context"), hidden), GramSum::merge, 2);
  }

  /**
   * Returns the failed rows of a result table, id to error message.
   *
   * @param results rows of {@link #LUONG_OUTPUT} or {@link #RELATIVE_OUTPUT}
   */
  public static SortedMap<Long, String> failures(Dataset<Row> results) {
    SortedMap<Long, String> failures = new TreeMap<>();
    for (Row row : results.filter("error IS NOT NULL").select("id", "error").collectAsList()) {
      failures.put(row.getLong(0), row.getString(1));
    }
    return failures;
  }

  /**
   * Runs the whole job: broadcasts the weights, computes both tables, writes them as Parquet to
   * {@code output/luong} and {@code output/relative}, and sums the Gram matrix.
   *
   * @param spark the session
   * @param luongBatches rows of {@link #LUONG_INPUT}
   * @param relativeBatches rows of {@link #RELATIVE_INPUT}
   * @param weights the model
   * @param output a directory URI or path the cluster can write (replaced if it exists)
   * @return the counts, the failed rows and the Gram matrix
   */
  public static Report run(SparkSession spark, Dataset<Row> luongBatches, Dataset<Row> relativeBatches,
      Weights weights, String output) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    boolean vector = vectorApiOnExecutors(jsc);
    Broadcast<Weights> shared = jsc.broadcast(weights);
    Dataset<Row> luong = luong(luongBatches, shared).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> relative = relative(relativeBatches, shared).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      luong.write().mode(SaveMode.Overwrite).parquet(output + "/luong");
      relative.write().mode(SaveMode.Overwrite).parquet(output + "/relative");
      GramSum gram = gram(luong, weights.hidden());
      return new Report(luong.count(), relative.count(), failures(luong), failures(relative),
          FloatTensor.of(gram.sum, weights.hidden(), weights.hidden()), gram.sequences, vector);
    } finally {
      luong.unpersist();
      relative.unpersist();
      shared.destroy();
    }
  }

  /**
   * Makes {@code rows} Luong rows of {@link SeedBatches} on the executors, ids {@code 0..rows-1}.
   *
   * @return rows of {@link #LUONG_INPUT}
   */
  public static Dataset<Row> seedLuongBatches(SparkSession spark, long rows, int partitions, SeedBatches.Sizes sizes) {
    return spark.range(0, rows, 1, partitions).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> map(ids,
        id -> RowFactory.create(id, Npy.write(SeedBatches.encoderOutputs(id, sizes)),
            Npy.write(SeedBatches.decoderHidden(id, sizes))), null, null), Encoders.row(LUONG_INPUT));
  }

  /**
   * Makes {@code rows} relative-attention rows of {@link SeedBatches} on the executors, ids {@code 0..rows-1}.
   *
   * @return rows of {@link #RELATIVE_INPUT}
   */
  public static Dataset<Row> seedRelativeBatches(SparkSession spark, long rows, int partitions,
      SeedBatches.Sizes sizes) {
    return spark.range(0, rows, 1, partitions).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> map(ids,
        id -> RowFactory.create(id, Npy.write(SeedBatches.relativeInput(id, sizes))), null, null),
        Encoders.row(RELATIVE_INPUT));
  }

  /**
   * Asks {@code 2 × defaultParallelism} tasks whether their JVM has {@code jdk.incubator.vector}: without it the
   * kernels still compute the same results, with scalar code.
   */
  public static boolean vectorApiOnExecutors(JavaSparkContext jsc) {
    int tasks = 2 * jsc.defaultParallelism();
    List<Integer> seq = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      seq.add(i);
    }
    return jsc.parallelize(seq, tasks)
        .map(i -> ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent())
        .reduce(Boolean::logicalAnd);
  }

  /**
   * Runs the job and prints its report. Exits with status 3 if some rows failed (the others are still written).
   *
   * <pre>
   * AttentionJob OUTPUT [ROWS [PARTITIONS [seed|small]]]          generated seed batches, ids 0..ROWS-1
   * AttentionJob OUTPUT --input LUONG RELATIVE [seed|small]       Parquet tables of LUONG_INPUT and RELATIVE_INPUT
   * </pre>
   *
   * The weights are drawn from seed 42 at the sizes named ({@link SeedBatches.Sizes#seed()} by default).
   *
   * @param args as above
   */
  public static void main(String[] args) {
    boolean input = args.length > 1 && args[1].equals("--input");
    if (args.length < 1 || (input && args.length < 4)) {
      System.err.println("usage: AttentionJob OUTPUT [ROWS [PARTITIONS [seed|small]]]");
      System.err.println("       AttentionJob OUTPUT --input LUONG_PARQUET RELATIVE_PARQUET [seed|small]");
      System.exit(2);
    }
    String output = args[0];
    String sizesArg = input ? (args.length > 4 ? args[4] : "seed") : (args.length > 3 ? args[3] : "seed");
    SeedBatches.Sizes sizes = sizesArg.equals("small") ? SeedBatches.Sizes.small() : SeedBatches.Sizes.seed();
    SparkSession spark = SparkSession.builder().appName("einsum4j attention").getOrCreate();
    Report report;
    try {
      Dataset<Row> luong;
      Dataset<Row> relative;
      if (input) {
        luong = spark.read().schema(LUONG_INPUT).parquet(args[2]);
        relative = spark.read().schema(RELATIVE_INPUT).parquet(args[3]);
      } else {
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 64;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : spark.sparkContext().defaultParallelism();
        luong = seedLuongBatches(spark, rows, partitions, sizes);
        relative = seedRelativeBatches(spark, rows, partitions, sizes);
      }
      report = run(spark, luong, relative, sizes.weights(42), output);
    } finally {
      spark.stop();
    }
    System.out.println(report);
    if (!report.luongFailures().isEmpty() || !report.relativeFailures().isEmpty()) {
      System.exit(3);
    }
  }

  /** A row-level kernel that may throw. */
  private interface RowFunction<T> {
    Row apply(T row) throws Exception;
  }

  /** Turns a row and its error message into the row written for it. */
  private interface ErrorRow<T> {
    Row apply(T row, String error);
  }

  /**
   * Maps an iterator lazily. A row whose kernel throws {@link IllegalArgumentException} (which includes
   * {@link org.einsum4j.EinsumShapeException}) becomes {@code onError}'s row, if there is one; anything else
   * fails the task, as a bug should. Adds the time of each row's kernel to {@code nanos} unless it is null.
   */
  private static <T> Iterator<Row> map(Iterator<T> rows, RowFunction<T> kernel, ErrorRow<T> onError,
      LongAccumulator nanos) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        T row = rows.next();
        try {
          long start = nanos == null ? 0 : System.nanoTime();
          Row out = kernel.apply(row);
          if (nanos != null) {
            nanos.add(System.nanoTime() - start);
          }
          return out;
        } catch (IllegalArgumentException e) {
          if (onError == null) {
            throw e;
          }
          return onError.apply(row, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static int taskCpus(SparkSession spark) {
    return Integer.parseInt(spark.sparkContext().getConf().get("spark.task.cpus", "1"));
  }

  private static double trace(FloatTensor m) {
    double t = 0;
    for (int i = 0; i < Math.min(m.size(0), m.size(1)); i++) {
      t += m.get(i, i);
    }
    return t;
  }
}
