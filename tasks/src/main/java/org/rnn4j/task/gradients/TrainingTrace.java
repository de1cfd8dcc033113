package org.rnn4j.task.gradients;

import java.util.Arrays;

/**
 * What a fixed-budget training run recorded at each optimizer step it completed.
 *
 * @param losses the training loss of each step
 * @param gradientNorms the global gradient norm of each step before clipping
 * @param appliedNorms the global norm of the gradient the optimizer was given (after clipping, if any)
 * @param divergedAtStep the 1-based step whose loss or gradient was not finite (training stopped there), or 0
 */
public record TrainingTrace(double[] losses, double[] gradientNorms, double[] appliedNorms, int divergedAtStep) {

  /** Copies the arrays. */
  public TrainingTrace {
    losses = losses.clone();
    gradientNorms = gradientNorms.clone();
    appliedNorms = appliedNorms.clone();
  }

  /** Whether training stopped on a non-finite loss or gradient. */
  public boolean diverged() {
    return divergedAtStep > 0;
  }

  /** The largest pre-clip gradient norm recorded (0 when no step completed). */
  public double maxGradientNorm() {
    return Arrays.stream(gradientNorms).max().orElse(0);
  }

  /** The largest gradient norm handed to the optimizer (0 when no step completed). */
  public double maxAppliedNorm() {
    return Arrays.stream(appliedNorms).max().orElse(0);
  }

  /** The largest finite training loss recorded (0 when no step completed). */
  public double maxLoss() {
    return Arrays.stream(losses).max().orElse(0);
  }

  /** The mean loss of the last {@code n} recorded steps (fewer when fewer were recorded; NaN for none). */
  public double finalLoss(int n) {
    int from = Math.max(0, losses.length - n);
    return Arrays.stream(losses, from, losses.length).average().orElse(Double.NaN);
  }

  @Override
  public double[] losses() {
    return losses.clone();
  }

  @Override
  public double[] gradientNorms() {
    return gradientNorms.clone();
  }

  @Override
  public double[] appliedNorms() {
    return appliedNorms.clone();
  }
}
