package org.rnn4j.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.loss.MeanSquaredError;
import org.rnn4j.core.loss.Reduction;

class EmbeddingTest {

  private static Embedding.Builder builder(int vocab, int dim) {
    return Embedding.builder().setVocabularySize(vocab).setDimension(dim).setSeed(9);
  }

  @Test
  void forwardLooksUpRows() {
    Embedding e = builder(4, 2).build();
    float[] w = e.weight().value().data;
    float[] out = new float[6];
    e.forward(new int[] {3, 0, 3}, 3, out);
    assertArrayEquals(new float[] {w[6], w[7], w[0], w[1], w[6], w[7]}, out);
  }

  @Test
  void backwardScatterAddsRepeatedIds() {
    Embedding e = builder(4, 2).build();
    e.weight().grad().data[2] = 10f;
    e.backward(new int[] {1, 3, 1}, new float[] {1, 2, 3, 4, 5, 6}, 3);
    assertArrayEquals(new float[] {0, 0, 16, 8, 0, 0, 3, 4}, e.weight().grad().data);
  }

  @Test
  void paddedRowsAreZeroAndTheirIdsUnread() {
    Embedding e = builder(5, 3).build();
    SequenceShape shape = new SequenceShape(2, 2, new int[] {2, 1});
    float[] out = new float[12];
    Arrays.fill(out, 8f);
    e.forward(new int[] {1, 2, 4, -7}, shape, out);
    float[] w = e.weight().value().data;
    assertArrayEquals(Arrays.copyOfRange(w, 12, 15), Arrays.copyOfRange(out, 6, 9));
    assertArrayEquals(new float[3], Arrays.copyOfRange(out, 9, 12));
    float[] dOut = new float[12];
    Arrays.fill(dOut, 1f);
    e.backward(new int[] {1, 2, 4, 99}, dOut, shape);
    float[] g = e.weight().grad().data;
    assertEquals(3f * 3, sumOf(g), "three valid rows of ones");
  }

  @Test
  void paddingIndexStartsAtZeroAndNeverGetsGradient() {
    Embedding e = builder(4, 2).optPaddingIndex(2).build();
    assertEquals(2, e.paddingIndex());
    assertArrayEquals(new float[2], Arrays.copyOfRange(e.weight().value().data, 4, 6));
    e.backward(new int[] {2, 0, 2}, new float[] {1, 1, 1, 1, 1, 1}, 3);
    assertArrayEquals(new float[] {1, 1, 0, 0, 0, 0, 0, 0}, e.weight().grad().data);
    assertFalse(builder(4, 2).build().hasPaddingIndex());
  }

  @Test
  void initIsSeededStandardNormal() {
    Embedding a = builder(200, 50).build();
    assertArrayEquals(a.weight().value().data, builder(200, 50).build().weight().value().data);
    double sum = 0;
    double squares = 0;
    for (float v : a.weight().value().data) {
      sum += v;
      squares += v * v;
    }
    int n = a.weight().size();
    assertEquals(0, sum / n, 0.05);
    assertEquals(1, squares / n, 0.05);
    assertEquals("embed.weight", builder(2, 2).optNamePrefix("embed.").build().params().get(0).name());
    assertArrayEquals(new int[] {200, 50}, a.params().get(0).shape());
  }

  @Test
  void gradientCheckThroughMseWithRepeatedIdsAndMaskedRows() {
    Embedding e = builder(5, 3).build();
    SequenceShape shape = new SequenceShape(3, 2, new int[] {3, 2});
    int[] ids = {1, 4, 1, 0, 4, 2};
    float[] targets = new float[shape.rows() * 3];
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < targets.length; i++) {
      targets[i] = (float) random.nextDouble();
    }
    MeanSquaredError loss = new MeanSquaredError(3, Reduction.MEAN);
    float[] out = new float[targets.length];
    float[] dOut = new float[targets.length];
    GradientCheck.Report r = GradientCheck.builder().setParams(e.params()).setObjective(g -> {
      e.forward(ids, shape, out);
      double value = loss.compute(out, targets, shape, g ? dOut : null);
      if (g) {
        e.params().zeroGrad();
        e.backward(ids, dOut, shape);
      }
      return value;
    }).build().assertPasses();
    assertEquals(15, r.checkedElements());
    // id 2 appears only in the padded row: no gradient.
    assertArrayEquals(new float[3], Arrays.copyOfRange(e.weight().grad().data, 6, 9));
  }

  @Test
  void rejectsIdsOutOfRangeNamingRowAndId() {
    Embedding e = builder(5, 2).build();
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> e.forward(new int[] {0, 1, 7}, 3, new float[6]));
    assertEquals("ids must be in [0, 5), got 7 at row 2", ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class, () -> e.backward(new int[] {-1}, new float[2], 1));
    assertEquals("ids must be in [0, 5), got -1 at row 0", ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class, () -> e.forward(new int[] {0, 1}, 2, new float[3]));
    assertEquals("out must hold 4 floats from offset 0, but has length 3", ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class, () -> e.forward(new int[] {0}, 2, new float[4]));
    assertEquals("ids must hold 2 rows, but has length 1", ex.getMessage());
  }

  @Test
  void rejectsInvalidConfiguration() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder(4, 2).optPaddingIndex(4).build());
    assertEquals("paddingIndex must be in [0, 4), got 4", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> builder(0, 2).build());
    assertEquals("vocabularySize must be positive, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Embedding.builder().setVocabularySize(2).setDimension(2).build());
    assertEquals("seed must be set with setSeed, got none", e.getMessage());
  }

  private static float sumOf(float[] a) {
    float s = 0;
    for (float v : a) {
      s += v;
    }
    return s;
  }
}
