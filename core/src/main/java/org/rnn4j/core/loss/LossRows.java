package org.rnn4j.core.loss;

import java.util.Arrays;
import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;

/** Row bookkeeping shared by the losses: which rows count, the reduction scale, and argument checks. */
final class LossRows {
  private LossRows() {}

  /** Rows of a block described by {@code shape}, or inferred from the targets when {@code shape} is null. */
  static int rows(SequenceShape shape, String targetsName, int targetCount, int targetsPerRow) {
    if (shape != null) {
      return shape.rows();
    }
    if (targetCount == 0 || targetCount % targetsPerRow != 0) {
      throw new IllegalArgumentException(targetsName + " must hold a positive multiple of " + targetsPerRow
          + " values when no shape is given, got " + targetCount);
    }
    return targetCount / targetsPerRow;
  }

  /** Whether row {@code row} contributes: every row does when {@code shape} is null. */
  static boolean isValid(SequenceShape shape, int row) {
    return shape == null || shape.isValid(row);
  }

  /** Number of rows that contribute. */
  static int validRows(SequenceShape shape, int rows) {
    return shape == null ? rows : shape.validCount();
  }

  /** The factor applied to the summed element losses. */
  static double scale(Reduction reduction, long validElements) {
    return reduction == Reduction.MEAN ? 1.0 / validElements : 1.0;
  }

  /** Checks a {@code [rows x width]} block (or a larger reusable buffer) starting at index 0. */
  static void requireBlock(String name, float[] block, int rows, int width) {
    Checks.capacity(name, block, 0, rows * width);
  }

  /** Checks that an int array holds at least {@code rows} entries. */
  static void requireRows(String name, int[] values, int rows) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (values.length < rows) {
      throw new IllegalArgumentException(name + " must hold " + rows + " rows, but has length " + values.length);
    }
  }

  /** Checks that element {@code (row, col)} is finite. */
  static void requireFinite(String name, float value, int row, int col) {
    if (!Float.isFinite(value)) {
      throw new org.rnn4j.core.NonFiniteException(name + " must be finite, got " + value + " at row " + row + ", column "
          + col);
    }
  }

  /** Requires a non-null reduction. */
  static Reduction reduction(Reduction reduction) {
    if (reduction == null) {
      throw new IllegalArgumentException("reduction must be MEAN or SUM, got null");
    }
    return reduction;
  }

  /** Sets row {@code row} of a {@code [rows x width]} gradient block to zero. */
  static void zeroRow(float[] grad, int row, int width) {
    Arrays.fill(grad, row * width, row * width + width, 0f);
  }
}
