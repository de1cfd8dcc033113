package org.rnn4j.benchmarks.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.param.Param;

class CellBenchmarkTest {

  @ParameterizedTest
  @ValueSource(strings = {"lstm", "gru", "rnn"})
  void benchmarkBodiesRunAndGiveFiniteGradients(String cell) {
    CellBenchmark b = new CellBenchmark();
    b.cell = cell;
    b.shape = "2x3x4x5";
    b.threads = 1;
    b.setUp();
    assertTrue(Float.isFinite(b.forward()));
    assertTrue(Float.isFinite(b.forwardBackward()));
    for (Param p : b.params()) {
      double norm = 0;
      for (float g : p.grad().data) {
        assertTrue(Float.isFinite(g), p.name());
        norm += g * g;
      }
      assertTrue(norm > 0, p.name() + " has a zero gradient");
    }
    for (float g : b.inputGradient()) {
      assertTrue(Float.isFinite(g));
    }
  }

  @Test
  void namedShapesAndFlops() {
    assertEquals(new CellShape(64, 512, 512, 50), CellShape.parse("c3"));
    assertEquals(new CellShape(2, 3, 4, 5), CellShape.parse("2x3x4x5"));
    // 3 * 2*B*(X+H)*G*T with G = 4H
    assertEquals(3.0 * 2 * 2 * (3 + 4) * 16 * 5, CellShape.parse("2x3x4x5").flops(CellType.LSTM, false));
    assertEquals(2.0 * 2 * (3 + 4) * 12 * 5, CellShape.parse("2x3x4x5").flops(CellType.GRU, true));
    assertThrows(IllegalArgumentException.class, () -> CellShape.parse("c9"));
    assertThrows(IllegalArgumentException.class, () -> CellShape.parse("1x0x4x5"));
  }
}
