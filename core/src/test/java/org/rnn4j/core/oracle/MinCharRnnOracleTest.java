package org.rnn4j.core.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.BpttEngine;
import org.rnn4j.core.bptt.Tape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.math.Kernels;

/**
 * The oracle: min-char-rnn's loss function, ported as plain double loops ({@link MinCharRnn}), gives the same loss,
 * gradients, last hidden state and dL/dhprev as rnn4j's VanillaRnnCell + BpttEngine + Dense + softmax
 * cross-entropy (summed, as min-char-rnn sums). min-char-rnn has one hidden bias {@code bh}; rnn4j follows PyTorch
 * with two, {@code bias_ih + bias_hh = bh}, each receiving {@code dbh}.
 */
class MinCharRnnOracleTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 25})
  void engineMatchesMinCharRnn(int steps) {
    int vocab = 11;
    int hidden = 8;
    MinCharRnn.Params p = MinCharRnn.Params.random(vocab, hidden, 0.3, 42 + steps);
    SplittableRandom random = new SplittableRandom(steps);
    int[] inputs = new int[steps];
    int[] targets = new int[steps];
    for (int t = 0; t < steps; t++) {
      inputs[t] = random.nextInt(vocab);
      targets[t] = random.nextInt(vocab);
    }
    double[] hprev = new double[hidden];
    for (int j = 0; j < hidden; j++) {
      hprev[j] = random.nextDouble() - 0.5;
    }
    MinCharRnn.Result expected = new MinCharRnn(p).lossFun(inputs, targets, hprev);

    Cell cell = Cell.builder(CellType.RNN_TANH).setInputSize(vocab).setHiddenSize(hidden).build();
    Dense dense = Dense.builder().setInputSize(hidden).setOutputSize(vocab).setSeed(1).build();
    copy(p.wxh(), cell.weightIh().value().data);
    copy(p.whh(), cell.weightHh().value().data);
    copy(p.bh(), cell.biasIh().value().data);
    java.util.Arrays.fill(cell.biasHh().value().data, 0f);
    copy(p.why(), dense.weight().value().data);
    copy(p.by(), dense.bias().orElseThrow().value().data);

    float[] x = new float[steps * vocab];
    for (int t = 0; t < steps; t++) {
      x[t * vocab + inputs[t]] = 1f;
    }
    float[] h0 = new float[hidden];
    for (int j = 0; j < hidden; j++) {
      h0[j] = (float) hprev[j];
    }
    BpttEngine engine = new BpttEngine(Kernels.best());
    Tape tape = new Tape(cell);
    SequenceShape shape = SequenceShape.full(steps, 1);
    engine.forward(tape, shape, RowBlock.of(x, vocab), h0, null);
    float[] hs = new float[steps * hidden];
    RowBlock out = tape.outputs();
    System.arraycopy(out.data(), out.offset(), hs, 0, hs.length);
    float[] logits = new float[steps * vocab];
    dense.forward(hs, steps, logits);
    float[] dLogits = new float[steps * vocab];
    double loss = new SoftmaxCrossEntropy(vocab, Reduction.SUM).compute(logits, targets, steps, dLogits);
    float[] dh = new float[steps * hidden];
    dense.backward(hs, dLogits, steps, dh);
    engine.backward(tape, RowBlock.of(dh, hidden), null, null, null, null);

    assertEquals(expected.loss(), loss, 1e-4 * Math.max(1, expected.loss()), "loss");
    assertClose("dWxh", expected.dWxh(), cell.weightIh().grad().data);
    assertClose("dWhh", expected.dWhh(), cell.weightHh().grad().data);
    assertClose("dbh (bias_ih)", expected.dbh(), cell.biasIh().grad().data);
    assertClose("dbh (bias_hh)", expected.dbh(), cell.biasHh().grad().data);
    assertClose("dWhy", expected.dWhy(), dense.weight().grad().data);
    assertClose("dby", expected.dby(), dense.bias().orElseThrow().grad().data);
    float[] hLast = new float[hidden];
    tape.finalHidden(hLast);
    assertClose("hLast", expected.hLast(), hLast);
    assertClose("dhprev", expected.dhPrev(), java.util.Arrays.copyOf(tape.initialHiddenGradient(), hidden));
  }

  private static void copy(double[][] from, float[] to) {
    int cols = from[0].length;
    for (int i = 0; i < from.length; i++) {
      for (int j = 0; j < cols; j++) {
        to[i * cols + j] = (float) from[i][j];
      }
    }
  }

  private static void copy(double[] from, float[] to) {
    for (int i = 0; i < from.length; i++) {
      to[i] = (float) from[i];
    }
  }

  private static void assertClose(String what, double[][] expected, float[] actual) {
    int cols = expected[0].length;
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < cols; j++) {
        double e = expected[i][j];
        assertEquals(e, actual[i * cols + j], 1e-5 * Math.max(1, Math.abs(e)), what + "[" + i + "][" + j + "]");
      }
    }
  }

  private static void assertClose(String what, double[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), what + "[" + i + "]");
    }
  }
}
