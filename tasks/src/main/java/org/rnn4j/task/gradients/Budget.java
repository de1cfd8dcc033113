package org.rnn4j.task.gradients;

import org.rnn4j.core.Checks;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.optim.Sgd;

/**
 * The training budget every cell gets: update rule, optimizer steps, batch size, learning rate and an optional
 * global-norm clipping threshold.
 *
 * @param rule the update rule
 * @param steps optimizer steps
 * @param batchSize sequences per step (freshly generated each step)
 * @param learningRate the learning rate
 * @param clipNorm global-norm clipping threshold, or 0 for no clipping
 */
public record Budget(Rule rule, int steps, int batchSize, double learningRate, double clipNorm) {

  /** The update rules a budget can use. */
  public enum Rule {
    /** Adam with PyTorch's default betas and epsilon. */
    ADAM,
    /** Plain SGD: the update is the learning rate times the (clipped) gradient. */
    SGD
  }

  /** Validates the values. */
  public Budget {
    java.util.Objects.requireNonNull(rule, "rule");
    Checks.positive("steps", steps);
    Checks.positive("batchSize", batchSize);
    Checks.positive("learningRate", learningRate);
    Checks.nonNegative("clipNorm", clipNorm);
  }

  /** This budget with a different clipping threshold (0: none). */
  public Budget withClipNorm(double threshold) {
    return new Budget(rule, steps, batchSize, learningRate, threshold);
  }

  /** A fresh optimizer of this budget's rule and learning rate. */
  public Optimizer optimizer() {
    return switch (rule) {
      case ADAM -> Adam.builder().setLearningRate(learningRate).build();
      case SGD -> Sgd.builder().setLearningRate(learningRate).build();
    };
  }

  /** Whether gradients are clipped. */
  public boolean clips() {
    return clipNorm > 0;
  }
}
