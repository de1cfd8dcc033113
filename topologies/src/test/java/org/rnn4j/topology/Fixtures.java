package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.core.optim.Optimizer;

/** Test helpers: a tiny training loop and a gradient-check objective for any {@link SequenceModel}. */
final class Fixtures {
  private Fixtures() {}

  /** Adam with global-norm clipping 5 over shuffled mini-batches; returns the mean loss of the last epoch. */
  static <E> double fit(SequenceModel<E, ?> model, List<E> data, int epochs, int batchSize, double lr, long seed) {
    Optimizer adam = Adam.builder().setLearningRate(lr).build();
    SplittableRandom random = new SplittableRandom(seed);
    List<E> shuffled = new ArrayList<>(data);
    double last = Double.NaN;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        E t = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, t);
      }
      double sum = 0;
      int batches = 0;
      for (int from = 0; from < shuffled.size(); from += batchSize) {
        List<E> batch = shuffled.subList(from, Math.min(shuffled.size(), from + batchSize));
        sum += model.lossAndGradients(batch, random);
        GradientClipping.clipGlobalNorm(model.params(), 5);
        adam.step(model.params());
        batches++;
      }
      last = sum / batches;
    }
    return last;
  }

  /** Checks the model's gradients on {@code batch} against finite differences of its evaluation loss. */
  static <E> GradientCheck.Report gradientCheck(SequenceModel<E, ?> model, List<E> batch) {
    return gradientCheck(model, batch, 3e-2);
  }

  /**
   * As {@link #gradientCheck(SequenceModel, List)} with a given relative step: max pooling and ReLU are only
   * piecewise smooth, so their checks take a step small enough not to cross a kink.
   */
  static <E> GradientCheck.Report gradientCheck(SequenceModel<E, ?> model, List<E> batch, double step) {
    GradientCheck.Objective objective = grads -> {
      if (grads) {
        return model.lossAndGradients(batch, new SplittableRandom(0));
      }
      return model.evaluate(batch).meanLoss();
    };
    return GradientCheck.builder().setParams(model.params()).setObjective(objective).optStep(step).build().assertPasses();
  }

  /** Random ids in {@code [0, vocabulary)}. */
  static int[] tokens(SplittableRandom random, int length, int vocabulary) {
    int[] s = new int[length];
    for (int t = 0; t < length; t++) {
      s[t] = random.nextInt(vocabulary);
    }
    return s;
  }

  /** Random frames uniform in [-1, 1). */
  static float[][] frames(SplittableRandom random, int length, int width) {
    float[][] f = new float[length][width];
    for (float[] row : f) {
      for (int j = 0; j < width; j++) {
        row[j] = (float) (random.nextDouble() * 2 - 1);
      }
    }
    return f;
  }
}
