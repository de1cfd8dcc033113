package org.rnn4j.examples.hello;

import java.util.List;
import org.rnn4j.core.cell.State;

/**
 * Generates text from a {@link HelloModel} one character at a time: each step runs the model on a single character
 * from the state the previous step left, and the decoder's pick becomes the next input.
 */
public final class Sampler {
  private final HelloModel model;
  private final Vocabulary vocabulary;

  /** A sampler of {@code model}'s characters from {@code vocabulary}. */
  public Sampler(HelloModel model, Vocabulary vocabulary) {
    this.model = model;
    this.vocabulary = vocabulary;
  }

  /**
   * {@code length} characters: {@code start}, then {@code length - 1} generated ones, from a zero initial state.
   *
   * @throws IllegalArgumentException if {@code length < 1} or {@code start} is not in the vocabulary
   * @throws Diverged if a logit is not finite
   */
  public String generate(char start, int length, Decoder decoder) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be at least 1, got " + length);
    }
    int v = vocabulary.size();
    int[] input = {vocabulary.indexOf(start)};
    StringBuilder text = new StringBuilder().append(start);
    List<State> state = null;
    while (text.length() < length) {
      float[] logits = model.logits(input, state);
      state = model.finalState();
      input[0] = decoder.pick(logits, 0, v);
      text.append(vocabulary.charAt(input[0]));
    }
    return text.toString();
  }
}
