package org.rnn4j.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.SequenceShape;

class MeanSquaredErrorTest {
  private static final int D = 2;

  @ParameterizedTest
  @CsvSource({"MEAN, false", "MEAN, true", "SUM, false", "SUM, true"})
  void matchesTorchMseLoss(Reduction reduction, boolean masked) {
    MeanSquaredError loss = new MeanSquaredError(D, reduction);
    float[] targets = TorchValues.floats("mse.targets");
    SequenceShape shape = masked ? TorchValues.shape() : null;
    String key = "mse." + reduction.name().toLowerCase(java.util.Locale.ROOT) + (masked ? ".masked" : "");
    LossHarness.assertMatchesTorch((x, s, g) -> loss.compute(x, targets, s, g), TorchValues.floats("mse.logits"),
        key, shape);
  }

  @Test
  void knownValueByHand() {
    // differences [1, -2, 3] -> squares 1 + 4 + 9 = 14, mean 14/3; gradient 2 * diff / 3.
    MeanSquaredError loss = new MeanSquaredError(3, Reduction.MEAN);
    float[] grad = new float[3];
    assertEquals(14.0 / 3, loss.compute(new float[] {1f, 0f, 5f}, new float[] {0f, 2f, 2f}, 1, grad), 1e-12);
    assertEquals(2f / 3, grad[0], 1e-7f);
    assertEquals(-4f / 3, grad[1], 1e-7f);
    assertEquals(2f, grad[2], 1e-7f);
  }

  @Test
  void paddedRowsContributeNothing() {
    MeanSquaredError loss = new MeanSquaredError(D, Reduction.MEAN);
    float[] targets = TorchValues.floats("mse.targets");
    LossHarness.assertPaddingIgnored((x, s, g) -> loss.compute(x, targets, s, g), TorchValues.floats("mse.logits"),
        TorchValues.shape(), D, () -> java.util.Arrays.fill(targets, 10, 12, Float.POSITIVE_INFINITY));
  }

  @ParameterizedTest
  @CsvSource({"MEAN", "SUM"})
  void gradientCheckWithMaskedRows(Reduction reduction) {
    MeanSquaredError loss = new MeanSquaredError(D, reduction);
    SequenceShape shape = new SequenceShape(2, 3, new int[] {2, 1, 2});
    SplittableRandom random = new SplittableRandom(7);
    float[] predictions = new float[shape.rows() * D];
    float[] targets = new float[predictions.length];
    for (int i = 0; i < predictions.length; i++) {
      predictions[i] = (float) (random.nextDouble() * 4 - 2);
      targets[i] = (float) (random.nextDouble() * 4 - 2);
    }
    LossHarness.assertGradientCheckPasses((x, s, g) -> loss.compute(x, targets, s, g), predictions, D, shape);
  }

  @Test
  void rejectsInvalidValuesNamingRowAndColumn() {
    MeanSquaredError loss = new MeanSquaredError(2, Reduction.SUM);
    float[] predictions = new float[4];
    float[] targets = new float[4];
    targets[3] = Float.NaN;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(predictions, targets, 2, null));
    assertEquals("targets must be finite, got NaN at row 1, column 1", e.getMessage());
    predictions[2] = Float.NEGATIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(predictions, targets, 2, null));
    assertEquals("predictions must be finite, got -Infinity at row 1, column 0", e.getMessage());
  }

  @Test
  void rejectsMismatchedShapes() {
    MeanSquaredError loss = new MeanSquaredError(2, Reduction.SUM);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[3], new float[4], 2, null));
    assertTrue(e.getMessage().startsWith("predictions must hold 4 floats"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(new float[4], new float[4], 0, null));
    assertEquals("rows must be positive, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new MeanSquaredError(0, Reduction.SUM));
    assertEquals("width must be positive, got 0", e.getMessage());
  }
}
