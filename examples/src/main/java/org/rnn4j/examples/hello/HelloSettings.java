package org.rnn4j.examples.hello;

import java.util.Objects;
import java.util.OptionalDouble;
import org.rnn4j.core.cell.CellType;

/**
 * The settings of one hello run.
 *
 * @param cell the recurrent cell
 * @param hidden hidden size H, at least 1
 * @param steps training iterations, at least 0
 * @param learningRate Adam's learning rate, finite and positive
 * @param seed seed of the initial weights and of sampling
 * @param length characters to sample, counting the start, at least 1
 * @param temperature sampling temperature, or empty for argmax decoding
 */
public record HelloSettings(CellType cell, int hidden, int steps, double learningRate, long seed, int length,
    OptionalDouble temperature) {

  /** The defaults of {@code rnn4j hello}. */
  public static final HelloSettings DEFAULTS =
      new HelloSettings(CellType.RNN_TANH, 3, 300, 0.05, 42, 5, OptionalDouble.empty());

  /** Validates every setting. */
  public HelloSettings {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(temperature, "temperature");
    if (hidden < 1 || steps < 0 || length < 1 || !(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("need hidden >= 1, steps >= 0, length >= 1 and a finite learningRate > 0,"
          + " got hidden " + hidden + ", steps " + steps + ", length " + length + ", learningRate "
          + learningRate);
    }
    if (temperature.isPresent()
        && (!(temperature.getAsDouble() > 0) || Double.isInfinite(temperature.getAsDouble()))) {
      throw new IllegalArgumentException("temperature must be a finite number > 0, got "
          + temperature.getAsDouble());
    }
  }

  /** The same settings with another seed. */
  public HelloSettings withSeed(long newSeed) {
    return new HelloSettings(cell, hidden, steps, learningRate, newSeed, length, temperature);
  }
}
