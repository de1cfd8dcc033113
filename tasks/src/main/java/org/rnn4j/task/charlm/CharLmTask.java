package org.rnn4j.task.charlm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.Batches;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.StreamChunk;
import org.rnn4j.topology.Trainer;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.generate.TokenSampler;

/**
 * The character language model task (char-rnn): learn to predict the next character of a text, report the
 * validation loss in nats and bits per character, and generate samples at several temperatures.
 *
 * <p>The training part of the corpus is cut into {@code B} parallel streams ({@code B} = the batch size, fewer when
 * the text is shorter than {@code B} sequence lengths) and read in consecutive chunks of the sequence length, the
 * recurrent state carried from chunk to chunk; one chunk of {@code B} streams is one optimizer step (Adam, each
 * gradient element clipped to [-5, 5] as in char-rnn). The validation part is read the same way after every epoch.
 */
public final class CharLmTask {
  /** The task's name in reports. */
  public static final String NAME = "charlm";

  /** The metric of the validation loss, in nats per character. */
  public static final String VALIDATION_LOSS = "validation loss";

  /** The metric of the validation loss in bits per character (nats divided by ln 2). */
  public static final String BITS_PER_CHARACTER = "bits per character";

  /** The bound of every gradient element. */
  public static final double CLIP_VALUE = 5;

  /**
   * Epochs without a better validation loss before training stops; the report then uses the weights of the best
   * epoch (a small LSTM starts to overfit Tiny Shakespeare after about 35 epochs).
   */
  static final int PATIENCE = 5;

  private CharLmTask() {}

  /** char-rnn's defaults: 2-layer LSTM, hidden 128, 10 epochs, batch 50, Adam 2e-3, seed 123, no checkpoint. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.LSTM, 2, 128, 10, 50, 2e-3, 123, Optional.empty(), false);
  }

  /**
   * The trainer every character model here starts from: {@code chunks} read in order (the state carries from one
   * to the next), Adam at the options' rate, each gradient element clipped to [-{@value #CLIP_VALUE},
   * {@value #CLIP_VALUE}], throughput counted in characters.
   */
  public static TrainerBuilder<StreamChunk, int[]> trainer(CharLanguageModel model, List<StreamChunk> chunks,
      TrainingOptions options) {
    return Trainer.<StreamChunk, int[]>builder().setModel(model).setTrainingData(chunks)
        .setOptimizer(Adam.builder().setLearningRate(options.learningRate()).build())
        .optBatches(Batches.sequential(1)).optEpochs(options.epochs()).optSeed(options.seed())
        .optClipValue(CLIP_VALUE).optTokenCount(c -> c.steps() * c.streams());
  }

  /**
   * Trains a character language model on {@code corpus} and reports its validation loss and samples. With
   * {@code options.checkpoint()} set, a checkpoint (carrying the vocabulary) is written after every epoch, and with
   * {@code options.resume()} training continues from it.
   *
   * @param listener receives the trainer's progress; may be null
   * @throws IllegalArgumentException if the prime text holds a character the corpus lacks, or a checkpoint to
   *     resume from was trained on another vocabulary or model
   * @throws UncheckedIOException if a checkpoint cannot be read or written
   */
  public static TaskReport run(TextCorpus corpus, TrainingOptions options, CharLmSettings settings,
      TrainerListener listener) {
    long start = System.nanoTime();
    CharVocabulary vocabulary = corpus.vocabulary();
    String prime = settings.prime().isEmpty() ? corpus.text().substring(0, corpus.text().offsetByCodePoints(0, 1))
        : settings.prime();
    for (int cp : prime.codePoints().toArray()) {
      if (!vocabulary.contains(cp)) {
        throw new IllegalArgumentException("the prime text \"" + prime + "\" has the character "
            + CharVocabulary.describe(cp) + ", which " + corpus.name() + " does not contain");
      }
    }
    int seq = settings.sequenceLength();
    List<StreamChunk> train = chunks(corpus.trainingTokens(), options.batch(), seq);
    List<StreamChunk> valid = chunks(corpus.validationTokens(), options.batch(), seq);
    CharLanguageModel model = CharLanguageModel.create(vocabulary, options);
    TrainerBuilder<StreamChunk, int[]> trainer = trainer(model, train, options).optValidationData(valid)
        .optEarlyStopping(PATIENCE);
    if (options.checkpoint().isPresent()) {
      Path dir = options.checkpoint().get();
      if (options.resume()) {
        checkResumable(dir, vocabulary);
      }
      trainer.optCheckpointDirectory(dir).optResume(options.resume());
    }
    if (listener != null) {
      trainer.optListener(listener);
    }
    settings.timeLimit().ifPresent(trainer::optTimeLimit);
    TrainingResult result = trainer.build().fit();

    double nats = meanLoss(model, valid);
    List<Metric> metrics = List.of(new Metric(VALIDATION_LOSS, nats, "nats/char"),
        new Metric(BITS_PER_CHARACTER, nats / Math.log(2), "bits/char"));
    List<String> samples = new ArrayList<>();
    for (double t : settings.temperatures()) {
      TokenSampler sampler = TokenSampler.builder().optTemperature(t).optSeed(options.seed()).build();
      samples.add("[temperature " + t + "] " + prime + model.sample(prime, settings.sampleLength(), sampler));
    }
    return new TaskReport(NAME, "LanguageModel", metrics, samples, result,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Loads the model saved in {@code checkpointDir} and generates {@code length} characters after {@code prime};
   * returns them without the prime. Temperature 0 picks the most likely character at every step.
   *
   * @throws IllegalArgumentException if {@code prime} holds a character the model does not know (named), or the
   *     temperature is negative or not finite
   * @throws IOException if the checkpoint cannot be read
   */
  public static String sample(Path checkpointDir, String prime, double temperature, int length, long seed)
      throws IOException {
    TokenSampler sampler = temperature == 0 ? TokenSampler.argmax()
        : TokenSampler.builder().optTemperature(temperature).optSeed(seed).build();
    return CharLanguageModel.load(checkpointDir).sample(prime, length, sampler);
  }

  /**
   * The mean loss in nats per predicted character of {@code model} over {@code chunks} read in order.
   */
  public static double meanLoss(SequenceModel<StreamChunk, int[]> model, List<StreamChunk> chunks) {
    return model.evaluate(chunks).meanLoss();
  }

  /**
   * {@code tokens} as consecutive chunks of {@code steps} of {@code batch} parallel streams, or of fewer streams
   * when the tokens do not give each of {@code batch} streams a whole chunk (at least one stream).
   */
  public static List<StreamChunk> chunks(int[] tokens, int batch, int steps) {
    int streams = Math.max(1, Math.min(batch, (tokens.length - 1) / steps));
    return StreamChunk.batchify(tokens, streams, steps);
  }

  private static void checkResumable(Path dir, CharVocabulary vocabulary) {
    if (!Checkpoint.exists(dir)) {
      return;
    }
    CharVocabulary saved;
    try {
      saved = CharLanguageModel.vocabularyOf(Checkpoint.load(dir).config());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume from " + dir + ": " + e.getMessage(), e);
    }
    if (saved == null) {
      throw new IllegalArgumentException("cannot resume from " + dir + ": the checkpoint there is not a character"
          + " language model's (it has no vocabulary)");
    }
    if (!saved.equals(vocabulary)) {
      throw new IllegalArgumentException("cannot resume from " + dir + ": the checkpoint was trained on a text"
          + " with another vocabulary (" + saved.size() + " characters, this text has " + vocabulary.size() + ")");
    }
  }
}
