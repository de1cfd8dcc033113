package org.rnn4j.task.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.StopReason;
import org.rnn4j.topology.TrainerListener;

class PosTaskTest {
  private static final TrainerListener QUIET = new TrainerListener() {};

  private static TrainingOptions small(int epochs) {
    return new TrainingOptions(CellType.LSTM, 1, 32, epochs, 32, 1e-2, 1, Optional.empty(), false);
  }

  private static PosSettings smallSettings() {
    return new PosSettings(32, 2, false, true, true, 0, 0);
  }

  /**
   * A bidirectional LSTM learns the generated grammar: at least 97% token accuracy on 300 held-out sentences after
   * 5 epochs over 1000, and at least 90% on words never seen in training (told apart by their shape and suffix).
   */
  @Test
  void learnsGeneratedTaggingIncludingUnknownWords() {
    List<Sentence> train = GeneratedTreebank.sentences(1, 1000);
    List<Sentence> test = GeneratedTreebank.sentences(2, 300);

    TaskReport r = PosTask.run(train, List.of(), test, small(5), smallSettings(), QUIET);
    System.out.printf("pos learning: %.4f token accuracy, %.4f on %d unknown-word tokens, %s%n",
        r.metric("token accuracy").value(), r.metric("unknown-word accuracy").value(),
        (int) r.metric("unknown-word tokens").value(), r.time());

    assertEquals("pos", r.task());
    assertEquals("ManyToMany (bidirectional lstm)", r.topology());
    assertEquals(StopReason.COMPLETED, r.training().stopReason());
    assertTrue(r.metric("token accuracy").value() >= 0.97, "token accuracy " + r.metric("token accuracy"));
    assertTrue(r.metric("unknown-word tokens").value() >= 20, "the test holds unseen words");
    assertTrue(r.metric("unknown-word accuracy").value() >= 0.9, r.metric("unknown-word accuracy").toString());
    assertEquals(5, r.samples().size());
    assertEquals(test.stream().mapToInt(Sentence::length).sum(), (int) r.metric("tokens").value());
    assertPerTagAccuraciesAddUp(r);
  }

  /** A trained tagger tags words given as a list, the same as in a batch of sentences. */
  @Test
  void taggerTagsASentenceOfWords() {
    List<Sentence> train = GeneratedTreebank.sentences(1, 300);
    Tagger tagger = PosTask.untrained(train, small(1), smallSettings());
    Sentence s = train.get(0);
    assertEquals(tagger.tag(List.of(s), 8).get(0), tagger.tag(s.words()));
    assertEquals(s.length(), tagger.tag(s.words()).size());
  }

  /** The built-in run (generated training and development data, the hand-written sample as test). */
  @Test
  void builtInRunTagsTheHandWrittenSample() {
    List<Sentence> sample = PosTask.sample();
    assertEquals(20, sample.size());

    TaskReport r = PosTask.runBuiltIn(small(4), QUIET);
    System.out.printf("pos built-in: %.4f token accuracy on the sample, %s%n", r.metric("token accuracy").value(),
        r.time());
    r.samples().forEach(s -> System.out.println("  " + s));

    assertEquals(sample.stream().mapToInt(Sentence::length).sum(), (int) r.metric("tokens").value());
    assertEquals(4, r.training().validations().size(), "development accuracy after every epoch");
    assertTrue(r.training().bestMetric() >= 0.95, "development accuracy " + r.training().bestMetric());
    assertTrue(r.metric("token accuracy").value() >= 0.9, "sample accuracy " + r.metric("token accuracy"));
    assertPerTagAccuraciesAddUp(r);
  }

  /** The same data, options and seed give bit-identical losses and metrics; another seed does not. */
  @Test
  void runsAreDeterministic() {
    List<Sentence> train = GeneratedTreebank.sentences(3, 150);
    List<Sentence> test = GeneratedTreebank.sentences(4, 40);

    TaskReport a = PosTask.run(train, test, small(2), QUIET);
    TaskReport b = PosTask.run(train, test, small(2), QUIET);
    TrainingOptions other = new TrainingOptions(CellType.LSTM, 1, 32, 2, 32, 1e-2, 2, Optional.empty(), false);
    TaskReport c = PosTask.run(train, test, other, QUIET);

    assertArrayEquals(a.training().losses(), b.training().losses());
    assertEquals(a.metrics(), b.metrics());
    assertEquals(a.samples(), b.samples());
    assertNotEquals(a.training().losses()[0], c.training().losses()[0]);
  }

  @Test
  void generatedSentencesDependOnlyOnTheSeed() {
    assertEquals(GeneratedTreebank.sentences(5, 30), GeneratedTreebank.sentences(5, 30));
    assertNotEquals(GeneratedTreebank.sentences(5, 30), GeneratedTreebank.sentences(6, 30));
  }

  /** Per-tag accuracies weighted by their token counts add up to the overall accuracy; tag counts to the tokens. */
  private static void assertPerTagAccuraciesAddUp(TaskReport r) {
    double right = 0;
    double tokens = 0;
    for (Metric m : r.metrics()) {
      if (m.name().startsWith("accuracy ")) {
        double n = r.metric("tokens " + m.name().substring("accuracy ".length())).value();
        right += m.value() * n;
        tokens += n;
      }
    }
    assertEquals(r.metric("tokens").value(), tokens, 1e-9);
    assertEquals(r.metric("token accuracy").value(), right / tokens, 1e-9);
  }
}
