package org.rnn4j.core;

/**
 * A view of consecutive matrix rows inside a {@code float[]}: row {@code i} starts at {@code offset + i * stride}.
 * Lets a layer read a slice of a wider matrix (one direction of a bidirectional output, say) without a copy.
 *
 * @param data the backing array
 * @param offset index of row 0's first element
 * @param stride distance between consecutive rows (the leading dimension)
 */
public record RowBlock(float[] data, int offset, int stride) {

  /** Validates that the view is well formed. */
  public RowBlock {
    if (data == null) {
      throw new IllegalArgumentException("data must not be null");
    }
    Checks.nonNegative("offset", offset);
    Checks.positive("stride", stride);
  }

  /** Rows of width {@code stride} from the start of {@code data}. */
  public static RowBlock of(float[] data, int width) {
    return new RowBlock(data, 0, width);
  }

  /** Checks that {@code rows} rows of {@code width} columns fit in the array. */
  public RowBlock require(String name, int rows, int width) {
    if (width > stride) {
      throw new IllegalArgumentException(name + " rows must be at least " + width + " wide, got stride " + stride);
    }
    long needed = offset + (long) (rows - 1) * stride + width;
    if (rows > 0 && needed > data.length) {
      throw new IllegalArgumentException(name + " must hold " + rows + " rows of " + width + " (" + needed
          + " floats from offset " + offset + "), but has length " + data.length);
    }
    return this;
  }

  /** Index of element {@code (row, col)}. */
  public int index(int row, int col) {
    return offset + row * stride + col;
  }
}
