package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnn4j.topology.LanguageModelTest.assertMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.topology.OneToMany.Conditioning;
import org.rnn4j.topology.generate.TokenSampler;

class OneToManyTest {

  private static OneToMany.Builder tiny(CellType type, Conditioning conditioning) {
    return OneToMany.builder().setCellType(type).setVectorSize(3).setVocabularySize(5).setHiddenSize(4)
        .setStartToken(0).setEndToken(4).optConditioning(conditioning).optLayers(2).optSeed(5);
  }

  @ParameterizedTest
  @CsvSource({"LSTM, FIRST_INPUT", "LSTM, INITIAL_STATE", "GRU, FIRST_INPUT", "GRU, INITIAL_STATE",
      "RNN_TANH, INITIAL_STATE"})
  void gradientCheckOnAPaddedBatch(CellType type, Conditioning conditioning) {
    OneToMany model = tiny(type, conditioning).optEmbedding(3).optDropout(0.2).build();
    List<ConditionedSequence> batch = List.of(
        new ConditionedSequence(new float[] {0.5f, -1f, 0.2f}, new int[] {1, 2, 3}),
        new ConditionedSequence(new float[] {-0.3f, 0.8f, 1f}, new int[] {}),
        new ConditionedSequence(new float[] {1f, 0.1f, -0.6f}, new int[] {3, 0}));
    GradientCheck.builder().setParams(model.params()).optMaxElementsPerParam(16)
        .setObjective(g -> model.lossAndGradients(batch, new SplittableRandom(3)))
        .build().assertPasses();
  }

  @Test
  void theVectorMatters() {
    for (Conditioning c : Conditioning.values()) {
      OneToMany model = tiny(CellType.GRU, c).build();
      double a = model.evaluate(List.of(new ConditionedSequence(new float[] {1, 0, 0}, new int[] {1, 2})))
          .lossSum();
      double b = model.evaluate(List.of(new ConditionedSequence(new float[] {0, 0, 1}, new int[] {1, 2})))
          .lossSum();
      assertTrue(Math.abs(a - b) > 1e-5, c + ": loss must depend on the vector");
    }
  }

  /** Given a one-hot n in 1..8, emit "1 2 .. n <end>" (start token 0, end token 9). */
  @ParameterizedTest
  @EnumSource(Conditioning.class)
  void learnsToCountOutASequenceFromANumber(Conditioning conditioning) {
    List<ConditionedSequence> data = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      float[] v = new float[8];
      v[n - 1] = 1;
      int[] tokens = new int[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = i + 1;
      }
      data.add(new ConditionedSequence(v, tokens));
    }
    OneToMany model = OneToMany.builder().setCellType(CellType.GRU).setVectorSize(8).setVocabularySize(10)
        .setHiddenSize(24).setStartToken(0).setEndToken(9).optConditioning(conditioning).optMaxLength(12)
        .optSeed(1).build();
    long start = System.nanoTime();
    double loss = TrainLoop.train(model, List.of(data), 300, 0.02, 3);
    List<int[]> predicted = model.predict(data);
    int exact = 0;
    for (int i = 0; i < data.size(); i++) {
      exact += java.util.Arrays.equals(data.get(i).tokens(), predicted.get(i)) ? 1 : 0;
    }
    System.out.printf("one-to-many %s: loss %.4f, exact %d/8, %.0f ms%n", conditioning, loss, exact,
        (System.nanoTime() - start) / 1e6);
    assertTrue(exact / 8.0 >= 0.95, "exact matches " + exact + "/8, loss " + loss);
    assertArrayEquals(new int[] {1, 2, 3}, model.generate(data.get(2).vector(), TokenSampler.argmax(), 12));
    assertArrayEquals(new int[] {1, 2}, model.generate(data.get(6).vector(), TokenSampler.argmax(), 2),
        "generation stops at the maximum length");
  }

  @Test
  void sampledGenerationIsSeeded() {
    OneToMany model = tiny(CellType.LSTM, Conditioning.INITIAL_STATE).build();
    float[] v = {0.2f, 0.4f, -1f};
    int[] a = model.generate(v, TokenSampler.builder().optTemperature(2).optSeed(9).build(), 30);
    int[] b = model.generate(v, TokenSampler.builder().optTemperature(2).optSeed(9).build(), 30);
    assertArrayEquals(a, b);
  }

  @Test
  void configRoundTrips() {
    OneToMany a = tiny(CellType.LSTM, Conditioning.INITIAL_STATE).optEmbedding(2).optMaxLength(7).build();
    OneToMany b = OneToMany.fromConfig(a.config());
    assertEquals(a.config(), b.config());
    assertEquals(a.params().size(), b.params().size());
    for (int i = 0; i < a.params().size(); i++) {
      assertEquals(a.params().get(i).name(), b.params().get(i).name());
      assertArrayEquals(a.params().get(i).value().data, b.params().get(i).value().data);
    }
  }

  @Test
  void badInputIsRejectedClearly() {
    OneToMany model = tiny(CellType.GRU, Conditioning.FIRST_INPUT).build();
    SplittableRandom r = new SplittableRandom(1);
    assertMessage("vector 0 length (vectorSize) must be 3, got 2", () -> model.lossAndGradients(
        List.of(new ConditionedSequence(new float[2], new int[] {1})), r));
    assertMessage("example 0 token 1 must be in [0, 5) and not the end token 4, got 4", () -> model.evaluate(
        List.of(new ConditionedSequence(new float[3], new int[] {1, 4}))));
    assertMessage("got 7", () -> model.evaluate(List.of(new ConditionedSequence(new float[3], new int[] {7}))));
    assertMessage("vector 0 must be finite", () -> model.predict(
        List.of(new ConditionedSequence(new float[] {0, Float.NaN, 0}, new int[0]))));
    assertMessage("maxLength must be positive, got 0", () -> model.generate(new float[3], TokenSampler.argmax(), 0));
    assertMessage("a batch must hold at least one example", () -> model.predict(List.of()));
    assertMessage("vector and tokens must not be null", () -> new ConditionedSequence(null, new int[0]));
    assertMessage("endToken must be set to an id in [0, 5), got none", () -> OneToMany.builder()
        .setCellType(CellType.GRU).setVectorSize(3).setVocabularySize(5).setHiddenSize(4).setStartToken(0).build());
    assertMessage("startToken must be set to an id in [0, 5), got 5",
        () -> tiny(CellType.GRU, Conditioning.FIRST_INPUT).setStartToken(5).build());
    assertMessage("maxLength must be positive, got 0",
        () -> tiny(CellType.GRU, Conditioning.FIRST_INPUT).optMaxLength(0).build());
  }
}
