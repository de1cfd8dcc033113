package org.rnn4j.examples.demo;

import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.translate.BuiltInPairs;
import org.rnn4j.task.translate.TranslateTask;
import org.rnn4j.topology.TrainerListener;

/**
 * Translation into the generated subject-object-verb language ({@link BuiltInPairs}): training pairs from seed 1,
 * development from seed 2, test from seed 3.
 */
public final class TranslateDemo implements Demo {
  /** The command's name. */
  public static final String NAME = "translate";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String headline() {
    return "BLEU";
  }

  @Override
  public TrainingOptions defaults() {
    return TranslateTask.defaults();
  }

  @Override
  public TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener) {
    int train = switch (size) {
      case FULL -> 3000;
      case QUICK -> 150;
    };
    int held = size == Size.QUICK ? 30 : 200;
    return TranslateTask.run(BuiltInPairs.generate(train, 1), BuiltInPairs.generate(held, 2),
        BuiltInPairs.generate(held, 3), options, listener);
  }
}
