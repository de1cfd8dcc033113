package org.rnn4j.task.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagAccuracyTest {

  @Test
  void countsOverallUnknownAndPerTag() {
    TagAccuracy a = new TagAccuracy();
    a.add(List.of("DET", "NOUN", "VERB"), List.of("DET", "VERB", "VERB"), new boolean[] {false, true, false});
    a.add(List.of("NOUN", "NOUN"), List.of("NOUN", "NOUN"), new boolean[] {true, false});

    assertEquals(5, a.tokens());
    assertEquals(0.8, a.accuracy(), 1e-12);
    assertEquals(2, a.unknownWordTokens());
    assertEquals(0.5, a.unknownWordAccuracy(), 1e-12);
    assertEquals(List.of("NOUN", "DET", "VERB"), a.tags());
    assertEquals(2.0 / 3, a.accuracy("NOUN"), 1e-12);
    assertEquals(3, a.tokens("NOUN"));
    assertEquals(Double.NaN, a.accuracy("ADJ"));
    assertEquals(List.of("token accuracy", "tokens", "unknown-word accuracy", "unknown-word tokens",
        "accuracy NOUN", "tokens NOUN", "accuracy DET", "tokens DET", "accuracy VERB", "tokens VERB"),
        a.metrics().stream().map(m -> m.name()).toList());
  }

  @Test
  void samplesMarkWrongTagsWithTheGoldTag() {
    Sentence gold = new Sentence(List.of("the", "watch", "stopped"), List.of("DET", "NOUN", "VERB"));
    assertEquals("the/DET [watch/VERB, gold NOUN] stopped/VERB",
        PosTask.marked(gold, List.of("DET", "VERB", "VERB")));
  }
}
