package org.rnn4j.core;

import java.util.Arrays;

/**
 * Argument checks whose messages name the argument, what was expected and what was given.
 */
public final class Checks {
  private Checks() {}

  /** Requires {@code value > 0}. */
  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /** Requires {@code value >= 0}. */
  public static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }

  /** Requires a finite {@code value >= 0}. */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** Requires a finite {@code value > 0}. */
  public static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
    }
    return value;
  }

  /** Requires {@code lo <= value <= hi}. */
  public static double inRange(String name, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + value);
    }
    return value;
  }

  /** Requires {@code lo <= value < hi} (for probabilities that must stay below one, say). */
  public static double inHalfOpenRange(String name, double value, double lo, double hi) {
    if (!(value >= lo && value < hi)) {
      throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "), got " + value);
    }
    return value;
  }

  /** Requires {@code 0 <= value < size} for a named index. */
  public static int index(String name, int value, int size) {
    if (value < 0 || value >= size) {
      throw new IllegalArgumentException(name + " must be in [0, " + size + "), got " + value);
    }
    return value;
  }

  /** Requires {@code actual == expected} for a named dimension. */
  public static void dimension(String name, int expected, int actual) {
    if (expected != actual) {
      throw new IllegalArgumentException(name + " must be " + expected + ", got " + actual);
    }
  }

  /** Requires a float array of at least {@code needed} elements. */
  public static void capacity(String name, float[] array, int offset, int needed) {
    if (array == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (offset < 0 || (long) offset + needed > array.length) {
      throw new IllegalArgumentException(name + " must hold " + needed + " floats from offset " + offset
          + ", but has length " + array.length);
    }
  }

  /** Requires every element in range to be finite; names the first that is not ({@link NonFiniteException}). */
  public static void finite(String name, float[] array, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (!Float.isFinite(array[i])) {
        throw new NonFiniteException(name + " must be finite, got " + array[i] + " at index " + (i - offset));
      }
    }
  }

  /** Requires per-row sequence lengths in {@code [1, steps]}, one per batch row. */
  public static int[] lengths(int[] lengths, int batch, int steps) {
    if (lengths == null) {
      throw new IllegalArgumentException("lengths must not be null");
    }
    if (lengths.length != batch) {
      throw new IllegalArgumentException("lengths must have one entry per batch row (" + batch + "), got "
          + lengths.length + ": " + Arrays.toString(lengths));
    }
    for (int b = 0; b < batch; b++) {
      if (lengths[b] < 1 || lengths[b] > steps) {
        throw new IllegalArgumentException("lengths[" + b + "] must be in [1, " + steps + "] (the batch's steps), got "
            + lengths[b]);
      }
    }
    return lengths;
  }
}
