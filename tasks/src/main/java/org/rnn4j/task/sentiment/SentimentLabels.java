package org.rnn4j.task.sentiment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rnn4j.task.DataFileException;

/**
 * The classes of a sentiment data set: the distinct labels of the training data, each mapped to a class id. Labels
 * that are all non-negative integers are ordered by value (so {@code 0}/{@code 1} keep their ids), other label sets
 * by {@link String#compareTo} (so {@code neg} is 0 and {@code pos} is 1).
 */
public final class SentimentLabels {
  private final List<String> names;

  private SentimentLabels(List<String> names) {
    this.names = List.copyOf(names);
  }

  /**
   * The labels of {@code training}.
   *
   * @throws DataFileException if the training data has fewer than two different labels
   */
  public static SentimentLabels of(List<LabeledSentence> training) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("training data must hold at least one example, got none");
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (LabeledSentence s : training) {
      distinct.add(s.label());
    }
    List<String> names = new ArrayList<>(distinct);
    if (names.stream().allMatch(n -> n.chars().allMatch(c -> c >= '0' && c <= '9'))) {
      names.sort(Comparator.comparing((String n) -> new BigInteger(n)).thenComparing(Comparator.naturalOrder()));
    } else {
      names.sort(Comparator.naturalOrder());
    }
    if (names.size() < 2) {
      throw new DataFileException(training.get(0).file(), 0, "needs at least 2 different labels to learn from, got"
          + " only '" + names.get(0) + "'");
    }
    return new SentimentLabels(names);
  }

  /** Number of classes. */
  public int size() {
    return names.size();
  }

  /** The label names in class-id order. */
  public List<String> names() {
    return names;
  }

  /** The name of class {@code id}. */
  public String name(int id) {
    if (id < 0 || id >= names.size()) {
      throw new IllegalArgumentException("class id must be in [0, " + names.size() + "), got " + id);
    }
    return names.get(id);
  }

  /**
   * The class id of {@code example}'s label.
   *
   * @throws DataFileException at the example's line if the label is not one of the training labels
   */
  public int id(LabeledSentence example) {
    int id = names.indexOf(example.label());
    if (id < 0) {
      throw new DataFileException(example.file(), example.line(), "label '" + example.label()
          + "' is not one of the training labels " + names);
    }
    return id;
  }

  @Override
  public String toString() {
    return "SentimentLabels" + names;
  }
}
