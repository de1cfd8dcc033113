package org.rnn4j.core.cell;

/** The cell contract for {@link CellType#LSTM}. */
class LstmCellTest extends CellContractTest {
  @Override
  CellType type() {
    return CellType.LSTM;
  }
}
