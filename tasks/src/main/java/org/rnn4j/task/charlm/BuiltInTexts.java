package org.rnn4j.task.charlm;

import java.util.SplittableRandom;
import org.rnn4j.core.Checks;

/**
 * Texts for a run with no download: the word "hello" repeated, and seeded generated sentences with quotes and
 * brackets that a small model learns in seconds.
 */
public final class BuiltInTexts {
  /** How often {@link #hello()} repeats the word. */
  public static final int HELLO_REPEATS = 64;

  /** The number of sentences of {@link #sentences()}. */
  public static final int DEFAULT_SENTENCES = 400;

  private static final String[] SUBJECTS = {"the cat", "the dog", "a bird", "my fox"};
  private static final String[] VERBS = {"sees", "likes", "chases", "finds"};
  private static final String[] OBJECTS = {"the ball", "a stick", "the moon", "my hat"};
  private static final String[] ASIDES = {"(quietly)", "(again)"};

  private BuiltInTexts() {}

  /**
   * "hello" written {@link #HELLO_REPEATS} times without separators ({@code hellohello...}), four distinct
   * characters: after 'h' come "ello", then 'h' again. The repetition gives the 90/10 split something to hold.
   */
  public static TextCorpus hello() {
    return TextCorpus.of("built-in hello", "hello".repeat(HELLO_REPEATS));
  }

  /** {@link #DEFAULT_SENTENCES} generated sentences from seed 0. */
  public static TextCorpus sentences() {
    return sentences(0, DEFAULT_SENTENCES);
  }

  /**
   * {@code count} generated sentences, one per line, such as {@code "my fox finds a stick (again)."}: a subject, a
   * verb and an object drawn from four each; an aside in brackets a quarter of the time; the whole sentence in
   * double quotes a quarter of the time. The same seed gives the same text. A line carries 7.9 bits of choice over
   * 25.5 characters on average, so the text's entropy, the loss a perfect model reaches, is 0.21 nats per
   * character.
   */
  public static TextCorpus sentences(long seed, int count) {
    Checks.positive("count", count);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      boolean quoted = random.nextInt(4) == 0;
      text.append(quoted ? "\"" : "");
      text.append(pick(SUBJECTS, random)).append(' ').append(pick(VERBS, random)).append(' ')
          .append(pick(OBJECTS, random));
      if (random.nextInt(4) == 0) {
        text.append(' ').append(pick(ASIDES, random));
      }
      text.append('.').append(quoted ? "\"" : "").append('\n');
    }
    return TextCorpus.of("built-in sentences (seed " + seed + ", " + count + " lines)", text.toString());
  }

  private static String pick(String[] options, SplittableRandom random) {
    return options[random.nextInt(options.length)];
  }
}
