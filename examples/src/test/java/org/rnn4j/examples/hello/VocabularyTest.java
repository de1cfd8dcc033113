package org.rnn4j.examples.hello;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary v = new Vocabulary("helo");

  @Test
  void encodesAndDecodesInIndexOrder() {
    assertArrayEquals(new int[] {0, 1, 2, 2, 3}, v.encode("hello"));
    assertEquals("hello", v.decode(new int[] {0, 1, 2, 2, 3}));
    assertEquals(4, v.size());
    assertEquals('o', v.charAt(3));
  }

  @Test
  void oneHotHasASingleOneInTheIndexColumn() {
    assertArrayEquals(new float[] {0, 0, 1, 0, 1, 0, 0, 0}, v.oneHot(new int[] {2, 0}));
  }

  @Test
  void rejectsUnknownCharactersAndIndices() {
    assertThrows(IllegalArgumentException.class, () -> v.encode("help"));
    assertThrows(IllegalArgumentException.class, () -> v.oneHot(new int[] {4}));
    assertThrows(IllegalArgumentException.class, () -> new Vocabulary("hell"));
    assertThrows(IllegalArgumentException.class, () -> new Vocabulary(""));
  }
}
