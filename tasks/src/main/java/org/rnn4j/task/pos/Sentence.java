package org.rnn4j.task.pos;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of words, each with its part-of-speech tag (the UPOS tag in CoNLL-U).
 *
 * @param words the word forms, in order (at least one)
 * @param tags one tag per word
 */
public record Sentence(List<String> words, List<String> tags) {

  /**
   * Copies both lists and requires one non-empty tag per non-empty word.
   *
   * @throws IllegalArgumentException if the sentence is empty, the counts differ or a word or tag is empty
   */
  public Sentence {
    words = List.copyOf(Objects.requireNonNull(words, "words"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs at least one word, got none");
    }
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException("a sentence needs one tag per word (" + words.size() + " words), got "
          + tags.size() + " tags");
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isEmpty() || tags.get(i).isEmpty()) {
        throw new IllegalArgumentException("word " + (i + 1) + " must have a non-empty form and tag, got '"
            + words.get(i) + "/" + tags.get(i) + "'");
      }
    }
  }

  /** Number of words. */
  public int length() {
    return words.size();
  }

  /** The sentence as {@code word/TAG word/TAG ...}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      s.append(i == 0 ? "" : " ").append(words.get(i)).append('/').append(tags.get(i));
    }
    return s.toString();
  }
}
