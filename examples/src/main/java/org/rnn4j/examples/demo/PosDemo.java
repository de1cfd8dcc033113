package org.rnn4j.examples.demo;

import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.pos.GeneratedTreebank;
import org.rnn4j.task.pos.PosSettings;
import org.rnn4j.task.pos.PosTask;
import org.rnn4j.topology.TrainerListener;

/** POS tagging trained on generated sentences and measured on the hand-written sample ({@link PosTask#sample()}). */
public final class PosDemo implements Demo {
  @Override
  public String name() {
    return PosTask.NAME;
  }

  @Override
  public String headline() {
    return "token accuracy";
  }

  @Override
  public TrainingOptions defaults() {
    return PosTask.defaults();
  }

  @Override
  public TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener) {
    if (size == Size.FULL) {
      return PosTask.runBuiltIn(options, listener);
    }
    return PosTask.run(GeneratedTreebank.sentences(1, 150), GeneratedTreebank.sentences(2, 30), PosTask.sample(),
        options, PosSettings.defaults(), listener);
  }
}
