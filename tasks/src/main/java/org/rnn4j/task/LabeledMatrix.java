package org.rnn4j.task;

import java.util.List;
import java.util.Objects;

/**
 * A matrix a person reads with its row and column labels, for example a translation's attention: one row per output
 * token, one column per source token, each row's weights summing to 1.
 *
 * @param title what the matrix shows
 * @param rowLabels one label per row
 * @param columnLabels one label per column
 * @param values {@code rowLabels.size() x columnLabels.size()} finite values, row by row
 */
public record LabeledMatrix(String title, List<String> rowLabels, List<String> columnLabels, float[][] values) {

  /**
   * Copies the labels and checks the shape.
   *
   * @throws IllegalArgumentException if the values do not match the labels or one is not finite
   */
  public LabeledMatrix {
    Objects.requireNonNull(title, "title");
    rowLabels = List.copyOf(rowLabels);
    columnLabels = List.copyOf(columnLabels);
    if (values.length != rowLabels.size()) {
      throw new IllegalArgumentException("'" + title + "' has " + rowLabels.size() + " row labels but "
          + values.length + " rows of values");
    }
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != columnLabels.size()) {
        throw new IllegalArgumentException("'" + title + "' has " + columnLabels.size() + " column labels but row "
            + r + " has " + values[r].length + " values");
      }
      for (int c = 0; c < values[r].length; c++) {
        if (!Float.isFinite(values[r][c])) {
          throw new IllegalArgumentException("'" + title + "' value at row " + r + ", column " + c
              + " must be finite, got " + values[r][c]);
        }
      }
    }
  }

  /** Number of rows. */
  public int rows() {
    return values.length;
  }

  /** Number of columns. */
  public int columns() {
    return columnLabels.size();
  }
}
