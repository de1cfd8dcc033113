package org.rnn4j.task.gradients;

import org.rnn4j.core.Checks;

/**
 * How fast a gradient norm shrinks (or grows) per step of distance from the loss: the least-squares fit of
 * {@code ln ||dL/dh||} against the distance {@code d}, over the distances where the norm is positive, finite and
 * above {@link #FLOOR} (below it float32 values are denormal or zero and say nothing about the slope).
 *
 * <p>The unit is a factor per step: {@code factor = exp(slope)}, so a norm {@code n(d)} behaves like
 * {@code n(0) * factor^d}. A factor of 0.6 means the norm loses 40% per step; 1.0 means it is kept; above 1 it
 * grows. {@link #stepsPerDecade()} says how many steps it takes to lose a factor of ten.
 *
 * @param factor {@code exp(slope)}: the fitted change of the norm per step of distance
 * @param from the first distance used by the fit
 * @param to the last distance used by the fit (inclusive)
 */
public record DecayRate(double factor, int from, int to) {
  /** Norms at or below this are not fitted: float32 loses relative precision near its smallest normal value. */
  public static final double FLOOR = 1e-35;

  /** Validates the fitted values. */
  public DecayRate {
    Checks.positive("factor", factor);
    Checks.nonNegative("from", from);
    if (to <= from) {
      throw new IllegalArgumentException("to must be > from (" + from + "), got " + to);
    }
  }

  /**
   * Fits {@code norms[d]} (the norm at distance {@code d} from the loss) from distance {@code from} up to the last
   * distance before the first norm that is not finite or not above {@link #FLOOR}.
   *
   * @throws IllegalArgumentException if fewer than two distances from {@code from} on can be fitted
   */
  public static DecayRate fit(double[] norms, int from) {
    Checks.nonNegative("from", from);
    int to = from;
    while (to < norms.length && Double.isFinite(norms[to]) && norms[to] > FLOOR) {
      to++;
    }
    to--;
    if (to <= from) {
      throw new IllegalArgumentException("norms must have at least two fittable values from distance " + from
          + " (finite and > " + FLOOR + "), got " + Math.max(0, to - from + 1));
    }
    double n = to - from + 1;
    double sx = 0;
    double sy = 0;
    for (int d = from; d <= to; d++) {
      sx += d;
      sy += Math.log(norms[d]);
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    for (int d = from; d <= to; d++) {
      sxy += (d - mx) * (Math.log(norms[d]) - my);
      sxx += (d - mx) * (d - mx);
    }
    return new DecayRate(Math.exp(sxy / sxx), from, to);
  }

  /** The fitted slope of {@code ln ||dL/dh||} per step, {@code ln(factor)}. */
  public double slope() {
    return Math.log(factor);
  }

  /** Steps of distance over which the norm falls by a factor of ten; infinite when it does not fall. */
  public double stepsPerDecade() {
    return factor >= 1 ? Double.POSITIVE_INFINITY : Math.log(10) / -Math.log(factor);
  }

  /**
   * How many times steeper this decay is than {@code other}'s, as the ratio of their log-slopes
   * ({@code ln(this.factor) / ln(other.factor)}); infinite when {@code other} does not decay.
   */
  public double steepnessOver(DecayRate other) {
    double o = other.slope();
    return o >= 0 ? Double.POSITIVE_INFINITY : slope() / o;
  }
}
