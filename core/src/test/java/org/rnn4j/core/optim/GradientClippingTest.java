package org.rnn4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** Clipping edge cases beyond the golden trajectories. */
class GradientClippingTest {

  @Test
  void scalesToMaxNormAcrossAllParameters() {
    ParamSet params = grads(new float[] {3, 0}, new float[] {0, 4});
    double norm = GradientClipping.clipGlobalNorm(params, 1.0);
    assertEquals(5.0, norm, 0);
    float s = (float) (1.0 / (5.0 + 1e-6));
    assertArrayEquals(new float[] {3 * s, 0}, params.get(0).grad().data);
    assertArrayEquals(new float[] {0, 4 * s}, params.get(1).grad().data);
    assertEquals(1.0, params.gradNorm(), 1e-6);
  }

  @Test
  void leavesGradientsBitIdenticalWhenTheFactorIsNotBelowOne() {
    ParamSet params = grads(new float[] {0.3f, -0.1f}, new float[] {0.2f, 0.7f});
    double norm = params.gradNorm();
    assertEquals(norm, GradientClipping.clipGlobalNorm(params, norm + 1e-6), 0);
    assertArrayEquals(new float[] {0.3f, -0.1f}, params.get(0).grad().data);
    assertArrayEquals(new float[] {0.2f, 0.7f}, params.get(1).grad().data);
  }

  @Test
  void aNormExactlyAtTheLimitIsScaledSlightlyLikeTorch() {
    ParamSet params = grads(new float[] {0.3f, -0.1f}, new float[] {0.2f, 0.7f});
    double norm = params.gradNorm();
    GradientClipping.clipGlobalNorm(params, norm);
    assertEquals((float) (0.3f * (norm / (norm + 1e-6))), params.get(0).grad().data[0], 1e-9);
    assertTrue(params.get(0).grad().data[0] < 0.3f);
  }

  @Test
  void nonFiniteNormThrowsNamingTheGradientAndChangesNothing() {
    ParamSet params = grads(new float[] {1, 2}, new float[] {Float.NaN, 3});
    org.rnn4j.core.NonFiniteException e = assertThrows(org.rnn4j.core.NonFiniteException.class,
        () -> GradientClipping.clipGlobalNorm(params, 1.0));
    assertTrue(e.getMessage().contains("norm is NaN") && e.getMessage().contains("g1[0] = NaN"), e.getMessage());
    assertArrayEquals(new float[] {1, 2}, params.get(0).grad().data);

    ParamSet infinite = grads(new float[] {Float.POSITIVE_INFINITY, 0}, new float[] {0, 0});
    e = assertThrows(org.rnn4j.core.NonFiniteException.class,
        () -> GradientClipping.clipGlobalNorm(infinite, 1.0));
    assertTrue(e.getMessage().contains("norm is Infinity") && e.getMessage().contains("g0[0] = Infinity"),
        e.getMessage());
  }

  @Test
  void normAccumulatesInDoubleWithoutFloatOverflow() {
    ParamSet params = grads(new float[] {3e20f, 4e20f}, new float[] {0, 0});
    double norm = GradientClipping.clipGlobalNorm(params, 1.0);
    assertEquals(5e20, norm, 5e20 * 1e-6);
    assertEquals(1.0, params.gradNorm(), 1e-5);
  }

  @Test
  void clipValueClampsElementwise() {
    ParamSet params = grads(new float[] {-2, 0.5f}, new float[] {Float.NaN, 0.25f});
    GradientClipping.clipValue(params, 0.3);
    assertArrayEquals(new float[] {-0.3f, 0.3f}, params.get(0).grad().data);
    assertArrayEquals(new float[] {Float.NaN, 0.25f}, params.get(1).grad().data);
  }

  private static ParamSet grads(float[] g0, float[] g1) {
    Param a = Param.vector("g0", g0.length);
    Param b = Param.vector("g1", g1.length);
    System.arraycopy(g0, 0, a.grad().data, 0, g0.length);
    System.arraycopy(g1, 0, b.grad().data, 0, g1.length);
    return ParamSet.of(a, b);
  }
}
