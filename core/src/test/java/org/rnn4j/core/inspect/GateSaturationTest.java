package org.rnn4j.core.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.layer.RecurrentStack;

class GateSaturationTest {

  @Test
  void countsStepsBelowAndAboveTheThresholds() {
    // 4 steps, 3 units: unit 0 always closed, unit 1 open half the time, unit 2 never saturated (0.1 and 0.9
    // themselves are not saturated: the thresholds are strict).
    FMatrixRMaj v = new FMatrixRMaj(new float[][] {
        {0.01f, 0.95f, 0.1f}, {0.05f, 0.5f, 0.9f}, {0.0f, 0.99f, 0.5f}, {0.09f, 0.2f, 0.5f}});
    GateSaturation s = GateSaturation.of(0, 0, "f", v);
    assertArrayEquals(new double[] {1, 0, 0}, s.left(), 1e-12);
    assertArrayEquals(new double[] {0, 0.5, 0}, s.right(), 1e-12);
    assertEquals(1 / 3.0, s.meanLeft(), 1e-12);
    assertEquals(0.5 / 3, s.meanRight(), 1e-12);
    assertEquals(1 - 1.5 / 3, s.meanUnsaturated(), 1e-12);
  }

  @Test
  void listsTheSigmoidGatesOfEveryLayer() {
    RecurrentStack s = RecurrentStack.builder().setCellType(CellType.LSTM).setInputSize(2).setHiddenSize(3)
        .optLayers(2).optSeed(1).build();
    s.forward(new FMatrixRMaj(5, 2), SequenceShape.full(5, 1), null, false);
    List<GateSaturation> all = GateSaturation.of(StateRecorder.record(s, 0));
    assertEquals(List.of("i", "f", "o", "i", "f", "o"), all.stream().map(GateSaturation::gate).toList());
    assertEquals(List.of(0, 0, 0, 1, 1, 1), all.stream().map(GateSaturation::layer).toList());
    assertEquals(3, all.get(0).units());
  }
}
