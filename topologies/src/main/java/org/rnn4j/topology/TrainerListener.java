package org.rnn4j.topology;

import java.nio.file.Path;
import org.rnn4j.core.io.TrainingPosition;

/** Receives a {@link Trainer}'s progress, for progress bars, logs and reports. Every method does nothing by default. */
public interface TrainerListener {

  /** After every optimizer step. */
  default void onStep(StepProgress progress) {}

  /** After every evaluation on the validation data. */
  default void onValidation(ValidationRecord record) {}

  /**
   * After the last step of an epoch (and its validation, when validating each epoch).
   *
   * @param meanLoss the mean of the epoch's step losses
   */
  default void onEpochEnd(int epoch, long step, double meanLoss) {}

  /** After a checkpoint was written to {@code directory}; {@code position} is where it resumes. */
  default void onCheckpoint(Path directory, TrainingPosition position) {}

  /** Once, when training ends, with why and a one-line explanation. */
  default void onStop(StopReason reason, String message) {}
}
