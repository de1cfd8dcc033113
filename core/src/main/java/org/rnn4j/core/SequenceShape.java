package org.rnn4j.core;

/**
 * The layout of a padded, time-major sequence batch: {@code steps} time steps of {@code batch} rows, where row
 * {@code b} is valid for steps {@code t < lengths[b]}. Row {@code t*batch + b} of a {@code [steps*batch x D]} block
 * holds step {@code t} of sequence {@code b}.
 *
 * @param steps number of time steps T (at least 1)
 * @param batch number of sequences B (at least 1)
 * @param lengths per-sequence lengths in {@code [1, steps]}
 */
public record SequenceShape(int steps, int batch, int[] lengths) {

  /** Validates the layout; the lengths array is copied. */
  public SequenceShape {
    Checks.positive("steps", steps);
    Checks.positive("batch", batch);
    lengths = Checks.lengths(lengths, batch, steps).clone();
  }

  /** A layout where every sequence has all {@code steps} steps. */
  public static SequenceShape full(int steps, int batch) {
    int[] lengths = new int[Checks.positive("batch", batch)];
    java.util.Arrays.fill(lengths, Checks.positive("steps", steps));
    return new SequenceShape(steps, batch, lengths);
  }

  /** Number of rows of a time-major block, {@code steps * batch}. */
  public int rows() {
    return steps * batch;
  }

  /** Length of sequence {@code b}. */
  public int length(int b) {
    return lengths[b];
  }

  /** The lengths (a copy). */
  @Override
  public int[] lengths() {
    return lengths.clone();
  }

  /** Whether time-major row {@code row} (step {@code row / batch}) is inside its sequence. */
  public boolean isValid(int row) {
    return row / batch < lengths[row % batch];
  }

  /** Whether step {@code t} of sequence {@code b} is inside the sequence. */
  public boolean isValid(int t, int b) {
    return t < lengths[b];
  }

  /** Number of valid rows, the sum of the lengths. */
  public int validCount() {
    int n = 0;
    for (int len : lengths) {
      n += len;
    }
    return n;
  }

  /** Whether every sequence spans all steps. */
  public boolean isFull() {
    for (int len : lengths) {
      if (len != steps) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SequenceShape s && s.steps == steps && s.batch == batch
        && java.util.Arrays.equals(s.lengths, lengths);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * steps + batch) + java.util.Arrays.hashCode(lengths);
  }

  @Override
  public String toString() {
    return "SequenceShape[steps=" + steps + ", batch=" + batch + ", lengths=" + java.util.Arrays.toString(lengths)
        + "]";
  }
}
