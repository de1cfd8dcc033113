package org.rnn4j.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.BpttEngine;
import org.rnn4j.core.bptt.Tape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Param;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every cell against PyTorch 1.13: forward outputs, final states, loss, and the gradients of all parameters, the
 * input and the initial state, for full and variable-length batches. Values come from
 * {@code core/src/test/python/cell_golden.py} (see {@code golden/README.md}).
 */
class CellGoldenTest {
  private static final double TOLERANCE = 2e-5;

  @ParameterizedTest
  @ValueSource(strings = {"rnn_tanh", "rnn_relu", "lstm", "gru", "rnn_tanh_packed", "rnn_relu_packed",
      "lstm_packed", "gru_packed"})
  void matchesPyTorch(String name) {
    GoldenTensors g = GoldenTensors.load("golden/cells/" + name + ".txt");
    CellType type = switch (g.attr("cell")) {
      case "lstm" -> CellType.LSTM;
      case "gru" -> CellType.GRU;
      default -> g.attr("nonlinearity").equals("relu") ? CellType.RNN_RELU : CellType.RNN_TANH;
    };
    int x = g.intAttr("input_size");
    int h = g.intAttr("hidden_size");
    int steps = g.intAttr("seq_len");
    int batch = g.intAttr("batch");
    SequenceShape shape = new SequenceShape(steps, batch, g.ints("lengths"));
    Cell cell = Cell.builder(type).setInputSize(x).setHiddenSize(h).optNameSuffix("_l0").build();
    for (Param p : cell.params()) {
      float[] v = g.get(p.name());
      assertEquals(p.size(), v.length, p.name());
      System.arraycopy(v, 0, p.value().data, 0, v.length);
    }
    BpttEngine engine = new BpttEngine(Kernels.best());
    Tape tape = new Tape(cell);
    float[] c0 = cell.hasCellState() ? g.get("c0") : null;
    engine.forward(tape, shape, RowBlock.of(g.get("x"), x), g.get("h0"), c0);

    float[] expectedOut = g.get("output");
    RowBlock out = tape.outputs();
    float[] rOut = g.get("R_out");
    double loss = 0;
    for (int row = 0; row < steps * batch; row++) {
      if (!shape.isValid(row)) {
        java.util.Arrays.fill(rOut, row * h, (row + 1) * h, 0f);
        continue;
      }
      for (int j = 0; j < h; j++) {
        float v = out.data()[out.index(row, j)];
        assertEquals(expectedOut[row * h + j], v, TOLERANCE, name + " output row " + row);
        loss += (double) v * rOut[row * h + j];
      }
    }
    float[] hn = new float[batch * h];
    tape.finalHidden(hn);
    assertClose(name + " h_n", g.get("h_n"), hn);
    loss += dot(hn, g.get("R_h"));
    float[] rc = null;
    if (cell.hasCellState()) {
      float[] cn = new float[batch * h];
      tape.finalCell(cn);
      assertClose(name + " c_n", g.get("c_n"), cn);
      rc = g.get("R_c");
      loss += dot(cn, rc);
    }
    assertEquals(g.scalar("loss"), loss, 1e-4, name + " loss");

    cell.params().zeroGrad();
    float[] dx = new float[steps * batch * x];
    engine.backward(tape, RowBlock.of(rOut, h), g.get("R_h"), rc, RowBlock.of(dx, x), null);
    for (Param p : cell.params()) {
      assertClose(name + " grad " + p.name(), g.get("grad_" + p.name()), p.grad().data);
    }
    assertClose(name + " grad x", g.get("grad_x"), dx);
    assertClose(name + " grad h0", g.get("grad_h0"), java.util.Arrays.copyOf(tape.initialHiddenGradient(), batch * h));
    if (cell.hasCellState()) {
      assertClose(name + " grad c0", g.get("grad_c0"),
          java.util.Arrays.copyOf(tape.initialCellGradient(), batch * h));
    }
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }

  static void assertClose(String what, float[] expected, float[] actual) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], TOLERANCE * Math.max(1, Math.abs(expected[i])), what + "[" + i + "]");
    }
  }
}
