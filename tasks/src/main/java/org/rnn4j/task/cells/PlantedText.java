package org.rnn4j.task.cells;

import java.util.SplittableRandom;
import org.rnn4j.core.Checks;

/**
 * Generated text with planted structure a character model must remember to predict well: lines of random words
 * in which quoted spans and bracketed asides (nested up to {@link #MAX_DEPTH} deep) open and close at random word
 * boundaries. The words inside a span come from the same list as outside, so only memory tells whether a quote is
 * open; the closing marks before a line's full stop, and the chance of a quote closing after each word, reward
 * that memory. The same seed gives the same text.
 *
 * <p>Example line: {@code the cat "sees a (red) dog if it runs" far.}
 */
public final class PlantedText {
  /**
   * Lines to train on (about 95,000 characters): enough that a small model cannot memorise them and must learn
   * the structure instead.
   */
  public static final int TRAINING_LINES = 2000;

  /** The deepest nesting of brackets. */
  public static final int MAX_DEPTH = 2;

  private static final String[] WORDS = {"the", "cat", "sees", "a", "red", "dog", "if", "it", "runs", "far",
      "we", "go", "to", "sea", "and", "sun", "my", "hat", "is", "on"};
  private static final double OPEN_QUOTE = 0.15;
  private static final double CLOSE_QUOTE = 0.25;
  private static final double OPEN_BRACKET = 0.08;
  private static final double CLOSE_BRACKET = 0.3;
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 18;

  private PlantedText() {}

  /** {@code lines} generated lines from {@code seed}, each ending in a full stop and a newline. */
  public static String generate(long seed, int lines) {
    Checks.positive("lines", lines);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      line(random, text);
    }
    return text.toString();
  }

  /** At least {@code characters} characters of whole generated lines from {@code seed}. */
  public static String ofLength(long seed, int characters) {
    Checks.positive("characters", characters);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    while (text.length() < characters) {
      line(random, text);
    }
    return text.toString();
  }

  private static void line(SplittableRandom random, StringBuilder text) {
    int words = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    boolean quoted = false;
    int depth = 0;
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      if (!quoted && depth == 0 && w < words - 1 && random.nextDouble() < OPEN_QUOTE) {
        text.append('"');
        quoted = true;
      }
      if (depth < MAX_DEPTH && w < words - 1 && random.nextDouble() < OPEN_BRACKET) {
        text.append('(');
        depth++;
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
      while (depth > 0 && random.nextDouble() < CLOSE_BRACKET) {
        text.append(')');
        depth--;
      }
      if (quoted && depth == 0 && random.nextDouble() < CLOSE_QUOTE) {
        text.append('"');
        quoted = false;
      }
    }
    text.append(")".repeat(depth)).append(quoted ? "\"" : "").append(".\n");
  }
}
