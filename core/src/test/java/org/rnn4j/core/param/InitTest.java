package org.rnn4j.core.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded initialisers: statistics, orthogonality, determinism and argument checks. */
class InitTest {

  static Stream<Arguments> randomInits() {
    return Stream.of(
        Arguments.of("uniform", Init.uniform(0.1)),
        Arguments.of("normal", Init.normal(0.05)),
        Arguments.of("pytorchRnnDefault", Init.pytorchRnnDefault(32)),
        Arguments.of("xavierUniform", Init.xavierUniform(1.0)),
        Arguments.of("xavierNormal", Init.xavierNormal(2.0)),
        Arguments.of("orthogonal", Init.orthogonal(1.0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("randomInits")
  void sameSeedSameValuesDifferentSeedDifferentValues(String name, Init init) {
    float[] a = fill(init, 12, 4, 7);
    float[] b = fill(init, 12, 4, 7);
    float[] c = fill(init, 12, 4, 8);
    assertArrayEquals(a, b, name);
    assertFalse(Arrays.equals(a, c), name + " should differ for another seed");
  }

  @Test
  void xavierUniformHasTheTorchBoundAndVariance() {
    int rows = 120;
    int cols = 80;
    double gain = 1.5;
    double bound = gain * Math.sqrt(6.0 / (rows + cols));
    float[] v = fill(Init.xavierUniform(gain), rows, cols, 1);
    double max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    assertTrue(max <= bound, "max " + max + " exceeds bound " + bound);
    assertTrue(max > 0.99 * bound, "max " + max + " should come near bound " + bound);
    assertStats(v, 0, bound / Math.sqrt(3));
  }

  @Test
  void xavierNormalHasTheTorchStd() {
    int rows = 120;
    int cols = 80;
    assertStats(fill(Init.xavierNormal(0.5), rows, cols, 2), 0, 0.5 * Math.sqrt(2.0 / (rows + cols)));
  }

  @Test
  void normalAndRnnDefaultHaveTheirSpread() {
    assertStats(fill(Init.normal(0.2), 100, 100, 3), 0, 0.2);
    float[] v = fill(Init.pytorchRnnDefault(64), 64, 150, 4);
    for (float x : v) {
      assertTrue(Math.abs(x) <= 0.125f, "pytorchRnnDefault(64) must stay within 1/8, got " + x);
    }
    assertStats(v, 0, 0.125 / Math.sqrt(3));
  }

  @Test
  void orthogonalMakesEachGateBlockOfARecurrentWeightOrthogonal() {
    int hidden = 16;
    double gain = 1.3;
    float[] v = fill(Init.orthogonal(gain), 4 * hidden, hidden, 5);
    for (int block = 0; block < 4; block++) {
      assertGram(v, block * hidden * hidden, hidden, hidden, true, gain * gain, "gate block " + block);
    }
    float[] first = Arrays.copyOfRange(v, 0, hidden * hidden);
    float[] second = Arrays.copyOfRange(v, hidden * hidden, 2 * hidden * hidden);
    assertFalse(Arrays.equals(first, second), "gate blocks are drawn independently");
  }

  @Test
  void orthogonalOnOtherShapesIsSemiOrthogonalLikeTorch() {
    assertGram(fill(Init.orthogonal(1), 7, 3, 6), 0, 7, 3, true, 1, "tall 7x3 columns");
    assertGram(fill(Init.orthogonal(1), 3, 7, 6), 0, 3, 7, false, 1, "wide 3x7 rows");
    assertGram(fill(Init.orthogonal(2), 10, 4, 6), 0, 10, 4, true, 4, "tall 10x4 with gain 2");
  }

  @Test
  void orthogonalIsTheSignCorrectedQrFactorOfTheSeededGaussianDraw() {
    // Q = A R^-1 with diag(R) > 0, so Q^T A is upper triangular with a positive diagonal (torch's convention)
    int rows = 6;
    int cols = 4;
    float[] q = fill(Init.orthogonal(1), rows, cols, 11);
    SplittableRandom r = new SplittableRandom(11);
    float[] a = new float[rows * cols];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) r.nextGaussian();
    }
    for (int i = 0; i < cols; i++) {
      for (int j = 0; j < cols; j++) {
        double dot = 0;
        for (int k = 0; k < rows; k++) {
          dot += (double) q[k * cols + i] * a[k * cols + j];
        }
        if (i > j) {
          assertEquals(0, dot, 1e-5, "R[" + i + "][" + j + "] below the diagonal");
        } else if (i == j) {
          assertTrue(dot > 0, "R[" + i + "][" + i + "] must be positive, got " + dot);
        }
      }
    }
  }

  @Test
  void fanBasedInitsRejectVectors() {
    Param bias = Param.vector("bias_hh_l0", 8);
    for (Init init : new Init[] {Init.xavierUniform(1), Init.xavierNormal(1), Init.orthogonal(1)}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> init.fill(bias, new SplittableRandom(1)));
      assertTrue(e.getMessage().contains("bias_hh_l0[8]"), e.getMessage());
    }
  }

  @Test
  void badArgumentsAreNamed() {
    assertMessage(() -> Init.normal(0), "std");
    assertMessage(() -> Init.xavierUniform(-1), "gain");
    assertMessage(() -> Init.xavierNormal(Double.NaN), "gain");
    assertMessage(() -> Init.orthogonal(0), "gain");
    assertMessage(() -> Init.pytorchRnnDefault(0), "hiddenSize must be positive, got 0");
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  private static float[] fill(Init init, int rows, int cols, long seed) {
    Param p = Param.matrix("w", rows, cols);
    init.fill(p, new SplittableRandom(seed));
    return p.value().data;
  }

  /** Mean within 5 standard errors of {@code mean}, sample std within 5% of {@code std} (n >= 9600). */
  private static void assertStats(float[] v, double mean, double std) {
    double sum = 0;
    double sq = 0;
    for (float x : v) {
      sum += x;
      sq += (double) x * x;
    }
    double m = sum / v.length;
    double s = Math.sqrt(sq / v.length - m * m);
    assertEquals(mean, m, 5 * std / Math.sqrt(v.length), "mean");
    assertEquals(std, s, 0.05 * std, "std");
  }

  /** Checks QᵀQ (columns) or QQᵀ (rows) of the rows x cols block at offset equals scale * I within 1e-5. */
  private static void assertGram(float[] v, int offset, int rows, int cols, boolean columns, double scale,
      String what) {
    int n = columns ? cols : rows;
    int len = columns ? rows : cols;
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double dot = 0;
        for (int k = 0; k < len; k++) {
          float x = columns ? v[offset + k * cols + a] : v[offset + a * cols + k];
          float y = columns ? v[offset + k * cols + b] : v[offset + b * cols + k];
          dot += (double) x * y;
        }
        assertEquals(a == b ? scale : 0, dot, 1e-5 * scale, what + " gram[" + a + "][" + b + "]");
      }
    }
  }
}
