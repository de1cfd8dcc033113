package org.rnn4j.core.loss;

import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;

/**
 * Cross-entropy between a softmax over each row's logits and an integer class target, as
 * {@code torch.nn.CrossEntropyLoss} on {@code [N x V]} logits:
 *
 * <pre>
 *   loss_r = logsumexp(z_r) - z_r[y_r]            for each valid row r
 *   dLoss/dz_r = scale * (softmax(z_r) - onehot(y_r))
 * </pre>
 *
 * where {@code scale} is {@code 1 / validRows} for {@link Reduction#MEAN} and 1 for {@link Reduction#SUM}. Padded
 * rows (per the {@link SequenceShape}) are never read and get a zero gradient. The loss is accumulated in double.
 */
public final class SoftmaxCrossEntropy {
  private final int classes;
  private final Reduction reduction;

  /**
   * A loss over {@code classes} logits per row.
   *
   * @param classes number of classes V, the width of a logits row (at least 1)
   * @param reduction how the row losses are combined
   */
  public SoftmaxCrossEntropy(int classes, Reduction reduction) {
    this.classes = Checks.positive("classes", classes);
    this.reduction = LossRows.reduction(reduction);
  }

  /** Number of classes V. */
  public int classes() {
    return classes;
  }

  /** How row losses are combined. */
  public Reduction reduction() {
    return reduction;
  }

  /**
   * The loss of {@code rows} rows, all valid.
   *
   * @param logits {@code [rows x V]} row-major (a larger buffer is allowed; only the first rows are read)
   * @param targets class index in {@code [0, V)} per row
   * @param dLogits receives dLoss/dLogits {@code [rows x V]} (overwritten), or null when not needed
   * @return the reduced loss
   */
  public double compute(float[] logits, int[] targets, int rows, float[] dLogits) {
    return run(logits, targets, Checks.positive("rows", rows), null, dLogits);
  }

  /**
   * The loss of a time-major block whose padded rows are skipped.
   *
   * @param logits {@code [T*B x V]} row-major
   * @param targets class index per row; entries of padded rows are ignored
   * @param shape which rows are valid, or null for all of {@code targets.length} rows
   * @param dLogits receives dLoss/dLogits (overwritten; zero on padded rows), or null when not needed
   * @return the reduced loss
   */
  public double compute(float[] logits, int[] targets, SequenceShape shape, float[] dLogits) {
    LossRows.requireRows("targets", targets, 0);
    return run(logits, targets, LossRows.rows(shape, "targets", targets.length, 1), shape, dLogits);
  }

  private double run(float[] logits, int[] targets, int rows, SequenceShape shape, float[] dLogits) {
    LossRows.requireBlock("logits", logits, rows, classes);
    LossRows.requireRows("targets", targets, rows);
    if (dLogits != null) {
      LossRows.requireBlock("dLogits", dLogits, rows, classes);
    }
    validate(logits, targets, rows, shape);
    double scale = LossRows.scale(reduction, LossRows.validRows(shape, rows));
    double total = 0;
    for (int r = 0; r < rows; r++) {
      if (LossRows.isValid(shape, r)) {
        total += row(logits, r * classes, targets[r], dLogits, scale);
      } else if (dLogits != null) {
        LossRows.zeroRow(dLogits, r, classes);
      }
    }
    return total * scale;
  }

  private void validate(float[] logits, int[] targets, int rows, SequenceShape shape) {
    for (int r = 0; r < rows; r++) {
      if (!LossRows.isValid(shape, r)) {
        continue;
      }
      if (targets[r] < 0 || targets[r] >= classes) {
        throw new IllegalArgumentException("targets must be in [0, " + classes + "), got " + targets[r]
            + " at row " + r);
      }
      for (int j = 0; j < classes; j++) {
        LossRows.requireFinite("logits", logits[r * classes + j], r, j);
      }
    }
  }

  /** The unscaled loss of one row; writes its scaled gradient when asked. */
  private double row(float[] logits, int off, int target, float[] dLogits, double scale) {
    double targetLogit = logits[off + target]; // read first: dLogits may be logits itself
    double max = rowMax(logits, off, classes);
    double sum = 0;
    for (int j = 0; j < classes; j++) {
      double e = Math.exp(logits[off + j] - max);
      sum += e;
      if (dLogits != null) {
        dLogits[off + j] = (float) e;
      }
    }
    if (dLogits != null) {
      for (int j = 0; j < classes; j++) {
        double p = dLogits[off + j] / sum;
        dLogits[off + j] = (float) ((j == target ? p - 1 : p) * scale);
      }
    }
    return max + Math.log(sum) - targetLogit;
  }

  /**
   * Writes the softmax of each logits row: {@code probs_r = exp(z_r - max(z_r)) / sum(exp(z_r - max(z_r)))}.
   * {@code probs} may be {@code logits} itself at the same offset.
   *
   * @param logits {@code [rows x classes]} row-major from {@code logitsOff}; must be finite
   * @param probs receives {@code [rows x classes]} probabilities from {@code probsOff}
   */
  public static void softmax(float[] logits, int logitsOff, float[] probs, int probsOff, int rows, int classes) {
    Checks.nonNegative("rows", rows);
    Checks.positive("classes", classes);
    Checks.capacity("logits", logits, logitsOff, rows * classes);
    Checks.capacity("probs", probs, probsOff, rows * classes);
    for (int r = 0; r < rows; r++) {
      int in = logitsOff + r * classes;
      for (int j = 0; j < classes; j++) {
        LossRows.requireFinite("logits", logits[in + j], r, j);
      }
      double max = rowMax(logits, in, classes);
      int out = probsOff + r * classes;
      double sum = 0;
      for (int j = 0; j < classes; j++) {
        double e = Math.exp(logits[in + j] - max);
        sum += e;
        probs[out + j] = (float) e;
      }
      for (int j = 0; j < classes; j++) {
        probs[out + j] = (float) (probs[out + j] / sum);
      }
    }
  }

  private static double rowMax(float[] a, int off, int n) {
    float max = a[off];
    for (int j = 1; j < n; j++) {
      max = Math.max(max, a[off + j]);
    }
    return max;
  }
}
