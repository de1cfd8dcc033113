package org.rnn4j.core.param;

import java.util.SplittableRandom;
import org.rnn4j.core.Checks;

/**
 * A seeded initialiser: fills a parameter's value from a random source.
 */
@FunctionalInterface
public interface Init {
  /** Overwrites {@code param}'s value; the same {@code random} state gives the same values. */
  void fill(Param param, SplittableRandom random);

  /** Every element zero. */
  static Init zeros() {
    return (p, r) -> java.util.Arrays.fill(p.value().data, 0f);
  }

  /** Every element {@code value}. */
  static Init constant(float value) {
    return (p, r) -> java.util.Arrays.fill(p.value().data, value);
  }

  /** Uniform on {@code [-bound, bound)}. */
  static Init uniform(double bound) {
    Checks.positive("bound", bound);
    return (p, r) -> {
      float[] v = p.value().data;
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) ((r.nextDouble() * 2 - 1) * bound);
      }
    };
  }
}
