package org.rnn4j.task.cells;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.inspect.GateSaturation;
import org.rnn4j.core.inspect.StateRecording;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.charlm.CharLanguageModel;
import org.rnn4j.task.charlm.CharLmTask;
import org.rnn4j.task.charlm.CharVocabulary;
import org.rnn4j.task.charlm.TextCorpus;
import org.rnn4j.topology.StreamChunk;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;

/**
 * Interpretable cells: which units of a trained character model track which properties of the text it reads
 * (Karpathy, Johnson and Fei-Fei 2015). {@link #analyse} records the model over a text, correlates every unit with
 * the {@link TextProperties}, and measures how saturated each gate is; {@link #train} gives a small model to
 * analyse when there is no checkpoint, for example on {@link PlantedText}.
 */
public final class CellsTask {
  /** The task's name in reports. */
  public static final String NAME = "cells";

  /**
   * The most characters {@link #analyse} reads (the first ones of a longer text): a recording keeps every state and
   * gate of every step, about 6 * layers * H floats per character for the LSTM.
   */
  public static final int MAX_CHARACTERS = 20_000;

  /** Characters per training chunk. */
  public static final int SEQUENCE_LENGTH = 50;

  private CellsTask() {}

  /**
   * A trained model and how its training went.
   *
   * @param model the model
   * @param training the trainer's result
   */
  public record TrainedModel(CharLanguageModel model, TrainingResult training) {}

  /**
   * One LSTM layer of 48, 15 epochs of 16 streams, Adam 0.01, seed 123: on {@link PlantedText#TRAINING_LINES}
   * planted lines (about 95,000 characters, 5 to 10 seconds on two cores) a unit tracks the open quote with
   * {@code |r|} about 0.8 to 0.94 depending on the seed.
   */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.LSTM, 1, 48, 15, 16, 1e-2, 123, Optional.empty(), false);
  }

  /**
   * Trains a character model on the whole of {@code corpus} (no validation split: the analysis reads another
   * text) as {@link CharLmTask} does: parallel streams, chunks of {@link #SEQUENCE_LENGTH}, state carried, Adam,
   * each gradient element clipped to [-5, 5]. With a {@code timeLimit} training stops when it has passed, which
   * makes the result depend on the machine's speed; without one the same options give the same numbers.
   *
   * @param listener receives the trainer's progress; may be null
   */
  public static TrainedModel train(TextCorpus corpus, TrainingOptions options, Optional<Duration> timeLimit,
      TrainerListener listener) {
    CharVocabulary vocabulary = corpus.vocabulary();
    int[] tokens = vocabulary.encode(corpus.text());
    List<StreamChunk> chunks = CharLmTask.chunks(tokens, options.batch(), SEQUENCE_LENGTH);
    CharLanguageModel model = CharLanguageModel.create(vocabulary, options);
    TrainerBuilder<StreamChunk, int[]> trainer = CharLmTask.trainer(model, chunks, options);
    if (listener != null) {
      trainer.optListener(listener);
    }
    timeLimit.ifPresent(trainer::optTimeLimit);
    return new TrainedModel(model, trainer.build().fit());
  }

  /**
   * Reads {@code text} with {@code model} from zero state and reports which units track which properties, and how
   * saturated the gates are. Characters the model's vocabulary lacks are left out (the model never saw them) and
   * counted; the properties are computed on the characters kept. At most {@link #MAX_CHARACTERS} are read; the
   * rest of a longer text is counted as unread.
   *
   * @param textName where the text came from, for the report
   * @throws IllegalArgumentException if no character of {@code text} is in the vocabulary
   */
  public static CellsResult analyse(CharLanguageModel model, String text, String textName) {
    CharVocabulary vocabulary = model.vocabulary();
    StringBuilder kept = new StringBuilder(text.length());
    int skipped = 0;
    int read = 0;
    String firstSkipped = "";
    int[] codePoints = text.codePoints().toArray();
    int i = 0;
    for (; i < codePoints.length && read < MAX_CHARACTERS; i++) {
      int cp = codePoints[i];
      if (vocabulary.contains(cp)) {
        read++;
        kept.appendCodePoint(cp);
      } else {
        if (skipped == 0) {
          firstSkipped = CharVocabulary.describe(cp);
        }
        skipped++;
      }
    }
    if (kept.length() == 0) {
      throw new IllegalArgumentException("no character of " + textName + " is in the model's vocabulary of "
          + vocabulary.size() + " characters");
    }
    String keptText = kept.toString();
    StateRecording recording = model.languageModel().record(vocabulary.encode(keptText));
    List<TextProperty> properties = TextProperties.of(keptText);
    return new CellsResult(describe(model), textName, keptText, skipped, firstSkipped, codePoints.length - i,
        recording, properties, UnitCorrelation.of(recording, properties), GateSaturation.of(recording));
  }

  /** A one-line description of {@code model}: cell, layers, hidden size, vocabulary, parameters. */
  public static String describe(CharLanguageModel model) {
    var stack = model.languageModel().stack();
    return stack.cellType().name() + ", " + stack.layers() + (stack.layers() == 1 ? " layer" : " layers")
        + " of " + stack.hiddenSize() + ", " + model.vocabulary().size() + " characters, "
        + model.params().scalarCount() + " parameters";
  }
}
