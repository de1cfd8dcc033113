package org.rnn4j.core.optim;

/** Validation of optimizer hyperparameters, with messages that name the argument, the range and the value. */
final class Hyper {
  private Hyper() {}

  /** Requires a finite {@code value >= 0}. */
  static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** Requires that a required builder setting was given (unset settings are NaN). */
  static double required(String name, double value, String setter) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(name + " is required: call " + setter + "(...) before build()");
    }
    return value;
  }
}
