package org.rnn4j.examples.demo;

import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.TrainerListener;

/** A task's demo on built-in data: what its command runs without data files, and its part of the tour. */
public interface Demo {
  /** The command's name, for example {@code sentiment}. */
  String name();

  /** The name of the metric the tour's summary shows. */
  String headline();

  /** The task's default training options. */
  TrainingOptions defaults();

  /** The training options of this demo at {@code size}, from {@code options} (fewer epochs when smaller). */
  default TrainingOptions sized(TrainingOptions options, Size size) {
    return switch (size) {
      case FULL -> options;
      case QUICK -> options.withEpochs(1);
    };
  }

  /** Trains and measures on the built-in data at {@code size}. */
  TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener);
}
