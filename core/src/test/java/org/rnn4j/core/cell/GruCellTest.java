package org.rnn4j.core.cell;

/** The cell contract for {@link CellType#GRU}. */
class GruCellTest extends CellContractTest {
  @Override
  CellType type() {
    return CellType.GRU;
  }
}
