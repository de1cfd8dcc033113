package org.rnn4j.topology;

import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.core.optim.Optimizer;

/** A minimal training loop for tests (Adam, global-norm clipping, no shuffling), and small test fixtures. */
final class TrainLoop {
  private TrainLoop() {}

  /** Trains for {@code epochs} passes over {@code batches} in order; returns the last epoch's mean loss. */
  static <E> double train(SequenceModel<E, ?> model, List<List<E>> batches, int epochs, double lr, long seed) {
    Optimizer adam = Adam.builder().setLearningRate(lr).build();
    SplittableRandom random = new SplittableRandom(seed);
    double last = Double.NaN;
    for (int epoch = 0; epoch < epochs; epoch++) {
      model.startEpoch(epoch);
      double sum = 0;
      for (List<E> batch : batches) {
        sum += model.lossAndGradients(batch, random);
        GradientClipping.clipGlobalNorm(model.params(), 5);
        adam.step(model.params());
      }
      last = sum / batches.size();
    }
    return last;
  }

  /** Random states, one per layer, with entries in [-scale, scale]. */
  static List<State> randomStates(CellType type, int layers, int batch, int hidden, long seed, double scale) {
    SplittableRandom r = new SplittableRandom(seed);
    List<State> states = new java.util.ArrayList<>();
    for (int l = 0; l < layers; l++) {
      var h = new org.ejml.data.FMatrixRMaj(batch, hidden);
      fill(h.data, r, scale);
      if (type == CellType.LSTM) {
        var c = new org.ejml.data.FMatrixRMaj(batch, hidden);
        fill(c.data, r, scale);
        states.add(new LstmState(h, c));
      } else {
        states.add(new HiddenState(h));
      }
    }
    return states;
  }

  private static void fill(float[] a, SplittableRandom r, double scale) {
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) ((r.nextDouble() * 2 - 1) * scale);
    }
  }
}
