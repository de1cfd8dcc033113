package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.param.Param;
import org.rnn4j.topology.seq2seq.Attention;
import org.rnn4j.topology.seq2seq.DecodeOptions;
import org.rnn4j.topology.seq2seq.SentencePair;

/** Padding invariance, bad input, configuration round trip. */
class Seq2SeqContractTest {

  static Seq2Seq model() {
    return Seq2Seq.builder().setCellType(CellType.LSTM).setSourceVocabularySize(7).setTargetVocabularySize(6)
        .setHiddenSize(4).optBidirectional(true).optAttention(Attention.GENERAL).optMaxLength(5).optSeed(4).build();
  }

  @Test
  void aPaddedBatchEqualsItsRowsAlone() {
    Seq2Seq m = model();
    List<SentencePair> batch = List.of(new SentencePair(new int[] {1, 6, 2, 5}, new int[] {3}),
        new SentencePair(new int[] {4}, new int[] {5, 3, 4}), new SentencePair(new int[] {0, 0}, new int[] {0, 5}));
    double sum = 0;
    for (SentencePair p : batch) {
      sum += m.evaluate(List.of(p)).lossSum();
    }
    var all = m.evaluate(batch);
    assertEquals(sum, all.lossSum(), 1e-5);
    assertEquals(9, all.targets());
    List<int[]> together = m.predict(batch);
    for (int i = 0; i < batch.size(); i++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(m.predict(List.of(batch.get(i))).get(0), together.get(i));
    }
  }

  @Test
  void lossAndGradientsOverwritesGradients() {
    Seq2Seq m = model();
    List<SentencePair> batch = List.of(new SentencePair(new int[] {1, 2}, new int[] {3, 4}));
    m.lossAndGradients(batch, new SplittableRandom(1));
    float[] first = m.params().get("encoder.weight_ih_l0").grad().data.clone();
    m.lossAndGradients(batch, new SplittableRandom(1));
    org.junit.jupiter.api.Assertions.assertArrayEquals(first, m.params().get("encoder.weight_ih_l0").grad().data);
    assertTrue(m.params().gradNorm() > 0);
  }

  @Test
  void badInputFailsWithOneClearException() {
    Seq2Seq m = model();
    assertMessage("batch[0].source must hold at least one token",
        () -> m.evaluate(List.of(new SentencePair(new int[0], new int[] {3}))));
    assertMessage("batch[1].target must hold at least one token",
        () -> m.evaluate(List.of(new SentencePair(new int[] {1}, new int[] {3}),
            new SentencePair(new int[] {1}, new int[0]))));
    assertMessage("batch[0].source[1] must be a token id in [0, 7), got 7",
        () -> m.evaluate(List.of(new SentencePair(new int[] {1, 7}, new int[] {3}))));
    assertMessage("batch[0].target[0] must be a token id in [0, 6), got -1",
        () -> m.lossAndGradients(List.of(new SentencePair(new int[] {1}, new int[] {-1})), new SplittableRandom(1)));
    assertMessage("batch[0].target[1] must not be the start or end token",
        () -> m.evaluate(List.of(new SentencePair(new int[] {1}, new int[] {3, 2}))));
    assertMessage("sources[0] must hold at least one token", () -> m.translate(new int[0], DecodeOptions.greedy(3)));
    assertMessage("sources[0][0] must be a token id in [0, 7), got 9",
        () -> m.translate(new int[] {9}, DecodeOptions.greedy(3)));
    assertMessage("beamSize must be at least 1, got 0", () -> DecodeOptions.beam(0, 5, 0));
    assertMessage("maxLength must be at least 1, got 0", () -> DecodeOptions.beam(2, 0, 0));
    assertMessage("lengthPenalty must be a finite number >= 0, got -0.5", () -> DecodeOptions.beam(2, 5, -0.5));
    assertMessage("batch must hold at least one sentence pair, got none", () -> m.evaluate(List.of()));
  }

  @Test
  void builderNamesTheInvalidSetting() {
    assertMessage("cellType must be one of", () -> Seq2Seq.builder().setSourceVocabularySize(3)
        .setTargetVocabularySize(3).setHiddenSize(2).build());
    assertMessage("hiddenSize must be positive (call setHiddenSize), got 0", () -> Seq2Seq.builder()
        .setCellType(CellType.GRU).setSourceVocabularySize(3).setTargetVocabularySize(3).build());
    assertMessage("endId must be in [0, 3) (the target vocabulary), got 5", () -> Seq2Seq.builder()
        .setCellType(CellType.GRU).setSourceVocabularySize(3).setTargetVocabularySize(3).setHiddenSize(2)
        .optEndId(5).build());
    assertMessage("dot attention needs the encoder output width (4) to equal decoderHiddenSize, got 2",
        () -> Seq2Seq.builder().setCellType(CellType.GRU).setSourceVocabularySize(3).setTargetVocabularySize(3)
            .setHiddenSize(2).optBidirectional(true).optAttention(Attention.DOT).build());
  }

  @Test
  void configRebuildsTheArchitecture() {
    Seq2Seq m = model();
    Seq2Seq copy = Seq2Seq.fromConfig(m.config());
    assertEquals(m.config(), copy.config());
    assertEquals(m.params().size(), copy.params().size());
    for (int i = 0; i < m.params().size(); i++) {
      Param a = m.params().get(i);
      Param b = copy.params().get(i);
      assertEquals(a.name(), b.name());
      org.junit.jupiter.api.Assertions.assertArrayEquals(a.shape(), b.shape());
    }
    assertEquals("encoder.embedding.weight", m.params().get(0).name());
    assertTrue(m.params().list().stream().anyMatch(p -> p.name().equals("decoder.weight_hh_l0")));
    assertTrue(m.params().list().stream().anyMatch(p -> p.name().equals("bridge.c_l0.weight")));
  }

  static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' lacks '" + expected + "'");
  }
}
