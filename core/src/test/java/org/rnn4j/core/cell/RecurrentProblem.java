package org.rnn4j.core.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.BpttEngine;
import org.rnn4j.core.bptt.Tape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A tiny random problem for one cell: inputs, initial state and a linear loss
 * {@code L = sum(valid outputs * R) + sum(h_T * Rh) (+ sum(c_T * Rc))}, whose gradients are known in closed form
 * at the outputs. Inputs and initial states are {@link Param}s so gradient checks cover them too.
 */
final class RecurrentProblem {
  final Cell cell;
  final SequenceShape shape;
  final Param x;
  final Param h0;
  final Param c0;
  final float[] r;
  final float[] rh;
  final float[] rc;
  final BpttEngine engine;
  final Tape tape;

  RecurrentProblem(CellType type, int inputSize, int hiddenSize, SequenceShape shape, long seed, Kernels kernels) {
    this.cell = Cell.builder(type).setInputSize(inputSize).setHiddenSize(hiddenSize).optSeed(seed).build();
    this.shape = shape;
    SplittableRandom random = new SplittableRandom(seed + 1);
    int rows = shape.rows();
    int batch = shape.batch();
    this.x = Param.matrix("x", rows, inputSize);
    this.h0 = Param.matrix("h0", batch, hiddenSize);
    this.c0 = cell.hasCellState() ? Param.matrix("c0", batch, hiddenSize) : null;
    fill(x.value().data, random, 1.0);
    fill(h0.value().data, random, 0.5);
    if (c0 != null) {
      fill(c0.value().data, random, 0.5);
    }
    this.r = new float[rows * hiddenSize];
    this.rh = new float[batch * hiddenSize];
    this.rc = new float[batch * hiddenSize];
    fill(r, random, 1.0);
    fill(rh, random, 1.0);
    fill(rc, random, 1.0);
    for (int row = 0; row < rows; row++) {
      if (!shape.isValid(row)) {
        java.util.Arrays.fill(r, row * hiddenSize, (row + 1) * hiddenSize, 0f);
      }
    }
    this.engine = new BpttEngine(kernels);
    this.tape = new Tape(cell);
  }

  static void fill(float[] a, SplittableRandom random, double scale) {
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
    }
  }

  /** Every parameter of the problem: the cell's, then x, h0 (and c0). */
  ParamSet allParams() {
    List<Param> all = new ArrayList<>(cell.params().list());
    all.add(x);
    all.add(h0);
    if (c0 != null) {
      all.add(c0);
    }
    return ParamSet.of(all);
  }

  double forwardLoss() {
    engine.forward(tape, shape, RowBlock.of(x.value().data, cell.inputSize()), h0.value().data,
        c0 == null ? null : c0.value().data);
    return loss();
  }

  double loss() {
    int hs = cell.hiddenSize();
    RowBlock out = tape.outputs();
    double sum = 0;
    for (int row = 0; row < shape.rows(); row++) {
      for (int j = 0; j < hs; j++) {
        sum += (double) out.data()[out.index(row, j)] * r[row * hs + j];
      }
    }
    float[] h = new float[shape.batch() * hs];
    tape.finalHidden(h);
    for (int i = 0; i < h.length; i++) {
      sum += (double) h[i] * rh[i];
    }
    if (c0 != null) {
      float[] c = new float[shape.batch() * hs];
      tape.finalCell(c);
      for (int i = 0; i < c.length; i++) {
        sum += (double) c[i] * rc[i];
      }
    }
    return sum;
  }

  /** Loss and all gradients under the given truncation. */
  double lossAndGradients(Truncation truncation) {
    allParams().zeroGrad();
    double loss = forwardLoss();
    RowBlock dOut = RowBlock.of(r, cell.hiddenSize());
    RowBlock dx = RowBlock.of(x.grad().data, cell.inputSize());
    float[] dxWindow = new float[x.size()];
    for (Truncation.Window window : truncation.windows(shape.steps())) {
      engine.backward(tape, window, dOut, rh, c0 == null ? null : rc, RowBlock.of(dxWindow, cell.inputSize()),
          null);
      int from = window.start() * shape.batch() * cell.inputSize();
      int to = window.end() * shape.batch() * cell.inputSize();
      for (int i = from; i < to; i++) {
        dx.data()[i] += dxWindow[i];
      }
      if (window.start() == 0) {
        int n = shape.batch() * cell.hiddenSize();
        System.arraycopy(tape.initialHiddenGradient(), 0, h0.grad().data, 0, n);
        if (c0 != null) {
          System.arraycopy(tape.initialCellGradient(), 0, c0.grad().data, 0, n);
        }
      }
    }
    return loss;
  }

  GradientCheck.Objective objective() {
    return computeGradients -> computeGradients ? lossAndGradients(Truncation.full()) : forwardLoss();
  }
}
