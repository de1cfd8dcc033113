package org.rnn4j.core.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Tape;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.Workspace;
import org.rnn4j.core.layer.RecurrentStack;

/**
 * Copies the states and gates the last forward pass of a {@link RecurrentStack} left on its tapes into a
 * {@link StateRecording} of one batch row. It reads the buffers the pass filled anyway, so recording costs one
 * copy after the pass and nothing inside it. Run the pass in evaluation mode (no dropout) to see the network as it
 * predicts.
 */
public final class StateRecorder {
  private StateRecorder() {}

  /**
   * The recording of batch row {@code row} of the stack's last forward pass, over that row's valid steps.
   *
   * @throws IllegalStateException if the stack has not run forward
   * @throws IllegalArgumentException if {@code row} is not a row of that pass
   */
  public static StateRecording record(RecurrentStack stack, int row) {
    SequenceShape shape = stack.lastShape();
    Checks.index("row", row, shape.batch());
    List<LayerRecording> layers = new ArrayList<>();
    for (int l = 0; l < stack.layers(); l++) {
      for (int d = 0; d < stack.directions(); d++) {
        layers.add(layer(stack.tape(l, d), stack.cellType(), l, d, shape, row));
      }
    }
    return new StateRecording(stack.cellType(), stack.directions(), layers);
  }

  private static LayerRecording layer(Tape tape, CellType type, int l, int d, SequenceShape shape, int row) {
    Workspace w = tape.workspace();
    int hs = tape.cell().hiddenSize();
    int gs = tape.cell().gateSize();
    int steps = shape.length(row);
    FMatrixRMaj hidden = new FMatrixRMaj(steps, hs);
    FMatrixRMaj cell = type == CellType.LSTM ? new FMatrixRMaj(steps, hs) : null;
    List<String> names = type.gateNames();
    Map<String, FMatrixRMaj> gates = new LinkedHashMap<>();
    for (String name : names) {
      gates.put(name, new FMatrixRMaj(steps, hs));
    }
    for (int t = 0; t < steps; t++) {
      // The reverse direction read the row backwards: its step s is input step (length - 1 - s).
      int s = d == 0 ? t : steps - 1 - t;
      int state = w.stateOffset(s + 1) + row * hs;
      System.arraycopy(w.hidden(), state, hidden.data, t * hs, hs);
      if (cell != null) {
        System.arraycopy(w.cellState(), state, cell.data, t * hs, hs);
      }
      int gate = w.gateOffset(s) + row * gs;
      for (int k = 0; k < names.size(); k++) {
        System.arraycopy(w.gates(), gate + k * hs, gates.get(names.get(k)).data, t * hs, hs);
      }
    }
    return new LayerRecording(l, d, type, hidden, Optional.ofNullable(cell), gates);
  }
}
