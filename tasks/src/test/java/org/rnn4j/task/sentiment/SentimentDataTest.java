package org.rnn4j.task.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rnn4j.task.text.WordTokenizer;

/** The built-in corpus: fixed, balanced, split without overlap, and not solvable by a bag of words. */
class SentimentDataTest {
  private final SentimentData data = SentimentData.builtIn();

  @Test
  void splitsHaveTheirSizesBalancedLabelsAndNoSharedSentence() {
    assertEquals(SentimentData.BUILT_IN_TRAIN, data.train().size());
    assertEquals(SentimentData.BUILT_IN_VALIDATION, data.validation().size());
    assertEquals(SentimentData.BUILT_IN_TEST, data.test().size());
    Set<String> sentences = new HashSet<>();
    Stream.of(data.train(), data.validation(), data.test()).flatMap(List::stream)
        .forEach(s -> assertTrue(sentences.add(s.sentence()), "repeated: " + s));
    long positive = data.train().stream().filter(s -> s.label().equals("pos")).count();
    assertTrue(Math.abs(positive - data.train().size() / 2) < 100, "positive training sentences " + positive);
    assertEquals(data, SentimentData.builtIn(), "always the same corpus");
  }

  /**
   * Some test sentences have exactly the words of a training or test sentence with the other label, so any model
   * that ignores word order is wrong on at least one sentence of each such pair. (Every contrast sentence has such a
   * twin in the language; the learning test checks the model on all of them.)
   */
  @Test
  void aBagOfWordsCannotSeparateTheLabels() {
    WordTokenizer tokenizer = WordTokenizer.lowercasing();
    Map<List<String>, Set<String>> labelsOfBag = new HashMap<>();
    List<LabeledSentence> all = new ArrayList<>(data.train());
    all.addAll(data.test());
    for (LabeledSentence s : all) {
      labelsOfBag.computeIfAbsent(bag(tokenizer, s.sentence()), k -> new HashSet<>()).add(s.label());
    }
    long ambiguousTest = data.test().stream()
        .filter(s -> labelsOfBag.get(bag(tokenizer, s.sentence())).size() == 2).count();
    assertTrue(ambiguousTest >= 5, "test sentences whose words also carry the other label: " + ambiguousTest);
  }

  private static List<String> bag(WordTokenizer tokenizer, String sentence) {
    List<String> words = new ArrayList<>(tokenizer.tokenize(sentence));
    Collections.sort(words);
    return words;
  }
}
