/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import static org.einsum4j.examples.Tensors.add;
import static org.einsum4j.examples.Tensors.check;
import static org.einsum4j.examples.Tensors.head;
import static org.einsum4j.examples.Tensors.randn;
import static org.einsum4j.examples.Tensors.require;
import static org.einsum4j.examples.Tensors.scale;
import static org.einsum4j.examples.Tensors.select0;
import static org.einsum4j.examples.Tensors.shape;
import static org.einsum4j.examples.Tensors.softmax;

import java.util.Random;
import org.einsum4j.EinsumShapeException;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * Runs the three examples and checks every result against {@link Einsums#evaluate}, the reference
 * interpreter. Exits with an exception if any check fails.
 *
 * <pre>
 * mvn -B -pl examples -am package exec:exec
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
    FloatTensor enc = randn(random, b, s, h);
    FloatTensor dec = randn(random, b, h);
    Seq2SeqAttention attn = Einsums.load(Seq2SeqAttention.class);

    FloatTensor scores = attn.scores(enc, dec);
    System.out.println("encoderOutputs " + shape(enc) + ", decoderHidden " + shape(dec));
    System.out.println("scores = @Einsum(\"bsh,bh->bs\") " + shape(scores) + ": " + head(scores, 4));
    check("scores", "interpreter", scores, Einsums.evaluate("bsh,bh->bs", enc, dec));

    FloatTensor weights = softmax(scores, 1);
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
      FloatTensor one = attn.contextOne(select0(weights, i), select0(enc, i));
      check("contextOne(w[" + i + "], enc[" + i + "])", "interpreter", one,
          Einsums.evaluate("s,sh->h", select0(weights, i), select0(enc, i)));
      check("context[" + i + "]", "contextOne", select0(context, i), one);
    }

    // A void method with an out parameter writes into a tensor the caller owns.
    FloatTensor out = FloatTensor.zeros(b, h);
    attn.context(weights, enc, out);
    System.out.println("void context(weights, encoderOutputs, out): out " + shape(out) + ": " + head(out, 4));
    check("out", "interpreter", out, Einsums.evaluate("bs,bsh->bh", weights, enc));

    // A shape error names the spec, the label, both parameters, their axes and sizes.
    FloatTensor wrongHidden = randn(random, b, h + 1);
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
    FloatTensor w = randn(new Random(7), e, o);
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
    FloatTensor x = randn(random, b, s, h, d);
    FloatTensor wQ = randn(random, h, d, d);
    FloatTensor wK = randn(random, h, d, d);
    FloatTensor wV = randn(random, h, d, d);
    FloatTensor aK = randn(random, s, s, h, d);
    FloatTensor aV = randn(random, s, s, h, d);
    RelativeAttention attn = Einsums.load(RelativeAttention.class);
    System.out.println("X " + shape(x) + ", each W " + shape(wQ) + ", each A " + shape(aK));

    FloatTensor q = attn.project(x, wQ);
    FloatTensor k = attn.project(x, wK);
    FloatTensor v = attn.project(x, wV);
    System.out.println("q, k, v = @Einsum(\"bshd,hde->bshe\") " + shape(q));
    check("q", "interpreter", q, Einsums.evaluate("bshd,hde->bshe", x, wQ));
    check("k", "interpreter", k, Einsums.evaluate("bshd,hde->bshe", x, wK));
    check("v", "interpreter", v, Einsums.evaluate("bshd,hde->bshe", x, wV));

    // e = q·(k + aK) / sqrt(D) as two einsums, so k + aK ([B,S,S,H,D]) is never built.
    float invSqrtD = (float) (1 / Math.sqrt(d));
    FloatTensor scores = scale(add(attn.contentScores(q, k), attn.positionScores(q, aK)), invSqrtD);
    System.out.println("e = (@Einsum(\"bihd,bjhd->bijh\") + @Einsum(\"bihd,ijhd->bijh\")) / sqrt(D) "
        + shape(scores) + ": " + head(scores, 4));
    FloatTensor kPlusAk = materialize(k, aK);
    check("e", "interpreter", scores, scale(Einsums.evaluate("bihd,bijhd->bijh", q, kPlusAk), invSqrtD));

    FloatTensor alpha = softmax(scores, 2);
    System.out.println("alpha = softmax over j " + shape(alpha) + ": " + head(alpha, 4));

    FloatTensor z = add(attn.mixValues(alpha, v), attn.mixPositions(alpha, aV));
    System.out.println("z = @Einsum(\"bijh,bjhd->bihd\") + @Einsum(\"bijh,ijhd->bihd\") " + shape(z) + ": "
        + head(z, 4));
    FloatTensor vPlusAv = materialize(v, aV);
    check("z", "interpreter", z, Einsums.evaluate("bijh,bijhd->bihd", alpha, vPlusAv));
    System.out.println("  (the interpreter's formula needed v + aV materialized: " + shape(vPlusAv) + " = "
        + vPlusAv.size() + " floats; the two einsums read v " + shape(v) + " and aV " + shape(aV) + ")");
  }

  /** Returns {@code t[b,i,j,h,d] = x[b,j,h,d] + a[i,j,h,d]}, the {@code [B,S,S,H,D]} temporary, built explicitly. */
  private static FloatTensor materialize(FloatTensor x, FloatTensor a) {
    int[] xs = x.shape();
    int b = xs[0];
    int s = xs[1];
    // x as [B,1,S,H,D] and a as [1,S,S,H,D], both broadcast to [B,S,S,H,D]
    int[] full = {b, s, s, xs[2], xs[3]};
    return add(x.unsqueeze(1).expand(full), a.unsqueeze(0).expand(full));
  }
}
