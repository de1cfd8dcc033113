package org.rnn4j.task.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fixed map between words and ids. Id {@link #PAD} is the padding token {@code <pad>}, id {@link #UNK} the
 * unknown word {@code <unk>}, then come any special tokens of the builder (for example {@code <s>} and
 * {@code </s>}) and then the counted words, most frequent first (ties in {@link String#compareTo} order, so the
 * same corpus always gives the same ids). A word that is not in the vocabulary maps to {@link #UNK}.
 *
 * <pre>{@code WordVocabulary v = WordVocabulary.builder().optMinCount(2).build(trainingSentences);
 * int[] ids = v.encode(List.of("not", "zyzzyva"));  // [id of "not", UNK]}</pre>
 */
public final class WordVocabulary {
  /** The id of the padding token. */
  public static final int PAD = 0;
  /** The id of the unknown word. */
  public static final int UNK = 1;
  /** The padding token's text. */
  public static final String PAD_TOKEN = "<pad>";
  /** The unknown word's text. */
  public static final String UNK_TOKEN = "<unk>";

  private final List<String> words;
  private final Map<String, Integer> ids;
  private final int reserved;

  private WordVocabulary(List<String> words, int reserved) {
    this.words = List.copyOf(words);
    this.reserved = reserved;
    this.ids = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      ids.put(words.get(i), i);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of ids, reserved ones included. */
  public int size() {
    return words.size();
  }

  /** Number of reserved ids (padding, unknown and special tokens); counted words start at this id. */
  public int reservedCount() {
    return reserved;
  }

  /** The id of {@code word}, or {@link #UNK} if it is not in the vocabulary. */
  public int id(String word) {
    Integer id = ids.get(word);
    return id == null ? UNK : id;
  }

  /** Whether {@code word} has its own id. */
  public boolean contains(String word) {
    return ids.containsKey(word);
  }

  /** The word of {@code id}. */
  public String word(int id) {
    if (id < 0 || id >= words.size()) {
      throw new IllegalArgumentException("id must be in [0, " + words.size() + "), got " + id);
    }
    return words.get(id);
  }

  /** The ids of {@code tokens}, unknown words as {@link #UNK}. */
  public int[] encode(List<String> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(tokens.get(i));
    }
    return out;
  }

  /** The words of {@code ids}. */
  public List<String> decode(int[] tokenIds) {
    List<String> out = new ArrayList<>(tokenIds.length);
    for (int id : tokenIds) {
      out.add(word(id));
    }
    return out;
  }

  /** All words in id order, reserved ones first. */
  public List<String> words() {
    return words;
  }

  @Override
  public String toString() {
    return "WordVocabulary(" + words.size() + " ids, " + reserved + " reserved)";
  }

  /** Configures which counted words a {@link WordVocabulary} keeps. */
  public static final class Builder {
    private int minCount = 1;
    private int maxSize = Integer.MAX_VALUE;
    private final Set<String> specials = new LinkedHashSet<>();

    private Builder() {}

    /** Keep only words seen at least {@code minCount} ({@code >= 1}) times; default 1. */
    public Builder optMinCount(int minCount) {
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
      }
      this.minCount = minCount;
      return this;
    }

    /** At most {@code maxSize} ids in all, reserved ones included (the most frequent words win); default no limit. */
    public Builder optMaxSize(int maxSize) {
      this.maxSize = maxSize;
      return this;
    }

    /** Reserve ids for these tokens right after {@code <pad>} and {@code <unk>}, in the order given. */
    public Builder optSpecialTokens(String... tokens) {
      for (String t : tokens) {
        Objects.requireNonNull(t, "special token");
        if (t.isEmpty() || t.equals(PAD_TOKEN) || t.equals(UNK_TOKEN) || !specials.add(t)) {
          throw new IllegalArgumentException("special tokens must be non-empty, distinct and not " + PAD_TOKEN
              + " or " + UNK_TOKEN + ", got '" + t + "'");
        }
      }
      return this;
    }

    /**
     * Counts the words of {@code sentences} (each a list of tokens) and builds the vocabulary. Tokens equal to a
     * reserved token are counted as that token and get no second id.
     *
     * @throws IllegalArgumentException if the maximum size leaves no room beyond the reserved ids
     */
    public WordVocabulary build(Collection<? extends List<String>> sentences) {
      List<String> words = new ArrayList<>();
      words.add(PAD_TOKEN);
      words.add(UNK_TOKEN);
      words.addAll(specials);
      int reserved = words.size();
      if (maxSize < reserved) {
        throw new IllegalArgumentException("maxSize must be at least the " + reserved + " reserved ids, got "
            + maxSize);
      }
      Map<String, Integer> counts = new HashMap<>();
      for (List<String> sentence : sentences) {
        for (String w : sentence) {
          counts.merge(Objects.requireNonNull(w, "token"), 1, Integer::sum);
        }
      }
      words.forEach(counts::remove);
      List<Map.Entry<String, Integer>> kept = new ArrayList<>();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() >= minCount) {
          kept.add(e);
        }
      }
      kept.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
          .thenComparing(Map.Entry::getKey));
      for (Map.Entry<String, Integer> e : kept) {
        if (words.size() >= maxSize) {
          break;
        }
        words.add(e.getKey());
      }
      return new WordVocabulary(words, reserved);
    }
  }
}
