package org.rnn4j.core.inspect;

import java.util.List;
import org.rnn4j.core.Checks;
import org.rnn4j.core.cell.CellType;

/**
 * What every layer of a recurrent stack held while it read one sequence: one {@link LayerRecording} per layer and
 * direction, in the stack's order (layer by layer, forward before reverse).
 *
 * @param type the cell type of every layer
 * @param directions 1, or 2 for a bidirectional stack
 * @param layers the recordings
 */
public record StateRecording(CellType type, int directions, List<LayerRecording> layers) {

  /** Checks that the recordings are complete, ordered, of one cell type and of one length and width. */
  public StateRecording {
    if (type == null || layers == null || layers.isEmpty()) {
      throw new IllegalArgumentException("a state recording needs a cell type and at least one layer, got none");
    }
    Checks.index("directions - 1", directions - 1, 2);
    layers = List.copyOf(layers);
    if (layers.size() % directions != 0) {
      throw new IllegalArgumentException("layer recordings must be a multiple of directions (" + directions
          + "), got " + layers.size());
    }
    LayerRecording first = layers.get(0);
    for (int i = 0; i < layers.size(); i++) {
      LayerRecording r = layers.get(i);
      Checks.dimension("recording " + i + " layer", i / directions, r.layer());
      Checks.dimension("recording " + i + " direction", i % directions, r.direction());
      Checks.dimension("recording " + i + " steps", first.steps(), r.steps());
      Checks.dimension("recording " + i + " hiddenSize", first.hiddenSize(), r.hiddenSize());
      if (r.type() != type) {
        throw new IllegalArgumentException("recording " + i + " must be of cell type " + type + ", got "
            + r.type());
      }
    }
  }

  /** Number of layers. */
  public int layerCount() {
    return layers.size() / directions;
  }

  /** Number of steps T. */
  public int steps() {
    return layers.get(0).steps();
  }

  /** Hidden size H of each layer and direction. */
  public int hiddenSize() {
    return layers.get(0).hiddenSize();
  }

  /** The forward direction of {@code layer}. */
  public LayerRecording layer(int layer) {
    return layer(layer, 0);
  }

  /** The recording of {@code layer} in {@code direction} (0 forward, 1 reverse). */
  public LayerRecording layer(int layer, int direction) {
    Checks.index("layer", layer, layerCount());
    Checks.index("direction", direction, directions);
    return layers.get(layer * directions + direction);
  }
}
