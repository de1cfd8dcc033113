package org.rnn4j.core.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoldenTensorsTest {

  private static GoldenTensors parse(String text) throws Exception {
    return GoldenTensors.parse("t.txt", new BufferedReader(new StringReader(text)));
  }

  @Test
  void parsesTensorsScalarsAttrsAndComments() throws Exception {
    GoldenTensors g = parse("# c\nattr cell lstm\n\ntensor a 2 3\n1 2 3\n4 5\n6\ntensor loss\n-1.5e-3\ntensor e 0\n");
    assertEquals(List.of("a", "loss", "e"), new ArrayList<>(g.names()));
    assertArrayEquals(new int[] {2, 3}, g.shape("a"));
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, g.get("a"));
    assertEquals(-1.5e-3, g.scalar("loss"));
    assertArrayEquals(new int[0], g.shape("loss"));
    assertEquals(0, g.get("e").length);
    assertEquals("lstm", g.attr("cell"));
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, g.ints("a"));
  }

  @Test
  void malformedInputNamesSourceAndLine() {
    assertMessage("tensor a 2\n1\ntensor b 1\n2\n", "t.txt:3:", "has 1 of 2 values");
    assertMessage("tensor a 2\n1 2 3\n", "t.txt:2:", "more than 2 values");
    assertMessage("tensor a 2\n1 x\n", "t.txt:2:", "not a number");
    assertMessage("tensor a -2\n", "t.txt:1:", "dimension");
    assertMessage("1 2\n", "t.txt:1:", "outside a tensor");
    assertMessage("tensor a 1\n1\ntensor a 1\n2\n", "t.txt:3:", "new name");
    assertMessage("# x\ntensor a 3\n1 2\n", "t.txt:3:", "end of file");
    assertThrows(IllegalArgumentException.class, () -> GoldenTensors.load("golden/cells/nope.txt"));
  }

  private static void assertMessage(String text, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
    }
  }

  @Test
  void unknownNameFailsWithTheKnownNames() throws Exception {
    GoldenTensors g = parse("tensor a 2\n1 2\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.get("b"));
    assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("[a]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> g.scalar("a"));
    assertThrows(IllegalArgumentException.class, () -> g.attr("cell"));
  }

  /** Every committed case has the documented names, and each gradient has its value's shape. */
  @ParameterizedTest
  @ValueSource(strings = {"rnn_tanh", "rnn_relu", "lstm", "gru", "rnn_tanh_packed", "rnn_relu_packed",
      "lstm_packed", "gru_packed", "lstm_bidir_packed", "lstm_2layer", "lstm_2layer_packed"})
  void committedCasesAreComplete(String name) {
    GoldenTensors g = GoldenTensors.load("golden/cells/" + name + ".txt");
    int x = g.intAttr("input_size");
    int h = g.intAttr("hidden_size");
    int t = g.intAttr("seq_len");
    int b = g.intAttr("batch");
    int layers = g.intAttr("num_layers");
    int dirs = g.attr("bidirectional").equals("true") ? 2 : 1;
    boolean lstm = g.attr("cell").equals("lstm");
    int gates = h * switch (g.attr("cell")) {
      case "lstm" -> 4;
      case "gru" -> 3;
      default -> 1;
    };
    assertEquals(name, g.attr("case"));
    for (String p : g.attr("params").split(",")) {
      int in = p.contains("_l0") ? x : dirs * h;
      int[] expected = p.startsWith("weight_ih") ? new int[] {gates, in}
          : p.startsWith("weight_hh") ? new int[] {gates, h} : new int[] {gates};
      assertArrayEquals(expected, g.shape(p), p);
      assertArrayEquals(expected, g.shape("grad_" + p), p);
    }
    assertEquals(4 * layers * dirs, g.attr("params").split(",").length);
    int[] state = {layers * dirs, b, h};
    List<String> stateNames = new ArrayList<>(List.of("h0", "R_h", "h_n", "grad_h0"));
    if (lstm) {
      stateNames.addAll(List.of("c0", "R_c", "c_n", "grad_c0"));
    } else {
      assertTrue(!g.has("c0") && !g.has("c_n") && !g.has("grad_c0"));
    }
    for (String s : stateNames) {
      assertArrayEquals(state, g.shape(s), s);
    }
    assertArrayEquals(new int[] {t, b, x}, g.shape("x"));
    assertArrayEquals(new int[] {t, b, x}, g.shape("grad_x"));
    assertArrayEquals(new int[] {t, b, dirs * h}, g.shape("output"));
    assertArrayEquals(new int[] {t, b, dirs * h}, g.shape("R_out"));
    assertTrue(Double.isFinite(g.scalar("loss")));
    assertPaddingIsZero(g, t, b, x, dirs * h);
  }

  private static void assertPaddingIsZero(GoldenTensors g, int t, int b, int x, int width) {
    int[] lengths = g.ints("lengths");
    float[] out = g.get("output");
    float[] gx = g.get("grad_x");
    for (int step = 0; step < t; step++) {
      for (int row = 0; row < b; row++) {
        if (step < lengths[row]) {
          continue;
        }
        for (int j = 0; j < width; j++) {
          assertEquals(0f, out[(step * b + row) * width + j], "output at a padded step");
        }
        for (int j = 0; j < x; j++) {
          assertEquals(0f, gx[(step * b + row) * x + j], "grad_x at a padded step");
        }
      }
    }
  }

  /** A plain double re-computation of the tanh RNN case proves the layout (row-major, [T, B, X], W x + b). */
  @Test
  void vanillaTanhForwardReproducesTorch() {
    GoldenTensors g = GoldenTensors.load("golden/cells/rnn_tanh.txt");
    int x = 3;
    int h = 4;
    int b = 2;
    double[] wih = g.getDouble("weight_ih_l0");
    double[] whh = g.getDouble("weight_hh_l0");
    double[] bih = g.getDouble("bias_ih_l0");
    double[] bhh = g.getDouble("bias_hh_l0");
    double[] in = g.getDouble("x");
    double[] out = g.getDouble("output");
    double[] prev = g.getDouble("h0");
    double loss = 0;
    for (int t = 0; t < 5; t++) {
      double[] next = new double[b * h];
      for (int r = 0; r < b; r++) {
        for (int i = 0; i < h; i++) {
          double a = bih[i] + bhh[i];
          for (int k = 0; k < x; k++) {
            a += wih[i * x + k] * in[(t * b + r) * x + k];
          }
          for (int k = 0; k < h; k++) {
            a += whh[i * h + k] * prev[r * h + k];
          }
          next[r * h + i] = Math.tanh(a);
          assertEquals(out[(t * b + r) * h + i], next[r * h + i], 1e-6);
          loss += next[r * h + i] * g.getDouble("R_out")[(t * b + r) * h + i];
        }
      }
      prev = next;
    }
    double[] rh = g.getDouble("R_h");
    for (int i = 0; i < b * h; i++) {
      loss += prev[i] * rh[i];
    }
    assertArrayEquals(g.getDouble("h_n"), prev, 1e-6);
    assertEquals(g.scalar("loss"), loss, 1e-6);
  }
}
