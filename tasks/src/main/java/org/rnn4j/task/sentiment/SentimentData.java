package org.rnn4j.task.sentiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The three splits of a sentiment data set.
 *
 * @param train the examples to learn from (they define the vocabulary and the labels)
 * @param validation the examples that choose when to stop (early stopping on their accuracy)
 * @param test the held-out examples the reported accuracy is measured on
 */
public record SentimentData(List<LabeledSentence> train, List<LabeledSentence> validation,
    List<LabeledSentence> test) {
  /** Examples in the built-in training split. */
  public static final int BUILT_IN_TRAIN = 2000;
  /** Examples in the built-in validation split. */
  public static final int BUILT_IN_VALIDATION = 300;
  /** Examples in the built-in test split. */
  public static final int BUILT_IN_TEST = 500;
  private static final long BUILT_IN_SEED = 20_240_611L;

  /** Copies the lists; requires every split to hold at least one example. */
  public SentimentData {
    train = nonEmpty("train", train);
    validation = nonEmpty("validation", validation);
    test = nonEmpty("test", test);
  }

  /**
   * Reads three {@code sentence<TAB>label} files (see {@link SentimentTsv}).
   *
   * @throws org.rnn4j.task.DataFileException naming the file, line and problem of a malformed file
   * @throws IOException if a file cannot be read
   */
  public static SentimentData read(Path train, Path validation, Path test) throws IOException {
    return new SentimentData(SentimentTsv.read(train), SentimentTsv.read(validation), SentimentTsv.read(test));
  }

  /**
   * The built-in generated corpus, always the same: {@value #BUILT_IN_TRAIN} training, {@value
   * #BUILT_IN_VALIDATION} validation and {@value #BUILT_IN_TEST} test sentences, no sentence in two splits, labelled
   * {@code neg} or {@code pos}. They are short reviews from templates ({@code "the food was really great"},
   * {@code "i did not enjoy this film"}); about half are negated ({@code "this plot was not good"} is {@code neg}),
   * and in contrasts ({@code "the film was good , not bad"} is {@code pos}) the same words in another order have the
   * other label, so a model must read word order.
   */
  public static SentimentData builtIn() {
    Set<String> used = new HashSet<>();
    List<LabeledSentence> train = GeneratedSentiment.generate(BUILT_IN_SEED, BUILT_IN_TRAIN, used,
        Path.of("built-in", "sentiment-train.tsv"));
    train.forEach(s -> used.add(s.sentence()));
    List<LabeledSentence> validation = GeneratedSentiment.generate(BUILT_IN_SEED + 1, BUILT_IN_VALIDATION, used,
        Path.of("built-in", "sentiment-validation.tsv"));
    validation.forEach(s -> used.add(s.sentence()));
    List<LabeledSentence> test = GeneratedSentiment.generate(BUILT_IN_SEED + 2, BUILT_IN_TEST, used,
        Path.of("built-in", "sentiment-test.tsv"));
    return new SentimentData(train, validation, test);
  }

  private static List<LabeledSentence> nonEmpty(String name, List<LabeledSentence> list) {
    Objects.requireNonNull(list, name);
    if (list.isEmpty()) {
      throw new IllegalArgumentException(name + " data must hold at least one example, got none");
    }
    return List.copyOf(list);
  }
}
