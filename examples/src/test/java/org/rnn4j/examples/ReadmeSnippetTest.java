package org.rnn4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.MeanSquaredError;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.Optimizer;

/** The Java snippet of the root README compiles, runs and learns, because it is this test's code. */
class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF = Path.of("src", "test", "java", "org", "rnn4j", "examples",
      "ReadmeSnippetTest.java");

  @Test
  void theSnippetTrainsAnLstm() {
    // README-BEGIN
    int inputSize = 3;
    int hiddenSize = 8;
    RecurrentStack lstm = RecurrentStack.builder()
        .setCellType(CellType.LSTM).setInputSize(inputSize).setHiddenSize(hiddenSize).optSeed(42).build();
    Optimizer adam = Adam.builder().setLearningRate(0.02).build();
    MeanSquaredError mse = new MeanSquaredError(hiddenSize, Reduction.MEAN);

    SequenceShape shape = SequenceShape.full(5, 2);            // T = 5 steps, B = 2 sequences
    FMatrixRMaj x = new FMatrixRMaj(shape.rows(), inputSize);  // time-major [T*B x X]: row t*B + b
    x.set(0, 0, 1f);                                           // step 0 of sequence 0
    FMatrixRMaj target = new FMatrixRMaj(shape.rows(), hiddenSize);
    CommonOps_FDRM.fill(target, 0.5f);
    FMatrixRMaj dOutput = new FMatrixRMaj(shape.rows(), hiddenSize);

    double loss = 0;
    for (int step = 0; step < 100; step++) {
      lstm.params().zeroGrad();
      FMatrixRMaj output = lstm.forward(x, shape, null, true);  // [T*B x H]; null: zero initial states
      loss = mse.compute(output.data, target.data, shape.rows(), dOutput.data);
      lstm.backward(dOutput, null, null);                       // BPTT: gradients accumulate in params()
      adam.step(lstm.params());
    }
    // README-END
    assertTrue(loss < 0.01, "loss after 100 Adam steps: " + loss);
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws IOException {
    List<String> snippet = javaBlock(Files.readAllLines(README));
    List<String> self = Files.readAllLines(SELF);
    List<String> body = new ArrayList<>();
    for (String line : snippet) {
      if (line.startsWith("import ")) {
        assertTrue(self.contains(line), "README imports what this test does not: " + line);
      } else if (!line.isBlank()) {
        body.add(line.strip());
      }
    }
    List<String> code = new ArrayList<>();
    boolean inside = false;
    for (String line : self) {
      if (line.strip().equals("// README-END")) {
        break;
      }
      if (inside && !line.isBlank()) {
        code.add(line.strip());
      }
      inside |= line.strip().equals("// README-BEGIN");
    }
    assertFalse(code.isEmpty());
    assertEquals(code, body, "README.md's Java snippet and ReadmeSnippetTest have drifted apart");
  }

  /** The lines of the first {@code ```java} block. */
  private static List<String> javaBlock(List<String> readme) {
    int start = readme.indexOf("```java");
    assertTrue(start >= 0, "README.md has no ```java block");
    int end = readme.subList(start + 1, readme.size()).indexOf("```") + start + 1;
    return readme.subList(start + 1, end);
  }
}
