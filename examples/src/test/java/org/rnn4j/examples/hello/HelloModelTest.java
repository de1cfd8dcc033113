package org.rnn4j.examples.hello;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.param.Param;

class HelloModelTest {
  private final Vocabulary v = new Vocabulary("helo");
  private final int[] inputs = v.encode("hell");
  private final int[] targets = v.encode("ello");

  @Test
  void withAllParametersZeroEveryPredictionIsUniform() {
    HelloModel m = new HelloModel(CellType.RNN_TANH, v, 3, 1);
    m.params().forEach(p -> Arrays.fill(p.value().data, 0f));
    assertEquals(Math.log(4), m.lossAndGradients(inputs, targets), 1e-6);
    assertTrue(m.params().get("out.bias").grad().data[0] != 0, "the bias gradient of a uniform guess is not zero");
  }

  @Test
  void steppingOneCharacterAtATimeEqualsTheWholeSequence() {
    for (CellType type : new CellType[] {CellType.RNN_TANH, CellType.LSTM, CellType.GRU}) {
      HelloModel m = new HelloModel(type, v, 3, 11);
      float[] whole = m.logits(inputs, null);
      List<State> state = null;
      for (int t = 0; t < inputs.length; t++) {
        float[] step = m.logits(new int[] {inputs[t]}, state);
        state = m.finalState();
        assertArrayEquals(Arrays.copyOfRange(whole, t * 4, t * 4 + 4), step, 1e-6f, type + " step " + t);
      }
    }
  }

  @Test
  void theSameSeedBuildsTheSameWeights() {
    HelloModel a = new HelloModel(CellType.GRU, v, 3, 9);
    HelloModel b = new HelloModel(CellType.GRU, v, 3, 9);
    for (int i = 0; i < a.params().size(); i++) {
      assertArrayEquals(a.params().get(i).value().data, b.params().get(i).value().data);
    }
  }

  @Test
  void aNonFiniteWeightIsReportedAsDivergence() {
    HelloModel m = new HelloModel(CellType.RNN_TANH, v, 3, 1);
    Param w = m.params().get("out.weight");
    w.value().data[5] = Float.NaN;
    Diverged e = assertThrows(Diverged.class, () -> m.lossAndGradients(inputs, targets));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    assertThrows(Diverged.class, () -> m.logits(inputs, null));
  }

  @Test
  void anInfiniteGradientIsReportedAsDivergence() {
    HelloModel m = new HelloModel(CellType.RNN_TANH, v, 3, 1);
    m.params().get("weight_hh_l0").grad().data[0] = Float.POSITIVE_INFINITY;
    Diverged e = assertThrows(Diverged.class, () -> m.lossAndGradients(inputs, targets));
    assertTrue(e.getMessage().contains("gradient"), e.getMessage());
  }
}
