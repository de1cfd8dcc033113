package org.rnn4j.task.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The built-in sentiment corpus: short review sentences from seeded templates over positive and negative words,
 * labelled {@code pos} or {@code neg}. Negation flips a sentence's label ({@code "the film was not good"} is
 * {@code neg}), and the contrast template {@code "the film was good , not bad"} ({@code pos}) has the same words as
 * {@code "the film was bad , not good"} ({@code neg}), so word order decides: no bag-of-words model is right on both.
 *
 * <p>Templates (polarity {@code +1} positive, {@code -1} negative):
 * <pre>
 *   D N was [I] A           -> polarity(A)            the food was really great
 *   D N was not [I] A       -> -polarity(A)           this plot was not very good
 *   D N was A1 , not A2     -> polarity(A1)           the film was awful , not great
 *   i [I] V D N             -> polarity(V)            i really loved this film
 *   i did|do not B D N      -> -polarity(B)           i did not enjoy the service
 * </pre>
 */
final class GeneratedSentiment {
  static final String POSITIVE = "pos";
  static final String NEGATIVE = "neg";

  private static final String[] DETERMINERS = {"the", "this"};
  private static final String[] NOUNS = {"film", "movie", "food", "service", "plot", "acting", "music", "phone",
      "battery", "staff", "pizza", "story", "ending", "screen", "price", "sound"};
  private static final String[] INTENSIFIERS = {"very", "really", "truly", "quite", "so"};
  private static final String[] GOOD = {"good", "great", "excellent", "wonderful", "amazing", "lovely",
      "fantastic", "delicious", "superb", "fine"};
  private static final String[] BAD = {"bad", "awful", "terrible", "boring", "poor", "horrible", "dull", "bland",
      "disappointing", "weak"};
  private static final String[] LIKED = {"loved", "liked", "enjoyed", "adored", "admired"};
  private static final String[] DISLIKED = {"hated", "disliked", "loathed", "despised", "regretted"};
  private static final String[] LIKE = {"love", "like", "enjoy", "adore", "admire"};
  private static final String[] DISLIKE = {"hate", "dislike", "loathe", "despise", "regret"};

  private GeneratedSentiment() {}

  /**
   * {@code count} distinct sentences not in {@code exclude}, drawn with {@code seed}; the lines of the returned
   * examples count from 1 in {@code file}.
   */
  static List<LabeledSentence> generate(long seed, int count, Set<String> exclude, Path file) {
    SplittableRandom r = new SplittableRandom(seed);
    List<LabeledSentence> out = new ArrayList<>(count);
    Set<String> seen = new HashSet<>(exclude);
    while (out.size() < count) {
      boolean positive = r.nextBoolean();
      String sentence = sentence(r, positive);
      if (seen.add(sentence)) {
        out.add(new LabeledSentence(sentence, positive ? POSITIVE : NEGATIVE, file, out.size() + 1));
      }
    }
    return List.copyOf(out);
  }

  /** One sentence whose label is positive iff {@code positive}. */
  private static String sentence(SplittableRandom r, boolean positive) {
    String d = pick(r, DETERMINERS);
    String n = pick(r, NOUNS);
    int template = r.nextInt(20);
    if (template < 6) {
      return d + " " + n + " was " + intensifier(r) + adjective(r, positive);
    } else if (template < 11) {
      return d + " " + n + " was not " + intensifier(r) + adjective(r, !positive);
    } else if (template < 15) {
      return d + " " + n + " was " + adjective(r, positive) + " , not " + adjective(r, !positive);
    } else if (template < 18) {
      return "i " + intensifier(r) + pick(r, positive ? LIKED : DISLIKED) + " " + d + " " + n;
    }
    return "i " + (r.nextBoolean() ? "did" : "do") + " not " + pick(r, positive ? DISLIKE : LIKE) + " " + d + " " + n;
  }

  private static String adjective(SplittableRandom r, boolean positive) {
    return pick(r, positive ? GOOD : BAD);
  }

  /** An intensifier and a space, or nothing (half the time). */
  private static String intensifier(SplittableRandom r) {
    return r.nextBoolean() ? pick(r, INTENSIFIERS) + " " : "";
  }

  private static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }
}
