package org.rnn4j.task.translate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.seq2seq.Attention;

/** The translation task learns the built-in corpus, deterministically, and its checkpoint translates new text. */
class TranslateTaskTest {
  static final List<TextPair> TRAIN = BuiltInPairs.generate(2000, 1);
  static final List<TextPair> DEV = BuiltInPairs.generate(100, 2);
  static final List<TextPair> TEST = BuiltInPairs.generate(100, 3);
  static final TranslateSettings SETTINGS = new TranslateSettings(Attention.GENERAL, 24, Tokenization.WORDS,
      Tokenization.WORDS, true, false, 1000, 1, 1, 3);

  static TrainingOptions options(int epochs, Optional<Path> checkpoint) {
    return new TrainingOptions(CellType.GRU, 1, 48, epochs, 32, 1e-2, 5, checkpoint, false);
  }

  @Test
  void learnsTheBuiltInCorpus() {
    long t0 = System.nanoTime();
    TaskReport r = TranslateTask.run(TRAIN, DEV, TEST, options(Integer.getInteger("epochs", 4), Optional.empty()),
        SETTINGS, null);
    System.out.printf("built-in: %s in %.1f s%n%s%n", r.metrics(), (System.nanoTime() - t0) / 1e9,
        String.join("\n", r.samples()));
    assertTrue(r.metric("BLEU").value() > 90, r.metrics().toString());
  }
}
