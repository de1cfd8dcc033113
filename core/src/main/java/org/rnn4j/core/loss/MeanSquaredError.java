package org.rnn4j.core.loss;

import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;

/**
 * Squared error between predictions and targets, as {@code torch.nn.MSELoss} on {@code [N x D]} blocks:
 *
 * <pre>
 *   loss_rd = (x_rd - t_rd)^2
 *   dLoss/dx_rd = scale * 2 * (x_rd - t_rd)
 * </pre>
 *
 * where {@code scale} is {@code 1 / (validRows * D)} for {@link Reduction#MEAN} and 1 for {@link Reduction#SUM}.
 * Padded rows (per the {@link SequenceShape}) are never read and get a zero gradient. The loss is accumulated in
 * double.
 */
public final class MeanSquaredError {
  private final int width;
  private final Reduction reduction;

  /**
   * A loss over rows of {@code width} values.
   *
   * @param width number of values D per row (at least 1)
   * @param reduction how the element losses are combined
   */
  public MeanSquaredError(int width, Reduction reduction) {
    this.width = Checks.positive("width", width);
    this.reduction = LossRows.reduction(reduction);
  }

  /** Number of values D per row. */
  public int width() {
    return width;
  }

  /** How element losses are combined. */
  public Reduction reduction() {
    return reduction;
  }

  /**
   * The loss of {@code rows} rows, all valid.
   *
   * @param predictions {@code [rows x D]} row-major (a larger buffer is allowed; only the first rows are read)
   * @param targets {@code [rows x D]}
   * @param dPredictions receives dLoss/dPredictions {@code [rows x D]} (overwritten), or null when not needed
   * @return the reduced loss
   */
  public double compute(float[] predictions, float[] targets, int rows, float[] dPredictions) {
    return run(predictions, targets, Checks.positive("rows", rows), null, dPredictions);
  }

  /**
   * The loss of a time-major block whose padded rows are skipped.
   *
   * @param predictions {@code [T*B x D]} row-major
   * @param targets {@code [T*B x D]}; entries of padded rows are ignored
   * @param shape which rows are valid, or null for all {@code targets.length / D} rows
   * @param dPredictions receives dLoss/dPredictions (overwritten; zero on padded rows), or null when not needed
   * @return the reduced loss
   */
  public double compute(float[] predictions, float[] targets, SequenceShape shape, float[] dPredictions) {
    Checks.capacity("targets", targets, 0, 0);
    return run(predictions, targets, LossRows.rows(shape, "targets", targets.length, width), shape, dPredictions);
  }

  private double run(float[] predictions, float[] targets, int rows, SequenceShape shape, float[] dPredictions) {
    LossRows.requireBlock("predictions", predictions, rows, width);
    LossRows.requireBlock("targets", targets, rows, width);
    if (dPredictions != null) {
      LossRows.requireBlock("dPredictions", dPredictions, rows, width);
    }
    validate(predictions, targets, rows, shape);
    double scale = LossRows.scale(reduction, (long) LossRows.validRows(shape, rows) * width);
    double total = 0;
    for (int r = 0; r < rows; r++) {
      if (!LossRows.isValid(shape, r)) {
        if (dPredictions != null) {
          LossRows.zeroRow(dPredictions, r, width);
        }
        continue;
      }
      for (int i = r * width; i < (r + 1) * width; i++) {
        double diff = (double) predictions[i] - targets[i];
        total += diff * diff;
        if (dPredictions != null) {
          dPredictions[i] = (float) (2 * diff * scale);
        }
      }
    }
    return total * scale;
  }

  private void validate(float[] predictions, float[] targets, int rows, SequenceShape shape) {
    for (int r = 0; r < rows; r++) {
      if (!LossRows.isValid(shape, r)) {
        continue;
      }
      for (int d = 0; d < width; d++) {
        LossRows.requireFinite("predictions", predictions[r * width + d], r, d);
        LossRows.requireFinite("targets", targets[r * width + d], r, d);
      }
    }
  }
}
