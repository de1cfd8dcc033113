package org.rnn4j.core.layer;

import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.param.ParamSet;

/**
 * Inverted dropout, {@code torch.nn.Dropout}: in training each element is zeroed with probability {@code p} and the
 * survivors are scaled by {@code 1 / (1 - p)}, so the expected output equals the input; otherwise the layer is the
 * identity.
 *
 * <p>A training forward draws a fresh mask from the layer's seeded random stream into a reusable buffer; backward
 * applies the mask of the latest forward. The same seed and the same sequence of calls give the same masks. With
 * {@code p = 0} no random numbers are drawn.
 */
public final class Dropout {
  private final double probability;
  private final float scale;
  private SplittableRandom random;
  private float[] mask = new float[0];
  private int maskLength;
  private boolean masked;
  private boolean forwardDone;

  private Dropout(Builder b) {
    this.probability = b.probability;
    this.scale = (float) (1 / (1 - probability));
    this.random = new SplittableRandom(b.seed);
  }

  /**
   * Restarts the mask stream from {@code seed}: the masks that follow are those of a new layer built with that
   * seed. Lets a trainer make every step's dropout a function of its own seed, so a resumed run repeats it.
   */
  public void reseed(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The probability that an element is dropped in training. */
  public double probability() {
    return probability;
  }

  /** No parameters: an empty set. */
  public ParamSet params() {
    return ParamSet.of();
  }

  /** {@link #forward(float[], int, float[], int, int, boolean)} with both arrays at offset 0. */
  public void forward(float[] x, float[] y, int length, boolean training) {
    forward(x, 0, y, 0, length, training);
  }

  /**
   * Writes {@code y = x * mask} in training (a new mask) and {@code y = x} otherwise.
   *
   * @param x {@code length} values from {@code xOff}
   * @param y receives {@code length} values from {@code yOff}; may be {@code x} at the same offset
   * @param training whether to drop elements
   */
  public void forward(float[] x, int xOff, float[] y, int yOff, int length, boolean training) {
    Checks.nonNegative("length", length);
    Checks.capacity("x", x, xOff, length);
    Checks.capacity("y", y, yOff, length);
    forwardDone = true;
    maskLength = length;
    masked = training && probability > 0;
    if (!masked) {
      System.arraycopy(x, xOff, y, yOff, length);
      return;
    }
    if (mask.length < length) {
      mask = new float[length];
    }
    for (int i = 0; i < length; i++) {
      mask[i] = random.nextDouble() < probability ? 0f : scale;
      y[yOff + i] = x[xOff + i] * mask[i];
    }
  }

  /** {@link #backward(float[], int, float[], int, int)} with both arrays at offset 0. */
  public void backward(float[] dy, float[] dx, int length) {
    backward(dy, 0, dx, 0, length);
  }

  /**
   * Writes {@code dx = dy * mask} with the mask of the latest forward ({@code dx = dy} if it was not training).
   *
   * @param dy {@code length} values from {@code dyOff}; {@code length} must equal the latest forward's
   * @param dx receives {@code length} values from {@code dxOff}; may be {@code dy} at the same offset
   */
  public void backward(float[] dy, int dyOff, float[] dx, int dxOff, int length) {
    if (!forwardDone) {
      throw new IllegalStateException("backward needs a forward first");
    }
    Checks.dimension("length (of the latest forward)", maskLength, length);
    Checks.capacity("dy", dy, dyOff, length);
    Checks.capacity("dx", dx, dxOff, length);
    if (!masked) {
      System.arraycopy(dy, dyOff, dx, dxOff, length);
      return;
    }
    for (int i = 0; i < length; i++) {
      dx[dxOff + i] = dy[dyOff + i] * mask[i];
    }
  }

  /** Configures a {@link Dropout} layer. */
  public static final class Builder {
    private Double probability;
    private Long seed;

    private Builder() {}

    /** Probability of dropping an element in training, in {@code [0, 1)} (required). */
    public Builder setProbability(double probability) {
      this.probability = probability;
      return this;
    }

    /** Seed of the mask stream (required). */
    public Builder setSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Validates and builds. */
    public Dropout build() {
      if (probability == null) {
        throw new IllegalArgumentException("probability must be set with setProbability, got none");
      }
      Checks.inHalfOpenRange("probability", probability, 0, 1);
      if (seed == null) {
        throw new IllegalArgumentException("seed must be set with setSeed, got none");
      }
      return new Dropout(this);
    }
  }
}
