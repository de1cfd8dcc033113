package org.rnn4j.task.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordVocabularyTest {
  private static final List<List<String>> CORPUS = List.of(
      List.of("the", "film", "was", "good"),
      List.of("the", "food", "was", "not", "good"),
      List.of("the", "plot", "was", "bad"));

  @Test
  void reservedIdsComeFirstThenWordsByFrequencyThenAlphabetically() {
    WordVocabulary v = WordVocabulary.builder().build(CORPUS);
    assertEquals(List.of("<pad>", "<unk>", "the", "was", "good", "bad", "film", "food", "not", "plot"), v.words());
    assertEquals(WordVocabulary.PAD, v.id("<pad>"));
    assertEquals(WordVocabulary.UNK, v.id("<unk>"));
    assertEquals(2, v.reservedCount());
  }

  @Test
  void unknownWordsMapToUnk() {
    WordVocabulary v = WordVocabulary.builder().build(CORPUS);
    assertArrayEquals(new int[] {2, WordVocabulary.UNK, 3, 4}, v.encode(List.of("the", "acting", "was", "good")));
    assertFalse(v.contains("acting"));
    assertEquals(List.of("the", "<unk>"), v.decode(new int[] {2, 1}));
  }

  @Test
  void minCountAndMaxSizeDropRareWords() {
    WordVocabulary minTwo = WordVocabulary.builder().optMinCount(2).build(CORPUS);
    assertEquals(List.of("<pad>", "<unk>", "the", "was", "good"), minTwo.words());
    assertEquals(WordVocabulary.UNK, minTwo.id("film"));
    WordVocabulary four = WordVocabulary.builder().optMaxSize(4).build(CORPUS);
    assertEquals(List.of("<pad>", "<unk>", "the", "was"), four.words());
  }

  @Test
  void specialTokensAreReservedAfterPadAndUnk() {
    WordVocabulary v = WordVocabulary.builder().optSpecialTokens("<s>", "</s>")
        .build(List.of(List.of("<s>", "hi", "</s>")));
    assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "hi"), v.words());
    assertEquals(4, v.reservedCount());
    assertTrue(v.contains("hi"));
  }

  @Test
  void badSettingsAreNamed() {
    assertEquals("minCount must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> WordVocabulary.builder().optMinCount(0)).getMessage());
    assertEquals("maxSize must be at least the 2 reserved ids, got 1", assertThrows(IllegalArgumentException.class,
        () -> WordVocabulary.builder().optMaxSize(1).build(CORPUS)).getMessage());
    assertEquals("id must be in [0, 10), got 10", assertThrows(IllegalArgumentException.class,
        () -> WordVocabulary.builder().build(CORPUS).word(10)).getMessage());
  }
}
