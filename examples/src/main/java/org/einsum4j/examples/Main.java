/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import static org.einsum4j.examples.Tensors.check;
import static org.einsum4j.examples.Tensors.head;
import static org.einsum4j.examples.Tensors.require;
import static org.einsum4j.examples.Tensors.shape;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.einsum4j.EinsumPath;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * Runs the examples and checks every result against {@link Einsums#evaluate}, the reference interpreter, or
 * against another way of computing it. Exits with an exception if any check fails.
 *
 * <pre>
 * mvn -B -pl examples -am -DskipTests -Prun-examples package
 * </pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    System.out.println("einsum4j examples on Java " + Runtime.version() + "; jdk.incubator.vector "
        + (vector ? "loaded" : "not loaded (kernels run scalar)"));
    seq2seqAttention();
    lstmLayouts();
    relativePositionAttention();
    contractionOrder();
    header("5. training relative-position attention with generated gradients");
    Training.run();
    System.out.println();
    System.out.println("All " + Tensors.checksPassed() + " checks passed.");
  }

  private static void header(String title) {
    System.out.println();
    System.out.println("=== " + title + " " + "=".repeat(Math.max(3, 72 - title.length())));
  }

  /** Seed problem: bmm(w.unsqueeze(1), enc).squeeze(1) in a seq2seq decoder, as "bs,bsh->bh". */
  static void seq2seqAttention() {
    header("1. seq2seq Luong attention");
    int b = 3;
    int s = 7;
    int h = 5;
    Random random = new Random(42);
    FloatTensor enc = FloatTensor.randn(random, b, s, h);
    FloatTensor dec = FloatTensor.randn(random, b, h);
    Seq2SeqAttention attn = Einsums.load(Seq2SeqAttention.class);

    FloatTensor scores = attn.scores(enc, dec);
    System.out.println("encoderOutputs " + shape(enc) + ", decoderHidden " + shape(dec));
    System.out.println("scores = @Einsum(\"bsh,bh->bs\") " + shape(scores) + ": " + head(scores, 4));
    check("scores", "interpreter", scores, Einsums.evaluate("bsh,bh->bs", enc, dec));

    FloatTensor weights = scores.softmax(1);
    System.out.println("weights = softmax over s " + shape(weights) + ": " + head(weights, 4));

    FloatTensor context = attn.context(weights, enc);
    System.out.println("context = @Einsum(\"bs,bsh->bh\") " + shape(context) + ": " + head(context, 4));
    check("context", "interpreter", context, Einsums.evaluate("bs,bsh->bh", weights, enc));

    // What the PyTorch code does: [B,1,S] x [B,S,H] -> [B,1,H], then drop the 1.
    FloatTensor viaBmm = attn.bmm(weights.unsqueeze(1), enc);
    System.out.println("bmm(w.unsqueeze(1), enc) = @Einsum(\"bij,bjk->bik\") " + shape(viaBmm)
        + ", squeeze(1) -> " + shape(viaBmm.squeeze(1)));
    check("bmm(...).squeeze(1)", "interpreter", viaBmm.squeeze(1),
        Einsums.evaluate("bij,bjk->bik", weights.unsqueeze(1), enc).squeeze(1));
    check("context", "bmm(...).squeeze(1)", context, viaBmm.squeeze(1));

    // The batch is just one more label: each row equals the unbatched einsum on that sequence.
    for (int i = 0; i < b; i++) {
      FloatTensor one = attn.contextOne(weights.select(0, i), enc.select(0, i));
      check("contextOne(w[" + i + "], enc[" + i + "])", "interpreter", one,
          Einsums.evaluate("s,sh->h", weights.select(0, i), enc.select(0, i)));
      check("context[" + i + "]", "contextOne", context.select(0, i), one);
    }

    // A void method with an out parameter writes into a tensor the caller owns.
    FloatTensor out = FloatTensor.zeros(b, h);
    attn.context(weights, enc, out);
    System.out.println("void context(weights, encoderOutputs, out): out " + shape(out) + ": " + head(out, 4));
    check("out", "interpreter", out, Einsums.evaluate("bs,bsh->bh", weights, enc));

    // A shape error names the spec, the label, both parameters, their axes and sizes.
    FloatTensor wrongHidden = FloatTensor.randn(random, b, h + 1);
    try {
      attn.scores(enc, wrongHidden);
      throw new IllegalStateException("scores with a mismatched h did not throw");
    } catch (EinsumShapeException e) {
      System.out.println("scores(encoderOutputs " + shape(enc) + ", decoderHidden " + shape(wrongHidden)
          + ") throws EinsumShapeException:");
      System.out.println("  " + e.getMessage());
    }
  }

  /** Seed problem: batch-first vs seq-first LSTM inputs, and view/reshape where transpose was meant. */
  static void lstmLayouts() {
    header("2. LSTM inputs: batch-first [B,S,E] vs seq-first [S,B,E]");
    int b = 2;
    int s = 3;
    int e = 4;
    // x[b,s,e] = 100*b + 10*s + e, so every value says where it came from.
    FloatTensor x = FloatTensor.zeros(b, s, e);
    for (int bi = 0; bi < b; bi++) {
      for (int si = 0; si < s; si++) {
        for (int ei = 0; ei < e; ei++) {
          x.set(100 * bi + 10 * si + ei, bi, si, ei);
        }
      }
    }
    LstmLayouts lstm = Einsums.load(LstmLayouts.class);
    System.out.println("embeddings, batch-first, x[b,s,e] = 100*b + 10*s + e: " + x);

    FloatTensor seqFirst = lstm.toSeqFirst(x);
    System.out.println("seq-first = @Einsum(\"bse->sbe\"): " + seqFirst);
    check("toSeqFirst", "interpreter", seqFirst, Einsums.evaluate("bse->sbe", x));
    check("toSeqFirst", "x.transpose(0, 1)", seqFirst, x.transpose(0, 1));

    // The trap: reshape (PyTorch's view) keeps the row-major order, so it regroups, not transposes.
    FloatTensor reshaped = x.reshape(s, b, e);
    System.out.println("x.reshape(S, B, E), the view(len(sentence), batch_size, -1) of the seed: " + reshaped);
    int[] at = firstDifference(reshaped, seqFirst);
    require(at != null, "reshape(S,B,E) differs from seq-first");
    System.out.printf("  first difference at [s=%d, b=%d, e=%d]: reshape gives %.0f (batch %d, step %d), "
            + "seq-first has %.0f (batch %d, step %d)%n", at[0], at[1], at[2],
        reshaped.get(at), (int) reshaped.get(at) / 100, (int) reshaped.get(at) / 10 % 10,
        seqFirst.get(at), (int) seqFirst.get(at) / 100, (int) seqFirst.get(at) / 10 % 10);

    // Flattening the transposed view would need a copy, and reshape never copies: it says so.
    try {
      x.transpose(0, 1).reshape(s * b, e);
      throw new IllegalStateException("reshape of the transposed view did not throw");
    } catch (EinsumShapeException ex) {
      System.out.println("x.transpose(0, 1).reshape(S*B, E) throws EinsumShapeException:");
      System.out.println("  " + ex.getMessage());
    }
    System.out.println("seqFirst.reshape(S*B, E) works, time-major rows: " + head(seqFirst.reshape(s * b, e), 8));

    // A linear layer at every time step; strided views (here the transposed x) are accepted as they are.
    int o = 3;
    FloatTensor w = FloatTensor.randn(7, e, o);
    FloatTensor y = lstm.linear(seqFirst, w);
    System.out.println("linear = @Einsum(\"sbe,eo->sbo\") " + shape(y) + ": " + head(y, 4));
    check("linear", "interpreter", y, Einsums.evaluate("sbe,eo->sbo", seqFirst, w));
    check("linear(x.transpose(0, 1), w)", "linear", lstm.linear(x.transpose(0, 1), w), y);
    check("linearBatchFirst(x, w)", "linear.transpose(0, 1)", lstm.linearBatchFirst(x, w), y.transpose(0, 1));
  }

  private static int[] firstDifference(FloatTensor a, FloatTensor b) {
    int[] shape = a.shape();
    int[] index = new int[shape.length];
    for (int n = 0; n < a.size(); n++) {
      for (int axis = shape.length - 1, rest = n; axis >= 0; axis--) {
        index[axis] = rest % shape[axis];
        rest /= shape[axis];
      }
      if (a.get(index) != b.get(index)) {
        return index;
      }
    }
    return null;
  }

  /** Seed problem: relative-position self-attention without the [B,S,S,H,D] temporaries. */
  static void relativePositionAttention() {
    header("3. relative-position attention");
    int b = 2;
    int s = 5;
    int h = 2;
    int d = 4;
    Random random = new Random(2024);
    FloatTensor x = FloatTensor.randn(random, b, s, h, d);
    FloatTensor wQ = FloatTensor.randn(random, h, d, d);
    FloatTensor wK = FloatTensor.randn(random, h, d, d);
    FloatTensor wV = FloatTensor.randn(random, h, d, d);
    FloatTensor aK = FloatTensor.randn(random, s, s, h, d);
    FloatTensor aV = FloatTensor.randn(random, s, s, h, d);
    RelativeAttention attn = Einsums.load(RelativeAttention.class);
    System.out.println("X " + shape(x) + ", each W " + shape(wQ) + ", each A " + shape(aK));

    FloatTensor q = attn.project(x, wQ);
    FloatTensor k = attn.project(x, wK);
    FloatTensor v = attn.project(x, wV);
    System.out.println("q, k, v = @Einsum(\"bshd,hde->bshe\") " + shape(q));
    check("q", "interpreter", q, Einsums.evaluate("bshd,hde->bshe", x, wQ));
    check("k", "interpreter", k, Einsums.evaluate("bshd,hde->bshe", x, wK));
    check("v", "interpreter", v, Einsums.evaluate("bshd,hde->bshe", x, wV));

    // e = q·(k + aK) / sqrt(D) in one einsum: the group (bjhd+ijhd) is k + aK, never built.
    float invSqrtD = (float) (1 / Math.sqrt(d));
    FloatTensor scores = attn.scores(q, k, aK).scale(invSqrtD);
    System.out.println("e = @Einsum(\"bihd,(bjhd+ijhd)->bijh\")(q, k, aK) / sqrt(D) " + shape(scores) + ": "
        + head(scores, 4));
    FloatTensor kPlusAk = materialize(k, aK);
    check("e", "interpreter, k + aK built", scores,
        Einsums.evaluate("bihd,bijhd->bijh", q, kPlusAk).scale(invSqrtD));
    // The same, split by hand into two einsums and added.
    FloatTensor split = attn.contentScores(q, k).add(attn.positionScores(q, aK)).scale(invSqrtD);
    check("e", "two einsums, added", scores, split);

    FloatTensor alpha = scores.softmax(2);
    System.out.println("alpha = softmax over j " + shape(alpha) + ": " + head(alpha, 4));

    FloatTensor z = attn.context(alpha, v, aV);
    System.out.println("z = @Einsum(\"bijh,(bjhd+ijhd)->bihd\")(alpha, v, aV) " + shape(z) + ": " + head(z, 4));
    FloatTensor vPlusAv = materialize(v, aV);
    check("z", "interpreter, v + aV built", z, Einsums.evaluate("bijh,bijhd->bihd", alpha, vPlusAv));
    check("z", "interpreter, same group spec", z, Einsums.evaluate("bijh,(bjhd+ijhd)->bihd", alpha, v, aV));
    System.out.println("  (the seed's formula needs v + aV materialized: " + shape(vPlusAv) + " = "
        + vPlusAv.size() + " floats; the group reads v " + shape(v) + " and aV " + shape(aV) + " as they are)");

    // accumulate = true: out += einsum, here the second half of the split form.
    FloatTensor zSplit = attn.mixValues(alpha, v);
    attn.addMixPositions(alpha, aV, zSplit);
    System.out.println("z = mixValues(alpha, v), then @Einsum(value = \"bijh,ijhd->bihd\", accumulate = true) "
        + "addMixPositions(alpha, aV, out: z)");
    check("z (accumulated)", "group form", zSplit, z);

    // sizes = "h=4, d=32": checked on every call.
    try {
      attn.context4x32(alpha, v, aV);
      throw new IllegalStateException("context4x32 with h=" + h + " did not throw");
    } catch (EinsumShapeException e) {
      System.out.println("@Einsum(value = \"bijh,(bjhd+ijhd)->bihd\", sizes = \"h=4, d=32\") context4x32 on h=" + h
          + ", d=" + d + " throws EinsumShapeException:");
      System.out.println("  " + e.getMessage());
    }

    fusedVersusMaterialized(attn);
  }

  /**
   * The group form against the seed's materialized {@code [B,S,S,H,D]} temporary at sizes where it shows:
   * same values, the time of each, and what each allocates.
   */
  static void fusedVersusMaterialized(RelativeAttention attn) {
    int b = 2;
    int s = 64;
    int h = 4;
    int d = 32;
    Random random = new Random(3);
    FloatTensor q = FloatTensor.randn(random, b, s, h, d);
    FloatTensor k = FloatTensor.randn(random, b, s, h, d);
    FloatTensor v = FloatTensor.randn(random, b, s, h, d);
    FloatTensor aK = FloatTensor.randn(random, s, s, h, d);
    FloatTensor aV = FloatTensor.randn(random, s, s, h, d);
    FloatTensor alpha = FloatTensor.randn(random, b, s, s, h).softmax(2);
    System.out.println();
    System.out.println("group form vs the seed's materialized temporary at B=" + b + ", S=" + s + ", H=" + h
        + ", D=" + d + ":");

    FloatTensor e = attn.scores(q, k, aK);
    check("e = q·(k + aK), group", "bihd,bijhd->bijh on k + aK built", e,
        attn.scoresMaterialized(q, materialize(k, aK)));
    FloatTensor z = attn.context4x32(alpha, v, aV);
    check("z = α·(v + aV), group", "bijh,bijhd->bihd on v + aV built", z,
        attn.contextMaterialized(alpha, materialize(v, aV)));
    check("context4x32 (sizes declared)", "context", z, attn.context(alpha, v, aV));

    double tempMiB = mib(4L * b * s * s * h * d);
    System.out.printf("  rough wall-clock (System.nanoTime, median of %d calls after %d warm-up; not a benchmark)"
        + " and bytes allocated by one call:%n", TIMED, WARMUP);
    System.out.printf("    %-48s %9s %13s  %s%n", "", "ms/call", "allocated", "temporary");
    Supplier<FloatTensor> eFused = () -> attn.scores(q, k, aK);
    Supplier<FloatTensor> eMat = () -> attn.scoresMaterialized(q, materialize(k, aK));
    Supplier<FloatTensor> zFused = () -> attn.context4x32(alpha, v, aV);
    Supplier<FloatTensor> zMat = () -> attn.contextMaterialized(alpha, materialize(v, aV));
    double eFusedMs = timeAndReport("e  bihd,(bjhd+ijhd)->bijh", eFused, "none; result [B,S,S,H] "
        + String.format("%.2f MiB", mib(4L * b * s * s * h)));
    double eMatMs = timeAndReport("e  k + aK built, then bihd,bijhd->bijh", eMat,
        String.format("[B,S,S,H,D] %.2f MiB", tempMiB));
    double zFusedMs = timeAndReport("z  bijh,(bjhd+ijhd)->bihd", zFused, "none; result [B,S,H,D] "
        + String.format("%.2f MiB", mib(4L * b * s * h * d)));
    double zMatMs = timeAndReport("z  v + aV built, then bijh,bijhd->bihd", zMat,
        String.format("[B,S,S,H,D] %.2f MiB", tempMiB));
    System.out.printf("  time ratio materialized / group: e %.2f, z %.2f (above 1: the group form is faster); "
        + "the group form never allocates the %.2f MiB temporary (B·S·S·H·D = %d floats)%n", eMatMs / eFusedMs,
        zMatMs / zFusedMs, tempMiB, b * s * s * h * d);
  }

  private static final int WARMUP = 5;
  private static final int TIMED = 9;

  /** Prints one row: the median wall-clock time of a call and the bytes one call allocates. */
  private static double timeAndReport(String what, Supplier<FloatTensor> call, String temporary) {
    for (int i = 0; i < WARMUP; i++) {
      call.get();
    }
    double[] ms = new double[TIMED];
    for (int i = 0; i < TIMED; i++) {
      long t0 = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    long bytes = Tensors.allocatedBytes(call);
    System.out.printf("    %-48s %9.2f %13s  %s%n", what, ms[TIMED / 2],
        bytes < 0 ? "n/a" : String.format("%.2f MiB", mib(bytes)), temporary);
    return ms[TIMED / 2];
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /**
   * Returns {@code t[b,i,j,h,d] = x[b,j,h,d] + a[i,j,h,d]}, the {@code [B,S,S,H,D]} temporary, built the way
   * PyTorch's {@code x.unsqueeze(1) + a} builds it, by broadcasting: one new array of {@code B·S·S·H·D} floats.
   */
  private static FloatTensor materialize(FloatTensor x, FloatTensor a) {
    return x.unsqueeze(1).add(a);   // [B, 1, S, H, D] + [S, S, H, D] broadcasts to [B, S, S, H, D]
  }

  /** Prints the contraction order the planner picks for two three-operand specs. */
  static void contractionOrder() {
    header("4. contraction order: Einsums.path");
    EinsumPath chain = Einsums.path("ij,jk,kl->il", new int[] {256, 512}, new int[] {512, 512},
        new int[] {512, 256});
    System.out.println("Einsums.path(\"ij,jk,kl->il\", [256, 512], [512, 512], [512, 256]):");
    System.out.print(chain);
    require(chain.contractions().size() == 2 && chain.optimizedFlops() < chain.naiveFlops(),
        "chain: two pairwise products, fewer FLOPs");
    EinsumPath bilinear = Einsums.path("bi,ij,bj->b", new int[] {256, 512}, new int[] {512, 512},
        new int[] {256, 512});
    System.out.println("Einsums.path(\"bi,ij,bj->b\", [256, 512], [512, 512], [256, 512]):");
    System.out.print(bilinear);
    require(bilinear.contractions().size() == 2 && bilinear.optimizedFlops() < bilinear.naiveFlops(),
        "bilinear: two pairwise products, fewer FLOPs");
  }
}
