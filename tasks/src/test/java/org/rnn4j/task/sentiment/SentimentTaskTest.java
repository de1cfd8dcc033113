package org.rnn4j.task.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.TrainerListener;

class SentimentTaskTest {
  static final TrainingOptions SMALL = new TrainingOptions(CellType.LSTM, 1, 24, 12, 32, 1e-2, 3, Optional.empty(),
      false);
  static final SentimentOptions SMALL_TASK = SentimentOptions.defaults().withEmbedding(16);

  @Test
  void learnsTheBuiltInCorpusIncludingNegations() {
    SentimentData data = SentimentData.builtIn();
    long t0 = System.nanoTime();
    SentimentRun run = SentimentTask.fit(data, SMALL, SMALL_TASK, new TrainerListener() {});
    TaskReport r = run.report();
    List<LabeledSentence> negated = data.test().stream().filter(s -> s.sentence().contains(" not ")).toList();
    double negatedAccuracy = run.classifier().accuracy(negated);
    System.out.printf("built-in: %s, negated %.3f (%d), %d steps, %s, %.1f s%n", r.metrics(), negatedAccuracy,
        negated.size(), r.training().steps(), r.training().stopMessage(), (System.nanoTime() - t0) / 1e9);
    r.samples().forEach(System.out::println);
    assertTrue(r.metric("accuracy").value() >= 0.95, r.metrics().toString());
    assertTrue(negatedAccuracy >= 0.93, "negated " + negatedAccuracy);
    assertEquals(r.metric("accuracy").value(), run.classifier().accuracy(data.test()));
  }
}
