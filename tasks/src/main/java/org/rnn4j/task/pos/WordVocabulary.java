package org.rnn4j.task.pos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word ids a tagger reads: one id per word seen often enough in training, and for every other word (rare in
 * training or never seen) an unknown-word class made of its shape and suffix, such as {@code <unk:low:ing>} for
 * "gardening" or {@code <unk:cap>} for "Zagreb".
 *
 * <p>Shapes: {@code num} (digits, perhaps with separators), {@code digit} (digits and letters), {@code punct} (neither
 * letters nor digits), {@code caps} (all upper case), {@code cap} (initial capital), {@code hyph} (lower case with
 * a hyphen), {@code low}. The suffix is the last three, else two letters, lower-cased. A class is kept when at least
 * {@value #CLASS_MIN_COUNT} rare training tokens fall into it; a word backs off from shape+3 letters to shape+2
 * letters to the shape alone to {@code <unk>} (id 0), so rare training words teach the model exactly the classes
 * that unknown words receive. Words and classes are looked up separately, so a word spelt like a class stays a
 * word. Ids are deterministic: {@code <unk>}, the classes in name order, then the words by falling frequency and
 * name.
 */
public final class WordVocabulary {
  /** Rare training tokens needed to keep an unknown-word class. */
  public static final int CLASS_MIN_COUNT = 2;
  /** The id of a word without a known form or a kept class. */
  public static final int UNKNOWN = 0;
  private static final String UNK = "<unk>";

  private final boolean lowercase;
  private final boolean wordClasses;
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Integer> classIds = new HashMap<>();
  private final List<String> tokens = new ArrayList<>();

  private WordVocabulary(boolean lowercase, boolean wordClasses) {
    this.lowercase = lowercase;
    this.wordClasses = wordClasses;
  }

  /**
   * The vocabulary of {@code training}.
   *
   * @param minCount occurrences a word needs to get its own id ({@code >= 1})
   * @param lowercase whether words are looked up lower-cased (shapes still see the original form)
   * @param wordClasses whether unknown words get shape and suffix classes (otherwise all are {@code <unk>})
   */
  public static WordVocabulary build(List<Sentence> training, int minCount, boolean lowercase, boolean wordClasses) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    WordVocabulary v = new WordVocabulary(lowercase, wordClasses);
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : training) {
      for (String w : s.words()) {
        counts.merge(v.key(w), 1, Integer::sum);
      }
    }
    TreeMap<String, Integer> classCounts = new TreeMap<>();
    if (wordClasses) {
      for (Sentence s : training) {
        for (String w : s.words()) {
          if (counts.get(v.key(w)) < minCount) {
            for (String c : classes(w)) {
              classCounts.merge(c, 1, Integer::sum);
            }
          }
        }
      }
    }
    v.add(v.classIds, UNK);
    classCounts.forEach((c, n) -> {
      if (n >= CLASS_MIN_COUNT) {
        v.add(v.classIds, c);
      }
    });
    counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> v.add(v.wordIds, e.getKey()));
    return v;
  }

  /** The id of {@code word}: its own when known, else its most specific kept class, else {@link #UNKNOWN}. */
  public int id(String word) {
    Integer own = wordIds.get(key(word));
    if (own != null) {
      return own;
    }
    if (wordClasses) {
      for (String c : classes(word)) {
        Integer id = classIds.get(c);
        if (id != null) {
          return id;
        }
      }
    }
    return UNKNOWN;
  }

  /** Whether {@code word} has an id of its own (is not an unknown word). */
  public boolean isKnown(String word) {
    return wordIds.containsKey(key(word));
  }

  /** Number of ids. */
  public int size() {
    return tokens.size();
  }

  /** Number of words with an id of their own. */
  public int knownWords() {
    return wordIds.size();
  }

  /** The word or class behind {@code id}. */
  public String token(int id) {
    return tokens.get(id);
  }

  /** The classes of {@code word}, most specific first: shape+3 letters, shape+2 letters, shape. */
  static List<String> classes(String word) {
    String shape = shape(word);
    List<String> out = new ArrayList<>(3);
    if (!shape.equals("num") && !shape.equals("punct")) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (int n = 3; n >= 2; n--) {
        if (lower.length() > n) {
          out.add("<unk:" + shape + ":" + lower.substring(lower.length() - n) + ">");
        }
      }
    }
    out.add("<unk:" + shape + ">");
    return out;
  }

  /** The shape class of a word form. */
  static String shape(String word) {
    boolean letter = false;
    boolean digit = false;
    boolean upper = true;
    for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        upper &= Character.isUpperCase(c);
      } else if (Character.isDigit(c)) {
        digit = true;
      }
    }
    if (digit) {
      return letter ? "digit" : "num";
    }
    if (!letter) {
      return "punct";
    }
    if (upper && word.codePointCount(0, word.length()) > 1) {
      return "caps";
    }
    if (Character.isUpperCase(word.codePointAt(0))) {
      return "cap";
    }
    return word.indexOf('-') >= 0 ? "hyph" : "low";
  }

  private String key(String word) {
    return lowercase ? word.toLowerCase(Locale.ROOT) : word;
  }

  private void add(Map<String, Integer> ids, String token) {
    ids.put(token, tokens.size());
    tokens.add(token);
  }

  @Override
  public String toString() {
    return "WordVocabulary[" + wordIds.size() + " words, " + classIds.size() + " unknown-word classes]";
  }
}
