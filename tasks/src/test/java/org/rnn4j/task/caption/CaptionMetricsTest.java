package org.rnn4j.task.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionMetricsTest {

  @Test
  void exactMatchCountsImagesMatchingAnyReference() {
    List<int[]> generated = List.of(new int[] {3, 4}, new int[] {5}, new int[] {3, 4, 5});
    List<List<int[]>> refs = List.of(List.of(new int[] {9}, new int[] {3, 4}), List.of(new int[] {5, 6}),
        List.of(new int[] {3, 4, 5}));
    assertEquals(2.0 / 3, CaptionMetrics.exactMatch(generated, refs), 1e-12);
  }

  /**
   * Image 1 matches its second reference fully (3 of 3 positions, end included); image 2 stops early (1 of 3:
   * token 5 right, 6 and the end missed); image 3 runs on (2 of 3: the end position holds a word).
   */
  @Test
  void tokenAccuracyScoresPositionsOfTheBestReferenceWithItsEnd() {
    List<int[]> generated = List.of(new int[] {3, 4}, new int[] {5}, new int[] {7, 8, 9});
    List<List<int[]>> refs = List.of(List.of(new int[] {9}, new int[] {3, 4}), List.of(new int[] {5, 6}),
        List.of(new int[] {7, 8}));
    assertEquals((3 + 1 + 2) / 9.0, CaptionMetrics.tokenAccuracy(generated, refs), 1e-12);
  }
}
