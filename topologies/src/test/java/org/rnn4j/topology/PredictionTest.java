package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionTest {
  static LabeledSequence example(int label) {
    return LabeledSequence.ofTokens(new int[] {0}, label);
  }

  @Test
  void accuracyIsTheShareOfRightLabels() {
    List<Prediction> predictions = List.of(new Prediction(1, new float[2]), new Prediction(0, new float[2]),
        new Prediction(1, new float[2]), new Prediction(1, new float[2]));
    assertEquals(0.75, Prediction.accuracy(predictions, List.of(example(1), example(0), example(0), example(1))));
  }

  @Test
  void mismatchedOrEmptyListsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Prediction.accuracy(List.of(new Prediction(0, new float[1])), List.of(example(0), example(1))));
    assertEquals("accuracy needs one prediction per example and at least one, got 1 predictions for 2 examples",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Prediction.accuracy(List.of(), List.of()));
  }
}
