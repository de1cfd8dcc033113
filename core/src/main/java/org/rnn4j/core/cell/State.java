package org.rnn4j.core.cell;

import org.ejml.data.FMatrixRMaj;

/**
 * The recurrent state of one layer and direction for a batch: {@code h [B x H]}, and for the LSTM also
 * {@code c [B x H]}. Used for initial states, final states and their gradients.
 */
public sealed interface State permits HiddenState, LstmState {

  /** The hidden state {@code h [B x H]}. */
  FMatrixRMaj h();

  /** Zeros for a cell of the given type. */
  static State zeros(CellType type, int batch, int hiddenSize) {
    return type == CellType.LSTM
        ? new LstmState(new FMatrixRMaj(batch, hiddenSize), new FMatrixRMaj(batch, hiddenSize))
        : new HiddenState(new FMatrixRMaj(batch, hiddenSize));
  }
}
