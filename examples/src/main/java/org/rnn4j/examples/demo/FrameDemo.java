package org.rnn4j.examples.demo;

import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.frames.FrameGenerator;
import org.rnn4j.task.frames.FrameTask;
import org.rnn4j.topology.TrainerListener;

/**
 * Frame-level motion labels on generated videos of 8 to 16 frames ({@link FrameGenerator}, seed 1): training, then
 * validation, then test videos.
 */
public final class FrameDemo implements Demo {
  @Override
  public String name() {
    return FrameTask.NAME;
  }

  @Override
  public String headline() {
    return FrameTask.FRAME_ACCURACY;
  }

  @Override
  public TrainingOptions defaults() {
    return FrameTask.defaults();
  }

  @Override
  public TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener) {
    FrameGenerator videos = new FrameGenerator(1, FrameGenerator.DEFAULT_WIDTH, FrameGenerator.DEFAULT_NOISE);
    int train = switch (size) {
      case FULL -> 600;
      case QUICK -> 60;
    };
    int held = size == Size.QUICK ? 20 : 100;
    return FrameTask.run(videos.videos(train, 8, 16), videos.videos(held, 8, 16), videos.videos(held * 2, 8, 16),
        options, listener);
  }
}
