package org.rnn4j.core.io;

/**
 * Where a training run stands: the next step to run is batch {@code batchInEpoch} of epoch {@code epoch}, after
 * {@code globalStep} optimizer steps in all, for a run seeded with {@code seed}. At the end of epoch {@code e} the
 * position is {@code (e + 1, 0, ...)}.
 *
 * @param epoch the epoch in progress (0 for the first)
 * @param batchInEpoch batches of that epoch already done
 * @param globalStep optimizer steps done since the start of training
 * @param seed the run's seed
 */
public record TrainingPosition(int epoch, int batchInEpoch, long globalStep, long seed) {
  /** Validates that the counters are not negative. */
  public TrainingPosition {
    if (epoch < 0 || batchInEpoch < 0 || globalStep < 0) {
      throw new IllegalArgumentException("epoch, batchInEpoch and globalStep must be >= 0, got " + epoch + ", "
          + batchInEpoch + ", " + globalStep);
    }
  }

  /** The position before the first step of a run seeded with {@code seed}. */
  public static TrainingPosition start(long seed) {
    return new TrainingPosition(0, 0, 0, seed);
  }
}
