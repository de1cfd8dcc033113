package org.rnn4j.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.loss.MeanSquaredError;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

class DropoutTest {

  private static Dropout dropout(double p, long seed) {
    return Dropout.builder().setProbability(p).setSeed(seed).build();
  }

  private static float[] ones(int n) {
    float[] a = new float[n];
    Arrays.fill(a, 1f);
    return a;
  }

  @Test
  void sameSeedSameMasksDifferentSeedDifferentMasks() {
    Dropout a = dropout(0.5, 42);
    Dropout b = dropout(0.5, 42);
    Dropout c = dropout(0.5, 43);
    float[] ya = new float[64];
    float[] yb = new float[64];
    float[] yc = new float[64];
    for (int call = 0; call < 3; call++) {
      a.forward(ones(64), ya, 64, true);
      b.forward(ones(64), yb, 64, true);
      c.forward(ones(64), yc, 64, true);
      assertArrayEquals(ya, yb, "call " + call);
      assertFalse(Arrays.equals(ya, yc), "call " + call);
    }
    float[] first = ya.clone();
    a.forward(ones(64), ya, 64, true);
    assertFalse(Arrays.equals(first, ya), "each training forward draws a new mask");
  }

  @Test
  void keptFractionAndScaleMatchProbability() {
    double p = 0.3;
    int n = 100_000;
    Dropout d = dropout(p, 7);
    float[] x = new float[n];
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < n; i++) {
      x[i] = (float) (random.nextDouble() + 0.5);
    }
    float[] y = new float[n];
    d.forward(x, y, n, true);
    float scale = (float) (1 / (1 - p));
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (y[i] != 0f) {
        kept++;
        assertEquals(x[i] * scale, y[i], "kept element " + i + " is scaled by 1/(1-p)");
      }
    }
    double sigma = Math.sqrt(n * p * (1 - p));
    assertEquals(n * (1 - p), kept, 5 * sigma, "kept count");
  }

  @Test
  void identityWhenNotTrainingOrProbabilityZero() {
    float[] x = {1, -2, 3, 4};
    for (Dropout d : new Dropout[] {dropout(0.9, 1), dropout(0.0, 1)}) {
      boolean training = d.probability() == 0.0;
      float[] y = new float[4];
      d.forward(x, y, 4, training);
      assertArrayEquals(x, y);
      float[] dx = new float[4];
      d.backward(x, dx, 4);
      assertArrayEquals(x, dx);
    }
  }

  @Test
  void backwardAppliesTheForwardMaskInPlaceAndAtOffsets() {
    Dropout d = dropout(0.5, 3);
    float[] x = new float[10];
    Arrays.fill(x, 2f);
    d.forward(x, 2, x, 2, 6, true);
    float[] y = Arrays.copyOfRange(x, 2, 8);
    float[] dy = {0, 1, 1, 1, 1, 1, 1, 0};
    d.backward(dy, 1, dy, 1, 6);
    for (int i = 0; i < 6; i++) {
      assertEquals(y[i] / 2, dy[1 + i], "dx = dy * mask, where y = 2 * mask");
    }
    assertTrue(y[0] == 0f || y[0] == 4f);
  }

  @Test
  void gradientCheckWithFixedMask() {
    int n = 12;
    Param x = Param.matrix("x", 3, 4);
    SplittableRandom random = new SplittableRandom(4);
    float[] targets = new float[n];
    for (int i = 0; i < n; i++) {
      x.value().data[i] = (float) (random.nextDouble() * 2 - 1);
      targets[i] = (float) (random.nextDouble() * 2 - 1);
    }
    MeanSquaredError loss = new MeanSquaredError(4, Reduction.SUM);
    float[] y = new float[n];
    float[] dy = new float[n];
    GradientCheck.builder().setParams(ParamSet.of(x)).setObjective(g -> {
      Dropout d = dropout(0.4, 5);  // a fresh layer with the same seed draws the same mask
      d.forward(x.value().data, y, n, true);
      double value = loss.compute(y, targets, 3, g ? dy : null);
      if (g) {
        d.backward(dy, x.grad().data, n);
      }
      return value;
    }).build().assertPasses();
    int dropped = 0;
    for (float v : x.grad().data) {
      dropped += v == 0f ? 1 : 0;
    }
    assertTrue(dropped > 0 && dropped < n, "the mask drops some but not all elements: " + dropped);
  }

  @Test
  void rejectsInvalidArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dropout(1.0, 1));
    assertEquals("probability must be in [0.0, 1.0), got 1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> dropout(-0.1, 1));
    assertEquals("probability must be in [0.0, 1.0), got -0.1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dropout.builder().setSeed(1).build());
    assertEquals("probability must be set with setProbability, got none", e.getMessage());
    Dropout d = dropout(0.5, 1);
    assertThrows(IllegalStateException.class, () -> d.backward(new float[2], new float[2], 2));
    d.forward(new float[4], new float[4], 4, true);
    e = assertThrows(IllegalArgumentException.class, () -> d.backward(new float[2], new float[2], 2));
    assertEquals("length (of the latest forward) must be 4, got 2", e.getMessage());
  }
}
