package org.rnn4j.core.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Param;

/**
 * Two GEMM threads give bit-identical results to one: the engine's parallelism (large products split over the
 * cores) never changes a number. Sizes are chosen so that the input projection, the weight gradients and the
 * per-step products all exceed the parallel threshold.
 */
class ParallelEngineTest {
  private static final Kernels SERIAL = Kernels.withThreads(1);
  private static final Kernels PARALLEL = Kernels.withThreads(2);

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"LSTM", "GRU", "RNN_TANH"})
  void twoThreadsEqualOneBitForBit(CellType type) {
    int steps = 6;
    int batch = 48;
    int inputSize = 96;
    int hidden = 160;
    SequenceShape shape = new SequenceShape(steps, batch, lengths(batch, steps));
    float[] x = random(steps * batch * inputSize, 1);
    float[] dOut = random(steps * batch * hidden, 2);
    float[][] serial = run(type, SERIAL, shape, x, dOut, inputSize, hidden);
    float[][] parallel = run(type, PARALLEL, shape, x, dOut, inputSize, hidden);
    assertEquals(serial.length, parallel.length);
    for (int i = 0; i < serial.length; i++) {
      assertArrayEquals(serial[i], parallel[i], "result " + i + " of " + type);
    }
  }

  /** Outputs, input gradient and the four parameter gradients of one forward and backward pass. */
  private static float[][] run(CellType type, Kernels kernels, SequenceShape shape, float[] x, float[] dOut,
      int inputSize, int hidden) {
    Cell cell = Cell.builder(type).setInputSize(inputSize).setHiddenSize(hidden).optSeed(5).build();
    BpttEngine engine = new BpttEngine(kernels);
    Tape tape = new Tape(cell);
    engine.forward(tape, shape, RowBlock.of(x, inputSize), null, null);
    float[] dx = new float[x.length];
    engine.backward(tape, RowBlock.of(dOut, hidden), null, null, RowBlock.of(dx, inputSize), null);
    RowBlock out = tape.outputs();
    float[] outputs = java.util.Arrays.copyOfRange(out.data(), out.offset(), out.offset() + shape.rows() * hidden);
    float[][] result = new float[2 + cell.params().size()][];
    result[0] = outputs;
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
      lengths[b] = 1 + b % steps;
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
