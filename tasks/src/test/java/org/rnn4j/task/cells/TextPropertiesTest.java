package org.rnn4j.task.cells;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPropertiesTest {
  static double[] values(String text, String name) {
    return TextProperties.of(text).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().values();
  }

  static double[] bits(String s) {
    return s.chars().mapToDouble(c -> c - '0').toArray();
  }

  @Test
  void quotesAreOpenFromTheOpeningQuoteToBeforeTheClosingOne() {
        assertArrayEquals(bits("011100"), values("a\"bc\"d", TextProperties.IN_QUOTES));
  }

  @Test
  void bracketsCountTheirDepthAcrossKinds() {
    assertArrayEquals(bits("0123210"), values("a([{)]}", TextProperties.BRACKET_DEPTH));
    assertArrayEquals(bits("0000"), values("a)]b", TextProperties.BRACKET_DEPTH), "never below zero");
    assertArrayEquals(bits("0110"), values("a(b)", TextProperties.IN_BRACKETS));
  }

  @Test
  void linePositionsAndStarts() {
    assertArrayEquals(new double[] {0, 1, 2, 0, 1}, values("ab\ncd", TextProperties.POSITION_IN_LINE));
    assertArrayEquals(bits("10010"), values("ab\ncd", TextProperties.START_OF_LINE));
  }

  @Test
  void wordsAndWhitespace() {
    assertArrayEquals(bits("110101"), values("é1 x\tx", TextProperties.INSIDE_WORD), "letters of any script");
    assertArrayEquals(bits("001010"), values("é1 x\tx", TextProperties.WHITESPACE));
  }

  @Test
  void afterIfRunsFromTheWordsEndToTheLinesEnd() {
    assertArrayEquals(bits("00111110000"), values("if a(b)\nxy.", TextProperties.AFTER_IF));
    assertArrayEquals(bits("00000000"), values("gif iffy", TextProperties.AFTER_IF), "only the whole word");
  }

  @Test
  void commentsRunFromTheirOpeningToTheirClosingDelimiter() {
    assertArrayEquals(bits("0011111110"), values("a /* b */c", TextProperties.IN_COMMENT));
    assertArrayEquals(bits("001111000"), values("a // b\ncd", TextProperties.IN_COMMENT), "to the line's end");
    assertArrayEquals(bits("011111"), values("x/*/ *", TextProperties.IN_COMMENT), "'/*/' does not close");
    assertArrayEquals(bits("0111111110"), values("x/* // */y", TextProperties.IN_COMMENT),
        "'//' inside a block comment changes nothing");
  }

  @Test
  void charactersAreCodePoints() {
    List<TextProperty> all = TextProperties.of("a😀b");
    assertEquals(3, all.get(0).length());
    assertEquals(9, all.size());
    assertThrows(IllegalArgumentException.class, () -> TextProperties.of(""));
  }
}
