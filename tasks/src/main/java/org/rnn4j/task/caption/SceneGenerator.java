package org.rnn4j.task.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.task.caption.Scene.Colour;
import org.rnn4j.task.caption.Scene.Item;
import org.rnn4j.task.caption.Scene.Place;
import org.rnn4j.task.caption.Scene.Shape;

/**
 * Seeded random scenes with their features and captions, the built-in captioning data. Half the scenes hold one
 * object in a random place, half two objects in opposite places (top and bottom or left and right, equally often);
 * shapes and colours are uniform. Features carry uniform noise in {@code [-noise, noise]} per value; below 0.5 it
 * never changes which scene {@link Scene#decode} reads, so every caption still follows from its features.
 */
public final class SceneGenerator {
  /** The noise of the built-in data. */
  public static final double DEFAULT_NOISE = 0.2;

  private final SplittableRandom random;
  private final double noise;
  private int count;

  /**
   * A generator of scenes drawn from {@code seed}, with feature noise of amplitude {@code noise}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= noise < 0.5}
   */
  public SceneGenerator(long seed, double noise) {
    if (!(noise >= 0 && noise < 0.5)) {
      throw new IllegalArgumentException("noise must be in [0, 0.5) so captions follow from features, got " + noise);
    }
    this.random = new SplittableRandom(seed);
    this.noise = noise;
  }

  /** The next random scene. */
  public Scene nextScene() {
    Place place = pick(Place.values());
    Item first = new Item(pick(Shape.values()), pick(Colour.values()), place);
    if (random.nextBoolean()) {
      return new Scene(List.of(first));
    }
    return new Scene(List.of(first, new Item(pick(Shape.values()), pick(Colour.values()), place.opposite())));
  }

  /** The next {@code n} scenes as captioned images with noisy features, ids {@code scene-<k>} counting on. */
  public List<CaptionedImage> images(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    List<CaptionedImage> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Scene scene = nextScene();
      float[] f = scene.features();
      for (int j = 0; j < f.length; j++) {
        f[j] += (float) ((random.nextDouble() * 2 - 1) * noise);
      }
      out.add(new CaptionedImage("scene-" + count++, f, List.of(scene.caption()), scene.description()));
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
