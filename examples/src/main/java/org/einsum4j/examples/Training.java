/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.examples;

import static org.einsum4j.examples.Tensors.require;

import java.util.Random;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;

/**
 * Trains seed 003's relative-position attention layer ({@link TrainableRelativeAttention}) in pure Java with
 * minibatch SGD on synthetic data: a teacher layer with random parameters labels random inputs, and a student
 * started from other random parameters learns to match it under a mean squared error. Every backward contraction
 * is a generated {@code @EinsumGradient} method; only the softmax and the elementwise steps are written by hand.
 */
final class Training {
  private static final int B = 8;
  private static final int S = 6;
  private static final int H = 2;
  private static final int D = 4;
  private static final int BATCHES = 8;
  private static final int EPOCHS = 50;
  private static final float LEARNING_RATE = 2f;

  private static final TrainableRelativeAttention LAYER = Einsums.load(TrainableRelativeAttention.class);

  private Training() {}

  /** The layer's parameters. */
  static final class Params {
    final FloatTensor wq;
    final FloatTensor wk;
    final FloatTensor wv;
    final FloatTensor ak;
    final FloatTensor av;

    Params(Random random, float scale) {
      wq = FloatTensor.randn(random, H, D, D).scale(scale);
      wk = FloatTensor.randn(random, H, D, D).scale(scale);
      wv = FloatTensor.randn(random, H, D, D).scale(scale);
      ak = FloatTensor.randn(random, S, S, H, D).scale(scale);
      av = FloatTensor.randn(random, S, S, H, D).scale(scale);
    }

    FloatTensor[] all() {
      return new FloatTensor[] {wq, wk, wv, ak, av};
    }
  }

  /** The forward pass's intermediates, kept for the backward pass. */
  static final class Forward {
    FloatTensor q;
    FloatTensor k;
    FloatTensor v;
    FloatTensor alpha;
    FloatTensor z;
  }

  static Forward forward(Params p, FloatTensor x) {
    Forward f = new Forward();
    f.q = LAYER.project(x, p.wq);
    f.k = LAYER.project(x, p.wk);
    f.v = LAYER.project(x, p.wv);
    FloatTensor e = LAYER.scores(f.q, f.k, p.ak).scale((float) (1 / Math.sqrt(D)));
    f.alpha = e.softmax(2);
    f.z = LAYER.context(f.alpha, f.v, p.av);
    return f;
  }

  /** Mean squared error of {@code z} against {@code target}. */
  static double loss(FloatTensor z, FloatTensor target) {
    float[] a = z.toArray();
    float[] b = target.toArray();
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (double) (a[i] - b[i]);
    }
    return s / a.length;
  }

  /** Returns the gradients of the loss with respect to {@code p.all()}, in that order. */
  static FloatTensor[] backward(Params p, FloatTensor x, FloatTensor target, Forward f) {
    float[] z = f.z.toArray();
    float[] t = target.toArray();
    float[] gz = new float[z.length];
    for (int i = 0; i < z.length; i++) {
      gz[i] = 2 * (z[i] - t[i]) / z.length;
    }
    FloatTensor gradZ = FloatTensor.of(gz, f.z.shape());

    // z = Σ_j α · (v + aV)
    FloatTensor gradAlpha = LAYER.contextGradAlpha(gradZ, f.alpha, f.v, p.av);
    FloatTensor gradV = LAYER.contextGradV(gradZ, f.alpha, f.v, p.av);
    FloatTensor gradAv = LAYER.contextGradAV(gradZ, f.alpha, f.v, p.av);

    // α = softmax_j(e / sqrt(D)): de = α ⊙ (dα - Σ_j dα ⊙ α) / sqrt(D), over the contiguous [B, S, S, H]
    float[] a = f.alpha.toArray();
    float[] ga = gradAlpha.toArray();
    float[] ge = new float[a.length];
    float inv = (float) (1 / Math.sqrt(D));
    for (int bi = 0; bi < B * S; bi++) {
      for (int h = 0; h < H; h++) {
        float dot = 0;
        for (int j = 0; j < S; j++) {
          int at = (bi * S + j) * H + h;
          dot += ga[at] * a[at];
        }
        for (int j = 0; j < S; j++) {
          int at = (bi * S + j) * H + h;
          ge[at] = a[at] * (ga[at] - dot) * inv;
        }
      }
    }
    FloatTensor gradE = FloatTensor.of(ge, f.alpha.shape());

    // e = Σ_d q · (k + aK)
    FloatTensor gradQ = LAYER.scoresGradQ(gradE, f.q, f.k, p.ak);
    FloatTensor gradK = LAYER.scoresGradK(gradE, f.q, f.k, p.ak);
    FloatTensor gradAk = LAYER.scoresGradAK(gradE, f.q, f.k, p.ak);

    // q, k, v = x · W: the gradients with respect to the weights, added into fresh buffers
    FloatTensor gradWq = FloatTensor.zeros(H, D, D);
    FloatTensor gradWk = FloatTensor.zeros(H, D, D);
    FloatTensor gradWv = FloatTensor.zeros(H, D, D);
    LAYER.projectAddGradW(gradQ, x, p.wq, gradWq);
    LAYER.projectAddGradW(gradK, x, p.wk, gradWk);
    LAYER.projectAddGradW(gradV, x, p.wv, gradWv);
    return new FloatTensor[] {gradWq, gradWk, gradWv, gradAk, gradAv};
  }

  static void run() {
    Random random = new Random(3);
    Params teacher = new Params(random, 0.7f);
    Params student = new Params(random, 0.7f);
    FloatTensor[] inputs = new FloatTensor[BATCHES];
    FloatTensor[] targets = new FloatTensor[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
      inputs[i] = FloatTensor.randn(random, B, S, H, D);
      targets[i] = forward(teacher, inputs[i]).z;
    }
    System.out.println("teacher-student on " + BATCHES + " batches of x [" + B + ", " + S + ", " + H + ", " + D
        + "], SGD with learning rate " + LEARNING_RATE + ", every backward contraction an @EinsumGradient");

    checkAgainstFiniteDifferences(student, inputs[0], targets[0]);

    double first = Double.NaN;
    double last = Double.NaN;
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      double sum = 0;
      for (int i = 0; i < BATCHES; i++) {
        Forward f = forward(student, inputs[i]);
        sum += loss(f.z, targets[i]);
        FloatTensor[] grads = backward(student, inputs[i], targets[i], f);
        FloatTensor[] params = student.all();
        for (int k = 0; k < params.length; k++) {
          float[] w = params[k].array();
          float[] g = grads[k].array();
          for (int n = 0; n < w.length; n++) {
            w[n] -= LEARNING_RATE * g[n];
          }
        }
      }
      double epochLoss = sum / BATCHES;
      if (epoch == 1) {
        first = epochLoss;
      }
      last = epochLoss;
      System.out.printf("  epoch %2d  loss %.6f%n", epoch, epochLoss);
    }
    System.out.printf("  loss fell %.1fx%n", first / last);
    require(first / last >= 10, "loss fell at least 10x");
  }

  /** Central differences in double of the loss against the gradient of a few parameters. */
  private static void checkAgainstFiniteDifferences(Params p, FloatTensor x, FloatTensor target) {
    FloatTensor[] grads = backward(p, x, target, forward(p, x));
    FloatTensor[] params = p.all();
    String[] names = {"W_Q", "W_K", "W_V", "aK", "aV"};
    double worst = 0;
    for (int k = 0; k < params.length; k++) {
      float[] w = params[k].array();
      for (int n : new int[] {0, w.length / 2, w.length - 1}) {
        float saved = w[n];
        float h = 1e-2f;
        w[n] = saved + h;
        double plus = loss(forward(p, x).z, target);
        w[n] = saved - h;
        double minus = loss(forward(p, x).z, target);
        w[n] = saved;
        double fd = (plus - minus) / (2 * h);
        double g = grads[k].array()[n];
        double err = Math.abs(fd - g) / (1e-4 + Math.abs(fd) + Math.abs(g));
        worst = Math.max(worst, err);
        if (err > 0.05) {
          throw new IllegalStateException("gradient of " + names[k] + "[" + n + "] is " + g
              + ", central difference " + fd);
        }
      }
    }
    require(worst <= 0.05, String.format("gradients vs finite differences (worst relative error %.2g)", worst));
  }
}
