package org.rnn4j.task.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rnn4j.task.metric.Tokenizer13a;

/**
 * How one language's text becomes the model's tokens, and its tokens text again.
 *
 * <ul>
 *   <li>{@link #WORDS}: the {@link Tokenizer13a 13a} words (ASCII punctuation split off, words of any script kept
 *       whole); output is the tokens joined by single spaces, which 13a tokenises back to the same tokens, so BLEU
 *       sees exactly the model's words.
 *   <li>{@link #CHARACTERS}: one token per Unicode code point, each run of whitespace one {@value #SPACE} token;
 *       output is the characters joined with the spaces restored. Suits Korean, whose words carry particles and
 *       endings, with few training pairs.
 * </ul>
 */
public enum Tokenization {
  /** 13a words. */
  WORDS,
  /** Unicode code points, whitespace as {@value #SPACE}. */
  CHARACTERS;

  /** The token that stands for whitespace in {@link #CHARACTERS}. */
  public static final String SPACE = "\u2581";

  /** The tokens of {@code text}, lower-cased first (root locale) if {@code lowercase}. */
  public List<String> tokens(String text, boolean lowercase) {
    String t = lowercase ? text.toLowerCase(Locale.ROOT) : text;
    if (this == WORDS) {
      return Tokenizer13a.tokenize(t);
    }
    List<String> out = new ArrayList<>();
    boolean space = false;
    for (int cp : t.strip().codePoints().toArray()) {
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        continue;
      }
      if (space) {
        out.add(SPACE);
        space = false;
      }
      out.add(Character.toString(cp));
    }
    return out;
  }

  /** The text of {@code tokens} (see the constants for the rule). */
  public String text(List<String> tokens) {
    if (this == WORDS) {
      return String.join(" ", tokens);
    }
    StringBuilder out = new StringBuilder();
    for (String t : tokens) {
      out.append(t.equals(SPACE) ? " " : t);
    }
    return out.toString().strip();
  }

  /** Parses {@code words} or {@code characters}, ignoring case. */
  public static Tokenization parse(String name) {
    for (Tokenization t : values()) {
      if (t.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("tokenization must be one of words, characters, got '" + name + "'");
  }
}
