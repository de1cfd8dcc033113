package org.rnn4j.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.golden.GoldenTensors;
import org.rnn4j.core.param.Param;

class RecurrentStackTest {
  static final int X = 3;
  static final int H = 4;
  static final int T = 5;

  static RecurrentStack stack(CellType type, int layers, boolean bidirectional, long seed) {
    return RecurrentStack.builder().setCellType(type).setInputSize(X).setHiddenSize(H).optLayers(layers)
        .optBidirectional(bidirectional).optSeed(seed).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lstm_2layer", "lstm_2layer_packed", "lstm_bidir_packed"})
  void matchesPyTorch(String name) {
    GoldenTensors g = GoldenTensors.load("golden/cells/" + name + ".txt");
    int layers = g.intAttr("num_layers");
    boolean bidir = Boolean.parseBoolean(g.attr("bidirectional"));
    int batch = g.intAttr("batch");
    RecurrentStack stack = stack(CellType.LSTM, layers, bidir, 0);
    for (Param p : stack.params()) {
      System.arraycopy(g.get(p.name()), 0, p.value().data, 0, p.size());
    }
    SequenceShape shape = new SequenceShape(T, batch, g.ints("lengths"));
    int states = layers * stack.directions();
    float[] h0 = g.get("h0");
    float[] c0 = g.get("c0");
    List<State> initial = new ArrayList<>();
    List<State> rFinal = new ArrayList<>();
    float[] rh = g.get("R_h");
    float[] rc = g.get("R_c");
    int n = batch * H;
    for (int s = 0; s < states; s++) {
      initial.add(lstmState(h0, c0, s * n, batch));
      rFinal.add(lstmState(rh, rc, s * n, batch));
    }
    FMatrixRMaj x = FMatrixRMaj.wrap(T * batch, X, g.get("x"));
    FMatrixRMaj out = stack.forward(x, shape, initial, true);
    float[] expected = g.get("output");
    float[] rOut = g.get("R_out");
    int width = stack.outputSize();
    for (int row = 0; row < shape.rows(); row++) {
      for (int j = 0; j < width; j++) {
        if (shape.isValid(row)) {
          assertEquals(expected[row * width + j], out.data[row * width + j], 2e-5, name + " output " + row);
        } else {
          rOut[row * width + j] = 0f;
        }
      }
    }
    List<State> fin = stack.finalStates();
    float[] hn = g.get("h_n");
    float[] cn = g.get("c_n");
    for (int s = 0; s < states; s++) {
      LstmState ls = (LstmState) fin.get(s);
      for (int i = 0; i < n; i++) {
        assertEquals(hn[s * n + i], ls.h().data[i], 2e-5, name + " h_n");
        assertEquals(cn[s * n + i], ls.c().data[i], 2e-5, name + " c_n");
      }
    }
    stack.params().zeroGrad();
    FMatrixRMaj dx = new FMatrixRMaj(T * batch, X);
    stack.backward(FMatrixRMaj.wrap(T * batch, width, rOut), rFinal, dx);
    for (Param p : stack.params()) {
      float[] e = g.get("grad_" + p.name());
      for (int i = 0; i < e.length; i++) {
        assertEquals(e[i], p.grad().data[i], 2e-5 * Math.max(1, Math.abs(e[i])), name + " " + p.name());
      }
    }
    float[] gx = g.get("grad_x");
    for (int i = 0; i < gx.length; i++) {
      assertEquals(gx[i], dx.data[i], 2e-5 * Math.max(1, Math.abs(gx[i])), name + " grad x " + i);
    }
    float[] gh0 = g.get("grad_h0");
    float[] gc0 = g.get("grad_c0");
    List<State> d0 = stack.initialStateGradients();
    for (int s = 0; s < states; s++) {
      LstmState ls = (LstmState) d0.get(s);
      for (int i = 0; i < n; i++) {
        assertEquals(gh0[s * n + i], ls.h().data[i], 2e-5, name + " grad h0");
        assertEquals(gc0[s * n + i], ls.c().data[i], 2e-5, name + " grad c0");
      }
    }
  }

  private static LstmState lstmState(float[] h, float[] c, int off, int batch) {
    return new LstmState(FMatrixRMaj.wrap(batch, H, Arrays.copyOfRange(h, off, off + batch * H)),
        FMatrixRMaj.wrap(batch, H, Arrays.copyOfRange(c, off, off + batch * H)));
  }

  @ParameterizedTest
  @EnumSource(CellType.class)
  void twoLayerGradientsMatchFiniteDifferences(CellType type) {
    if (type == CellType.RNN_RELU) {
      return; // kinks: covered per cell with a margin in VanillaReluCellTest
    }
    StackProblem p = new StackProblem(stack(type, 2, false, 3), new SequenceShape(T, 2, new int[] {5, 3}), 4);
    GradientCheck.builder().setParams(p.allParams()).setObjective(p.objective()).build().assertPasses();
  }

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"LSTM", "GRU", "RNN_TANH"})
  void bidirectionalGradientsMatchFiniteDifferences(CellType type) {
    StackProblem p = new StackProblem(stack(type, 2, true, 5), new SequenceShape(T, 3, new int[] {5, 2, 4}), 6);
    GradientCheck.builder().setParams(p.allParams()).setObjective(p.objective()).optMaxElementsPerParam(12)
        .build().assertPasses();
  }

  /**
   * Truncated BPTT is the exact gradient of a loss in which the state entering each backward window is a constant
   * (computed at the current parameters, then detached). That loss is built here from forward passes alone, so
   * finite differences check the truncated gradient.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2,2,1", "2,3,1", "1,4,1", "2,2,2", "2,3,2", "1,4,2"})
  void truncatedGradientsMatchFiniteDifferencesOfDetachedLoss(String ks) {
    String[] k = ks.split(",");
    int layers = Integer.parseInt(k[2]);
    Truncation truncation = Truncation.of(Integer.parseInt(k[0]), Integer.parseInt(k[1]));
    SequenceShape shape = new SequenceShape(T, 2, new int[] {5, 4});
    StackProblem p = new StackProblem(stack(CellType.LSTM, layers, false, 7), shape, 8);
    List<List<State>> detached = new ArrayList<>();
    for (Truncation.Window w : truncation.windows(T)) {
      detached.add(w.start() == 0 ? p.initial : statesAt(p, w.start()));
    }
    GradientCheck.Objective objective = grads -> {
      if (grads) {
        return p.lossAndGradients(truncation, false);
      }
      double loss = 0;
      List<Truncation.Window> windows = truncation.windows(T);
      for (int i = 0; i < windows.size(); i++) {
        loss += windowLoss(p, windows.get(i), detached.get(i));
      }
      return loss;
    };
    double truncatedLoss = objective.evaluate(false);
    assertEquals(p.forwardLoss(false), truncatedLoss, 1e-4, "the detached loss has the same value");
    GradientCheck.builder().setParams(p.allParams()).setObjective(objective).build().assertPasses();
  }

  /** States of every layer after {@code steps} steps of the problem's input, from a fresh forward pass. */
  private static List<State> statesAt(StackProblem p, int steps) {
    int batch = p.shape.batch();
    int[] lengths = new int[batch];
    for (int b = 0; b < batch; b++) {
      lengths[b] = Math.min(steps, p.shape.length(b));
    }
    FMatrixRMaj prefix = new FMatrixRMaj(steps * batch, X);
    System.arraycopy(p.x.value().data, 0, prefix.data, 0, steps * batch * X);
    p.stack.forward(prefix, new SequenceShape(steps, batch, lengths), p.initial, false);
    return p.stack.finalStates();
  }

  /** Loss of the outputs of steps [injectFrom, end) and of the final states there, run from {@code start}. */
  private static double windowLoss(StackProblem p, Truncation.Window w, List<State> startStates) {
    int batch = p.shape.batch();
    int steps = w.end() - w.start();
    int[] lengths = new int[batch];
    boolean anyValid = false;
    for (int b = 0; b < batch; b++) {
      lengths[b] = Math.max(1, Math.min(steps, p.shape.length(b) - w.start()));
      anyValid |= p.shape.length(b) > w.start();
    }
    if (!anyValid) {
      return 0;
    }
    FMatrixRMaj xs = new FMatrixRMaj(steps * batch, X);
    System.arraycopy(p.x.value().data, w.start() * batch * X, xs.data, 0, steps * batch * X);
    FMatrixRMaj out = p.stack.forward(xs, new SequenceShape(steps, batch, lengths), startStates, false);
    int width = p.stack.outputSize();
    double loss = 0;
    for (int t = w.injectFrom(); t < w.end(); t++) {
      for (int b = 0; b < batch; b++) {
        if (!p.shape.isValid(t, b)) {
          continue;
        }
        int local = (t - w.start()) * batch + b;
        int global = t * batch + b;
        for (int j = 0; j < width; j++) {
          loss += (double) out.data[local * width + j] * p.r[global * width + j];
        }
      }
    }
    // Row b's final state is its state after step len_b - 1: its loss belongs to the window injecting that step.
    List<State> fin = p.stack.finalStates();
    for (int b = 0; b < batch; b++) {
      int last = p.shape.length(b) - 1;
      if (last < w.injectFrom() || last >= w.end()) {
        continue;
      }
      for (int i = 0; i < fin.size(); i++) {
        loss += rowDot(fin.get(i), p.rFinal.get(i), b);
      }
    }
    return loss;
  }

  private static double rowDot(State a, State b, int row) {
    double s = 0;
    for (int j = 0; j < H; j++) {
      s += (double) a.h().data[row * H + j] * b.h().data[row * H + j];
      if (a instanceof LstmState la && b instanceof LstmState lb) {
        s += (double) la.c().data[row * H + j] * lb.c().data[row * H + j];
      }
    }
    return s;
  }

  @Test
  void truncationLongerThanSequenceEqualsFullBptt() {
    SequenceShape shape = new SequenceShape(T, 2, new int[] {5, 3});
    StackProblem full = new StackProblem(stack(CellType.GRU, 2, false, 9), shape, 10);
    StackProblem truncated = new StackProblem(stack(CellType.GRU, 2, false, 9), shape, 10);
    full.lossAndGradients(Truncation.full(), false);
    truncated.lossAndGradients(Truncation.of(T + 1, T + 7), false);
    for (int i = 0; i < full.allParams().size(); i++) {
      assertArrayEquals(full.allParams().get(i).grad().data, truncated.allParams().get(i).grad().data);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bidirectional", "truncated"})
  void paddedBatchEqualsRowsRunAlone(String variant) {
    boolean bidir = variant.equals("bidirectional");
    Truncation truncation = bidir ? Truncation.full() : Truncation.of(2);
    int[] lengths = {5, 2, 4};
    StackProblem batch = new StackProblem(stack(CellType.LSTM, 2, bidir, 11),
        new SequenceShape(T, 3, lengths), 12);
    batch.lossAndGradients(truncation, false);
    FMatrixRMaj batchOut = batch.stack.forward(batch.x.value(), batch.shape, batch.initial, false).copy();
    float[] batchDx = batch.x.grad().data.clone();
    int width = batch.stack.outputSize();
    float[][] gradSum = new float[batch.stack.params().size()][];
    for (int i = 0; i < gradSum.length; i++) {
      gradSum[i] = new float[batch.stack.params().get(i).size()];
    }
    for (int b = 0; b < 3; b++) {
      int len = lengths[b];
      StackProblem alone = new StackProblem(stack(CellType.LSTM, 2, bidir, 11), SequenceShape.full(len, 1), 99);
      for (int t = 0; t < len; t++) {
        System.arraycopy(batch.x.value().data, (t * 3 + b) * X, alone.x.value().data, t * X, X);
        System.arraycopy(batch.r, (t * 3 + b) * width, alone.r, t * width, width);
      }
      for (int s = 0; s < batch.initial.size(); s++) {
        copyRow(batch.initial.get(s), alone.initial.get(s), b);
        copyRow(batch.rFinal.get(s), alone.rFinal.get(s), b);
      }
      alone.lossAndGradients(truncation, false);
      FMatrixRMaj aloneOut = alone.stack.forward(alone.x.value(), alone.shape, alone.initial, false);
      for (int t = 0; t < len; t++) {
        for (int j = 0; j < width; j++) {
          assertEquals(aloneOut.data[t * width + j], batchOut.data[(t * 3 + b) * width + j], 1e-6,
              variant + " output row " + b + " step " + t);
        }
        for (int j = 0; j < X; j++) {
          assertEquals(alone.x.grad().data[t * X + j], batchDx[(t * 3 + b) * X + j], 1e-5,
              variant + " dx row " + b + " step " + t);
        }
      }
      for (int i = 0; i < gradSum.length; i++) {
        float[] g = alone.stack.params().get(i).grad().data;
        for (int j = 0; j < g.length; j++) {
          gradSum[i][j] += g[j];
        }
      }
    }
    for (int i = 0; i < gradSum.length; i++) {
      float[] g = batch.stack.params().get(i).grad().data;
      for (int j = 0; j < g.length; j++) {
        assertEquals(gradSum[i][j], g[j], 1e-4, variant + " " + batch.stack.params().get(i).name());
      }
    }
  }

  private static void copyRow(State from, State to, int row) {
    System.arraycopy(from.h().data, row * H, to.h().data, 0, H);
    if (from instanceof LstmState lf && to instanceof LstmState lt) {
      System.arraycopy(lf.c().data, row * H, lt.c().data, 0, H);
    }
  }

  @Test
  void dropoutActsOnlyBetweenLayersInTrainingAndIsSeeded() {
    SequenceShape shape = SequenceShape.full(T, 2);
    RecurrentStack plain = stack(CellType.LSTM, 2, false, 13);
    RecurrentStack dropA = RecurrentStack.builder().setCellType(CellType.LSTM).setInputSize(X).setHiddenSize(H)
        .optLayers(2).optDropout(0.5).optSeed(13).build();
    RecurrentStack dropB = RecurrentStack.builder().setCellType(CellType.LSTM).setInputSize(X).setHiddenSize(H)
        .optLayers(2).optDropout(0.5).optSeed(13).build();
    FMatrixRMaj x = new FMatrixRMaj(T * 2, X);
    StackProblem.fill(x.data, new java.util.SplittableRandom(1), 1);
    float[] evalOut = plain.forward(x, shape, null, false).data.clone();
    assertArrayEquals(evalOut, dropA.forward(x, shape, null, false).data, "eval mode is dropout-free");
    float[] trainA = dropA.forward(x, shape, null, true).data.clone();
    float[] trainB = dropB.forward(x, shape, null, true).data.clone();
    assertArrayEquals(trainA, trainB, "same seed, same masks");
    assertFalse(Arrays.equals(evalOut, trainA), "training applies dropout");
    RecurrentStack oneLayer = RecurrentStack.builder().setCellType(CellType.LSTM).setInputSize(X).setHiddenSize(H)
        .optDropout(0.5).optSeed(13).build();
    assertArrayEquals(oneLayer.forward(x, shape, null, false).data, oneLayer.forward(x, shape, null, true).data,
        "a single layer has no dropout (it acts between layers, as in PyTorch)");
  }

  @Test
  void reseedingDropoutRepeatsTheMasks() {
    SequenceShape shape = SequenceShape.full(T, 2);
    RecurrentStack s = RecurrentStack.builder().setCellType(CellType.GRU).setInputSize(X).setHiddenSize(H)
        .optLayers(3).optDropout(0.5).optSeed(21).build();
    FMatrixRMaj x = new FMatrixRMaj(T * 2, X);
    StackProblem.fill(x.data, new java.util.SplittableRandom(2), 1);
    s.reseedDropout(7);
    float[] first = s.forward(x, shape, null, true).data.clone();
    float[] other = s.forward(x, shape, null, true).data.clone();
    s.reseedDropout(7);
    assertArrayEquals(first, s.forward(x, shape, null, true).data, "same seed, same masks");
    assertFalse(Arrays.equals(first, other), "the stream moves on between reseeds");
  }

  @Test
  void gradientFlowRecordsEveryStep() {
    RecurrentStack s = stack(CellType.RNN_TANH, 1, false, 14);
    s.enableGradientFlow();
    StackProblem p = new StackProblem(s, SequenceShape.full(T, 2), 15);
    p.lossAndGradients(Truncation.full(), false);
    double[] norms = s.gradientFlow(0, 0).hiddenGradientNorms();
    assertEquals(T, norms.length);
    for (double n : norms) {
      assertTrue(n > 0 && Double.isFinite(n), Arrays.toString(norms));
    }
  }

  @Test
  void rejectsBadArguments() {
    RecurrentStack bi = stack(CellType.GRU, 1, true, 16);
    StackProblem p = new StackProblem(bi, SequenceShape.full(T, 2), 17);
    p.forwardLoss(false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> bi.backward(RowBlock.of(p.r, 8), null, Truncation.of(2), null));
    assertTrue(e.getMessage().contains("truncation must be full BPTT for a bidirectional stack"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> bi.forward(new FMatrixRMaj(T * 2, X), SequenceShape.full(T, 2),
            List.of(new HiddenState(new FMatrixRMaj(2, H))), false));
    assertTrue(e.getMessage().contains("initial states (layers * directions) must be 2, got 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> bi.forward(new FMatrixRMaj(T * 2, X + 1), SequenceShape.full(T, 2), null, false));
    assertTrue(e.getMessage().contains("x columns (inputSize) must be 3, got 4"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RecurrentStack.builder().optDropout(1.0));
    assertTrue(e.getMessage().contains("dropout must be in [0.0, 1.0), got 1.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Truncation.of(3, 2));
    assertTrue(e.getMessage().contains("k2 must be >= k1 (3)"), e.getMessage());
  }
}
