package org.rnn4j.task.sentiment;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A sentence with its sentiment label as written in the data, and where it came from (so that a label the model
 * does not know can be reported at its line).
 *
 * @param sentence the sentence text, not blank (the loader strips surrounding whitespace)
 * @param label the label as written, for example {@code 1} or {@code pos}
 * @param file the file it was read from (a {@code built-in/...} name for built-in data)
 * @param line its 1-based line in the file
 */
public record LabeledSentence(String sentence, String label, Path file, int line) {

  /** Requires every part. */
  public LabeledSentence {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(file, "file");
    if (sentence.isBlank()) {
      throw new IllegalArgumentException("sentence must not be blank, got '" + sentence + "'");
    }
  }
}
