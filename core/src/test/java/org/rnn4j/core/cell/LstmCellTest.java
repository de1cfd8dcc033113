package org.rnn4j.core.cell;

/** The cell contract for {@link CellType#LSTM}. */
class LstmCellTest extends CellContractTest {
  @Override
  CellType type() {
    return CellType.LSTM;
  }

  @org.junit.jupiter.api.Test
  void forgetBiasSetsTheSumOfBothForgetBiases() {
    Cell cell = Cell.builder(CellType.LSTM).setInputSize(X).setHiddenSize(H).optForgetBias(1f).optSeed(3).build();
    float[] bi = cell.biasIh().value().data;
    float[] bh = cell.biasHh().value().data;
    for (int j = 0; j < 4 * H; j++) {
      boolean forget = j >= H && j < 2 * H;
      if (forget) {
        org.junit.jupiter.api.Assertions.assertEquals(1f, bi[j] + bh[j], "forget gate unit " + (j - H));
      } else {
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(bi[j]) <= 0.5f, "other gates keep their init");
      }
    }
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Cell.builder(CellType.GRU).setInputSize(X).setHiddenSize(H).optForgetBias(1f).build());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("forgetBias applies to LSTM cells only"));
  }
}
