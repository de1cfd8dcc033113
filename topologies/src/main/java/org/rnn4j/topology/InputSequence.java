package org.rnn4j.topology;

import java.util.Objects;

/**
 * The input side of one sequence example: either token ids or dense feature frames, never both. Arrays are held as
 * given (not copied).
 *
 * @param tokens token ids, one per step, or null for a feature sequence
 * @param features one feature row per step (all of one width), or null for a token sequence
 */
public record InputSequence(int[] tokens, float[][] features) {

  /**
   * Validates that exactly one of the two is given, that it has at least one step, and that feature rows share one
   * width.
   *
   * @throws IllegalArgumentException naming what is missing, empty or ragged
   */
  public InputSequence {
    if ((tokens == null) == (features == null)) {
      throw new IllegalArgumentException("an input sequence needs exactly one of tokens or features, got "
          + (tokens == null ? "neither" : "both"));
    }
    if (tokens != null && tokens.length == 0) {
      throw new IllegalArgumentException("tokens must hold at least one step, got an empty sequence");
    }
    if (features != null) {
      if (features.length == 0) {
        throw new IllegalArgumentException("features must hold at least one step, got an empty sequence");
      }
      int width = Objects.requireNonNull(features[0], "features[0]").length;
      for (int t = 0; t < features.length; t++) {
        Objects.requireNonNull(features[t], "features[" + t + "]");
        if (features[t].length != width) {
          throw new IllegalArgumentException("features[" + t + "] must have the width of step 0 (" + width
              + "), got " + features[t].length);
        }
      }
    }
  }

  /** A token sequence. */
  public static InputSequence ofTokens(int... tokens) {
    return new InputSequence(Objects.requireNonNull(tokens, "tokens"), null);
  }

  /** A sequence of feature frames, {@code features[t]} being step {@code t}. */
  public static InputSequence ofFeatures(float[][] features) {
    return new InputSequence(null, Objects.requireNonNull(features, "features"));
  }

  /** Number of steps. */
  public int length() {
    return tokens != null ? tokens.length : features.length;
  }

  /** Whether this is a token sequence. */
  public boolean isTokens() {
    return tokens != null;
  }
}
