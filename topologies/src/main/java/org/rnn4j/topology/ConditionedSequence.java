package org.rnn4j.topology;

/**
 * One example of a {@link OneToMany} model: a conditioning vector and the token sequence it should produce,
 * without start or end tokens (the model adds them).
 *
 * @param vector the conditioning vector (for example image features or a one-hot label)
 * @param tokens the output tokens, possibly none; never the model's end token
 */
public record ConditionedSequence(float[] vector, int[] tokens) {

  /** Rejects null parts. */
  public ConditionedSequence {
    if (vector == null || tokens == null) {
      throw new IllegalArgumentException("vector and tokens must not be null (use an empty array for no tokens)");
    }
  }
}
