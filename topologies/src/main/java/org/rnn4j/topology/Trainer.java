package org.rnn4j.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.rnn4j.core.NonFiniteException;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.Tensor;
import org.rnn4j.core.io.TrainingPosition;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.param.ParamSet;

/**
 * Trains a {@link SequenceModel}: epochs of batches, gradient clipping, learning-rate schedules, validation, early
 * stopping with the best weights restored, progress events, checkpoints and resume.
 *
 * <p>Randomness is a pure function of the seed: epoch {@code e}'s batches depend only on (seed, e), and step
 * {@code s}'s model randomness (dropout) is a {@link SplittableRandom} seeded from (seed, s). A run resumed from a
 * checkpoint therefore continues bit for bit as the run that never stopped: checkpoints also hold what the model
 * carries between batches ({@link SequenceModel#carriedState()}), such as a language model's recurrent state.
 *
 * <pre>{@code
 * TrainingResult r = TrainerBuilder.<Example, Integer>create()
 *     .setModel(model).setTrainingData(train).setOptimizer(Adam.builder().setLearningRate(1e-3).build())
 *     .optValidationData(valid).optEpochs(10).optClipGlobalNorm(5).optEarlyStopping(3)
 *     .build().fit();
 * }</pre>
 *
 * @param <E> the example type
 * @param <P> the prediction type
 */
public final class Trainer<E, P> {
  private final TrainerBuilder<E, P> s;
  private boolean used;

  Trainer(TrainerBuilder<E, P> settings) {
    this.s = settings;
  }

  /** A new builder (same as {@link TrainerBuilder#create()}). */
  public static <E, P> TrainerBuilder<E, P> builder() {
    return TrainerBuilder.create();
  }

  /**
   * Trains until every epoch ran, early stopping triggered or training diverged; with early stopping the model
   * ends with its best weights. Divergence (a NaN or infinite loss or gradient, or a loss above the divergence
   * threshold) is reported in the result, not thrown: the model keeps the weights of the last good step (or the
   * best ones, with early stopping), and the last checkpoint written stays untouched.
   *
   * @throws IllegalStateException if called a second time
   * @throws IllegalArgumentException if a checkpoint to resume from does not fit this model, seed or data
   * @throws UncheckedIOException if a checkpoint cannot be read or written
   */
  public TrainingResult fit() {
    if (used) {
      throw new IllegalStateException("fit() trains once; build a new Trainer to train again");
    }
    used = true;
    ParamSet params = s.model.params();
    double baseRate = s.optimizer.learningRate();
    TrainingState state = new TrainingState(s.patience > 0);
    TrainingPosition start = TrainingPosition.start(s.seed);
    Map<String, float[]> carried = null;  // set when resuming
    if (s.resume && Checkpoint.exists(s.checkpointDir)) {
      Checkpoint c = load();
      checkFits(c);
      carried = CarriedStateTensors.from(c);
      c.restoreInto(params, s.optimizer);
      state = TrainingState.from(c, params, s.patience > 0);
      start = c.position();
    }
    long startNanos = s.clock.getAsLong();
    Run run = new Run(params, state, baseRate, start.globalStep());
    StopReason reason = StopReason.COMPLETED;
    String message = "trained " + s.epochs + " epochs";
    outer:
    for (int epoch = start.epoch(); epoch < s.epochs; epoch++) {
      if (state.patienceExhausted(s.patience)) {
        reason = StopReason.EARLY_STOPPED;
        message = earlyStopMessage(state);
        break;
      }
      List<List<E>> batches = s.batches.epoch(s.trainingData, s.seed, epoch);
      int first = epoch == start.epoch() ? start.batchInEpoch() : 0;
      if (first > batches.size()) {
        throw new IllegalArgumentException("the checkpoint resumes at batch " + first + " of epoch " + epoch
            + ", but the epoch has " + batches.size() + " batches (did the training data change?)");
      }
      // The carry goes back where it was saved: before startEpoch at an epoch boundary, after it mid-epoch.
      boolean resumedEpoch = carried != null && epoch == start.epoch();
      if (resumedEpoch && first == 0) {
        s.model.restoreCarriedState(carried);
      }
      s.model.startEpoch(epoch);
      if (resumedEpoch && first > 0) {
        s.model.restoreCarriedState(carried);
      }
      if (s.schedule != null && !s.schedulePerStep) {
        s.schedule.apply(s.optimizer, epoch, baseRate);
      }
      for (int b = first; b < batches.size(); b++) {
        String diverged = run.step(batches.get(b), epoch, b, batches.size());
        if (diverged != null) {
          reason = StopReason.DIVERGED;
          message = diverged;
          break outer;
        }
        if (s.validationEvery > 0 && run.step % s.validationEvery == 0 && validate(run, epoch)) {
          save(run, new TrainingPosition(epoch, b + 1, run.step, s.seed));
          reason = StopReason.EARLY_STOPPED;
          message = earlyStopMessage(state);
          break outer;
        }
        if (s.checkpointEvery > 0 && run.step % s.checkpointEvery == 0 && b + 1 < batches.size()) {
          save(run, new TrainingPosition(epoch, b + 1, run.step, s.seed));
        }
        if (s.timeLimit != null && s.clock.getAsLong() - startNanos >= s.timeLimit.toNanos()) {
          if (!s.validationData.isEmpty()) {
            validate(run, epoch);
          }
          save(run, b + 1 < batches.size() ? new TrainingPosition(epoch, b + 1, run.step, s.seed)
              : new TrainingPosition(epoch + 1, 0, run.step, s.seed));
          reason = StopReason.TIME_LIMIT;
          message = "stopped at step " + run.step + " (epoch " + (epoch + 1) + ", batch " + (b + 1) + " of "
              + batches.size() + ") when the time limit of " + s.timeLimit + " ran out";
          break outer;
        }
      }
      if (s.validationEvery == 0 && !s.validationData.isEmpty()) {
        validate(run, epoch);
      }
      for (TrainerListener l : s.listeners) {
        l.onEpochEnd(epoch, run.step, state.meanOfLast(batches.size()));
      }
      save(run, new TrainingPosition(epoch + 1, 0, run.step, s.seed));
    }
    if (s.patience > 0) {
      state.restoreBest(params);
    }
    for (TrainerListener l : s.listeners) {
      l.onStop(reason, message);
    }
    return state.result(reason, message, run.step);
  }

  private static String earlyStopMessage(TrainingState state) {
    TrainingResult r = state.result(StopReason.EARLY_STOPPED, "", 0);
    return "no improvement in " + state.badValidations() + " validations; best " + r.bestMetric() + " at step "
        + r.bestStep();
  }

  /** Validates; returns true if early stopping's patience is now exhausted. */
  private boolean validate(Run run, int epoch) {
    SequenceModel.Evaluation total = new SequenceModel.Evaluation(0, 0);
    List<E> data = s.validationData;
    for (int from = 0; from < data.size(); from += s.batchSize) {
      total = total.plus(s.model.evaluate(data.subList(from, Math.min(data.size(), from + s.batchSize))));
    }
    double loss = total.meanLoss();
    double metric = s.metric.value(s.model, data, loss);
    ValidationRecord record = run.state.validated(epoch, run.step, loss, metric, s.metric, run.params);
    for (TrainerListener l : s.listeners) {
      l.onValidation(record);
    }
    return run.state.patienceExhausted(s.patience);
  }

  private Checkpoint load() {
    try {
      return Checkpoint.load(s.checkpointDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume: " + e.getMessage(), e);
    }
  }

  private void checkFits(Checkpoint c) {
    Map<String, String> mine = s.model.config();
    if (!c.config().equals(mine)) {
      TreeSet<String> keys = new TreeSet<>(mine.keySet());
      keys.addAll(c.config().keySet());
      StringBuilder diff = new StringBuilder();
      for (String k : keys) {
        if (!java.util.Objects.equals(mine.get(k), c.config().get(k))) {
          diff.append(diff.length() == 0 ? "" : ", ").append(k).append(": checkpoint ").append(c.config().get(k))
              .append(", model ").append(mine.get(k));
        }
      }
      throw new IllegalArgumentException("the checkpoint in " + s.checkpointDir + " is for another model ("
          + diff + ")");
    }
    if (c.position().seed() != s.seed) {
      throw new IllegalArgumentException("the checkpoint in " + s.checkpointDir + " was trained with seed "
          + c.position().seed() + ", but this trainer's seed is " + s.seed + " (resume needs the same seed)");
    }
  }

  private void save(Run run, TrainingPosition position) {
    if (s.checkpointDir == null) {
      return;
    }
    try {
      Map<String, Tensor> extras = new LinkedHashMap<>(run.state.tensors(run.params));
      extras.putAll(CarriedStateTensors.of(s.model.carriedState()));
      Checkpoint.capture(s.model.config(), run.params, s.optimizer, position)
          .withExtras(run.state.properties(), extras)
          .writeTo(s.checkpointDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint to " + s.checkpointDir + ": " + e.getMessage(), e);
    }
    for (TrainerListener l : s.listeners) {
      l.onCheckpoint(s.checkpointDir, position);
    }
  }

  /** The mutable counters of one call to {@link #fit()}. */
  private final class Run {
    final ParamSet params;
    final TrainingState state;
    final double baseRate;
    final long startStep;
    final long startNanos = System.nanoTime();
    long step;
    long items;

    Run(ParamSet params, TrainingState state, double baseRate, long step) {
      this.params = params;
      this.state = state;
      this.baseRate = baseRate;
      this.startStep = step;
      this.step = step;
    }

    /** One optimizer step on {@code batch}; returns a divergence message, or null if the step was applied. */
    String step(List<E> batch, int epoch, int b, int batches) {
      if (s.schedule != null && s.schedulePerStep) {
        s.schedule.apply(s.optimizer, step, baseRate);
      }
      double rate = s.optimizer.learningRate();
      String where = "step " + (step + 1) + " (epoch " + epoch + ", batch " + (b + 1) + " of " + batches + ")";
      double loss;
      double norm;
      try {
        loss = s.model.lossAndGradients(batch, new SplittableRandom(Seeds.mix(s.seed, Seeds.STEP, step)));
        if (!Double.isFinite(loss)) {
          return "training diverged at " + where + ": the loss is " + loss;
        }
        if (loss > s.divergenceThreshold) {
          return "training diverged at " + where + ": the loss " + loss + " exceeds the divergence threshold "
              + s.divergenceThreshold;
        }
        if (Double.isFinite(s.clipValue)) {
          GradientClipping.clipValue(params, s.clipValue);
        }
        norm = Double.isFinite(s.clipNorm) ? GradientClipping.clipGlobalNorm(params, s.clipNorm) : params.gradNorm();
        if (!Double.isFinite(norm)) {
          return "training diverged at " + where + ": the gradient norm is " + norm;
        }
      } catch (NonFiniteException e) {
        return "training diverged at " + where + ": " + e.getMessage();
      }
      s.optimizer.step(params);
      step++;
      state.addLoss(loss);
      if (s.tokenCount != null) {
        for (E e : batch) {
          items += s.tokenCount.applyAsInt(e);
        }
      } else {
        items += batch.size();
      }
      if (!s.listeners.isEmpty()) {
        report(epoch, b, batches, loss, norm, rate);
      }
      return null;
    }

    private void report(int epoch, int b, int batches, double loss, double norm, double rate) {
      long nanos = System.nanoTime() - startNanos;
      double seconds = Math.max(nanos, 1) / 1e9;
      long remaining = (batches - b - 1) + (long) (s.epochs - epoch - 1) * batches;
      long perStep = nanos / Math.max(1, step - startStep);
      StepProgress p = new StepProgress(step, epoch, s.epochs, b + 1, batches, loss, norm, rate, items / seconds,
          s.tokenCount != null ? "tokens" : "examples", Duration.ofNanos(nanos),
          Duration.ofNanos(perStep * remaining));
      for (TrainerListener l : s.listeners) {
        l.onStep(p);
      }
    }
  }
}
