/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.einsum4j.FloatTensor;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tensorflow.EagerSession;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * The JVM alternatives on the seed suite, built only with {@code -P peers}: TensorFlow Java's eager
 * {@code tf.linalg.einsum} (2 intra-op threads, 1 inter-op thread) on every workload, and EJML's
 * {@code CommonOps_FDRM.mult} on gemm. TensorFlow's einsum takes at most two inputs, so specs with more are
 * chained pairwise, left to right. Each trial checks its full-size result at sampled elements before
 * measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class PeersBench {
  @Param({"luong_scores", "luong_context", "bmm", "gemm", "head_proj", "rel_scores", "rel_pos_scores", "rel_context",
      "permute", "chain3", "trace", "bilinear", "chain5"})
  public String workload;

  private Workload w;
  private FloatTensor[] inputs;
  private EagerSession session;
  private Ops tf;
  private List<Operand<TFloat32>> constants;
  private List<String[]> steps;
  private FMatrixRMaj ejmlA;
  private FMatrixRMaj ejmlB;

  @Setup(Level.Trial)
  public void setUp() {
    w = Workload.named(workload);
    inputs = w.inputs(w.sizes(), 1);
    ConfigProto config = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(2)
        .setInterOpParallelismThreads(1)
        .build();
    session = EagerSession.options().config(config).build();
    tf = Ops.create(session);
    constants = new ArrayList<>();
    for (FloatTensor t : inputs) {
      long[] shape = new long[t.rank()];
      for (int a = 0; a < shape.length; a++) {
        shape[a] = t.size(a);
      }
      constants.add(tf.constant(Shape.of(shape), DataBuffers.of(t.array(), true, false)));
    }
    steps = pairwise(w);
    Checks.sampled(w, w.sizes(), inputs, toFloatTensor(tensorflow()), Checks.SAMPLES, "tf.linalg.einsum");
    if (w.name().equals("gemm")) {
      int ni = w.sizes().get('i');
      int nk = w.sizes().get('k');
      int nj = w.sizes().get('j');
      ejmlA = new FMatrixRMaj(ni, nk, true, inputs[0].array());
      ejmlB = new FMatrixRMaj(nk, nj, true, inputs[1].array());
      Checks.sampled(w, w.sizes(), inputs, FloatTensor.of(ejml().data, ni, nj), Checks.SAMPLES,
          "CommonOps_FDRM.mult");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
  }

  /**
   * Returns the two-input specs that compute the workload left to right: each step contracts the running
   * result with the next operand, keeping the labels that the output or a later operand still needs.
   */
  static List<String[]> pairwise(Workload w) {
    List<String> terms = w.operandTerms();
    List<String[]> s = new ArrayList<>();
    if (terms.size() <= 2) {
      s.add(new String[] {w.spec()});
      return s;
    }
    String acc = terms.get(0);
    for (int k = 1; k < terms.size(); k++) {
      String next = terms.get(k);
      String out;
      if (k == terms.size() - 1) {
        out = w.outputTerm();
      } else {
        StringBuilder keep = new StringBuilder();
        String later = String.join("", terms.subList(k + 1, terms.size())) + w.outputTerm();
        for (char c : (acc + next).toCharArray()) {
          if (later.indexOf(c) >= 0 && keep.indexOf(String.valueOf(c)) < 0) {
            keep.append(c);
          }
        }
        out = keep.toString();
      }
      s.add(new String[] {acc + "," + next + "->" + out});
      acc = out;
    }
    return s;
  }

  private TFloat32 tensorflow() {
    Operand<TFloat32> acc = constants.get(0);
    if (constants.size() == 1) {
      return tf.linalg.einsum(List.of(acc), steps.get(0)[0]).asTensor();
    }
    for (int k = 0; k < steps.size(); k++) {
      acc = tf.linalg.einsum(List.of(acc, constants.get(k + 1)), steps.get(k)[0]);
    }
    return acc.asTensor();
  }

  private static FloatTensor toFloatTensor(TFloat32 t) {
    long[] dims = t.shape().asArray();
    int[] shape = new int[dims.length];
    for (int a = 0; a < shape.length; a++) {
      shape[a] = Math.toIntExact(dims[a]);
    }
    float[] data = new float[Math.toIntExact(t.shape().size())];
    t.copyTo(DataBuffers.of(data, false, false));
    return FloatTensor.of(data, shape);
  }

  private FMatrixRMaj ejml() {
    FMatrixRMaj c = new FMatrixRMaj(ejmlA.numRows, ejmlB.numCols);
    CommonOps_FDRM.mult(ejmlA, ejmlB, c);
    return c;
  }

  @Benchmark
  public TFloat32 tensorflowEinsum() {
    return tensorflow();
  }

  /** EJML on gemm only; on the other workloads it returns at once (ignore those rows). */
  @Benchmark
  public FMatrixRMaj ejmlGemm() {
    return ejmlA == null ? null : ejml();
  }
}
