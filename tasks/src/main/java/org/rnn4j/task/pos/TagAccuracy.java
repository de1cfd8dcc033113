package org.rnn4j.task.pos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rnn4j.task.Metric;

/**
 * Token accuracy of predicted tags against gold tags: overall, on unknown words, and per gold tag.
 *
 * <p>As metrics: {@code token accuracy} and {@code tokens}, {@code unknown-word accuracy} and {@code unknown-word
 * tokens}, then per gold tag (most frequent first) {@code accuracy TAG} and {@code tokens TAG}. The per-tag
 * accuracies weighted by their token counts add up to the overall accuracy.
 */
public final class TagAccuracy {
  private final Map<String, int[]> perTag = new TreeMap<>();
  private int tokens;
  private int correct;
  private int unknownTokens;
  private int unknownCorrect;

  /**
   * Counts one sentence.
   *
   * @param gold the gold tags
   * @param predicted the predicted tags, one per gold tag
   * @param unknown per token, whether its word was unknown to the tagger
   */
  public void add(List<String> gold, List<String> predicted, boolean[] unknown) {
    if (gold.size() != predicted.size() || gold.size() != unknown.length) {
      throw new IllegalArgumentException("gold, predicted and unknown must have one entry per token, got "
          + gold.size() + ", " + predicted.size() + " and " + unknown.length);
    }
    for (int i = 0; i < gold.size(); i++) {
      int right = gold.get(i).equals(predicted.get(i)) ? 1 : 0;
      int[] tag = perTag.computeIfAbsent(gold.get(i), t -> new int[2]);
      tag[0]++;
      tag[1] += right;
      tokens++;
      correct += right;
      if (unknown[i]) {
        unknownTokens++;
        unknownCorrect += right;
      }
    }
  }

  /** Tokens counted. */
  public int tokens() {
    return tokens;
  }

  /** The fraction of tokens tagged right (NaN before any token). */
  public double accuracy() {
    return (double) correct / tokens;
  }

  /** The fraction of unknown-word tokens tagged right (NaN when there were none). */
  public double unknownWordAccuracy() {
    return (double) unknownCorrect / unknownTokens;
  }

  /** Tokens of unknown words counted. */
  public int unknownWordTokens() {
    return unknownTokens;
  }

  /** The gold tags seen, most frequent first (ties by name). */
  public List<String> tags() {
    List<String> tags = new ArrayList<>(perTag.keySet());
    tags.sort(Comparator.comparingInt((String t) -> -perTag.get(t)[0]).thenComparing(Comparator.naturalOrder()));
    return tags;
  }

  /** Tokens whose gold tag is {@code tag}. */
  public int tokens(String tag) {
    int[] c = perTag.get(tag);
    return c == null ? 0 : c[0];
  }

  /** The fraction of tokens with gold tag {@code tag} tagged right (NaN for a tag never seen). */
  public double accuracy(String tag) {
    int[] c = perTag.get(tag);
    return c == null ? Double.NaN : (double) c[1] / c[0];
  }

  /** The counts as metrics, in the order of the class description. */
  public List<Metric> metrics() {
    List<Metric> m = new ArrayList<>();
    m.add(new Metric("token accuracy", accuracy(), ""));
    m.add(new Metric("tokens", tokens, "tokens"));
    m.add(new Metric("unknown-word accuracy", unknownWordAccuracy(), ""));
    m.add(new Metric("unknown-word tokens", unknownTokens, "tokens"));
    for (String tag : tags()) {
      m.add(new Metric("accuracy " + tag, accuracy(tag), ""));
      m.add(new Metric("tokens " + tag, tokens(tag), "tokens"));
    }
    return m;
  }
}
