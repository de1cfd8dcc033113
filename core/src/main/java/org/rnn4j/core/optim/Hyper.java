package org.rnn4j.core.optim;

/** The required-setting check of optimizer builders, whose unset settings are NaN. */
final class Hyper {
  private Hyper() {}

  /** Requires that a required builder setting was given (unset settings are NaN). */
  static double required(String name, double value, String setter) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(name + " is required: call " + setter + "(...) before build()");
    }
    return value;
  }
}
