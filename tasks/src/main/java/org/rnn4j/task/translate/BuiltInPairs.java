package org.rnn4j.task.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated parallel corpus for runs without data: English sentences {@code the [adjective] noun [does not] verb
 * the [adjective] noun .} and their translation into a small invented subject-object-verb language in which
 * adjectives follow their noun, the subject is marked by {@code ga}, the object by {@code reul}, and negation is
 * {@code an} before the verb:
 *
 * <pre>
 *   the big dog does not see the red bird .   -&gt;   kavu kura ga tesi palo reul an bonda .
 * </pre>
 *
 * The translation is a fixed function of the sentence (word for word, reordered), so a model can learn it exactly;
 * with 8 nouns, 6 adjectives, 6 verbs and negation there are about 38,000 sentences, so a few thousand training
 * pairs leave most test sentences unseen.
 */
public final class BuiltInPairs {
  private static final String[][] NOUNS = {{"cat", "miro"}, {"dog", "kavu"}, {"bird", "tesi"}, {"teacher",
      "sanom"}, {"child", "peku"}, {"farmer", "dalun"}, {"horse", "mabi"}, {"fish", "ulo"}};
  private static final String[][] ADJECTIVES = {{"big", "kura"}, {"small", "chiwi"}, {"red", "palo"}, {"old",
      "nemu"}, {"happy", "josi"}, {"quiet", "sumi"}};
  /** Third person form, base form, translation. */
  private static final String[][] VERBS = {{"sees", "see", "bonda"}, {"likes", "like", "jota"}, {"follows",
      "follow", "taruda"}, {"helps", "help", "dopda"}, {"finds", "find", "chatda"}, {"calls", "call", "burunda"}};

  private BuiltInPairs() {}

  /** {@code count} pairs drawn independently (repeats possible) from a generator seeded with {@code seed}. */
  public static List<TextPair> generate(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive, got " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<TextPair> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> en = new ArrayList<>();
      List<String> tr = new ArrayList<>();
      nounPhrase(random, en, tr);
      tr.add("ga");
      String[] verb = VERBS[random.nextInt(VERBS.length)];
      boolean negated = random.nextInt(4) == 0;
      if (negated) {
        en.add("does");
        en.add("not");
      }
      en.add(negated ? verb[1] : verb[0]);
      nounPhrase(random, en, tr);
      tr.add("reul");
      if (negated) {
        tr.add("an");
      }
      tr.add(verb[2]);
      en.add(".");
      tr.add(".");
      out.add(new TextPair(String.join(" ", en), String.join(" ", tr)));
    }
    return out;
  }

  private static void nounPhrase(SplittableRandom random, List<String> en, List<String> tr) {
    String[] noun = NOUNS[random.nextInt(NOUNS.length)];
    en.add("the");
    String[] adjective = random.nextBoolean() ? ADJECTIVES[random.nextInt(ADJECTIVES.length)] : null;
    if (adjective != null) {
      en.add(adjective[0]);
    }
    en.add(noun[0]);
    tr.add(noun[1]);
    if (adjective != null) {
      tr.add(adjective[1]);
    }
  }
}
