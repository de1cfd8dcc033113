package org.rnn4j.task.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens: runs of letters, marks and digits (keeping inner apostrophes and hyphens, as in
 * {@code don't} and {@code well-made}) and punctuation, where a run of one repeated punctuation character is one
 * token ({@code "..."}, {@code "!!"}). Whitespace separates tokens and is dropped. Text is put into Unicode NFC form
 * first and, for a lower-casing tokenizer, lower-cased with the root locale.
 *
 * <pre>{@code WordTokenizer.lowercasing().tokenize("Not bad... I'd go again!")
 *     -> [not, bad, ..., i'd, go, again, !]}</pre>
 */
public final class WordTokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}]+(?:['\u2019-][\\p{L}\\p{M}\\p{N}]+)*|([^\\s\\p{L}\\p{M}\\p{N}])\\1*");

  private final boolean lowercase;

  private WordTokenizer(boolean lowercase) {
    this.lowercase = lowercase;
  }

  /** A tokenizer that lower-cases every token. */
  public static WordTokenizer lowercasing() {
    return new WordTokenizer(true);
  }

  /** A tokenizer that keeps the text's case. */
  public static WordTokenizer preservingCase() {
    return new WordTokenizer(false);
  }

  /** Whether tokens are lower-cased. */
  public boolean lowercases() {
    return lowercase;
  }

  /** The tokens of {@code text}, in order; empty for blank text. */
  public List<String> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (lowercase) {
      normal = normal.toLowerCase(Locale.ROOT);
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(normal);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  @Override
  public String toString() {
    return lowercase ? "WordTokenizer(lowercasing)" : "WordTokenizer(preserving case)";
  }
}
