package org.rnn4j.task.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rnn4j.core.io.Json;

/**
 * BLEU and its tokeniser against golden values that sacreBLEU 2.6.0 ({@code corpus_bleu} with every default)
 * computed for the cases in {@code bleu_golden.py}, stored in {@code bleu-golden.json} beside it.
 */
class BleuTest {

  @TestFactory
  Stream<DynamicTest> tokenizesLikeSacreBleu13a() throws IOException {
    return golden("tokenize").stream().map(c -> DynamicTest.dynamicTest("[" + c.get("input") + "]",
        () -> assertEquals(c.get("tokens"), Tokenizer13a.tokenize((String) c.get("input")))));
  }

  @TestFactory
  Stream<DynamicTest> scoresLikeSacreBleuCorpusBleu() throws IOException {
    return golden("bleu").stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> {
      @SuppressWarnings("unchecked")
      List<String> hyps = (List<String>) c.get("hypotheses");
      @SuppressWarnings("unchecked")
      List<List<String>> refs = (List<List<String>>) c.get("references");
      Bleu.Score s = Bleu.corpus(hyps, refs);
      assertEquals(number(c, "score"), s.score(), 1e-9, s.toString());
      assertEquals(number(c, "bp"), s.brevityPenalty(), 1e-12);
      assertEquals(number(c, "hyp_len"), s.hypothesisLength());
      assertEquals(number(c, "ref_len"), s.referenceLength());
      assertArrayEquals(longs(c.get("matches")), s.matches());
      assertArrayEquals(longs(c.get("totals")), s.totals());
      assertEquals(c.get("summary"), s.toString());
    }));
  }

  @Test
  void theHeadlineCasesHoldExactly() {
    assertEquals(100.0, Bleu.corpus(List.of("The cat sat on the mat."), List.of(List.of("The cat sat on the mat.")))
        .score(), 1e-12);
    assertEquals(0.0, Bleu.corpus(List.of("a b c d e"), List.of(List.of("f g h i j"))).score());
    // 5 of 7 reference words, all n-grams right: BLEU = 100 * exp(1 - 7/5)
    assertEquals(100 * Math.exp(1 - 7.0 / 5), Bleu.corpus(List.of("the cat sat on the"),
        List.of(List.of("the cat sat on the mat today"))).score(), 1e-9);
    assertEquals(List.of("Hello", ",", "world", "!"), Tokenizer13a.tokenize("Hello, world!"));
    assertEquals(List.of("나는", "장례식에", "참석했다", "."), Tokenizer13a.tokenize("나는 장례식에 참석했다."));
  }

  @Test
  void tokenListsAreScoredAsGiven() {
    Bleu.Score s = Bleu.corpusOfTokens(List.of(List.of("a", "b", "c", "d")),
        List.of(List.of(List.of("a", "b", "c", "d"))));
    assertEquals(100.0, s.score(), 1e-12);
    assertTrue(Bleu.corpusOfTokens(List.of(List.of("Hello,", "world!")), List.of(List.of(List.of("Hello,",
        "world!")))).score() < 1e-9, "two tokens have no 4-gram");
  }

  @Test
  void mismatchedInputIsRejectedWithCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Bleu.corpus(List.of("a", "b"), List.of(List.of("a"))));
    assertEquals("every hypothesis needs its references: got 2 hypotheses and 1 reference lists", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Bleu.corpus(List.of("a"), List.of(List.of())));
    assertEquals("hypothesis 0 must have at least one reference, got none", e.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> golden(String key) throws IOException {
    try (InputStream in = BleuTest.class.getResourceAsStream("bleu-golden.json")) {
      Map<String, Object> all = (Map<String, Object>) Json.parse(new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
      return (List<Map<String, Object>>) all.get(key);
    }
  }

  private static double number(Map<String, Object> c, String key) {
    return ((Number) c.get(key)).doubleValue();
  }

  private static long[] longs(Object list) {
    List<Long> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add(((Number) o).longValue());
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }
}
