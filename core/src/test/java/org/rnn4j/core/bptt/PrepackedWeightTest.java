package org.rnn4j.core.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.math.Gemm;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Param;

/**
 * Preparing W_hh once per pass changes no number: the engine gives bit-identical outputs and gradients to the same
 * kernels made to multiply with W_hh itself at every step (the behaviour before prepacking), across two passes
 * with W_hh changed in between, so a stale packed copy would show.
 */
class PrepackedWeightTest {
  private static final Kernels SERIAL = Kernels.withThreads(1);
  private static final Kernels PARALLEL = Kernels.withThreads(2);

  /** The kernels' GEMM with {@link Gemm#prepack} left at its default: every step reads W_hh in place. */
  private static final class Unprepared implements Gemm {
    private final Gemm inner;

    Unprepared(Gemm inner) {
      this.inner = inner;
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, int lda,
        float[] b, int bOff, int ldb, boolean accumulate, float[] c, int cOff, int ldc) {
      inner.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
    }

    @Override
    public String name() {
      return "unprepared-" + inner.name();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "LSTM, 48, 1", "LSTM, 48, 2", "LSTM, 6, 1", "LSTM, 3, 2",
      "GRU, 48, 1", "GRU, 48, 2", "GRU, 6, 2",
      "RNN_TANH, 48, 1", "RNN_TANH, 48, 2", "RNN_TANH, 9, 1"})
  void equalsMultiplyingWithWhhAtEveryStep(CellType type, int batch, int threads) {
    Kernels kernels = threads == 1 ? SERIAL : PARALLEL;
    Kernels reference = new Kernels(new Unprepared(kernels.gemm()), kernels.activations());
    int steps = 5;
    int inputSize = 40;
    int hidden = 208; // at batch 48 every per-step product exceeds ParallelGemm's split threshold
    SequenceShape shape = new SequenceShape(steps, batch, lengths(batch, steps));
    float[] x = random(steps * batch * inputSize, 1);
    float[] dOut = random(steps * batch * hidden, 2);
    float[][] expected = run(type, reference, shape, x, dOut, inputSize, hidden);
    float[][] actual = run(type, kernels, shape, x, dOut, inputSize, hidden);
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].length, actual[i].length);
      for (int j = 0; j < expected[i].length; j++) {
        if (Float.floatToRawIntBits(expected[i][j]) != Float.floatToRawIntBits(actual[i][j])) {
          throw new AssertionError(type + " batch " + batch + " threads " + threads + ": result " + i
              + " differs at " + j + ": " + expected[i][j] + " vs " + actual[i][j]);
        }
      }
    }
  }

  /**
   * Two forward and backward passes on one tape, W_hh changed between them: the second pass's outputs, input
   * gradient and the four parameter gradients.
   */
  private static float[][] run(CellType type, Kernels kernels, SequenceShape shape, float[] x, float[] dOut,
      int inputSize, int hidden) {
    Cell cell = Cell.builder(type).setInputSize(inputSize).setHiddenSize(hidden).optSeed(9).build();
    BpttEngine engine = new BpttEngine(kernels);
    Tape tape = new Tape(cell);
    float[] dx = new float[x.length];
    for (int pass = 0; pass < 2; pass++) {
      for (Param p : cell.params()) {
        java.util.Arrays.fill(p.grad().data, 0f);
      }
      engine.forward(tape, shape, RowBlock.of(x, inputSize), null, null);
      engine.backward(tape, RowBlock.of(dOut, hidden), null, null, RowBlock.of(dx, inputSize), null);
      float[] whh = cell.weightHh().value().data;
      float[] g = cell.weightHh().grad().data;
      for (int i = 0; i < whh.length; i++) {
        whh[i] -= 0.1f * g[i];
      }
    }
    RowBlock out = tape.outputs();
    float[][] result = new float[2 + cell.params().size()][];
    result[0] = java.util.Arrays.copyOfRange(out.data(), out.offset(), out.offset() + shape.rows() * hidden);
    result[1] = dx;
    int i = 2;
    for (Param p : cell.params()) {
      result[i++] = p.grad().data.clone();
    }
    return result;
  }

  private static int[] lengths(int batch, int steps) {
    int[] lengths = new int[batch];
    for (int b = 0; b < batch; b++) {
      lengths[b] = b % 3 == 0 ? steps : 1 + b % steps;
    }
    return lengths;
  }

  private static float[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (r.nextDouble() * 2 - 1);
    }
    return a;
  }
}
