package org.rnn4j.task.translate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.task.metric.Tokenizer13a;

class TokenizationTest {

  @Test
  void wordsAreThe13aTokensAndTheirTextTokenizesBack() {
    List<String> t = Tokenization.WORDS.tokens("Hello, World! I don't (really) know.", true);
    assertEquals(List.of("hello", ",", "world", "!", "i", "don't", "(", "really", ")", "know", "."), t);
    assertEquals(t, Tokenizer13a.tokenize(Tokenization.WORDS.text(t)));
  }

  @Test
  void charactersKeepHangulSyllablesAndMarkSpaces() {
    List<String> t = Tokenization.CHARACTERS.tokens("  톰 목소리를\t 들었어. ", false);
    assertEquals(List.of("톰", "▁", "목", "소", "리", "를", "▁", "들", "었", "어", "."), t);
    assertEquals("톰 목소리를 들었어.", Tokenization.CHARACTERS.text(t));
    assertEquals(List.of("😀", "a"), Tokenization.CHARACTERS.tokens("😀A", true));
  }

  @Test
  void vocabularyKeepsTheMostFrequentTokensAfterTheSpecialOnes() {
    Vocabulary v = Vocabulary.build(List.of(List.of("b", "a", "c", "a"), List.of("b", "a", "d")), 6, 1);
    assertEquals(6, v.size());
    assertEquals(List.of("<pad>", "<s>", "</s>", "<unk>", "a", "b"), v.decode(new int[] {0, 1, 2, 3, 4, 5}));
    assertArrayEquals(new int[] {5, 4, Vocabulary.UNK}, v.encode(List.of("b", "a", "zzz")));
    assertEquals(v.decode(new int[] {4, 5}), Vocabulary.deserialize(v.serialize()).decode(new int[] {4, 5}));
    assertEquals(5, Vocabulary.build(List.of(List.of("a", "a", "b")), 100, 2).size());
  }

  @Test
  void badSettingsAreNamed() {
    assertEquals("maxSize must exceed the 4 special tokens, got 4", assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.build(List.of(), 4, 1)).getMessage());
    assertEquals("tokenization must be one of words, characters, got 'bytes'",
        assertThrows(IllegalArgumentException.class, () -> Tokenization.parse("bytes")).getMessage());
  }
}
