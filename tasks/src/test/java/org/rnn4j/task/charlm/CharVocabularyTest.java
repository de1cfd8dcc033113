package org.rnn4j.task.charlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharVocabularyTest {

  @Test
  void koreanSyllablesAndEmojiAreOneSymbolEach() {
    String text = "한국어 😀👍 한😀";
    CharVocabulary v = CharVocabulary.of(text);
    // distinct code points: ' ', '국', '어', '한', '👍', '😀'
    assertEquals(6, v.size());
    int[] ids = v.encode(text);
    assertEquals(text.codePointCount(0, text.length()), ids.length, "one id per code point, not per UTF-16 unit");
    assertEquals(9, ids.length);
    assertEquals(v.id("😀".codePointAt(0)), ids[4]);
    assertEquals(text, v.decode(ids), "round trip");
  }

  @Test
  void idsFollowCodePointOrder() {
    CharVocabulary v = CharVocabulary.of("hello");
    assertArrayEquals(new int[] {'e', 'h', 'l', 'o'}, v.codePoints());
    assertArrayEquals(new int[] {1, 0, 2, 2, 3}, v.encode("hello"));
    assertEquals('o', v.codePoint(3));
  }

  @Test
  void anUnknownCharacterIsNamed() {
    CharVocabulary v = CharVocabulary.of("hello");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.encode("help"));
    assertTrue(e.getMessage().contains("'p' (U+0070)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> v.id('\n'));
    assertTrue(e.getMessage().contains("U+000A"), e.getMessage());
  }

  @Test
  void theConfigFormRoundTrips() {
    CharVocabulary v = CharVocabulary.of("a,b\n\"c\" 😀 한");
    String saved = v.toConfigValue();
    assertTrue(saved.matches("[0-9,]+"), saved);
    assertEquals(v, CharVocabulary.parseConfigValue(saved));
  }

  @Test
  void badSavedVocabulariesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CharVocabulary.parseConfigValue("104,101"),
        "not ascending");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CharVocabulary.parseConfigValue("101,x"));
    assertTrue(e.getMessage().contains("entry 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CharVocabulary.of(""));
  }
}
