package org.rnn4j.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.rnn4j.core.optim.LearningRateSchedule;
import org.rnn4j.core.optim.Optimizer;

/**
 * Settings of a {@link Trainer}: {@code setX} are required, {@code optX} optional; {@link #build()} validates them.
 *
 * @param <E> the example type
 * @param <P> the prediction type
 */
public final class TrainerBuilder<E, P> {
  SequenceModel<E, P> model;
  List<E> trainingData;
  List<E> validationData = List.of();
  Optimizer optimizer;
  int epochs = 1;
  int batchSize = 32;
  long seed;
  double clipNorm = Double.NaN;
  double clipValue = Double.NaN;
  LearningRateSchedule schedule;
  boolean schedulePerStep;
  int validationEvery;
  private boolean validationEverySet;
  int patience;
  ValidationMetric<E, P> metric = ValidationMetric.meanLoss();
  Batches<E> batches;
  Path checkpointDir;
  java.time.Duration timeLimit;
  java.util.function.LongSupplier clock = System::nanoTime;
  int checkpointEvery;
  private boolean checkpointEverySet;
  boolean resume;
  double divergenceThreshold = Double.POSITIVE_INFINITY;
  ToIntFunction<E> tokenCount;
  final List<TrainerListener> listeners = new ArrayList<>();

  private TrainerBuilder() {}

  /** A new builder. */
  public static <E, P> TrainerBuilder<E, P> create() {
    return new TrainerBuilder<>();
  }

  /** Required: the model to train. */
  public TrainerBuilder<E, P> setModel(SequenceModel<E, P> model) {
    this.model = model;
    return this;
  }

  /** Required: the training examples (at least one); copied. */
  public TrainerBuilder<E, P> setTrainingData(List<E> data) {
    this.trainingData = data == null ? null : List.copyOf(data);
    return this;
  }

  /** Required: the optimizer; its learning rate when {@link Trainer#fit()} starts is a schedule's base rate. */
  public TrainerBuilder<E, P> setOptimizer(Optimizer optimizer) {
    this.optimizer = optimizer;
    return this;
  }

  /** Examples to validate on (copied); default none. */
  public TrainerBuilder<E, P> optValidationData(List<E> data) {
    this.validationData = data == null ? null : List.copyOf(data);
    return this;
  }

  /** Epochs to train, {@code >= 1}; default 1. A resumed run trains up to this epoch count in all. */
  public TrainerBuilder<E, P> optEpochs(int epochs) {
    this.epochs = epochs;
    return this;
  }

  /** Examples per batch, {@code >= 1}, for the default shuffled batches and for validation; default 32. */
  public TrainerBuilder<E, P> optBatchSize(int batchSize) {
    this.batchSize = batchSize;
    return this;
  }

  /** The seed of all of the run's randomness (batch order, dropout); default 0. */
  public TrainerBuilder<E, P> optSeed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Clip the global gradient norm to {@code maxNorm} (finite, {@code > 0}) before each step; default off. */
  public TrainerBuilder<E, P> optClipGlobalNorm(double maxNorm) {
    this.clipNorm = maxNorm;
    return this;
  }

  /** Clamp each gradient element to {@code [-clip, clip]} (finite, {@code > 0}) before each step; default off. */
  public TrainerBuilder<E, P> optClipValue(double clip) {
    this.clipValue = clip;
    return this;
  }

  /**
   * A learning-rate schedule from the optimizer's initial rate, indexed by epoch (applied before each epoch) or, if
   * {@code perStep}, by optimizer step (applied before each step); default none (the rate stays).
   */
  public TrainerBuilder<E, P> optLearningRateSchedule(LearningRateSchedule schedule, boolean perStep) {
    this.schedule = schedule;
    this.schedulePerStep = perStep;
    return this;
  }

  /** Validate every {@code steps} optimizer steps ({@code >= 1}) instead of after each epoch (the default). */
  public TrainerBuilder<E, P> optValidationEvery(int steps) {
    this.validationEvery = steps;
    this.validationEverySet = true;
    return this;
  }

  /** Validate after each epoch (the default). */
  public TrainerBuilder<E, P> optValidationEachEpoch() {
    this.validationEvery = 0;
    this.validationEverySet = false;
    return this;
  }

  /** The validation metric and its direction; default {@link ValidationMetric#meanLoss()}. */
  public TrainerBuilder<E, P> optValidationMetric(ValidationMetric<E, P> metric) {
    this.metric = metric;
    return this;
  }

  /**
   * Stop after {@code patience} ({@code >= 1}) validations in a row without a better metric, and end training with
   * the weights of the best validation (also when every epoch ran). Needs validation data. {@code 0} turns early
   * stopping off again (the default).
   */
  public TrainerBuilder<E, P> optEarlyStopping(int patience) {
    this.patience = patience;
    return this;
  }

  /** {@link #optEarlyStopping(int)} judged by {@code metric}. */
  public TrainerBuilder<E, P> optEarlyStopping(int patience, ValidationMetric<E, P> metric) {
    optEarlyStopping(patience);
    this.metric = metric;
    return this;
  }

  /** How to make each epoch's batches; default {@link Batches#shuffled shuffled(batchSize)}. */
  public TrainerBuilder<E, P> optBatches(Batches<E> batches) {
    this.batches = batches;
    return this;
  }

  /**
   * Stop once training has run this long (checked after every step; then validates and checkpoints as at the end of
   * an epoch, so a resume continues from there). Default: no limit. The number of steps a limit allows depends on
   * the machine; with a limit the run is reproducible only up to where it stopped.
   */
  public TrainerBuilder<E, P> optTimeLimit(java.time.Duration limit) {
    if (limit == null || limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("time limit must be a positive duration, got " + limit);
    }
    this.timeLimit = limit;
    return this;
  }

  /** The clock {@link #optTimeLimit} reads, in nanoseconds (tests replace it). */
  TrainerBuilder<E, P> clock(java.util.function.LongSupplier nanos) {
    this.clock = nanos;
    return this;
  }

  /** Write checkpoints to {@code directory} at the end of every epoch; default none. */
  public TrainerBuilder<E, P> optCheckpointDirectory(Path directory) {
    this.checkpointDir = directory;
    return this;
  }

  /** Also checkpoint every {@code steps} ({@code >= 1}) optimizer steps; needs a checkpoint directory. */
  public TrainerBuilder<E, P> optCheckpointEvery(int steps) {
    this.checkpointEvery = steps;
    this.checkpointEverySet = true;
    return this;
  }

  /** If the checkpoint directory holds a checkpoint, continue from it; default false (start afresh). */
  public TrainerBuilder<E, P> optResume(boolean resume) {
    this.resume = resume;
    return this;
  }

  /** Treat a step loss above {@code threshold} (finite, {@code > 0}) as divergence; default only NaN/infinity. */
  public TrainerBuilder<E, P> optDivergenceThreshold(double threshold) {
    this.divergenceThreshold = threshold;
    return this;
  }

  /** Report throughput in tokens per second, counting {@code tokens} per example; default examples per second. */
  public TrainerBuilder<E, P> optTokenCount(ToIntFunction<E> tokens) {
    this.tokenCount = Objects.requireNonNull(tokens, "tokens");
    return this;
  }

  /** Adds a listener of training progress. */
  public TrainerBuilder<E, P> optListener(TrainerListener listener) {
    this.listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * The trainer.
   *
   * @throws IllegalArgumentException naming the first missing or invalid setting, what was expected and what was
   *     given
   */
  public Trainer<E, P> build() {
    require(model != null, "model must be set with setModel, got none");
    require(trainingData != null && !trainingData.isEmpty(), "trainingData must hold at least one example, got "
        + (trainingData == null ? "none" : "an empty list"));
    require(optimizer != null, "optimizer must be set with setOptimizer, got none");
    require(validationData != null, "validationData must be a list, got null");
    require(epochs >= 1, "epochs must be >= 1, got " + epochs);
    require(batchSize >= 1, "batchSize must be >= 1, got " + batchSize);
    require(Double.isNaN(clipNorm) || clipNorm > 0 && Double.isFinite(clipNorm),
        "clipGlobalNorm must be a finite number > 0, got " + clipNorm);
    require(Double.isNaN(clipValue) || clipValue > 0 && Double.isFinite(clipValue),
        "clipValue must be a finite number > 0, got " + clipValue);
    require(Double.isNaN(clipNorm) || Double.isNaN(clipValue),
        "at most one of clipGlobalNorm and clipValue, got both (" + clipNorm + ", " + clipValue + ")");
    require(!validationEverySet || validationEvery >= 1,
        "validationEvery must be >= 1 steps, got " + validationEvery);
    require(patience >= 0, "early stopping patience must be >= 0 (0 = off), got " + patience);
    require(patience == 0 || !validationData.isEmpty(), "early stopping needs validation data, got none");
    require(metric != null, "validationMetric must not be null");
    require(!checkpointEverySet || checkpointEvery >= 1,
        "checkpointEvery must be >= 1 steps, got " + checkpointEvery);
    require(checkpointEvery == 0 || checkpointDir != null,
        "checkpointEvery needs a checkpoint directory (optCheckpointDirectory), got none");
    require(!resume || checkpointDir != null, "resume needs a checkpoint directory (optCheckpointDirectory), got none");
    require(divergenceThreshold > 0 && !Double.isNaN(divergenceThreshold),
        "divergenceThreshold must be > 0, got " + divergenceThreshold);
    if (batches == null) {
      batches = Batches.shuffled(batchSize);
    }
    return new Trainer<>(this);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
