package org.rnn4j.task.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random {@link FrameVideo videos}, the built-in frame-classification data. The object starts at a uniform
 * pixel; at each later frame it keeps its last motion with probability {@value #PERSISTENCE}, else it picks one of
 * the three motions uniformly, and it stays still where a move would leave the strip. The object's pixel is 1, the
 * others 0, each plus uniform noise in {@code [-noise, noise]}; below 0.5 the labels still follow from the frames.
 */
public final class FrameGenerator {
  /** Pixels per frame of the built-in data. */
  public static final int DEFAULT_WIDTH = 10;
  /** Noise of the built-in data. */
  public static final double DEFAULT_NOISE = 0.3;
  /** Probability of keeping the last motion. */
  public static final double PERSISTENCE = 0.5;

  private final SplittableRandom random;
  private final int width;
  private final double noise;

  /**
   * A generator of videos {@code width} pixels wide drawn from {@code seed}.
   *
   * @throws IllegalArgumentException unless {@code width >= 2} and {@code 0 <= noise < 0.5}
   */
  public FrameGenerator(long seed, int width, double noise) {
    if (width < 2) {
      throw new IllegalArgumentException("width must be at least 2 pixels, got " + width);
    }
    if (!(noise >= 0 && noise < 0.5)) {
      throw new IllegalArgumentException("noise must be in [0, 0.5) so labels follow from frames, got " + noise);
    }
    this.random = new SplittableRandom(seed);
    this.width = width;
    this.noise = noise;
  }

  /** {@code n} videos of {@code minLength..maxLength} frames (uniform). */
  public List<FrameVideo> videos(int n, int minLength, int maxLength) {
    if (n < 0 || minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("need n >= 0 and 1 <= minLength <= maxLength, got " + n + ", " + minLength
          + ", " + maxLength);
    }
    List<FrameVideo> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(video(minLength + random.nextInt(maxLength - minLength + 1)));
    }
    return out;
  }

  /** One video of {@code length} frames. */
  public FrameVideo video(int length) {
    int[] positions = new int[length];
    int[] labels = new int[length];
    float[][] frames = new float[length][];
    Motion motion = Motion.STILL;
    int position = random.nextInt(width);
    for (int t = 0; t < length; t++) {
      if (t > 0) {
        if (random.nextDouble() >= PERSISTENCE) {
          motion = Motion.values()[random.nextInt(Motion.values().length)];
        }
        int next = position + motion.step();
        if (next < 0 || next >= width) {
          motion = Motion.STILL;
          next = position;
        }
        position = next;
      }
      positions[t] = position;
      labels[t] = (t == 0 ? Motion.STILL : motion).ordinal();
      frames[t] = frame(position);
    }
    return new FrameVideo(frames, labels, positions);
  }

  private float[] frame(int position) {
    float[] f = new float[width];
    f[position] = 1;
    for (int i = 0; i < width; i++) {
      f[i] += (float) ((random.nextDouble() * 2 - 1) * noise);
    }
    return f;
  }
}
