package org.rnn4j.examples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.examples.Marks;

class PredictionsTest {
  private final Vocabulary v = new Vocabulary("helo");
  private final float[] probs = {
      0.1f, 0.6f, 0.2f, 0.1f,
      0.25f, 0.25f, 0.25f, 0.25f,
      0.0f, 0.1f, 0.3f, 0.6f};

  @Test
  void countsArgmaxAgainstTheTargets() {
    Predictions p = new Predictions(v, "hel", "elo", probs);
    assertEquals('e', p.predicted(0));
    assertEquals('h', p.predicted(1), "ties go to the first character");
    assertEquals('o', p.predicted(2));
    assertEquals(2, p.correct());
    assertEquals((-Math.log(0.6) - Math.log(0.25) - Math.log(0.6)) / 3, p.loss(), 1e-6);
  }

  @Test
  void rendersAnAlignedTable() {
    List<String> table = new Predictions(v, "hel", "elo", probs).table(Marks.ASCII);
    assertEquals(List.of(
        "step  input  P(h)   P(e)   P(l)   P(o)   target  predicted",
        "1     h      0.10   0.60   0.20   0.10   e       e  ok",
        "2     e      0.25   0.25   0.25   0.25   l       h  x",
        "3     l      0.00   0.10   0.30   0.60   o       o  ok"), table);
  }

  @Test
  void rejectsMismatchedSizes() {
    assertThrows(IllegalArgumentException.class, () -> new Predictions(v, "he", "elo", probs));
    assertThrows(IllegalArgumentException.class, () -> new Predictions(v, "he", "el", probs));
  }
}
