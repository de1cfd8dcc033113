package org.rnn4j.task.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void splitsWordsAndPunctuationKeepingInnerApostrophesAndHyphens() {
    assertEquals(List.of("not", "bad", "...", "i'd", "go", "again", "!"),
        WordTokenizer.lowercasing().tokenize("Not bad... I'd go again!"));
    assertEquals(List.of("a", "well-made", ",", "5", "-", "star", "film", "'"),
        WordTokenizer.lowercasing().tokenize("  a well-made, 5 - star film' "));
  }

  @Test
  void repeatedPunctuationIsOneTokenButMixedPunctuationIsNot() {
    assertEquals(List.of("wow", "!!!", "?", "!"), WordTokenizer.lowercasing().tokenize("wow!!!?!"));
  }

  @Test
  void caseIsKeptOnRequestAndUnicodeIsNormalised() {
    assertEquals(List.of("Caf\u00e9", "GOOD"), WordTokenizer.preservingCase().tokenize("Cafe\u0301 GOOD"));
    assertEquals(List.of("caf\u00e9", "good"), WordTokenizer.lowercasing().tokenize("Caf\u00e9 GOOD"));
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), WordTokenizer.lowercasing().tokenize(" \t "));
  }
}
