package org.rnn4j.topology;

import java.util.Objects;

/**
 * One input vector with its target, the example of {@link OneToOne}: a class label for a softmax or sigmoid head,
 * or a target vector for a squared-error head. Arrays are held as given (not copied).
 *
 * @param input the input vector
 * @param label the class for a classification head ({@code -1} for a regression example)
 * @param target the target values for a squared-error head (null for a classification example)
 */
public record VectorExample(float[] input, int label, float[] target) {

  /** Requires an input, and a target exactly when the label is {@code -1}. */
  public VectorExample {
    Objects.requireNonNull(input, "input");
    if ((label == -1) != (target != null)) {
      throw new IllegalArgumentException("an example has either a label >= 0 or a target vector (label -1), got"
          + " label " + label + " and " + (target == null ? "no target" : "a target"));
    }
  }

  /** A classification example. */
  public static VectorExample labeled(float[] input, int label) {
    if (label < 0) {
      throw new IllegalArgumentException("label must be >= 0, got " + label);
    }
    return new VectorExample(input, label, null);
  }

  /** A regression example. */
  public static VectorExample regression(float[] input, float[] target) {
    return new VectorExample(input, -1, Objects.requireNonNull(target, "target"));
  }
}
