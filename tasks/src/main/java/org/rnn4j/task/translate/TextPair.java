package org.rnn4j.task.translate;

import java.util.Objects;

/**
 * A sentence and its translation, as text.
 *
 * @param source the sentence in the source language
 * @param target its translation
 */
public record TextPair(String source, String target) {

  /** Requires both sides. */
  public TextPair {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
