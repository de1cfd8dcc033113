package org.rnn4j.examples.demo;

import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.caption.CaptionTask;
import org.rnn4j.task.caption.SceneGenerator;
import org.rnn4j.topology.TrainerListener;

/** Captioning generated scenes ({@link SceneGenerator}, seed 1): training, then validation, then test images. */
public final class CaptionDemo implements Demo {
  @Override
  public String name() {
    return CaptionTask.NAME;
  }

  @Override
  public String headline() {
    return CaptionTask.EXACT_MATCH;
  }

  @Override
  public TrainingOptions defaults() {
    return CaptionTask.defaults();
  }

  @Override
  public TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener) {
    SceneGenerator scenes = new SceneGenerator(1, SceneGenerator.DEFAULT_NOISE);
    int train = switch (size) {
      case FULL -> 2000;
      case QUICK -> 150;
    };
    int held = size == Size.QUICK ? 30 : 200;
    return CaptionTask.run(scenes.images(train), scenes.images(held), scenes.images(held), options, listener);
  }
}
