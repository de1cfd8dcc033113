package org.rnn4j.topology;

import java.util.List;

/**
 * What {@link Trainer#fit()} did. Histories cover the whole run, including steps done before a resume.
 *
 * @param losses the training loss of every optimizer step, in order
 * @param validations every validation, in order
 * @param bestMetric the best validation metric (NaN without validation)
 * @param bestStep the step count at which it was reached (-1 without validation)
 * @param stopReason why training ended
 * @param stopMessage a one-line explanation (for divergence: the step and the offending value)
 * @param steps optimizer steps done in all
 */
public record TrainingResult(
    double[] losses,
    List<ValidationRecord> validations,
    double bestMetric,
    long bestStep,
    StopReason stopReason,
    String stopMessage,
    long steps) {

  /** Copies the histories. */
  public TrainingResult {
    losses = losses.clone();
    validations = List.copyOf(validations);
  }

  /** A copy of the per-step training losses. */
  @Override
  public double[] losses() {
    return losses.clone();
  }
}
