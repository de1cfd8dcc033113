package org.rnn4j.core.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.layer.RecurrentStack;

class StateRecorderTest {
  static final int X = 3;
  static final int H = 4;
  static final int T = 6;
  static final int B = 2;
  static final float TOL = 1e-5f;

  static RecurrentStack stack(CellType type, int layers, boolean bidirectional) {
    return RecurrentStack.builder().setCellType(type).setInputSize(X).setHiddenSize(H).optLayers(layers)
        .optBidirectional(bidirectional).optSeed(7).build();
  }

  static FMatrixRMaj input() {
    SplittableRandom r = new SplittableRandom(3);
    FMatrixRMaj x = new FMatrixRMaj(T * B, X);
    for (int i = 0; i < x.data.length; i++) {
      x.data[i] = (float) (2 * r.nextDouble() - 1);
    }
    return x;
  }

  @Test
  void recordedHiddenIsTheStacksOutputInBothDirections() {
    RecurrentStack s = stack(CellType.LSTM, 2, true);
    SequenceShape shape = new SequenceShape(T, B, new int[] {T, 4});
    FMatrixRMaj out = s.forward(input(), shape, null, false);
    for (int row = 0; row < B; row++) {
      StateRecording rec = StateRecorder.record(s, row);
      assertEquals(2, rec.layerCount());
      assertEquals(shape.length(row), rec.steps());
      for (int d = 0; d < 2; d++) {
        FMatrixRMaj h = rec.layer(1, d).hidden();
        for (int t = 0; t < rec.steps(); t++) {
          for (int j = 0; j < H; j++) {
            assertEquals(out.get(t * B + row, d * H + j), h.get(t, j), TOL, "row " + row + " dir " + d + " t " + t);
          }
        }
      }
    }
  }

  @Test
  void lstmGatesReproduceTheCellAndHiddenStates() {
    RecurrentStack s = stack(CellType.LSTM, 1, false);
    s.forward(input(), SequenceShape.full(T, B), null, false);
    LayerRecording r = StateRecorder.record(s, 1).layer(0);
    FMatrixRMaj c = r.cell().orElseThrow();
    for (int t = 0; t < T; t++) {
      for (int j = 0; j < H; j++) {
        float cPrev = t == 0 ? 0 : c.get(t - 1, j);
        float expectC = r.gate("f").get(t, j) * cPrev + r.gate("i").get(t, j) * r.gate("g").get(t, j);
        assertEquals(expectC, c.get(t, j), TOL);
        assertEquals(r.gate("o").get(t, j) * (float) Math.tanh(c.get(t, j)), r.hidden().get(t, j), TOL);
        assertTrue(r.gate("f").get(t, j) > 0 && r.gate("f").get(t, j) < 1, "f is a sigmoid");
      }
    }
  }

  @Test
  void gruGatesReproduceTheHiddenState() {
    RecurrentStack s = stack(CellType.GRU, 1, false);
    s.forward(input(), SequenceShape.full(T, B), null, false);
    LayerRecording r = StateRecorder.record(s, 0).layer(0);
    assertFalse(r.cell().isPresent());
    for (int t = 0; t < T; t++) {
      for (int j = 0; j < H; j++) {
        float hPrev = t == 0 ? 0 : r.hidden().get(t - 1, j);
        float z = r.gate("z").get(t, j);
        assertEquals((1 - z) * r.gate("n").get(t, j) + z * hPrev, r.hidden().get(t, j), TOL);
      }
    }
  }

  @Test
  void vanillaRecordsHiddenStatesOnly() {
    RecurrentStack s = stack(CellType.RNN_TANH, 1, false);
    FMatrixRMaj out = s.forward(input(), SequenceShape.full(T, B), null, false);
    LayerRecording r = StateRecorder.record(s, 0).layer(0);
    assertTrue(r.gates().isEmpty());
    assertEquals(out.get(B * (T - 1), 2), r.hidden().get(T - 1, 2), 0f);
    assertTrue(GateSaturation.of(StateRecorder.record(s, 0)).isEmpty());
  }

  @Test
  void badRowOrGateIsNamed() {
    RecurrentStack s = stack(CellType.LSTM, 1, false);
    assertThrows(IllegalStateException.class, () -> StateRecorder.record(s, 0));
    s.forward(input(), SequenceShape.full(T, B), null, false);
    var e = assertThrows(IllegalArgumentException.class, () -> StateRecorder.record(s, 2));
    assertEquals("row must be in [0, 2), got 2", e.getMessage());
    var g = assertThrows(IllegalArgumentException.class, () -> StateRecorder.record(s, 0).layer(0).gate("z"));
    assertTrue(g.getMessage().contains("[i, f, g, o]"), g.getMessage());
  }
}
