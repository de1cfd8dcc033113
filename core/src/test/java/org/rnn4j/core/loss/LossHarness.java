package org.rnn4j.core.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** Checks every loss shares: PyTorch's values, gradient checks, and padding that changes nothing. */
final class LossHarness {
  private LossHarness() {}

  /** A loss with its targets bound: the loss of {@code input} and (when non-null) its gradient. */
  @FunctionalInterface
  interface BoundLoss {
    double compute(float[] input, SequenceShape shape, float[] grad);
  }

  /** Compares loss and gradient with the script's {@code <prefix>.<mean|sum>[.masked]} values. */
  static void assertMatchesTorch(BoundLoss loss, float[] input, String key, SequenceShape shape) {
    float[] grad = new float[input.length];
    double value = loss.compute(input, shape, grad);
    double expected = TorchValues.get(key + ".loss")[0];
    assertEquals(expected, value, 1e-12 * Math.max(1, Math.abs(expected)), key + ".loss");
    double[] expectedGrad = TorchValues.get(key + ".grad");
    for (int i = 0; i < grad.length; i++) {
      assertEquals(expectedGrad[i], grad[i], 1e-7 * Math.max(1e-3, Math.abs(expectedGrad[i])),
          key + ".grad[" + i + "]");
    }
    assertEquals(value, loss.compute(input, shape, null), 0.0, "loss without a gradient buffer");
  }

  /** Padded rows get exactly zero gradient and their values (even NaN) change neither loss nor gradient. */
  static void assertPaddingIgnored(BoundLoss loss, float[] input, SequenceShape shape, int width,
      Runnable scrambleTargetsOfPaddedRows) {
    float[] grad = new float[input.length];
    java.util.Arrays.fill(grad, 7f);
    double value = loss.compute(input, shape, grad);
    float[] scrambled = input.clone();
    for (int r = 0; r < shape.rows(); r++) {
      if (!shape.isValid(r)) {
        for (int j = 0; j < width; j++) {
          assertEquals(0f, grad[r * width + j], "gradient of padded row " + r);
          scrambled[r * width + j] = j == 0 ? Float.NaN : 1e30f * (j + 1);
        }
      }
    }
    scrambleTargetsOfPaddedRows.run();
    float[] grad2 = new float[input.length];
    assertEquals(value, loss.compute(scrambled, shape, grad2), 0.0);
    assertArrayEquals(grad, grad2);
  }

  /** A gradient check of the loss with its input as the parameter. */
  static GradientCheck.Report assertGradientCheckPasses(BoundLoss loss, float[] input, int width,
      SequenceShape shape) {
    Param x = Param.matrix("input", input.length / width, width);
    System.arraycopy(input, 0, x.value().data, 0, input.length);
    GradientCheck.Report report = GradientCheck.builder()
        .setParams(ParamSet.of(x))
        .setObjective(g -> loss.compute(x.value().data, shape, g ? x.grad().data : null))
        .build()
        .assertPasses();
    assertTrue(report.checkedElements() == input.length);
    return report;
  }
}
