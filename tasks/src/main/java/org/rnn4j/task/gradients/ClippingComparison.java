package org.rnn4j.task.gradients;

/**
 * The same vanilla RNN (on its own, shorter recall task, where it can learn), its recurrent weight scaled so that
 * gradients explode, trained twice at one budget: without clipping and with global-norm clipping.
 *
 * @param radius the spectral radius {@code weight_hh} was scaled to
 * @param threshold the global-norm clipping threshold of the clipped run
 * @param flowAtInit {@code ||dL/dh||} by distance from the loss with the scaled initial weights
 * @param decayAtInit the fitted per-step change of {@code flowAtInit}
 * @param unclipped the run without clipping
 * @param clipped the run with clipping
 * @param unclippedAccuracy held-out accuracy after the run without clipping
 * @param clippedAccuracy held-out accuracy after the run with clipping
 */
public record ClippingComparison(
    double radius,
    double threshold,
    double[] flowAtInit,
    DecayRate decayAtInit,
    TrainingTrace unclipped,
    TrainingTrace clipped,
    double unclippedAccuracy,
    double clippedAccuracy) {

  /** Copies the array. */
  public ClippingComparison {
    flowAtInit = flowAtInit.clone();
  }

  @Override
  public double[] flowAtInit() {
    return flowAtInit.clone();
  }
}
