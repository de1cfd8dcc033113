package org.rnn4j.benchmarks.cell;

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
import org.rnn4j.core.bptt.BpttEngine;
import org.rnn4j.core.bptt.Tape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.param.ParamSet;

/**
 * Time of one recurrent layer over a whole sequence batch under {@link BpttEngine}: {@code forward} alone, and
 * {@code forwardBackward} (full BPTT from a fixed random {@code dL/dh_t} for every step, as the gradient of a mean
 * squared error, producing every weight gradient and the input gradient). Zero initial state, no padding.
 *
 * <p>Parameters: {@code cell} ({@code lstm}, {@code gru}, {@code rnn}), {@code shape} ({@code c1..c4} or
 * {@code BxXxHxT}, see {@link CellShape#parse}) and {@code threads} (GEMM threads). Effective GFLOP/s, from
 * {@link CellShape#flops}, is printed by {@link org.rnn4j.benchmarks.Report}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
public class CellBenchmark {

  /** Cell type: {@code lstm}, {@code gru} or {@code rnn} (tanh). */
  @Param({"lstm", "gru", "rnn"})
  public String cell;

  /** Workload (B, X, H, T): {@code c1..c4} or {@code BxXxHxT}. */
  @Param({"c1", "c2", "c3", "c4"})
  public String shape;

  /** GEMM threads. */
  @Param({"1", "2"})
  public int threads;

  private BpttEngine engine;
  private Tape tape;
  private ParamSet params;
  private SequenceShape sequence;
  private RowBlock x;
  private RowBlock dOutputs;
  private RowBlock dInputs;
  private int lastHidden;

  /** Builds the cell, its tape and fixed random data once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    CellShape s = CellShape.parse(shape);
    engine = new BpttEngine(BenchmarkKernels.withThreads(threads));
    Cell c = Cell.builder(CellType.parse(cell)).setInputSize(s.input()).setHiddenSize(s.hidden()).optSeed(1)
        .build();
    tape = new Tape(c);
    params = c.params();
    sequence = SequenceShape.full(s.steps(), s.batch());
    SplittableRandom random = new SplittableRandom(2);
    x = RowBlock.of(gaussian(random, s.rows() * s.input()), s.input());
    dOutputs = RowBlock.of(gaussian(random, s.rows() * s.hidden()), s.hidden());
    dInputs = RowBlock.of(new float[s.rows() * s.input()], s.input());
    lastHidden = (s.rows() + s.batch()) * s.hidden() - 1;
  }

  /** Forward over all T steps. */
  @Benchmark
  public float forward() {
    engine.forward(tape, sequence, x, null, null);
    return tape.workspace().hidden()[lastHidden];
  }

  /** Forward over all T steps, then full BPTT: weight gradients (zeroed first) and the input gradient. */
  @Benchmark
  public float forwardBackward() {
    engine.forward(tape, sequence, x, null, null);
    params.zeroGrad();
    engine.backward(tape, dOutputs, null, null, dInputs, null);
    return dInputs.data()[0];
  }

  /** The parameters of the benchmarked cell (for tests). */
  ParamSet params() {
    return params;
  }

  /** The input gradient of the last {@link #forwardBackward} (for tests). */
  float[] inputGradient() {
    return dInputs.data();
  }

  static float[] gaussian(SplittableRandom random, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) random.nextGaussian();
    }
    return a;
  }
}
