package org.rnn4j.core.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A tiny random problem for a {@link RecurrentStack}: input as a {@link Param}, random initial states, and the
 * linear loss {@code sum(valid outputs * R) + sum(final states * R_final)}.
 */
final class StackProblem {
  final RecurrentStack stack;
  final SequenceShape shape;
  final Param x;
  final List<State> initial = new ArrayList<>();
  final float[] r;
  final List<State> rFinal = new ArrayList<>();

  StackProblem(RecurrentStack stack, SequenceShape shape, long seed) {
    this.stack = stack;
    this.shape = shape;
    SplittableRandom random = new SplittableRandom(seed);
    x = Param.matrix("x", shape.rows(), stack.inputSize());
    fill(x.value().data, random, 1);
    int states = stack.layers() * stack.directions();
    for (int i = 0; i < states; i++) {
      initial.add(randomState(random, 0.5));
      rFinal.add(randomState(random, 1));
    }
    int width = stack.outputSize();
    r = new float[shape.rows() * width];
    fill(r, random, 1);
    for (int row = 0; row < shape.rows(); row++) {
      if (!shape.isValid(row)) {
        java.util.Arrays.fill(r, row * width, (row + 1) * width, 0f);
      }
    }
  }

  private State randomState(SplittableRandom random, double scale) {
    FMatrixRMaj h = new FMatrixRMaj(shape.batch(), stack.hiddenSize());
    fill(h.data, random, scale);
    if (stack.cellType() == CellType.LSTM) {
      FMatrixRMaj c = new FMatrixRMaj(shape.batch(), stack.hiddenSize());
      fill(c.data, random, scale);
      return new LstmState(h, c);
    }
    return new HiddenState(h);
  }

  static void fill(float[] a, SplittableRandom random, double scale) {
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
    }
  }

  ParamSet allParams() {
    List<Param> all = new ArrayList<>(stack.params().list());
    all.add(x);
    return ParamSet.of(all);
  }

  double forwardLoss(boolean training) {
    FMatrixRMaj out = stack.forward(x.value(), shape, initial, training);
    double loss = 0;
    for (int i = 0; i < r.length; i++) {
      loss += (double) out.data[i] * r[i];
    }
    List<State> fin = stack.finalStates();
    for (int i = 0; i < fin.size(); i++) {
      loss += dot(fin.get(i), rFinal.get(i));
    }
    return loss;
  }

  static double dot(State a, State b) {
    double s = 0;
    for (int i = 0; i < a.h().data.length; i++) {
      s += (double) a.h().data[i] * b.h().data[i];
    }
    if (a instanceof LstmState la && b instanceof LstmState lb) {
      for (int i = 0; i < la.c().data.length; i++) {
        s += (double) la.c().data[i] * lb.c().data[i];
      }
    }
    return s;
  }

  double lossAndGradients(Truncation truncation, boolean training) {
    allParams().zeroGrad();
    double loss = forwardLoss(training);
    stack.backward(RowBlock.of(r, stack.outputSize()), rFinal, truncation, RowBlock.of(x.grad().data,
        stack.inputSize()));
    return loss;
  }

  GradientCheck.Objective objective() {
    return g -> g ? lossAndGradients(Truncation.full(), false) : forwardLoss(false);
  }
}
