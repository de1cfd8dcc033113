package org.rnn4j.task.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;

/** FrameTask on the built-in videos. */
class FrameTaskTest {

  /** The defaults reach a test frame accuracy >= 0.95 (the current frame alone allows about half). */
  @Test
  void learnsMotionFromConsecutiveFrames() {
    FrameGenerator g = new FrameGenerator(11, FrameGenerator.DEFAULT_WIDTH, FrameGenerator.DEFAULT_NOISE);
    List<FrameVideo> train = g.videos(600, 8, 16);
    List<FrameVideo> valid = g.videos(100, 8, 16);
    List<FrameVideo> test = g.videos(200, 8, 16);
    TaskReport report = FrameTask.run(train, valid, test, FrameTask.defaults(), null);
    double accuracy = report.metric(FrameTask.FRAME_ACCURACY).value();
    System.out.printf("frames: frame accuracy %.4f after %d steps (%s), %.2f s%n", accuracy,
        report.training().steps(), report.training().stopReason(), report.time().toMillis() / 1e3);
    report.samples().forEach(s -> System.out.println("  " + s));

    assertEquals("frames", report.task());
    assertEquals("ManyToMany", report.topology());
    assertTrue(accuracy >= 0.95, "test frame accuracy " + accuracy);
    assertEquals(FrameTask.SAMPLES, report.samples().size());
    assertTrue(report.samples().get(0).startsWith(test.get(0).describe() + " | predicted "), report.samples().get(0));
  }

  @Test
  void runsAreDeterministic() {
    FrameGenerator g = new FrameGenerator(2, 6, 0.3);
    List<FrameVideo> train = g.videos(64, 4, 8);
    List<FrameVideo> valid = g.videos(16, 4, 8);
    TrainingOptions options = FrameTask.defaults().withEpochs(2);
    TaskReport a = FrameTask.run(train, valid, valid, options, null);
    TaskReport b = FrameTask.run(train, valid, valid, options, null);
    assertArrayEquals(a.training().losses(), b.training().losses());
    assertEquals(a.metrics(), b.metrics());
    assertEquals(a.samples(), b.samples());
  }
}
