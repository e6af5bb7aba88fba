/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden generated sources: the processor's output for a few interfaces, compared byte for byte. After an
 * intended change of the generated code, rewrite them with {@code mvn test -pl processor -Dtest=GoldenTest
 * -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private static void check(String name, String source) throws IOException {
    Compiled c = Compiled.compile("golden." + name, source);
    String generated = c.generatedSource("golden.Einsum4j_" + name);
    Path file = ROOT.resolve("Einsum4j_" + name + ".java.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(ROOT);
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated,
        "generated source changed; if intended, rerun with -Dgolden.update=true and review the diff");
  }

  @Test
  void attention() throws IOException {
    check("Attention", String.join("\n",
        "package golden;",
        "import org.einsum4j.*;",
        "public interface Attention {",
        "  @Einsum(\"bsh,bh->bs\") FloatTensor scores(FloatTensor encoderOutputs, FloatTensor decoderHidden);",
        "  @Einsum(\"bs,bsh->bh\") void context(FloatTensor weights, FloatTensor encoderOutputs, FloatTensor out);",
        "  @Einsum(\"...ii->...i\") DoubleTensor diagonal(DoubleTensor a);",
        "  @Einsum(\"ij,jk,kl->il\") DoubleTensor chain(DoubleTensor a, DoubleTensor b, DoubleTensor c);",
        "}", ""));
  }

  @Test
  void abstractClassWithCollidingNames() throws IOException {
    check("Collisions", String.join("\n",
        "package golden;",
        "import org.einsum4j.*;",
        "public abstract class Collisions {",
        "  @Einsum(\"bB,Bc->bc\") protected abstract FloatTensor mul(FloatTensor b, FloatTensor binding);",
        "  @Einsum(\"i,i->\") abstract void mul(FloatTensor i, FloatTensor result, FloatTensor out);",
        "}", ""));
  }

  @Test
  void gradients() throws IOException {
    check("Gradients", String.join("\n",
        "package golden;",
        "import org.einsum4j.*;",
        "public interface Gradients {",
        "  @Einsum(\"bsh,bh->bs\") FloatTensor scores(FloatTensor enc, FloatTensor dec);",
        "  @EinsumGradient(of = \"scores\", wrt = \"enc\")",
        "  FloatTensor scoresGradEnc(FloatTensor gradScores, FloatTensor enc, FloatTensor dec);",
        "  @EinsumGradient(of = \"scores\", wrt = \"dec\", accumulate = true)",
        "  void scoresGradDec(FloatTensor gradScores, FloatTensor enc, FloatTensor dec, FloatTensor outGradDec);",
        "  @Einsum(\"ii\") DoubleTensor trace(DoubleTensor a);",
        "  @EinsumGradient(of = \"trace\", wrt = \"a\") DoubleTensor traceGrad(DoubleTensor grad, DoubleTensor a);",
        "}", ""));
  }
}
