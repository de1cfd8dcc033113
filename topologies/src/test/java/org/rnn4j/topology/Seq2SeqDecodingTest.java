package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.topology.seq2seq.Attention;
import org.rnn4j.topology.seq2seq.DecodeOptions;
import org.rnn4j.topology.seq2seq.SentencePair;
import org.rnn4j.topology.seq2seq.Translation;

/** Greedy and beam decoding agree with each other and with the teacher-forced model. */
class Seq2SeqDecodingTest {
  static final int V = 8;

  static Seq2Seq untrained(Attention attention, long seed) {
    return Seq2Seq.builder().setCellType(CellType.LSTM).setSourceVocabularySize(V).setTargetVocabularySize(V)
        .setHiddenSize(6).optEmbeddingSize(5).optBidirectional(true).optDecoderHiddenSize(12)
        .optAttention(attention).optMaxLength(7).optSeed(seed).build();
  }

  static List<int[]> sources(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] s = new int[1 + r.nextInt(6)];
      for (int j = 0; j < s.length; j++) {
        s[j] = r.nextInt(V);
      }
      out.add(s);
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Attention.class)
  void beamOfOneIsGreedy(Attention attention) {
    for (long seed = 0; seed < 4; seed++) {
      Seq2Seq m = untrained(attention, seed);
      List<int[]> src = sources(40, seed);
      List<Translation> greedy = m.translate(src, DecodeOptions.greedy(7));
      for (int i = 0; i < src.size(); i++) {
        Translation beam = m.translate(List.of(src.get(i)), DecodeOptions.beam(1, 7, 0)).get(0);
        Translation g = greedy.get(i);
        assertArrayEquals(g.tokens(), beam.tokens(), "source " + i);
        assertEquals(g.ended(), beam.ended());
        assertEquals(g.logProbability(), beam.logProbability(), 1e-4);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Attention.class)
  void widerBeamNeverScoresLowerThanGreedy(Attention attention) {
    int compared = 0;
    int better = 0;
    for (long seed = 0; seed < 4; seed++) {
      Seq2Seq m = untrained(attention, 10 + seed);
      List<int[]> src = sources(25, 100 + seed);
      for (double alpha : new double[] {0, 0.6}) {
        List<Translation> greedy = m.translate(src, DecodeOptions.beam(1, 7, alpha));
        for (int k : new int[] {2, 4}) {
          for (int i = 0; i < src.size(); i++) {
            Translation beam = m.translate(src.get(i), DecodeOptions.beam(k, 7, alpha));
            double g = greedy.get(i).score();
            assertTrue(beam.score() >= g - 1e-5, "beam " + k + " alpha " + alpha + " source " + i + ": "
                + beam.score() + " < greedy " + g);
            compared++;
            better += beam.score() > g + 1e-5 ? 1 : 0;
          }
        }
      }
    }
    System.out.printf("beam vs greedy (%s): %d comparisons, beam strictly better in %d%n", attention, compared,
        better);
    assertTrue(better > 0, "beam search never found anything better than greedy");
  }

  /** A lightly trained reversal model, so outputs vary in length and end by themselves. */
  static Seq2Seq lightlyTrained(Attention attention) {
    Seq2Seq m = Seq2Seq.builder().setCellType(CellType.GRU).setSourceVocabularySize(ReverseDigits.VOCABULARY)
        .setTargetVocabularySize(ReverseDigits.VOCABULARY).setHiddenSize(12).optBidirectional(true)
        .optDecoderHiddenSize(24).optEmbeddingSize(8).optAttention(attention).optMaxLength(8).optSeed(2).build();
    ReverseDigits.train(m, 120, 16, 2, 5, 0.01, 4);
    return m;
  }

  @ParameterizedTest
  @EnumSource(Attention.class)
  void decodedLogProbabilityEqualsTeacherForcedLoss(Attention attention) {
    Seq2Seq m = lightlyTrained(attention);
    List<SentencePair> data = ReverseDigits.data(30, 2, 5, 8);
    int checked = 0;
    for (int k : new int[] {1, 3}) {
      for (SentencePair p : data) {
        Translation t = m.translate(p.source(), DecodeOptions.beam(k, 8, 0));
        if (!t.ended() || t.tokens().length == 0 || java.util.Arrays.stream(t.tokens()).anyMatch(x -> x == 1)) {
          continue;
        }
        double loss = m.evaluate(List.of(new SentencePair(p.source(), t.tokens()))).lossSum();
        assertEquals(-t.logProbability(), loss, 1e-4 * Math.max(1, loss));
        checked++;
      }
    }
    assertTrue(checked > 20, "only " + checked + " ended translations");
  }

  @ParameterizedTest
  @EnumSource(value = Attention.class, names = {"DOT", "GENERAL"})
  void attentionRowsAreDistributionsOverTheSource(Attention attention) {
    Seq2Seq m = untrained(attention == Attention.DOT ? Attention.DOT : Attention.GENERAL, 5);
    for (int[] s : sources(20, 3)) {
      for (int k : new int[] {1, 3}) {
        Translation t = m.translate(s, DecodeOptions.beam(k, 7, 0.6));
        assertEquals(t.steps(), t.attention().length);
        for (float[] row : t.attention()) {
          assertEquals(s.length, row.length);
          double sum = 0;
          for (float w : row) {
            assertTrue(w >= 0);
            sum += w;
          }
          assertEquals(1, sum, 1e-5);
        }
      }
    }
  }
}
