package org.rnn4j.core.loss;

/**
 * How a loss combines the per-element losses of the valid (unpadded) rows of a batch.
 */
public enum Reduction {
  /**
   * The mean over valid elements, PyTorch's default: divided by the number of valid rows for
   * {@link SoftmaxCrossEntropy} (one element per row), and by valid rows times columns for
   * {@link SigmoidBinaryCrossEntropy} and {@link MeanSquaredError}.
   */
  MEAN,
  /** The sum over valid elements. */
  SUM
}
