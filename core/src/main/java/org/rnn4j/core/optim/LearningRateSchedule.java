package org.rnn4j.core.optim;

import org.rnn4j.core.Checks;

/**
 * A learning rate as a function of an index and a base rate. Whether the index counts optimizer steps or epochs is
 * the caller's choice: PyTorch's schedulers are usually stepped once per epoch, so pass the epoch number to match
 * them, or {@link Optimizer#steps()} to decay per update. Rates are computed in closed form from the index, so a
 * resumed run gets the same rate without replaying the schedule.
 */
@FunctionalInterface
public interface LearningRateSchedule {

  /**
   * The learning rate at {@code index} (0 for the first epoch or step) for a schedule starting at {@code baseRate}.
   *
   * @throws IllegalArgumentException if {@code index < 0}
   */
  double rate(long index, double baseRate);

  /** Sets {@code optimizer}'s learning rate to {@link #rate rate(index, baseRate)}. */
  default void apply(Optimizer optimizer, long index, double baseRate) {
    optimizer.setLearningRate(rate(index, baseRate));
  }

  /** The base rate at every index. */
  static LearningRateSchedule constant() {
    return (index, baseRate) -> {
      requireIndex(index);
      return baseRate;
    };
  }

  /**
   * {@code baseRate * gamma^floor(index / stepSize)}: the rate drops by {@code gamma} every {@code stepSize}
   * indices, like {@code torch.optim.lr_scheduler.StepLR}.
   *
   * @throws IllegalArgumentException unless {@code stepSize > 0} and {@code gamma} is finite and {@code > 0}
   */
  static LearningRateSchedule stepDecay(long stepSize, double gamma) {
    if (stepSize <= 0) {
      throw new IllegalArgumentException("stepSize must be positive, got " + stepSize);
    }
    Checks.positive("gamma", gamma);
    return (index, baseRate) -> {
      requireIndex(index);
      return baseRate * Math.pow(gamma, index / stepSize);
    };
  }

  /**
   * {@code baseRate * gamma^index}, like {@code torch.optim.lr_scheduler.ExponentialLR}.
   *
   * @throws IllegalArgumentException unless {@code gamma} is finite and {@code > 0}
   */
  static LearningRateSchedule exponentialDecay(double gamma) {
    Checks.positive("gamma", gamma);
    return (index, baseRate) -> {
      requireIndex(index);
      return baseRate * Math.pow(gamma, index);
    };
  }

  private static void requireIndex(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
  }
}
