package org.rnn4j.topology;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.topology.seq2seq.Attention;
import org.rnn4j.topology.seq2seq.SentencePair;

/** Finite-difference checks of every parameter gradient of tiny Seq2Seq models on a variable-length batch. */
class Seq2SeqGradientTest {

  static final List<SentencePair> BATCH = List.of(
      new SentencePair(new int[] {1, 4, 2}, new int[] {3, 5, 4}),
      new SentencePair(new int[] {0, 3}, new int[] {4}));

  @ParameterizedTest(name = "{0} attention={1} bidirectional={2} layers={3} bridge={4}")
  @CsvSource({
      "GRU, NONE, false, 1, false",
      "LSTM, NONE, false, 1, false",
      "RNN_TANH, NONE, false, 2, true",
      "GRU, DOT, false, 1, false",
      "LSTM, DOT, false, 1, false",
      "GRU, GENERAL, false, 1, false",
      "LSTM, GENERAL, false, 2, false",
      "LSTM, NONE, true, 1, true",
      "GRU, GENERAL, true, 1, true",
      "LSTM, GENERAL, true, 2, true",
  })
  void gradientsMatchFiniteDifferences(CellType cell, Attention attention, boolean bidirectional, int layers,
      boolean bridge) {
    Seq2Seq model = Seq2Seq.builder().setCellType(cell).setSourceVocabularySize(5).setTargetVocabularySize(6)
        .setHiddenSize(4).optEmbeddingSize(3).optLayers(layers).optBidirectional(bidirectional)
        .optDecoderHiddenSize(bidirectional && attention == Attention.DOT ? 8 : 4).optAttention(attention)
        .optLearnedBridge(bridge).optSeed(7).optKernels(Kernels.plain()).build();
    GradientCheck.builder().setParams(model.params())
        .setObjective(grads -> grads ? model.lossAndGradients(BATCH, new SplittableRandom(3))
            : model.evaluate(BATCH).meanLoss())
        .build().assertPasses();
  }
}
