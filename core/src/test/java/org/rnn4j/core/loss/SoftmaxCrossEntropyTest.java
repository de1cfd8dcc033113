package org.rnn4j.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.SequenceShape;

class SoftmaxCrossEntropyTest {
  private static final int V = 4;

  @ParameterizedTest
  @CsvSource({"MEAN, false", "MEAN, true", "SUM, false", "SUM, true"})
  void matchesTorchCrossEntropy(Reduction reduction, boolean masked) {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(V, reduction);
    int[] targets = TorchValues.ints("ce.targets");
    SequenceShape shape = masked ? TorchValues.shape() : null;
    String key = "ce." + reduction.name().toLowerCase(java.util.Locale.ROOT) + (masked ? ".masked" : "");
    LossHarness.assertMatchesTorch((x, s, g) -> loss.compute(x, targets, s, g), TorchValues.floats("ce.logits"),
        key, shape);
  }

  @Test
  void rowCountAndFullShapeAgreeWithNullShape() {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(V, Reduction.MEAN);
    float[] logits = TorchValues.floats("ce.logits");
    int[] targets = TorchValues.ints("ce.targets");
    double all = loss.compute(logits, targets, (SequenceShape) null, null);
    assertEquals(all, loss.compute(logits, targets, 6, null), 0.0);
    assertEquals(all, loss.compute(logits, targets, SequenceShape.full(3, 2), null), 0.0);
  }

  @Test
  void knownValueByHand() {
    // logits [0, ln 3]: softmax = [1/4, 3/4]; target 0 -> loss ln 4, gradient [1/4 - 1, 3/4].
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(2, Reduction.SUM);
    float[] grad = new float[2];
    double value = loss.compute(new float[] {0f, (float) Math.log(3)}, new int[] {0}, 1, grad);
    assertEquals(Math.log(4), value, 1e-7);
    assertEquals(-0.75f, grad[0], 1e-7f);
    assertEquals(0.75f, grad[1], 1e-7f);
  }

  @Test
  void paddedRowsContributeNothing() {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(V, Reduction.MEAN);
    int[] targets = TorchValues.ints("ce.targets");
    LossHarness.assertPaddingIgnored((x, s, g) -> loss.compute(x, targets, s, g), TorchValues.floats("ce.logits"),
        TorchValues.shape(), V, () -> targets[5] = -12);
  }

  @ParameterizedTest
  @CsvSource({"MEAN", "SUM"})
  void gradientCheckWithMaskedRows(Reduction reduction) {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(V, reduction);
    SequenceShape shape = new SequenceShape(3, 2, new int[] {3, 1});
    SplittableRandom random = new SplittableRandom(5);
    float[] logits = new float[shape.rows() * V];
    int[] targets = new int[shape.rows()];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = (float) (random.nextDouble() * 4 - 2);
    }
    for (int r = 0; r < targets.length; r++) {
      targets[r] = random.nextInt(V);
    }
    LossHarness.assertGradientCheckPasses((x, s, g) -> loss.compute(x, targets, s, g), logits, V, shape);
  }

  @Test
  void softmaxIsStableAndSumsToOne() {
    float[] logits = {1000f, 999f, -1000f, 0f, 0f, 0f};
    float[] probs = new float[6];
    SoftmaxCrossEntropy.softmax(logits, 0, probs, 0, 2, 3);
    double e = Math.exp(-1);
    assertEquals(1 / (1 + e), probs[0], 1e-7);
    assertEquals(e / (1 + e), probs[1], 1e-7);
    assertEquals(0f, probs[2]);
    for (int j = 3; j < 6; j++) {
      assertEquals(1 / 3f, probs[j], 1e-7f);
    }
  }

  @Test
  void softmaxWorksInPlaceAtAnOffset() {
    float[] buffer = {9f, 0f, (float) Math.log(3)};
    SoftmaxCrossEntropy.softmax(buffer, 1, buffer, 1, 1, 2);
    assertEquals(9f, buffer[0]);
    assertEquals(0.25f, buffer[1], 1e-7f);
    assertEquals(0.75f, buffer[2], 1e-7f);
  }

  @Test
  void rejectsTargetOutOfRangeNamingRowAndValue() {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(3, Reduction.MEAN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[6], new int[] {0, 3}, 2, null));
    assertEquals("targets must be in [0, 3), got 3 at row 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(new float[6], new int[] {-1, 0}, 2, null));
    assertEquals("targets must be in [0, 3), got -1 at row 0", e.getMessage());
  }

  @Test
  void rejectsNonFiniteLogitsNamingRowAndColumn() {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(2, Reduction.MEAN);
    float[] logits = new float[8];
    logits[7] = Float.NaN;
    float[] grad = new float[8];
    java.util.Arrays.fill(grad, 5f);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(logits, new int[4], 4, grad));
    assertEquals("logits must be finite, got NaN at row 3, column 1", e.getMessage());
    assertEquals(5f, grad[0], "nothing is written when the input is invalid");
    logits[7] = Float.NEGATIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(logits, new int[4], 4, null));
    assertEquals("logits must be finite, got -Infinity at row 3, column 1", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SoftmaxCrossEntropy.softmax(logits, 0, new float[8], 0, 4, 2));
  }

  @Test
  void rejectsMismatchedShapes() {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(3, Reduction.MEAN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[5], new int[2], 2, null));
    assertTrue(e.getMessage().startsWith("logits must hold 6 floats"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> loss.compute(new float[6], new int[1], 2, null));
    assertEquals("targets must hold 2 rows, but has length 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[6], new int[2], 2, new float[3]));
    assertTrue(e.getMessage().startsWith("dLogits must hold 6 floats"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> loss.compute(new float[18], new int[2], SequenceShape.full(3, 2), null));
    assertEquals("targets must hold 6 rows, but has length 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxCrossEntropy(0, Reduction.SUM));
    assertEquals("classes must be positive, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxCrossEntropy(2, null));
    assertEquals("reduction must be MEAN or SUM, got null", e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void gradientMayOverwriteTheLogitsInPlace() {
    float[] logits = {0.5f, -1f, 2f, 0.25f, 0.75f, -0.5f};
    int[] targets = {2, 0};
    SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy(3, Reduction.MEAN);
    float[] separate = new float[6];
    double expected = ce.compute(logits.clone(), targets, 2, separate);
    double inPlace = ce.compute(logits, targets, 2, logits);
    org.junit.jupiter.api.Assertions.assertEquals(expected, inPlace);
    org.junit.jupiter.api.Assertions.assertArrayEquals(separate, logits);
  }
}
