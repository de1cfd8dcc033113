package org.rnn4j.examples.demo;

import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.charlm.BuiltInTexts;
import org.rnn4j.task.charlm.CharLmSettings;
import org.rnn4j.task.charlm.CharLmTask;
import org.rnn4j.task.charlm.TextCorpus;
import org.rnn4j.topology.TrainerListener;

/**
 * The character language model on the generated sentences ({@link BuiltInTexts#sentences()}, 400 lines, about
 * 10,000 characters), with a budget that trains in seconds: one LSTM layer of 128, 20 epochs of 16 streams.
 */
public final class CharLmDemo implements Demo {
  /** Sentences of the quick demo. */
  static final int QUICK_SENTENCES = 60;

  @Override
  public String name() {
    return CharLmTask.NAME;
  }

  @Override
  public String headline() {
    return CharLmTask.BITS_PER_CHARACTER;
  }

  /** One LSTM layer of 128, 20 epochs of batch 16, learning rate 0.003, seed 123 (char-rnn's seed). */
  @Override
  public TrainingOptions defaults() {
    return new TrainingOptions(CellType.LSTM, 1, 128, 20, 16, 3e-3, 123, Optional.empty(), false);
  }

  /** The built-in text at {@code size}: 400 sentences, or 60 for {@link Size#QUICK}. */
  public static TextCorpus corpus(Size size) {
    return switch (size) {
      case FULL -> BuiltInTexts.sentences();
      case QUICK -> BuiltInTexts.sentences(0, QUICK_SENTENCES);
    };
  }

  /** The task's default settings; the quick demo samples 40 characters instead of 300. */
  public static CharLmSettings settings(Size size) {
    return switch (size) {
      case FULL -> CharLmSettings.defaults();
      case QUICK -> CharLmSettings.defaults().withSampleLength(40);
    };
  }

  @Override
  public TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener) {
    return CharLmTask.run(corpus(size), options, settings(size), listener);
  }
}
