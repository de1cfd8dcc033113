package org.rnn4j.core.loss;

import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;

/**
 * Binary cross-entropy of a sigmoid over each logit against a target probability, as
 * {@code torch.nn.BCEWithLogitsLoss} on {@code [N x K]} logits, in the form that stays finite for any logit:
 *
 * <pre>
 *   loss_rk = max(z, 0) - z * t + log(1 + exp(-|z|))      (= -t log sigmoid(z) - (1 - t) log(1 - sigmoid(z)))
 *   dLoss/dz_rk = scale * (sigmoid(z) - t)
 * </pre>
 *
 * where {@code scale} is {@code 1 / (validRows * K)} for {@link Reduction#MEAN} and 1 for {@link Reduction#SUM}.
 * Padded rows (per the {@link SequenceShape}) are never read and get a zero gradient. The loss is accumulated in
 * double.
 */
public final class SigmoidBinaryCrossEntropy {
  private final int outputs;
  private final Reduction reduction;

  /**
   * A loss over {@code outputs} independent binary outputs per row.
   *
   * @param outputs number of outputs K, the width of a logits row (at least 1)
   * @param reduction how the element losses are combined
   */
  public SigmoidBinaryCrossEntropy(int outputs, Reduction reduction) {
    this.outputs = Checks.positive("outputs", outputs);
    this.reduction = LossRows.reduction(reduction);
  }

  /** Number of outputs K per row. */
  public int outputs() {
    return outputs;
  }

  /** How element losses are combined. */
  public Reduction reduction() {
    return reduction;
  }

  /**
   * The loss of {@code rows} rows, all valid.
   *
   * @param logits {@code [rows x K]} row-major (a larger buffer is allowed; only the first rows are read)
   * @param targets {@code [rows x K]} probabilities in {@code [0, 1]}
   * @param dLogits receives dLoss/dLogits {@code [rows x K]} (overwritten), or null when not needed
   * @return the reduced loss
   */
  public double compute(float[] logits, float[] targets, int rows, float[] dLogits) {
    return run(logits, targets, Checks.positive("rows", rows), null, dLogits);
  }

  /**
   * The loss of a time-major block whose padded rows are skipped.
   *
   * @param logits {@code [T*B x K]} row-major
   * @param targets {@code [T*B x K]} probabilities in {@code [0, 1]}; entries of padded rows are ignored
   * @param shape which rows are valid, or null for all {@code targets.length / K} rows
   * @param dLogits receives dLoss/dLogits (overwritten; zero on padded rows), or null when not needed
   * @return the reduced loss
   */
  public double compute(float[] logits, float[] targets, SequenceShape shape, float[] dLogits) {
    Checks.capacity("targets", targets, 0, 0);
    return run(logits, targets, LossRows.rows(shape, "targets", targets.length, outputs), shape, dLogits);
  }

  private double run(float[] logits, float[] targets, int rows, SequenceShape shape, float[] dLogits) {
    LossRows.requireBlock("logits", logits, rows, outputs);
    LossRows.requireBlock("targets", targets, rows, outputs);
    if (dLogits != null) {
      LossRows.requireBlock("dLogits", dLogits, rows, outputs);
    }
    validate(logits, targets, rows, shape);
    double scale = LossRows.scale(reduction, (long) LossRows.validRows(shape, rows) * outputs);
    double total = 0;
    for (int r = 0; r < rows; r++) {
      if (!LossRows.isValid(shape, r)) {
        if (dLogits != null) {
          LossRows.zeroRow(dLogits, r, outputs);
        }
        continue;
      }
      for (int i = r * outputs; i < (r + 1) * outputs; i++) {
        double z = logits[i];
        double t = targets[i];
        total += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
        if (dLogits != null) {
          dLogits[i] = (float) ((sigmoid(z) - t) * scale);
        }
      }
    }
    return total * scale;
  }

  private void validate(float[] logits, float[] targets, int rows, SequenceShape shape) {
    for (int r = 0; r < rows; r++) {
      if (!LossRows.isValid(shape, r)) {
        continue;
      }
      for (int k = 0; k < outputs; k++) {
        int i = r * outputs + k;
        LossRows.requireFinite("logits", logits[i], r, k);
        if (!(targets[i] >= 0f && targets[i] <= 1f)) {
          throw new IllegalArgumentException("targets must be in [0, 1], got " + targets[i] + " at row " + r
              + ", column " + k);
        }
      }
    }
  }

  /** The logistic function, evaluated without overflow for any finite {@code z}. */
  static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }
}
