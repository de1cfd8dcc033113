package org.rnn4j.task.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rnn4j.task.DataFileException;

class SentimentLabelsTest {
  private static final Path FILE = Path.of("data", "train.tsv");

  private static List<LabeledSentence> labelled(String... labels) {
    int[] line = {0};
    return Stream.of(labels).map(l -> new LabeledSentence("some words", l, FILE, ++line[0])).toList();
  }

  @Test
  void integerLabelsKeepTheirOrderAndNamesSortAsText() {
    assertEquals(List.of("0", "1", "2", "10"), SentimentLabels.of(labelled("10", "1", "0", "2", "1")).names());
    assertEquals(List.of("neg", "neutral", "pos"), SentimentLabels.of(labelled("pos", "neutral", "neg")).names());
    SentimentLabels binary = SentimentLabels.of(labelled("1", "0"));
    assertEquals(1, binary.id(new LabeledSentence("x", "1", FILE, 9)));
    assertEquals("0", binary.name(0));
  }

  @Test
  void aLabelTheTrainingDataLacksIsRejectedAtItsLine() {
    SentimentLabels labels = SentimentLabels.of(labelled("neg", "pos"));
    Path test = Path.of("data", "test.tsv");
    DataFileException e = assertThrows(DataFileException.class,
        () -> labels.id(new LabeledSentence("meh", "neutral", test, 42)));
    assertEquals(test + ":42: label 'neutral' is not one of the training labels [neg, pos]", e.getMessage());
  }

  @Test
  void trainingDataWithOneLabelIsRejected() {
    assertEquals(FILE + ": needs at least 2 different labels to learn from, got only 'pos'",
        assertThrows(DataFileException.class, () -> SentimentLabels.of(labelled("pos", "pos"))).getMessage());
  }
}
