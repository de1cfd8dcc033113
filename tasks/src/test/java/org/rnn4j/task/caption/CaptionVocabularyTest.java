package org.rnn4j.task.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionVocabularyTest {

  @Test
  void tokenizesLowerCaseWithPunctuationAsWords() {
    assertEquals(List.of("a", "dog", "runs", ",", "jumps", "."), CaptionVocabulary.tokenize("  A Dog runs,jumps. "));
    assertEquals(List.of("\"", "hi", "\"", "!"), CaptionVocabulary.tokenize("\"Hi\"!"));
    assertEquals(List.of(), CaptionVocabulary.tokenize(" \t"));
  }

  @Test
  void idsFollowFirstAppearanceAfterTheSpecialTokens() {
    CaptionVocabulary v = CaptionVocabulary.of(List.of("a red circle", "A blue circle."));
    assertEquals(List.of("<s>", "</s>", "<unk>", "a", "red", "circle", "blue", "."),
        java.util.stream.IntStream.range(0, v.size()).mapToObj(v::word).toList());
    assertEquals(CaptionVocabulary.START_ID, v.id("<s>"));
    assertEquals(CaptionVocabulary.END_ID, v.id("</s>"));
    assertArrayEquals(new int[] {3, 6, 2, 7}, v.encode("a blue square."));
    assertEquals("a blue <unk> .", v.decode(v.encode("a blue square.")));
  }
}
