package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.topology.seq2seq.Attention;
import org.rnn4j.topology.seq2seq.SentencePair;

/** Seq2Seq learns to reverse digit sequences; attention handles longer ones better at the same budget. */
class Seq2SeqLearningTest {

  static Seq2Seq model(Attention attention, int hidden) {
    return Seq2Seq.builder().setCellType(CellType.GRU).setSourceVocabularySize(ReverseDigits.VOCABULARY)
        .setTargetVocabularySize(ReverseDigits.VOCABULARY).setHiddenSize(hidden).optEmbeddingSize(16)
        .optAttention(attention).optMaxLength(14).optSeed(11).build();
  }

  @Test
  void reversesShortSequences() {
    long t0 = System.nanoTime();
    Seq2Seq m = model(Attention.NONE, 48);
    double loss = ReverseDigits.train(m, Integer.getInteger("s2s.steps", 1200), 32, 3, 6, 0.01, 5);
    List<SentencePair> heldOut = ReverseDigits.data(300, 3, 6, 99);
    double[] acc = ReverseDigits.accuracy(m, heldOut);
    System.out.printf("reverse 3..6, no attention: loss %.4f, exact %.3f, token %.3f, %.1f s%n", loss, acc[0],
        acc[1], (System.nanoTime() - t0) / 1e9);
    assertTrue(acc[1] > 0.9, "token accuracy " + acc[1]);
    assertTrue(acc[0] > 0.75, "exact match " + acc[0]);
  }

  @Test
  void attentionHandlesLongerSequences() {
    int steps = Integer.getInteger("s2s.longSteps", 600);
    double[][] acc = new double[2][];
    Attention[] kinds = {Attention.NONE, Attention.GENERAL};
    List<SentencePair> heldOut = ReverseDigits.data(300, 8, 12, 98);
    for (int i = 0; i < 2; i++) {
      long t0 = System.nanoTime();
      Seq2Seq m = model(kinds[i], 48);
      double loss = ReverseDigits.train(m, steps, 32, 8, 12, 0.01, 6);
      acc[i] = ReverseDigits.accuracy(m, heldOut);
      System.out.printf("reverse 8..12, %s: loss %.4f, exact %.3f, token %.3f, %.1f s%n", kinds[i], loss,
          acc[i][0], acc[i][1], (System.nanoTime() - t0) / 1e9);
    }
    assertTrue(acc[1][1] > acc[0][1] + 0.2, "attention token accuracy " + acc[1][1] + " vs " + acc[0][1]);
    assertTrue(acc[1][0] > acc[0][0], "attention exact match " + acc[1][0] + " vs " + acc[0][0]);
  }
}
