package org.rnn4j.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plain and vector activations against double-precision {@link Math}. */
class ActivationsTest {

  private static final double TOL = 2e-6;

  static Stream<Activations> activations() {
    return Stream.of(new PlainActivations(), new VectorActivations());
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @ParameterizedTest
  @MethodSource("activations")
  void accurateOverTheUsefulRangeAndSaneBeyond(Activations act) {
    SplittableRandom rnd = new SplittableRandom(1);
    int n = 20_000;
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      double scale = i % 4 == 0 ? 100 : i % 4 == 1 ? 10 : i % 4 == 2 ? 1 : 1e-3;
      x[i] = (float) ((rnd.nextDouble() * 2 - 1) * scale);
    }
    x[0] = 0f;
    x[1] = -0f;
    x[2] = 100f;
    x[3] = -100f;
    x[4] = Float.MAX_VALUE;
    x[5] = -Float.MAX_VALUE;
    x[6] = Float.POSITIVE_INFINITY;
    x[7] = Float.NEGATIVE_INFINITY;
    float[] s = x.clone();
    float[] t = x.clone();
    act.sigmoid(s, 0, n);
    act.tanh(t, 0, n);
    for (int i = 0; i < n; i++) {
      int at = i;
      assertEquals(sigmoid(x[i]), s[i], TOL, () -> "sigmoid(" + x[at] + ")");
      assertEquals(Math.tanh(x[i]), t[i], TOL, () -> "tanh(" + x[at] + ")");
      assertTrue(s[i] >= 0f && s[i] <= 1f && t[i] >= -1f && t[i] <= 1f, "x=" + x[i]);
    }
  }

  @ParameterizedTest
  @MethodSource("activations")
  void nanStaysNanAndOnlyTheRangeChanges(Activations act) {
    float[] x = {7f, Float.NaN, 0.5f, -0.5f, 7f};
    act.sigmoid(x, 1, 3);
    assertTrue(Float.isNaN(x[1]));
    assertEquals(7f, x[0]);
    assertEquals(7f, x[4]);
    assertEquals(sigmoid(0.5), x[2], TOL);
    float[] y = {7f, Float.NaN, 0.5f, -0.5f, 7f};
    act.tanh(y, 1, 3);
    assertTrue(Float.isNaN(y[1]));
    assertEquals(7f, y[0]);
    assertEquals(7f, y[4]);
    assertEquals(Math.tanh(-0.5), y[3], TOL);
  }

  @Test
  void vectorResultDoesNotDependOnPositionOrLength() {
    Activations act = new VectorActivations();
    SplittableRandom rnd = new SplittableRandom(2);
    float[] x = GemmReference.random(rnd, 100);
    float[] whole = x.clone();
    act.tanh(whole, 0, 100);
    act.sigmoid(whole, 0, 100);
    for (int off = 0; off < 40; off += 3) {
      for (int len = 0; off + len <= 100; len += 7) {
        float[] part = x.clone();
        act.tanh(part, off, len);
        act.sigmoid(part, off, len);
        for (int i = off; i < off + len; i++) {
          assertEquals(Float.floatToRawIntBits(whole[i]), Float.floatToRawIntBits(part[i]), "off=" + off + " i=" + i);
        }
      }
    }
  }

  @Test
  void vectorRejectsBadRange() {
    Activations act = new VectorActivations();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> act.tanh(new float[4], 2, 3));
    assertTrue(e.getMessage().contains("x must hold 3 floats from offset 2, but has length 4"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> act.sigmoid(new float[4], 0, -1));
  }
}
