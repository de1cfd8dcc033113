package org.rnn4j.task.gradients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.topology.LabeledSequence;

/** The recall task's sequences: label first, disjoint distractors, seeded. */
class RecallDataTest {

  @Test
  void labelIsTheFirstSymbolAndDistractorsComeFromTheirOwnAlphabet() {
    RecallData data = new RecallData(4, 30, 3);
    assertEquals(7, data.vocabulary());
    assertEquals(31, data.length());
    assertEquals(0.25, data.chance());
    int[] counts = new int[4];
    for (LabeledSequence s : data.generate(400, 5)) {
      int[] t = s.input().tokens();
      assertEquals(31, t.length);
      assertEquals(s.label(), t[0]);
      counts[s.label()]++;
      for (int i = 1; i < t.length; i++) {
        assertTrue(t[i] >= 4 && t[i] < 7, "distractor " + t[i]);
      }
    }
    for (int c : counts) {
      assertTrue(c > 70, "every class appears, got " + c);
    }
  }

  @Test
  void sameSeedSameSequences() {
    RecallData data = new RecallData(3, 5, 2);
    List<LabeledSequence> a = data.generate(10, 1);
    List<LabeledSequence> b = data.generate(10, 1);
    for (int i = 0; i < 10; i++) {
      assertArrayEquals(a.get(i).input().tokens(), b.get(i).input().tokens());
    }
  }

  @Test
  void rejectsBadSizes() {
    assertEquals("classes must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> new RecallData(1, 5, 2)).getMessage());
    assertEquals("distractors must be positive, got 0",
        assertThrows(IllegalArgumentException.class, () -> new RecallData(2, 0, 2)).getMessage());
  }
}
