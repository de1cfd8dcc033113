package org.rnn4j.task.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decay fit recovers known geometric rates and stops where float32 values become meaningless. */
class DecayRateTest {

  private static double[] geometric(double start, double factor, int n) {
    double[] v = new double[n];
    for (int d = 0; d < n; d++) {
      v[d] = start * Math.pow(factor, d);
    }
    return v;
  }

  @Test
  void recoversTheFactorOfGeometricData() {
    for (double factor : new double[] {0.3, 0.6, 0.97, 1.0, 1.25}) {
      DecayRate r = DecayRate.fit(geometric(2.5, factor, 40), 1);
      assertEquals(factor, r.factor(), 1e-9, "factor " + factor);
      assertEquals(1, r.from());
    }
  }

  @Test
  void ignoresTheOutlierAtTheLossStepWhenFittingFromOne() {
    double[] v = geometric(1, 0.5, 20);
    v[0] = 1000;
    assertEquals(0.5, DecayRate.fit(v, 1).factor(), 1e-12);
  }

  @Test
  void stopsAtTheFirstValueAtOrBelowTheFloor() {
    double[] v = geometric(1, 0.1, 60);
    DecayRate r = DecayRate.fit(v, 1);
    assertEquals(35, r.to());
    assertEquals(0.1, r.factor(), 1e-9);
    v[10] = 0;
    assertEquals(9, DecayRate.fit(v, 1).to());
  }

  @Test
  void fitsTheLeastSquaresSlopeOfNoisyData() {
    double[] v = geometric(1, 0.8, 30);
    for (int d = 0; d < v.length; d++) {
      v[d] *= d % 2 == 0 ? 1.1 : 1 / 1.1;
    }
    assertEquals(0.8, DecayRate.fit(v, 0).factor(), 0.01);
  }

  @Test
  void reportsStepsPerDecadeAndRelativeSteepness() {
    DecayRate fast = DecayRate.fit(geometric(1, 0.1, 10), 0);
    DecayRate slow = DecayRate.fit(geometric(1, Math.pow(0.1, 0.1), 10), 0);
    assertEquals(1, fast.stepsPerDecade(), 1e-9);
    assertEquals(10, slow.stepsPerDecade(), 1e-9);
    assertEquals(10, fast.steepnessOver(slow), 1e-9);
    assertTrue(Double.isInfinite(fast.steepnessOver(DecayRate.fit(geometric(1, 1.1, 5), 0))));
  }

  @Test
  void needsTwoFittableValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecayRate.fit(new double[] {1, 0.5, 0, 0}, 1));
    assertTrue(e.getMessage().startsWith("norms must have at least two fittable values from distance 1"),
        e.getMessage());
  }
}
