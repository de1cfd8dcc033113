package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.cell.CellType;

class ManyToManyTest {
  static final int[] LENGTHS = {5, 2, 4};

  static ManyToMany tokenModel(CellType type, int layers, boolean bi, int embedding) {
    ManyToMany.Builder b = ManyToMany.builder().setCellType(type).setHiddenSize(4).optLayers(layers)
        .optBidirectional(bi).setTags(3).setVocabulary(5).optSeed(7);
    if (embedding > 0) {
      b.optEmbedding(embedding);
    }
    return b.build();
  }

  static List<TaggedSequence> tokenBatch(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TaggedSequence> batch = new ArrayList<>();
    for (int len : LENGTHS) {
      batch.add(TaggedSequence.ofTokens(Fixtures.tokens(r, len, 5), Fixtures.tokens(r, len, 3)));
    }
    return batch;
  }

  @ParameterizedTest
  @CsvSource({"LSTM, 1, false, 0", "GRU, 2, true, 3", "RNN_TANH, 1, true, 0", "LSTM, 2, true, 2"})
  void gradientsMatchFiniteDifferences(CellType type, int layers, boolean bi, int embedding) {
    Fixtures.gradientCheck(tokenModel(type, layers, bi, embedding), tokenBatch(4));
  }

  @Test
  void featureInputGradientsMatchFiniteDifferences() {
    ManyToMany model = ManyToMany.builder().setCellType(CellType.LSTM).setHiddenSize(4).setTags(3)
        .setFeatureWidth(2).optBidirectional(true).optSeed(2).build();
    SplittableRandom r = new SplittableRandom(9);
    List<TaggedSequence> batch = new ArrayList<>();
    for (int len : LENGTHS) {
      batch.add(TaggedSequence.ofFeatures(Fixtures.frames(r, len, 2), Fixtures.tokens(r, len, 3)));
    }
    Fixtures.gradientCheck(model, batch);
  }
}
