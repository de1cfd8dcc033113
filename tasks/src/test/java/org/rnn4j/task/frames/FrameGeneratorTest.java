package org.rnn4j.task.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated videos: seeded, labels follow from consecutive frames, and no single frame tells its label. */
class FrameGeneratorTest {

  @Test
  void theSameSeedGivesTheSameVideos() {
    List<FrameVideo> a = new FrameGenerator(3, 10, 0.3).videos(30, 5, 12);
    List<FrameVideo> b = new FrameGenerator(3, 10, 0.3).videos(30, 5, 12);
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).frames(), b.get(i).frames());
      assertArrayEquals(a.get(i).labels(), b.get(i).labels());
      assertArrayEquals(a.get(i).positions(), b.get(i).positions());
      assertTrue(a.get(i).length() >= 5 && a.get(i).length() <= 12);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, FrameGenerator.DEFAULT_NOISE, 0.49})
  void aDecoderOfConsecutiveFramesReproducesEveryLabel(double noise) {
    for (FrameVideo v : new FrameGenerator(5, 10, noise).videos(500, 1, 20)) {
      assertArrayEquals(v.labels(), FrameVideo.decode(v.frames()), v.describe());
      assertEquals(Motion.STILL.ordinal(), v.labels()[0]);
    }
  }

  /**
   * The best guess from the current frame alone (the most frequent label of the object's position) is right for
   * about half the frames; the previous frame is needed for the rest.
   */
  @Test
  void noSingleFrameTellsItsLabel() {
    List<FrameVideo> videos = new FrameGenerator(6, 10, 0).videos(800, 8, 16);
    int[][] counts = new int[10][Motion.values().length];
    long frames = 0;
    for (FrameVideo v : videos) {
      for (int t = 0; t < v.length(); t++) {
        counts[v.positions()[t]][v.labels()[t]]++;
        frames++;
      }
    }
    long best = 0;
    for (int[] c : counts) {
      best += Math.max(c[0], Math.max(c[1], c[2]));
    }
    double frameOnly = (double) best / frames;
    System.out.printf("frames: best accuracy from the current frame alone %.3f%n", frameOnly);
    assertTrue(frameOnly < 0.6, "frame-only accuracy " + frameOnly);
  }

  @Test
  void describesPositionsAndMotions() {
    FrameVideo v = new FrameVideo(new float[3][2], new int[] {0, 2, 1}, new int[] {0, 1, 0});
    assertEquals("positions 0 1 0 | motion - > <", v.describe());
  }
}
