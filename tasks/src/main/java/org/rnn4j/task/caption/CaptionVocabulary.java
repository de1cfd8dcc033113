package org.rnn4j.task.caption;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of captions and their ids. Id 0 is the start token {@value #START}, 1 the end token {@value #END},
 * 2 the unknown word {@value #UNKNOWN}; the words of the captions it was built from follow in order of first
 * appearance, so the same captions always give the same ids.
 *
 * <p>{@link #tokenize} lower-cases a caption and splits it at white space, with the punctuation marks
 * {@code . , ; : ! ? "} as words of their own: {@code "A dog runs."} is {@code [a, dog, runs, .]}.
 */
public final class CaptionVocabulary {
  /** The start token's text. */
  public static final String START = "<s>";
  /** The end token's text. */
  public static final String END = "</s>";
  /** The unknown word's text. */
  public static final String UNKNOWN = "<unk>";
  /** The start token's id. */
  public static final int START_ID = 0;
  /** The end token's id. */
  public static final int END_ID = 1;
  /** The unknown word's id. */
  public static final int UNKNOWN_ID = 2;

  private final List<String> words;
  private final Map<String, Integer> ids;

  private CaptionVocabulary(List<String> words) {
    this.words = List.copyOf(words);
    this.ids = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      ids.put(words.get(i), i);
    }
  }

  /** The vocabulary of every word in {@code captions}. */
  public static CaptionVocabulary of(Collection<String> captions) {
    List<String> words = new ArrayList<>(List.of(START, END, UNKNOWN));
    Map<String, Integer> seen = new HashMap<>();
    for (String w : words) {
      seen.put(w, seen.size());
    }
    for (String caption : captions) {
      for (String w : tokenize(caption)) {
        if (seen.putIfAbsent(w, seen.size()) == null) {
          words.add(w);
        }
      }
    }
    return new CaptionVocabulary(words);
  }

  /** The vocabulary of every caption of {@code images}. */
  public static CaptionVocabulary ofImages(Collection<CaptionedImage> images) {
    List<String> captions = new ArrayList<>();
    for (CaptionedImage image : images) {
      captions.addAll(image.captions());
    }
    return of(captions);
  }

  /** The words of a caption (see the class comment). */
  public static List<String> tokenize(String caption) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = caption.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c) || ".,;:!?\"".indexOf(c) >= 0) {
        flush(word, out);
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  /** Number of ids, including the start, end and unknown tokens. */
  public int size() {
    return words.size();
  }

  /** The id of {@code word}, or {@link #UNKNOWN_ID}. */
  public int id(String word) {
    return ids.getOrDefault(word, UNKNOWN_ID);
  }

  /** The word of {@code id}. */
  public String word(int id) {
    if (id < 0 || id >= words.size()) {
      throw new IllegalArgumentException("word id must be in [0, " + words.size() + "), got " + id);
    }
    return words.get(id);
  }

  /** The ids of a caption's words, without start or end tokens. */
  public int[] encode(String caption) {
    List<String> tokens = tokenize(caption);
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(tokens.get(i));
    }
    return out;
  }

  /** The words of {@code ids} joined by single spaces. */
  public String decode(int[] ids) {
    StringBuilder sb = new StringBuilder();
    for (int id : ids) {
      sb.append(sb.length() == 0 ? "" : " ").append(word(id));
    }
    return sb.toString();
  }
}
