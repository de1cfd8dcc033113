package org.rnn4j.core.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Param;
import org.junit.jupiter.api.Test;

/**
 * What every cell must satisfy, run through the BPTT engine: correct gradients (full, masked), frozen padding,
 * determinism and clear errors. Each cell's test extends this class.
 */
abstract class CellContractTest {
  static final int X = 3;
  static final int H = 4;
  static final int T = 5;
  static final int B = 2;

  abstract CellType type();

  /** Finite-difference step; cells with kinks (ReLU) need a smaller one so no perturbation crosses a kink. */
  double checkStep() {
    return 1e-2;
  }

  Kernels kernels() {
    return Kernels.best();
  }

  RecurrentProblem problem(SequenceShape shape, long seed) {
    return new RecurrentProblem(type(), X, H, shape, seed, kernels());
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    RecurrentProblem p = problem(SequenceShape.full(T, B), 11);
    GradientCheck.Report report = GradientCheck.builder().setParams(p.allParams()).setObjective(p.objective())
        .optStep(checkStep()).build().assertPasses();
    assertTrue(report.checkedElements() > 50, report.toString());
  }

  @Test
  void gradientsMatchFiniteDifferencesWithPadding() {
    RecurrentProblem p = problem(new SequenceShape(T, 3, new int[] {5, 2, 1}), 12);
    GradientCheck.builder().setParams(p.allParams()).setObjective(p.objective())
        .optStep(checkStep()).build().assertPasses();
  }

  @Test
  void checkerCatchesTwoPercentErrorInAnyOneParameter() {
    RecurrentProblem p = problem(SequenceShape.full(T, B), 11);
    for (Param wrong : p.allParams()) {
      GradientCheck.Objective skewed = computeGradients -> {
        double loss = p.objective().evaluate(computeGradients);
        if (computeGradients) {
          for (int i = 0; i < wrong.size(); i++) {
            wrong.grad().data[i] *= 1.02f;
          }
        }
        return loss;
      };
      GradientCheck.Report report = GradientCheck.builder().setParams(p.allParams()).setObjective(skewed)
          .optStep(checkStep()).build().run();
      assertTrue(!report.passed(), "a 2% error in " + wrong.name() + " must fail: " + report);
      assertEquals(wrong.name(), report.worstParam(), report.toString());
    }
  }

  @Test
  void paddedBatchEqualsRowsRunAlone() {
    int[] lengths = {5, 3};
    RecurrentProblem batch = problem(new SequenceShape(T, B, lengths), 13);
    batch.lossAndGradients(Truncation.full());
    float[] hFinal = new float[B * H];
    batch.tape.finalHidden(hFinal);
    for (int b = 0; b < B; b++) {
      int len = lengths[b];
      RecurrentProblem alone = problem(SequenceShape.full(len, 1), 13);
      copyParams(batch.cell, alone.cell);
      for (int t = 0; t < len; t++) {
        System.arraycopy(batch.x.value().data, (t * B + b) * X, alone.x.value().data, t * X, X);
        System.arraycopy(batch.r, (t * B + b) * H, alone.r, t * H, H);
      }
      System.arraycopy(batch.h0.value().data, b * H, alone.h0.value().data, 0, H);
      System.arraycopy(batch.rh, b * H, alone.rh, 0, H);
      if (alone.c0 != null) {
        System.arraycopy(batch.c0.value().data, b * H, alone.c0.value().data, 0, H);
        System.arraycopy(batch.rc, b * H, alone.rc, 0, H);
      }
      alone.lossAndGradients(Truncation.full());
      float[] hAlone = new float[H];
      alone.tape.finalHidden(hAlone);
      for (int j = 0; j < H; j++) {
        assertEquals(hAlone[j], hFinal[b * H + j], 1e-6, "final state row " + b);
      }
      for (int t = 0; t < len; t++) {
        for (int j = 0; j < X; j++) {
          assertEquals(alone.x.grad().data[t * X + j], batch.x.grad().data[(t * B + b) * X + j], 1e-5,
              "dx row " + b + " step " + t);
        }
      }
      for (int t = len; t < T; t++) {
        for (int j = 0; j < X; j++) {
          assertEquals(0f, batch.x.grad().data[(t * B + b) * X + j], "padding must get no gradient");
        }
      }
      for (int j = 0; j < H; j++) {
        assertEquals(alone.h0.grad().data[j], batch.h0.grad().data[b * H + j], 1e-5, "dh0 row " + b);
      }
    }
  }

  @Test
  void paddingValuesChangeNothing() {
    RecurrentProblem a = problem(new SequenceShape(T, B, new int[] {5, 2}), 14);
    RecurrentProblem b = problem(new SequenceShape(T, B, new int[] {5, 2}), 14);
    for (int t = 2; t < T; t++) {
      for (int j = 0; j < X; j++) {
        b.x.value().data[(t * B + 1) * X + j] = 1e3f * (j + 1);
      }
    }
    assertEquals(a.lossAndGradients(Truncation.full()), b.lossAndGradients(Truncation.full()));
    for (int i = 0; i < a.cell.params().size(); i++) {
      assertArrayEquals(a.cell.params().get(i).grad().data, b.cell.params().get(i).grad().data);
    }
  }

  @Test
  void truncationLongerThanSequenceEqualsFullBptt() {
    RecurrentProblem full = problem(SequenceShape.full(T, B), 15);
    RecurrentProblem truncated = problem(SequenceShape.full(T, B), 15);
    full.lossAndGradients(Truncation.full());
    truncated.lossAndGradients(Truncation.of(T, T + 3));
    for (int i = 0; i < full.allParams().size(); i++) {
      assertArrayEquals(full.allParams().get(i).grad().data, truncated.allParams().get(i).grad().data,
          full.allParams().get(i).name());
    }
  }

  @Test
  void truncationShorterThanSequenceCutsGradients() {
    RecurrentProblem full = problem(SequenceShape.full(T, B), 16);
    RecurrentProblem truncated = problem(SequenceShape.full(T, B), 16);
    full.lossAndGradients(Truncation.full());
    truncated.lossAndGradients(Truncation.of(2));
    assertNotEquals(full.cell.weightHh().grad().get(0, 0), truncated.cell.weightHh().grad().get(0, 0));
  }

  @Test
  void sameSeedGivesBitIdenticalResults() {
    RecurrentProblem a = problem(new SequenceShape(T, B, new int[] {5, 4}), 17);
    RecurrentProblem b = problem(new SequenceShape(T, B, new int[] {5, 4}), 17);
    assertEquals(a.lossAndGradients(Truncation.of(2, 3)), b.lossAndGradients(Truncation.of(2, 3)));
    for (int i = 0; i < a.allParams().size(); i++) {
      assertArrayEquals(a.allParams().get(i).grad().data, b.allParams().get(i).grad().data);
    }
  }

  @Test
  void plainAndBestKernelsAgree() {
    RecurrentProblem plain = new RecurrentProblem(type(), X, H, SequenceShape.full(T, B), 18, Kernels.plain());
    RecurrentProblem best = new RecurrentProblem(type(), X, H, SequenceShape.full(T, B), 18, Kernels.best());
    assertEquals(plain.lossAndGradients(Truncation.full()), best.lossAndGradients(Truncation.full()), 1e-4);
    for (int i = 0; i < plain.allParams().size(); i++) {
      float[] p = plain.allParams().get(i).grad().data;
      float[] q = best.allParams().get(i).grad().data;
      for (int j = 0; j < p.length; j++) {
        assertEquals(p[j], q[j], 1e-4 * Math.max(1, Math.abs(p[j])), plain.allParams().get(i).name());
      }
    }
  }

  @Test
  void parametersFollowPyTorchNamesAndShapes() {
    Cell cell = Cell.builder(type()).setInputSize(X).setHiddenSize(H).optNameSuffix("_l0").build();
    int g = type().gatesPerUnit() * H;
    assertEquals("weight_ih_l0", cell.weightIh().name());
    assertArrayEquals(new int[] {g, X}, cell.weightIh().shape());
    assertArrayEquals(new int[] {g, H}, cell.weightHh().shape());
    assertArrayEquals(new int[] {g}, cell.biasIh().shape());
    assertArrayEquals(new int[] {g}, cell.biasHh().shape());
    double bound = 1 / Math.sqrt(H);
    for (Param p : cell.params()) {
      for (float v : p.value().data) {
        assertTrue(Math.abs(v) <= bound, p.name() + " outside PyTorch's default init range: " + v);
      }
    }
  }

  @Test
  void rejectsBadInput() {
    RecurrentProblem p = problem(SequenceShape.full(T, B), 19);
    float[] shortX = new float[T * B * X - 1];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.engine.forward(p.tape, p.shape, RowBlock.of(shortX, X), null, null));
    assertTrue(e.getMessage().contains("x must hold"), e.getMessage());
    float[] nanX = new float[T * B * X];
    nanX[7] = Float.NaN;
    e = assertThrows(IllegalArgumentException.class,
        () -> p.engine.forward(p.tape, p.shape, RowBlock.of(nanX, X), null, null));
    assertTrue(e.getMessage().contains("x must be finite, got NaN at row 2, column 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> p.engine.forward(p.tape, p.shape, RowBlock.of(new float[T * B * X], X), new float[3], null));
    assertTrue(e.getMessage().contains("h0 must hold [2 x 4] = 8 floats, got 3"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new SequenceShape(T, B, new int[] {5, 6}));
    assertTrue(e.getMessage().contains("lengths[1] must be in [1, 5]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SequenceShape(0, B, new int[] {1, 1}));
    assertTrue(e.getMessage().contains("steps must be positive, got 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Cell.builder(type()).setHiddenSize(-2));
    assertTrue(e.getMessage().contains("hiddenSize must be positive, got -2"), e.getMessage());
  }

  static void copyParams(Cell from, Cell to) {
    for (int i = 0; i < from.params().size(); i++) {
      System.arraycopy(from.params().get(i).value().data, 0, to.params().get(i).value().data, 0,
          from.params().get(i).size());
    }
  }
}
