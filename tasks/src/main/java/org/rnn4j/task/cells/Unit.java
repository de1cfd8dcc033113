package org.rnn4j.task.cells;

import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.Checks;
import org.rnn4j.core.inspect.LayerRecording;
import org.rnn4j.core.inspect.StateRecording;

/**
 * One recorded unit: a column of a layer's hidden state or (LSTM) cell state.
 *
 * @param layer the layer, 0 nearest the input
 * @param direction 0 forward, 1 reverse
 * @param series {@link Series#HIDDEN} or {@link Series#CELL}
 * @param index the unit's column, in {@code [0, H)}
 */
public record Unit(int layer, int direction, Series series, int index) {

  /** Which state of a layer a unit belongs to. */
  public enum Series {
    /** The hidden state {@code h}, in (-1, 1) for tanh-based cells. */
    HIDDEN("h"),
    /** The LSTM cell state {@code c}, unbounded. */
    CELL("c");

    private final String symbol;

    Series(String symbol) {
      this.symbol = symbol;
    }

    /** {@code h} or {@code c}. */
    public String symbol() {
      return symbol;
    }
  }

  /** Checks the indices. */
  public Unit {
    Checks.nonNegative("layer", layer);
    Checks.index("direction", direction, 2);
    Checks.nonNegative("index", index);
    if (series == null) {
      throw new IllegalArgumentException("a unit needs a series (hidden or cell), got null");
    }
  }

  /** A unit of the forward direction's hidden state. */
  public static Unit hidden(int layer, int index) {
    return new Unit(layer, 0, Series.HIDDEN, index);
  }

  /**
   * Parses a unit: {@code 17} or {@code h17} (hidden unit 17 of {@code defaultLayer}), {@code c17} (its cell
   * state), or with a layer, as {@link #label()} writes it: {@code L1 h17}, {@code L1:c17}, {@code L0r h3} (reverse
   * direction).
   *
   * @throws IllegalArgumentException if {@code text} has none of these forms (the forms are named)
   */
  public static Unit parse(String text, int defaultLayer) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:L(\\d+)(r?)[: ]\\s*)?([hc]?)(\\d+)")
        .matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a unit must be written N, hN, cN or L<layer> hN (for example 17, c17,"
          + " L1 h17), got '" + text + "'");
    }
    try {
      int layer = m.group(1) == null ? defaultLayer : Integer.parseInt(m.group(1));
      Series series = m.group(3).equals("c") ? Series.CELL : Series.HIDDEN;
      return new Unit(layer, m.group(2) == null || m.group(2).isEmpty() ? 0 : 1, series, Integer.parseInt(m.group(4)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a unit's layer and index must be small numbers, got '" + text + "'", e);
    }
  }

  /** The unit's activation at every step of {@code recording}. */
  public double[] values(StateRecording recording) {
    LayerRecording r = recording.layer(layer, direction);
    Checks.index("unit index", index, r.hiddenSize());
    FMatrixRMaj m = switch (series) {
      case HIDDEN -> r.hidden();
      case CELL -> r.cell().orElseThrow(() -> new IllegalArgumentException(
          r.type() + " has no cell state, so there is no unit " + label()));
    };
    double[] v = new double[m.numRows];
    for (int t = 0; t < v.length; t++) {
      v[t] = m.data[t * m.numCols + index];
    }
    return v;
  }

  /** A short label such as {@code L0 h17} ({@code L1r c3} for the reverse direction's cell state). */
  public String label() {
    return "L" + layer + (direction == 1 ? "r" : "") + " " + series.symbol() + index;
  }

  @Override
  public String toString() {
    return label();
  }
}
