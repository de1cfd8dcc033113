package org.rnn4j.task.gradients;

import java.util.Objects;
import org.rnn4j.core.cell.CellType;

/**
 * The gradient flow of an untrained cell: {@code ||dL/dh||} by distance from the loss and its fitted decay.
 *
 * @param cell the cell type
 * @param flow {@code ||dL/dh||} by distance from the loss (index 0 is the last step)
 * @param decay the fitted per-step decay of {@code flow}
 */
public record InitialFlow(CellType cell, double[] flow, DecayRate decay) {

  /** Copies the flow. */
  public InitialFlow {
    Objects.requireNonNull(cell, "cell");
    flow = flow.clone();
    Objects.requireNonNull(decay, "decay");
  }

  /** A copy of the flow. */
  @Override
  public double[] flow() {
    return flow.clone();
  }
}
