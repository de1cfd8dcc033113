package org.rnn4j.task.translate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one language with their ids: {@code <pad>} 0, {@code <s>} 1, {@code </s>} 2, {@code <unk>} 3, then
 * the known tokens from the most frequent (ties in {@link String#compareTo} order). Tokens not in it encode as {@code <unk>}.
 */
public final class Vocabulary {
  /** Padding id. */
  public static final int PAD = 0;
  /** Start-of-sentence id. */
  public static final int START = 1;
  /** End-of-sentence id. */
  public static final int END = 2;
  /** Unknown-token id. */
  public static final int UNK = 3;
  private static final List<String> SPECIALS = List.of("<pad>", "<s>", "</s>", "<unk>");

  private final List<String> tokens;
  private final Map<String, Integer> ids = new HashMap<>();

  private Vocabulary(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      if (ids.putIfAbsent(tokens.get(i), i) != null) {
        throw new IllegalArgumentException("vocabulary token '" + tokens.get(i) + "' appears twice");
      }
    }
  }

  /**
   * The tokens of {@code sentences} seen at least {@code minCount} times, the most frequent first, at most
   * {@code maxSize} ids in all (the four special ones included).
   */
  public static Vocabulary build(Collection<List<String>> sentences, int maxSize, int minCount) {
    if (maxSize <= SPECIALS.size()) {
      throw new IllegalArgumentException("maxSize must exceed the " + SPECIALS.size() + " special tokens, got "
          + maxSize);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String t : s) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>(SPECIALS);
    for (Map.Entry<String, Integer> e : entries) {
      if (out.size() >= maxSize || e.getValue() < minCount) {
        break;
      }
      if (!SPECIALS.contains(e.getKey())) {
        out.add(e.getKey());
      }
    }
    return new Vocabulary(out);
  }

  /** Number of ids. */
  public int size() {
    return tokens.size();
  }

  /** The id of {@code token}, {@link #UNK} if unknown. */
  public int id(String token) {
    return ids.getOrDefault(token, UNK);
  }

  /** The token of {@code id}. */
  public String token(int id) {
    return tokens.get(id);
  }

  /** The ids of {@code sentence}. */
  public int[] encode(List<String> sentence) {
    return sentence.stream().mapToInt(this::id).toArray();
  }

  /** The tokens of {@code ids}. */
  public List<String> decode(int[] ids) {
    List<String> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(token(id));
    }
    return out;
  }

  /** The tokens in id order, one per line (tokens hold no line breaks), for a checkpoint's config. */
  String serialize() {
    return String.join("\n", tokens);
  }

  /** The vocabulary {@link #serialize()} wrote. */
  static Vocabulary deserialize(String text) {
    List<String> t = List.of(text.split("\n", -1));
    if (t.size() < SPECIALS.size() || !t.subList(0, SPECIALS.size()).equals(SPECIALS)) {
      throw new IllegalArgumentException("a vocabulary must start with " + SPECIALS + ", got " + t.subList(0,
          Math.min(t.size(), SPECIALS.size())));
    }
    return new Vocabulary(t);
  }
}
