package org.rnn4j.task.charlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.StopReason;
import org.rnn4j.topology.ValidationRecord;

/** Learning tests of the character language model on built-in data, its metrics and its checkpoints. */
class CharLmTaskTest {
  @TempDir
  Path dir;

  private static TrainingOptions lstm(int hidden, int epochs, int batch, double lr, Path checkpoint,
      boolean resume) {
    return new TrainingOptions(CellType.LSTM, 1, hidden, epochs, batch, lr, 5, Optional.ofNullable(checkpoint),
        resume);
  }

  private static TaskReport hello(int epochs, Path checkpoint, boolean resume) {
    CharLmSettings settings = CharLmSettings.defaults().withSequenceLength(10).withSampleLength(20).withPrime("h")
        .withTemperatures(List.of(0.5, 1.0));
    return CharLmTask.run(BuiltInTexts.hello(), lstm(16, epochs, 4, 1e-2, checkpoint, resume), settings, null);
  }

  /** 30 epochs of 4 streams of 72 characters, chunks of 10: about a second. */
  @Test
  void learnsHelloAndSamplesItByArgmaxFromH() throws Exception {
    TaskReport report = hello(12, dir, false);

    assertEquals(StopReason.COMPLETED, report.training().stopReason());
    assertEquals(12, report.training().validations().size(), "validated after every epoch");
    assertEquals("ello", CharLmTask.sample(dir, "h", 0, 4, 0), "argmax from 'h', loaded from the checkpoint");
    assertEquals("hellohello", CharLmTask.sample(dir, "hello", 0, 10, 0));
    // the validation stream starts from zero state, so its first characters cannot be certain
    assertTrue(report.metric(CharLmTask.VALIDATION_LOSS).value() < 0.4, report.metrics().toString());
  }

  @Test
  void reportsNatsAndBitsPerCharacterAndSamplesThatMatchTheCheckpoint() throws Exception {
    TaskReport report = hello(3, dir, false);

    assertEquals("charlm", report.task());
    assertEquals("LanguageModel", report.topology());
    Metric nats = report.metric(CharLmTask.VALIDATION_LOSS);
    Metric bits = report.metric(CharLmTask.BITS_PER_CHARACTER);
    assertEquals("nats/char", nats.unit());
    assertEquals("bits/char", bits.unit());
    assertEquals(nats.value() / Math.log(2), bits.value(), 1e-12);
    List<ValidationRecord> validations = report.training().validations();
    assertEquals(validations.get(validations.size() - 1).meanLoss(), nats.value(), 1e-9,
        "the metric is the final model's loss over the whole validation part");
    // sampling from the checkpoint alone gives exactly the report's samples (same weights, seed and prime)
    assertEquals(List.of("[temperature 0.5] h" + CharLmTask.sample(dir, "h", 0.5, 20, 5),
        "[temperature 1.0] h" + CharLmTask.sample(dir, "h", 1.0, 20, 5)), report.samples());
  }

  @Test
  void runsAreDeterministic() {
    TaskReport a = hello(2, null, false);
    TaskReport b = hello(2, null, false);
    assertArrayEquals(a.training().losses(), b.training().losses());
    assertEquals(a.metrics(), b.metrics());
    assertEquals(a.samples(), b.samples());
  }

  /**
   * The generated sentences (about 9,000 training characters; a model that knows their grammar reaches their
   * entropy, 0.21 nats/char) fall below 0.5 nats/char of validation loss in 8 epochs of a 1-layer LSTM 64: about
   * two seconds.
   */
  @Test
  void reachesALowValidationLossOnTheGeneratedSentences() {
    TextCorpus text = BuiltInTexts.sentences();
    CharLmSettings settings = CharLmSettings.defaults().withSequenceLength(25).withSampleLength(120)
        .withPrime("the");
    long start = System.nanoTime();
    TaskReport report = CharLmTask.run(text, lstm(64, 8, 16, 1e-2, null, false), settings, null);
    double nats = report.metric(CharLmTask.VALIDATION_LOSS).value();
    System.out.printf("sentences: %.2f s, %d steps, validation %.4f nats/char; %s%n",
        (System.nanoTime() - start) / 1e9, report.training().steps(), nats, report.samples().get(0));
    assertTrue(nats < 0.5, "validation loss " + nats + " nats/char");
    assertTrue(report.samples().get(0).startsWith("[temperature 0.5] the "), report.samples().get(0));
  }

  @Test
  void aPrimeOutsideTheVocabularyIsNamed() throws Exception {
    CharLmSettings settings = CharLmSettings.defaults().withPrime("hey");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CharLmTask.run(BuiltInTexts.hello(), lstm(4, 1, 4, 1e-2, null, false), settings, null));
    assertEquals("the prime text \"hey\" has the character 'y' (U+0079), which built-in hello does not contain",
        e.getMessage());

    hello(1, dir, false);
    e = assertThrows(IllegalArgumentException.class, () -> CharLmTask.sample(dir, "he😀", 1.0, 5, 0));
    assertEquals("cannot prime with \"he😀\": the character '😀' (U+1F600) is not in the vocabulary of 4 characters"
        + " the model was trained on", e.getMessage());
  }

  @Test
  void resumingOnATextWithAnotherVocabularyIsRefused() {
    hello(1, dir, false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CharLmTask.run(BuiltInTexts.sentences(0, 10), lstm(16, 2, 4, 1e-2, dir, true),
            CharLmSettings.defaults().withPrime("t"), null));
    assertTrue(e.getMessage().startsWith("cannot resume from " + dir + ": the checkpoint was trained on a text with"
        + " another vocabulary (4 characters, this text has "), e.getMessage());
  }

  @Test
  void resumingContinuesToTheRequestedEpochs() {
    hello(2, dir, false);
    TaskReport resumed = hello(4, dir, true);
    TaskReport straight = hello(4, null, false);
    assertArrayEquals(straight.training().losses(), resumed.training().losses());
    assertEquals(straight.metrics(), resumed.metrics());
  }
}
