package org.rnn4j.benchmarks.training;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.rnn4j.benchmarks.BenchmarkKernels;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.param.ParamSet;

/**
 * Training throughput of the char-rnn default model: one-hot input over a vocabulary of 65, a 2-layer LSTM, a
 * {@link Dense} layer to 65 logits, softmax cross-entropy averaged over all {@code seqLength * batch} positions, then
 * element-wise gradient clipping at 5 and an Adam step (learning rate 2e-3). One operation is one full training
 * step on fixed random characters, starting from a zero state; characters per second = positions / step time.
 *
 * <p>Parameters: {@code hidden} (128 is char-rnn's default), {@code threads} (GEMM threads), and {@code seqLength},
 * {@code batch} (both 50 by default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
public class CharRnnBenchmark {
  /** Vocabulary size, the width of the one-hot input and of the logits. */
  public static final int VOCAB = 65;
  private static final double LEARNING_RATE = 2e-3;
  private static final double CLIP = 5;

  /** Hidden size of both LSTM layers. */
  @Param({"128", "512"})
  public int hidden;

  /** GEMM threads. */
  @Param({"1", "2"})
  public int threads;

  /** Steps per sequence T. */
  @Param("50")
  public int seqLength;

  /** Sequences per batch B. */
  @Param("50")
  public int batch;

  private RecurrentStack lstm;
  private Dense output;
  private ParamSet params;
  private SoftmaxCrossEntropy loss;
  private Optimizer adam;
  private SequenceShape sequence;
  private RowBlock oneHot;
  private int[] targets;
  private float[] logits;
  private float[] dLogits;
  private float[] dHidden;

  /** Builds the model, the optimizer and fixed random characters once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Kernels kernels = BenchmarkKernels.withThreads(threads);
    lstm = RecurrentStack.builder().setCellType(CellType.LSTM).setInputSize(VOCAB).setHiddenSize(hidden)
        .optLayers(2).optSeed(1).optKernels(kernels).build();
    output = Dense.builder().setInputSize(hidden).setOutputSize(VOCAB).setSeed(2).optKernels(kernels).build();
    params = ParamSet.concat(lstm.params(), output.params());
    loss = new SoftmaxCrossEntropy(VOCAB, Reduction.MEAN);
    adam = Adam.builder().setLearningRate(LEARNING_RATE).build();
    sequence = SequenceShape.full(seqLength, batch);
    int rows = sequence.rows();
    SplittableRandom random = new SplittableRandom(3);
    float[] x = new float[rows * VOCAB];
    targets = new int[rows];
    for (int r = 0; r < rows; r++) {
      x[r * VOCAB + random.nextInt(VOCAB)] = 1f;
      targets[r] = random.nextInt(VOCAB);
    }
    oneHot = RowBlock.of(x, VOCAB);
    logits = new float[rows * VOCAB];
    dLogits = new float[rows * VOCAB];
    dHidden = new float[rows * hidden];
  }

  /** One training step; returns the loss before the update. */
  @Benchmark
  public double trainStep() {
    int rows = sequence.rows();
    params.zeroGrad();
    RowBlock h = lstm.forward(oneHot, sequence, null, true);
    if (h.stride() != hidden) {
      throw new IllegalStateException("expected contiguous LSTM outputs of width " + hidden + ", got stride "
          + h.stride());
    }
    output.forward(h.data(), h.offset(), rows, logits, 0);
    double value = loss.compute(logits, targets, rows, dLogits);
    output.backward(h.data(), h.offset(), dLogits, 0, rows, dHidden, 0);
    lstm.backward(RowBlock.of(dHidden, hidden), null, Truncation.full(), null);
    GradientClipping.clipValue(params, CLIP);
    adam.step(params);
    return value;
  }

  /** All trained parameters (for tests). */
  ParamSet params() {
    return params;
  }
}
