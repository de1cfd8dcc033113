package org.rnn4j.topology;

import java.util.Objects;

/**
 * A sequence with one tag per step, the example of {@link ManyToMany}.
 *
 * @param input the tokens or feature frames
 * @param tags one tag per step of {@code input}, each in {@code [0, tags)} of the model (not copied)
 */
public record TaggedSequence(InputSequence input, int[] tags) {

  /**
   * Requires one tag per input step.
   *
   * @throws IllegalArgumentException if the tag count differs from the input length
   */
  public TaggedSequence {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(tags, "tags");
    if (tags.length != input.length()) {
      throw new IllegalArgumentException("tags must hold one tag per input step (" + input.length() + "), got "
          + tags.length);
    }
  }

  /** A tagged token sequence. */
  public static TaggedSequence ofTokens(int[] tokens, int[] tags) {
    return new TaggedSequence(InputSequence.ofTokens(tokens), tags);
  }

  /** A tagged sequence of feature frames. */
  public static TaggedSequence ofFeatures(float[][] features, int[] tags) {
    return new TaggedSequence(InputSequence.ofFeatures(features), tags);
  }
}
