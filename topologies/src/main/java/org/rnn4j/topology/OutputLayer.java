package org.rnn4j.topology;

import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.loss.MeanSquaredError;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SigmoidBinaryCrossEntropy;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.param.ParamSet;

/**
 * A {@link Dense} layer to logits and the loss of a {@link Head}, over rows of a block (optionally masked by a
 * {@link SequenceShape}). Logit and gradient buffers are reused and grow with the row count.
 */
final class OutputLayer {
  private final Head head;
  private final int classes;
  private final int logitWidth;
  private final Dense dense;
  private final SoftmaxCrossEntropy softmaxMean;
  private final SoftmaxCrossEntropy softmaxSum;
  private final SigmoidBinaryCrossEntropy sigmoidMean;
  private final SigmoidBinaryCrossEntropy sigmoidSum;
  private final MeanSquaredError mseMean;
  private final MeanSquaredError mseSum;
  private float[] logits = new float[0];
  private float[] dLogits = new float[0];
  private float[] binaryTargets = new float[0];

  /**
   * @param classes classes for SOFTMAX (at least 2), 2 for SIGMOID, target width for MSE
   */
  OutputLayer(Head head, int inputSize, int classes, long seed) {
    this.head = head;
    this.classes = classes;
    this.logitWidth = head == Head.SIGMOID ? 1 : classes;
    this.dense = Dense.builder().setInputSize(inputSize).setOutputSize(logitWidth).setSeed(seed)
        .optNamePrefix("head.").build();
    this.softmaxMean = head == Head.SOFTMAX ? new SoftmaxCrossEntropy(classes, Reduction.MEAN) : null;
    this.softmaxSum = head == Head.SOFTMAX ? new SoftmaxCrossEntropy(classes, Reduction.SUM) : null;
    this.sigmoidMean = head == Head.SIGMOID ? new SigmoidBinaryCrossEntropy(1, Reduction.MEAN) : null;
    this.sigmoidSum = head == Head.SIGMOID ? new SigmoidBinaryCrossEntropy(1, Reduction.SUM) : null;
    this.mseMean = head == Head.MSE ? new MeanSquaredError(classes, Reduction.MEAN) : null;
    this.mseSum = head == Head.MSE ? new MeanSquaredError(classes, Reduction.SUM) : null;
  }

  ParamSet params() {
    return dense.params();
  }

  /** Number of classes (SOFTMAX, SIGMOID) or target values (MSE). */
  int classes() {
    return classes;
  }

  /** Targets one valid row contributes to a summed loss. */
  int targetsPerRow() {
    return head == Head.MSE ? classes : 1;
  }

  /** Requires a class label in range for a classification head; {@code step} is -1 for a per-example label. */
  void checkLabel(int label, int example, int step) {
    if (label < 0 || label >= classes) {
      String where = (step >= 0 ? "step " + step + " of " : "") + "example " + example;
      throw new IllegalArgumentException("label of " + where + " must be in [0, " + classes + "), got " + label);
    }
  }

  /** Computes the logits of {@code rows} rows of {@code in} from {@code inOff}. */
  void forward(float[] in, int inOff, int rows) {
    logits = SequenceEncoder.grow(logits, rows * logitWidth);
    dense.forward(in, inOff, rows, logits, 0);
  }

  /**
   * The loss of the last {@link #forward} against {@code labels} (classification) or {@code targets}
   * ({@code [rows x width]}, MSE); with {@code gradients}, also dL/dlogits for {@link #backward}.
   *
   * @param shape which rows count, or null for all
   */
  double loss(int rows, SequenceShape shape, int[] labels, float[] targets, Reduction reduction,
      boolean gradients) {
    float[] d = null;
    if (gradients) {
      dLogits = SequenceEncoder.grow(dLogits, rows * logitWidth);
      d = dLogits;
    }
    boolean mean = reduction == Reduction.MEAN;
    switch (head) {
      case SOFTMAX:
        return shape == null ? (mean ? softmaxMean : softmaxSum).compute(logits, labels, rows, d)
            : (mean ? softmaxMean : softmaxSum).compute(logits, labels, shape, d);
      case SIGMOID:
        binaryTargets = SequenceEncoder.grow(binaryTargets, rows);
        for (int r = 0; r < rows; r++) {
          boolean valid = shape == null || shape.isValid(r);
          binaryTargets[r] = valid ? labels[r] : 0f;
        }
        return shape == null ? (mean ? sigmoidMean : sigmoidSum).compute(logits, binaryTargets, rows, d)
            : (mean ? sigmoidMean : sigmoidSum).compute(logits, binaryTargets, shape, d);
      default:
        return shape == null ? (mean ? mseMean : mseSum).compute(logits, targets, rows, d)
            : (mean ? mseMean : mseSum).compute(logits, targets, shape, d);
    }
  }

  /** Accumulates the head's gradients and writes dL/d(in) for the rows of the last loss. */
  void backward(float[] in, int inOff, int rows, float[] dIn, int dInOff) {
    dense.backward(in, inOff, dLogits, 0, rows, dIn, dInOff);
  }

  /**
   * The output of row {@code r} of the last forward into {@code out}: class probabilities (two for SIGMOID) or the
   * regression values.
   */
  void outputs(int r, float[] out) {
    int o = r * logitWidth;
    switch (head) {
      case SOFTMAX:
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
          max = Math.max(max, logits[o + k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
          sum += Math.exp(logits[o + k] - max);
        }
        for (int k = 0; k < classes; k++) {
          out[k] = (float) (Math.exp(logits[o + k] - max) / sum);
        }
        return;
      case SIGMOID:
        double z = logits[o];
        float p = (float) (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
        out[0] = 1 - p;
        out[1] = p;
        return;
      default:
        System.arraycopy(logits, o, out, 0, classes);
    }
  }

  /** The most probable class of row {@code r} of the last forward (classification heads). */
  int argmax(int r) {
    if (head == Head.SIGMOID) {
      return logits[r] > 0 ? 1 : 0;
    }
    int o = r * logitWidth;
    int best = 0;
    for (int k = 1; k < classes; k++) {
      if (logits[o + k] > logits[o + best]) {
        best = k;
      }
    }
    return best;
  }
}
