package org.rnn4j.task.charlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuiltInTextsTest {
  private static final Pattern LINE = Pattern.compile(
      "(\"?)(the cat|the dog|a bird|my fox) (sees|likes|chases|finds) (the ball|a stick|the moon|my hat)"
          + "( \\((quietly|again)\\))?\\.\\1");

  @Test
  void helloIsTheWordRepeated() {
    TextCorpus hello = BuiltInTexts.hello();
    assertEquals("hello".repeat(64), hello.text());
    assertArrayEquals(new int[] {'e', 'h', 'l', 'o'}, hello.vocabulary().codePoints());
    assertEquals(32, hello.validationLength());
  }

  @Test
  void sentencesFollowTheirGrammarAndTheSeed() {
    TextCorpus text = BuiltInTexts.sentences();
    String[] lines = text.text().split("\n");
    assertEquals(BuiltInTexts.DEFAULT_SENTENCES, lines.length);
    int quoted = 0;
    int asides = 0;
    for (String line : lines) {
      assertTrue(LINE.matcher(line).matches(), line);
      quoted += line.startsWith("\"") ? 1 : 0;
      asides += line.contains("(") ? 1 : 0;
    }
    assertTrue(quoted > 60 && quoted < 140, "about a quarter quoted: " + quoted);
    assertTrue(asides > 60 && asides < 140, "about a quarter with an aside: " + asides);
    assertEquals(text.text(), BuiltInTexts.sentences(0, BuiltInTexts.DEFAULT_SENTENCES).text());
    assertNotEquals(text.text(), BuiltInTexts.sentences(1, BuiltInTexts.DEFAULT_SENTENCES).text());
  }
}
