package org.rnn4j.task.gradients;

import org.rnn4j.core.cell.CellType;

/**
 * One cell's part of a {@link GradientFlowExperiment}: its gradient flow and recurrent spectral radii before and
 * after training, its training trace and its held-out accuracy.
 *
 * @param cell the cell type
 * @param flowAtInit {@code ||dL/dh||} by distance from the loss with the initial weights
 * @param flowTrained the same after training
 * @param decayAtInit the fitted per-step decay of {@code flowAtInit}
 * @param decayTrained the fitted per-step decay of {@code flowTrained}
 * @param radiiAtInit spectral radius of each {@code H x H} gate block of {@code weight_hh} before training
 * @param radiiTrained the same after training
 * @param trace the training run
 * @param accuracy the fraction of held-out sequences whose first symbol the trained model recalls
 */
public record CellFlow(
    CellType cell,
    double[] flowAtInit,
    double[] flowTrained,
    DecayRate decayAtInit,
    DecayRate decayTrained,
    double[] radiiAtInit,
    double[] radiiTrained,
    TrainingTrace trace,
    double accuracy) {

  /** Copies the arrays. */
  public CellFlow {
    flowAtInit = flowAtInit.clone();
    flowTrained = flowTrained.clone();
    radiiAtInit = radiiAtInit.clone();
    radiiTrained = radiiTrained.clone();
  }

  /** The largest gate-block spectral radius before training. */
  public double maxRadiusAtInit() {
    return max(radiiAtInit);
  }

  /** The largest gate-block spectral radius after training. */
  public double maxRadiusTrained() {
    return max(radiiTrained);
  }

  @Override
  public double[] flowAtInit() {
    return flowAtInit.clone();
  }

  @Override
  public double[] flowTrained() {
    return flowTrained.clone();
  }

  @Override
  public double[] radiiAtInit() {
    return radiiAtInit.clone();
  }

  @Override
  public double[] radiiTrained() {
    return radiiTrained.clone();
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
