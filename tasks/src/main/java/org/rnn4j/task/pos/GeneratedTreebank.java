package org.rnn4j.task.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded English-like sentences with their UPOS tags, from a tiny grammar, so tagging can be learnt and checked
 * without a download.
 *
 * <p>The grammar has the ambiguities that make tagging a sequence problem: {@code watch, book, light, plant, ...}
 * are nouns after a determiner and verbs after a modal ({@code can watch}); {@code watches, books, ...} are plural
 * nouns or third-person verbs by position. Open classes have a long tail of invented words with regular endings
 * (nouns in {@code -tion, -ment, -ness}, adjectives in {@code -ous, -ful, -ive}, adverbs in {@code -ly}, past verbs
 * in {@code -ed}, capitalised names), drawn with falling probability, so held-out sentences contain words never seen
 * in training that their ending and context still identify. The lexicon is fixed; the seed chooses the sentences.
 */
public final class GeneratedTreebank {
  private static final long LEXICON_SEED = 0x5eedL;
  private static final int TAIL = 60;
  private static final String[] SYLLABLES = {"ba", "cor", "del", "fi", "gan", "hol", "ka", "lu", "mer", "no", "pra",
      "ri", "sol", "ta", "ven", "wi", "zor", "bre", "du", "ple"};

  private static final String[] DETERMINERS = {"the", "a", "this", "every", "some"};
  private static final String[] PLURAL_DETERMINERS = {"the", "some", "these", "many"};
  private static final String[] PRONOUNS = {"she", "he", "it", "they", "we"};
  private static final String[] PREPOSITIONS = {"in", "on", "near", "with", "under", "behind"};
  private static final String[] MODALS = {"can", "will", "may", "should"};
  private static final String[] CONJUNCTIONS = {"and", "but"};
  private static final String[] NUMBERS = {"two", "three", "seven", "12", "40", "1999"};
  /** Stems that are a noun or a verb by position (singular/base and plural/third-person forms). */
  private static final String[] AMBIGUOUS = {"watch", "book", "light", "plant", "paint", "walk", "cook", "smile"};

  private final List<String> nouns;
  private final List<String> adjectives;
  private final List<String> adverbs;
  private final List<String> pastVerbs;
  private final List<String> names;
  private final SplittableRandom random;

  private GeneratedTreebank(long seed) {
    SplittableRandom lexicon = new SplittableRandom(LEXICON_SEED);
    nouns = openClass(lexicon, List.of("dog", "cat", "bird", "teacher", "garden", "river", "house", "child"),
        new String[] {"tion", "ment", "ness"}, false);
    adjectives = openClass(lexicon, List.of("big", "small", "red", "old", "happy", "quiet", "green"),
        new String[] {"ous", "ful", "ive"}, false);
    adverbs = openClass(lexicon, List.of("often", "quickly", "slowly", "never", "there"), new String[] {"ly"},
        false);
    pastVerbs = openClass(lexicon, List.of("saw", "found", "liked", "painted", "visited", "helped"),
        new String[] {"ed"}, false);
    names = openClass(lexicon, List.of("Anna", "Boris", "Paris", "Lima", "Omar"), new String[] {"a", "o", "ez"},
        true);
    random = new SplittableRandom(seed);
  }

  /** {@code count} sentences drawn with {@code seed}; the same arguments give the same sentences. */
  public static List<Sentence> sentences(long seed, int count) {
    GeneratedTreebank g = new GeneratedTreebank(seed);
    List<Sentence> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(g.sentence());
    }
    return out;
  }

  private Sentence sentence() {
    Builder s = new Builder();
    clause(s);
    if (random.nextInt(5) == 0) {
      if (random.nextBoolean()) {
        s.add(",", "PUNCT");
      }
      s.add(pick(CONJUNCTIONS), "CCONJ");
      clause(s);
    }
    s.add(random.nextInt(6) == 0 ? "!" : ".", "PUNCT");
    return s.build();
  }

  private void clause(Builder s) {
    boolean plural = subject(s);
    switch (random.nextInt(4)) {
      case 0 -> {
        s.add(pick(MODALS), "AUX");
        if (random.nextInt(4) == 0) {
          s.add("not", "PART");
        }
        s.add(pick(AMBIGUOUS), "VERB");
        objectOrPlace(s);
      }
      case 1 -> {
        s.add(zipf(pastVerbs), "VERB");
        objectOrPlace(s);
      }
      case 2 -> {
        String stem = pick(AMBIGUOUS);
        s.add(plural ? stem : thirdPerson(stem), "VERB");
        if (random.nextBoolean()) {
          s.add(zipf(adverbs), "ADV");
        } else {
          objectOrPlace(s);
        }
      }
      default -> {
        s.add(plural ? "are" : "is", "AUX");
        if (random.nextBoolean()) {
          adjectivePhrase(s);
        } else {
          preposition(s);
        }
      }
    }
  }

  /** A subject; returns whether it is plural. */
  private boolean subject(Builder s) {
    int kind = random.nextInt(6);
    if (kind == 0) {
      s.add(zipf(names), "PROPN");
      return false;
    }
    if (kind == 1) {
      String p = pick(PRONOUNS);
      s.add(p, "PRON");
      return p.equals("they") || p.equals("we");
    }
    return nounPhrase(s);
  }

  private void objectOrPlace(Builder s) {
    switch (random.nextInt(3)) {
      case 0 -> nounPhrase(s);
      case 1 -> {
        nounPhrase(s);
        preposition(s);
      }
      default -> preposition(s);
    }
  }

  private void preposition(Builder s) {
    s.add(pick(PREPOSITIONS), "ADP");
    if (random.nextInt(4) == 0) {
      s.add(zipf(names), "PROPN");
    } else {
      nounPhrase(s);
    }
  }

  private void adjectivePhrase(Builder s) {
    if (random.nextInt(3) == 0) {
      s.add("very", "ADV");
    }
    s.add(zipf(adjectives), "ADJ");
  }

  /** A determiner or number, adjectives and a noun (plural with a plural determiner); returns whether plural. */
  private boolean nounPhrase(Builder s) {
    boolean plural = random.nextInt(3) == 0;
    if (plural && random.nextInt(3) == 0) {
      s.add(pick(NUMBERS), "NUM");
    } else {
      s.add(pick(plural ? PLURAL_DETERMINERS : DETERMINERS), "DET");
    }
    for (int a = random.nextInt(4) == 0 ? 2 : random.nextInt(2); a > 0; a--) {
      s.add(zipf(adjectives), "ADJ");
    }
    String noun = random.nextInt(3) == 0 ? pick(AMBIGUOUS) : zipf(nouns);
    s.add(plural ? plural(noun) : noun, "NOUN");
    return plural;
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  /** Word {@code r} of {@code words} with probability falling as {@code 1/(r+1)}. */
  private String zipf(List<String> words) {
    double total = 0;
    for (int r = 0; r < words.size(); r++) {
      total += 1.0 / (r + 1);
    }
    double u = random.nextDouble() * total;
    for (int r = 0; r < words.size(); r++) {
      u -= 1.0 / (r + 1);
      if (u < 0) {
        return words.get(r);
      }
    }
    return words.get(words.size() - 1);
  }

  private static String thirdPerson(String stem) {
    return stem.endsWith("ch") ? stem + "es" : stem + "s";
  }

  private static String plural(String noun) {
    if (noun.equals("child")) {
      return "children";
    }
    return noun.endsWith("ch") || noun.endsWith("ss") ? noun + "es" : noun + "s";
  }

  /** The common words, then {@value #TAIL} invented ones made of syllables and one of the endings. */
  private static List<String> openClass(SplittableRandom r, List<String> common, String[] endings,
      boolean capitalised) {
    List<String> words = new ArrayList<>(common);
    while (words.size() < common.size() + TAIL) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + r.nextInt(2); k > 0; k--) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      w.append(endings[r.nextInt(endings.length)]);
      String word = capitalised ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
      if (!words.contains(word)) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  /** Words and tags of the sentence being generated. */
  private static final class Builder {
    private final List<String> words = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    void add(String word, String tag) {
      words.add(word);
      tags.add(tag);
    }

    Sentence build() {
      return new Sentence(words, tags);
    }
  }
}
