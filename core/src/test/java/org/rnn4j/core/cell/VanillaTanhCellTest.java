package org.rnn4j.core.cell;

/** The cell contract for {@link CellType#RNN_TANH}. */
class VanillaTanhCellTest extends CellContractTest {
  @Override
  CellType type() {
    return CellType.RNN_TANH;
  }
}
