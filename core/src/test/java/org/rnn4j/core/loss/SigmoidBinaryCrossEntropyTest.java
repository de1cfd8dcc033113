package org.rnn4j.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.SequenceShape;

class SigmoidBinaryCrossEntropyTest {
  private static final int K = 3;

  @ParameterizedTest
  @CsvSource({"MEAN, false", "MEAN, true", "SUM, false", "SUM, true"})
  void matchesTorchBceWithLogits(Reduction reduction, boolean masked) {
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(K, reduction);
    float[] targets = TorchValues.floats("bce.targets");
    SequenceShape shape = masked ? TorchValues.shape() : null;
    String key = "bce." + reduction.name().toLowerCase(java.util.Locale.ROOT) + (masked ? ".masked" : "");
    LossHarness.assertMatchesTorch((x, s, g) -> loss.compute(x, targets, s, g), TorchValues.floats("bce.logits"),
        key, shape);
  }

  @Test
  void knownValueByHand() {
    // z = 0: sigmoid 1/2, loss ln 2 whatever the target; gradient 1/2 - t.
    // z = ln 3, t = 1: sigmoid 3/4, loss -ln(3/4), gradient -1/4.
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(2, Reduction.MEAN);
    float[] grad = new float[2];
    double value = loss.compute(new float[] {0f, (float) Math.log(3)}, new float[] {0.25f, 1f}, 1, grad);
    assertEquals((Math.log(2) - Math.log(0.75)) / 2, value, 1e-7);
    assertEquals(0.25f / 2, grad[0], 1e-7f);
    assertEquals(-0.25f / 2, grad[1], 1e-7f);
  }

  @Test
  void extremeLogitsStayFinite() {
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(2, Reduction.SUM);
    float[] grad = new float[2];
    double value = loss.compute(new float[] {-1e30f, 1e30f}, new float[] {1f, 1f}, 1, grad);
    assertEquals(1e30, value, 1e23);
    assertEquals(-1f, grad[0]);
    assertEquals(0f, grad[1]);
  }

  @Test
  void paddedRowsContributeNothing() {
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(K, Reduction.MEAN);
    float[] targets = TorchValues.floats("bce.targets");
    LossHarness.assertPaddingIgnored((x, s, g) -> loss.compute(x, targets, s, g), TorchValues.floats("bce.logits"),
        TorchValues.shape(), K, () -> java.util.Arrays.fill(targets, 15, 18, Float.NaN));
  }

  @ParameterizedTest
  @CsvSource({"MEAN", "SUM"})
  void gradientCheckWithMaskedRows(Reduction reduction) {
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(K, reduction);
    SequenceShape shape = new SequenceShape(3, 2, new int[] {2, 3});
    SplittableRandom random = new SplittableRandom(6);
    float[] logits = new float[shape.rows() * K];
    float[] targets = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = (float) (random.nextDouble() * 6 - 3);
      targets[i] = i % 3 == 0 ? (float) random.nextDouble() : random.nextInt(2);
    }
    LossHarness.assertGradientCheckPasses((x, s, g) -> loss.compute(x, targets, s, g), logits, K, shape);
  }

  @Test
  void rejectsInvalidValuesNamingRowAndColumn() {
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(3, Reduction.MEAN);
    float[] logits = new float[6];
    float[] targets = new float[6];
    targets[2] = 1.5f;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(logits, targets, 2, null));
    assertEquals("targets must be in [0, 1], got 1.5 at row 0, column 2", e.getMessage());
    targets[2] = Float.NaN;
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(logits, targets, 2, null));
    assertEquals("targets must be in [0, 1], got NaN at row 0, column 2", e.getMessage());
    targets[2] = 0f;
    logits[4] = Float.POSITIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(logits, targets, 2, null));
    assertEquals("logits must be finite, got Infinity at row 1, column 1", e.getMessage());
  }

  @Test
  void rejectsMismatchedShapes() {
    SigmoidBinaryCrossEntropy loss = new SigmoidBinaryCrossEntropy(3, Reduction.MEAN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[6], new float[5], 2, null));
    assertTrue(e.getMessage().startsWith("targets must hold 6 floats"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[6], new float[5], (SequenceShape) null, null));
    assertEquals("targets must hold a positive multiple of 3 values when no shape is given, got 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SigmoidBinaryCrossEntropy(-1, Reduction.MEAN));
    assertEquals("outputs must be positive, got -1", e.getMessage());
  }
}
