package org.rnn4j.topology;

import java.util.Objects;

/**
 * A sequence with one class label, the example of {@link ManyToOne}.
 *
 * @param input the tokens or feature frames
 * @param label the class, in {@code [0, classes)} of the model (0 or 1 for a sigmoid head)
 */
public record LabeledSequence(InputSequence input, int label) {

  /** Requires an input. */
  public LabeledSequence {
    Objects.requireNonNull(input, "input");
  }

  /** A labelled token sequence. */
  public static LabeledSequence ofTokens(int[] tokens, int label) {
    return new LabeledSequence(InputSequence.ofTokens(tokens), label);
  }

  /** A labelled sequence of feature frames. */
  public static LabeledSequence ofFeatures(float[][] features, int label) {
    return new LabeledSequence(InputSequence.ofFeatures(features), label);
  }
}
