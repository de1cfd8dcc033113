package org.rnn4j.task.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordVocabularyTest {

  private static Sentence s(String words) {
    List<String> w = Arrays.asList(words.split(" "));
    return new Sentence(w, w.stream().map(x -> "X").toList());
  }

  @Test
  void shapesOfWordForms() {
    assertEquals("low", WordVocabulary.shape("garden"));
    assertEquals("cap", WordVocabulary.shape("Zagreb"));
    assertEquals("caps", WordVocabulary.shape("SQL"));
    assertEquals("cap", WordVocabulary.shape("A"));
    assertEquals("num", WordVocabulary.shape("1,999.5"));
    assertEquals("digit", WordVocabulary.shape("B2B"));
    assertEquals("punct", WordVocabulary.shape("--"));
    assertEquals("hyph", WordVocabulary.shape("multi-chart"));
    assertEquals(List.of("<unk:low:ing>", "<unk:low:ng>", "<unk:low>"), WordVocabulary.classes("gardening"));
    assertEquals(List.of("<unk:num>"), WordVocabulary.classes("42"));
  }

  /** Frequent words get ids; rare training words and unseen words share the most specific kept class. */
  @Test
  void rareAndUnseenWordsBackOffThroughKeptClasses() {
    WordVocabulary v = WordVocabulary.build(List.of(s("the dog is running"), s("the dog is jumping"),
        s("the cat is singing"), s("the cat was 7")), 2, false, true);

    assertEquals(List.of("<unk>", "<unk:low:ing>", "<unk:low:ng>", "<unk:low>"),
        List.of(v.token(0), v.token(1), v.token(2), v.token(3)));
    assertEquals(4, v.knownWords());
    assertEquals(List.of("the", "is", "cat", "dog"), List.of(v.token(4), v.token(5), v.token(6), v.token(7)));
    assertEquals(8, v.size());
    assertTrue(v.isKnown("dog"));
    assertFalse(v.isKnown("running"));
    assertEquals(1, v.id("running"));
    assertEquals(1, v.id("reading"), "unseen word with a kept 3-letter class");
    assertEquals(2, v.id("gong"), "backs off to the 2-letter class");
    assertEquals(3, v.id("was"), "rare, only the shape class is kept");
    assertEquals(WordVocabulary.UNKNOWN, v.id("Was"), "no capitalised class was kept");
    assertEquals(WordVocabulary.UNKNOWN, v.id("8"), "one number is below the class minimum");
  }

  @Test
  void lowercasingAndNoClassesAndWordsSpeltLikeClasses() {
    WordVocabulary lower = WordVocabulary.build(List.of(s("The the <unk> <unk>")), 2, true, false);
    assertEquals(3, lower.size());
    assertEquals(lower.id("the"), lower.id("THE"));
    assertTrue(lower.isKnown("<unk>"));
    assertTrue(lower.id("<unk>") != WordVocabulary.UNKNOWN, "a word spelt <unk> keeps its own id");
    assertEquals(WordVocabulary.UNKNOWN, lower.id("running"), "without classes every unknown word is <unk>");
  }
}
