package org.rnn4j.task.pos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rnn4j.topology.ManyToMany;
import org.rnn4j.topology.TaggedSequence;

/**
 * A trained part-of-speech tagger: the word vocabulary, the tag set and the {@link ManyToMany} network that maps
 * one to the other.
 */
public final class Tagger {
  private final WordVocabulary words;
  private final List<String> tags;
  private final ManyToMany model;

  Tagger(WordVocabulary words, List<String> tags, ManyToMany model) {
    this.words = words;
    this.tags = List.copyOf(tags);
    this.model = model;
  }

  /** The word vocabulary. */
  public WordVocabulary words() {
    return words;
  }

  /** The tags it can predict, in id order. */
  public List<String> tags() {
    return tags;
  }

  /** The network. */
  public ManyToMany model() {
    return model;
  }

  /** The predicted tag of every word of every sentence (their gold tags are not read), in batches of {@code batch}. */
  public List<List<String>> tag(List<Sentence> sentences, int batch) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int from = 0; from < sentences.size(); from += batch) {
      List<TaggedSequence> part = new ArrayList<>();
      for (Sentence s : sentences.subList(from, Math.min(sentences.size(), from + batch))) {
        part.add(encode(s));
      }
      for (int[] ids : model.predict(part)) {
        List<String> named = new ArrayList<>(ids.length);
        for (int id : ids) {
          named.add(tags.get(id));
        }
        out.add(List.copyOf(named));
      }
    }
    return out;
  }

  /** The predicted tags of one sentence given as words. */
  public List<String> tag(List<String> sentence) {
    if (sentence.isEmpty()) {
      throw new IllegalArgumentException("a sentence to tag needs at least one word, got none");
    }
    int[] ids = sentence.stream().mapToInt(words::id).toArray();
    int[] predicted = model.predict(List.of(TaggedSequence.ofTokens(ids, new int[ids.length]))).get(0);
    return Arrays.stream(predicted).mapToObj(tags::get).toList();
  }

  /**
   * The sentence as the network's example: word ids and tag ids. A gold tag the tagger does not know (absent from
   * its training data) becomes tag 0; it only affects the loss, never the accuracy, which compares tag names.
   */
  TaggedSequence encode(Sentence s) {
    int[] ids = new int[s.length()];
    int[] tagIds = new int[s.length()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = words.id(s.words().get(i));
      tagIds[i] = Math.max(0, tags.indexOf(s.tags().get(i)));
    }
    return TaggedSequence.ofTokens(ids, tagIds);
  }

  /** The accuracy of this tagger on {@code sentences}, predicting in batches of {@code batch}. */
  public TagAccuracy evaluate(List<Sentence> sentences, int batch) {
    TagAccuracy accuracy = new TagAccuracy();
    List<List<String>> predicted = tag(sentences, batch);
    for (int i = 0; i < sentences.size(); i++) {
      accuracy.add(sentences.get(i).tags(), predicted.get(i), unknown(sentences.get(i)));
    }
    return accuracy;
  }

  /** Per word of {@code s}, whether the vocabulary lacks it. */
  boolean[] unknown(Sentence s) {
    boolean[] u = new boolean[s.length()];
    for (int i = 0; i < u.length; i++) {
      u[i] = !words.isKnown(s.words().get(i));
    }
    return u;
  }
}
