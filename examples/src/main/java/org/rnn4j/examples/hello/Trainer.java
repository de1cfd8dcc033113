package org.rnn4j.examples.hello;

import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.core.optim.Optimizer;

/**
 * Trains a {@link HelloModel} on one sequence: every step is a forward and backward pass over the whole sequence,
 * global-norm gradient clipping and one Adam update.
 */
public final class Trainer {
  /** Gradient clipping threshold on the global L2 norm, as in char-rnn. */
  public static final double CLIP_NORM = 5.0;

  /** Receives the loss of each training step, before that step's update. */
  @FunctionalInterface
  public interface Progress {
    /** The loss of step {@code step} (1 for the first) out of {@code steps}. */
    void step(int step, int steps, double loss);
  }

  private final HelloModel model;
  private final Optimizer optimizer;

  /** A trainer of {@code model} with Adam at {@code learningRate}. */
  public Trainer(HelloModel model, double learningRate) {
    this.model = model;
    this.optimizer = Adam.builder().setLearningRate(learningRate).build();
  }

  /**
   * Runs {@code steps} training steps on predicting {@code targets[t]} after {@code inputs[0..t]}.
   *
   * @return the loss of the last step (measured before its update)
   * @throws Diverged naming the step, if a loss, logit or gradient stops being finite
   */
  public double train(int[] inputs, int[] targets, int steps, Progress progress) {
    double loss = Double.NaN;
    for (int step = 1; step <= steps; step++) {
      model.params().zeroGrad();
      try {
        loss = model.lossAndGradients(inputs, targets);
      } catch (Diverged e) {
        throw new Diverged("training diverged at step " + step + ": " + e.getMessage());
      }
      progress.step(step, steps, loss);
      GradientClipping.clipGlobalNorm(model.params(), CLIP_NORM);
      optimizer.step(model.params());
    }
    return loss;
  }
}
