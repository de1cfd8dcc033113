package org.rnn4j.core.inspect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.Checks;
import org.rnn4j.core.cell.CellType;

/**
 * The states and gates of one layer and direction over one sequence, in the sequence's time order: each series is
 * a {@code [T x H]} matrix whose row {@code t} belongs to input step {@code t} (for the reverse direction too).
 *
 * @param layer the layer, 0 nearest the input
 * @param direction 0 forward, 1 reverse
 * @param type the layer's cell type
 * @param hidden the hidden state {@code h_t} after each step {@code [T x H]}
 * @param cell the cell state {@code c_t} after each step {@code [T x H]}; present for the LSTM only
 * @param gates the activated gates of each step by name ({@link CellType#gateNames()} order), each {@code [T x H]}
 */
public record LayerRecording(int layer, int direction, CellType type, FMatrixRMaj hidden, Optional<FMatrixRMaj> cell,
    Map<String, FMatrixRMaj> gates) {

  /** Checks that every series has the hidden state's shape and that the gates are the cell type's. */
  public LayerRecording {
    Checks.nonNegative("layer", layer);
    Checks.index("direction", direction, 2);
    if (type == null || hidden == null || cell == null || gates == null) {
      throw new IllegalArgumentException("a layer recording needs a cell type, hidden states, an optional cell"
          + " state and gates, got a null");
    }
    if (!List.copyOf(gates.keySet()).equals(type.gateNames())) {
      throw new IllegalArgumentException("gates of " + type + " must be " + type.gateNames() + ", got "
          + gates.keySet());
    }
    if (cell.isPresent() != (type == CellType.LSTM)) {
      throw new IllegalArgumentException("a cell state must be recorded for the LSTM and only for it; " + type
          + (cell.isPresent() ? " has one" : " has none"));
    }
    cell.ifPresent(c -> checkShape("cell", c, hidden));
    gates.forEach((name, g) -> checkShape("gate " + name, g, hidden));
  }

  /** Number of steps T. */
  public int steps() {
    return hidden.numRows;
  }

  /** Hidden size H. */
  public int hiddenSize() {
    return hidden.numCols;
  }

  /**
   * The gate named {@code name}.
   *
   * @throws IllegalArgumentException if the cell type has no such gate (the known ones are named)
   */
  public FMatrixRMaj gate(String name) {
    FMatrixRMaj g = gates.get(name);
    if (g == null) {
      throw new IllegalArgumentException("gate must be one of " + type.gateNames() + " for " + type + ", got '"
          + name + "'");
    }
    return g;
  }

  private static void checkShape(String name, FMatrixRMaj m, FMatrixRMaj hidden) {
    Checks.dimension(name + " rows (steps)", hidden.numRows, m.numRows);
    Checks.dimension(name + " columns (hiddenSize)", hidden.numCols, m.numCols);
  }
}
