package org.rnn4j.task.translate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.TrainingPosition;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.LabeledMatrix;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.metric.Bleu;
import org.rnn4j.topology.Seq2Seq;
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

  /**
   * 3 epochs over 2,000 generated pairs (GRU 48, attention, about 2 s) reach a test BLEU above 95; the checkpoint
   * written by the trainer translates the test sources to the same BLEU from disk.
   */
  @Test
  void learnsTheBuiltInCorpusAndItsCheckpointTranslates(@TempDir Path dir) throws IOException {
    long t0 = System.nanoTime();
    TaskReport r = TranslateTask.run(TRAIN, DEV, TEST, options(3, Optional.of(dir)), SETTINGS, null);
    System.out.printf("built-in: %s in %.1f s%n%s%n", r.metrics(), (System.nanoTime() - t0) / 1e9,
        String.join("\n", r.samples()));
    assertTrue(r.metric("BLEU").value() > 95, r.metrics().toString());
    assertTrue(r.metric("validation loss").value() < 0.1, r.metrics().toString());
    assertEquals(3, r.samples().size());
    assertEquals(TranslateTask.ATTENTION_SAMPLES, r.matrices().size());
    for (int i = 0; i < r.matrices().size(); i++) {
      LabeledMatrix m = r.matrices().get(i);
      String hypothesis = r.samples().get(i).split(" => ")[1].split(" {3}\\(reference")[0];
      assertEquals(List.of(hypothesis.split(" ")), m.rowLabels().subList(0, m.rows() - 1), m.title());
      assertEquals("</s>", m.rowLabels().get(m.rows() - 1));
      assertEquals(Tokenization.WORDS.tokens(r.samples().get(i).split(" => ")[0], true), m.columnLabels());
      for (float[] row : m.values()) {
        double sum = 0;
        for (float w : row) {
          sum += w;
        }
        assertEquals(1, sum, 1e-5, m.title());
      }
    }

    Map<String, List<String>> refs = new LinkedHashMap<>();
    for (TextPair p : TEST) {
      refs.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p.target());
    }
    List<String> restored = TranslateTask.translate(dir, new ArrayList<>(refs.keySet()));
    assertEquals(r.metric("BLEU").value(), Bleu.corpus(restored, new ArrayList<>(refs.values())).score(), 1e-12);
    assertTrue(r.samples().get(0).startsWith(TEST.get(0).source() + " => " + restored.get(0) + " "),
        r.samples().get(0));
    assertEquals(List.of("miro kura ga kavu reul an bonda ."),
        TranslateTask.translate(dir, List.of("The big cat does not see the dog.")));
  }

  /** Two runs with the same seed give the same losses, metrics and translations, bit for bit. */
  @Test
  void runsAreDeterministic() {
    List<TextPair> train = TRAIN.subList(0, 300);
    TaskReport a = TranslateTask.run(train, DEV, TEST, options(1, Optional.empty()), SETTINGS, null);
    TaskReport b = TranslateTask.run(train, DEV, TEST, options(1, Optional.empty()), SETTINGS, null);
    assertArrayEquals(a.training().losses(), b.training().losses());
    assertEquals(a.metrics(), b.metrics());
    assertEquals(a.samples(), b.samples());
  }

  @Test
  void emptyDataIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TranslateTask.run(TRAIN, List.of(), TEST, options(1, Optional.empty()), SETTINGS, null));
    assertEquals("dev must hold at least one pair, got none", e.getMessage());
  }

  @Test
  void aCheckpointOfAnotherModelIsNotATranslator(@TempDir Path dir) throws IOException {
    Seq2Seq other = Seq2Seq.builder().setCellType(CellType.GRU).setSourceVocabularySize(5)
        .setTargetVocabularySize(5).setHiddenSize(4).build();
    Checkpoint.save(dir, other.config(), other.params(), Adam.builder().setLearningRate(1e-3).build(),
        TrainingPosition.start(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TranslateTask.translate(dir, List.of("a")));
    assertEquals("the checkpoint in " + dir + " holds no translation model (no translate.source.vocabulary in its "
        + "config)", e.getMessage());
  }
}
