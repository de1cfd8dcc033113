package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.NonFiniteException;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** Padding changes nothing; bad input fails with one clear exception; configurations rebuild the model. */
class PaddingAndInputTest {

  /**
   * The batch's mean loss and gradients equal the target-weighted mean of each row run alone (targets: 1 per
   * example for ManyToOne, its length for ManyToMany).
   */
  static <E> void assertPaddingChangesNothing(SequenceModel<E, ?> model, List<E> batch, ToLongFunction<E> targets) {
    double batchLoss = model.lossAndGradients(batch, new SplittableRandom(0));
    ParamSet params = model.params();
    float[][] batchGrads = new float[params.size()][];
    for (int i = 0; i < params.size(); i++) {
      batchGrads[i] = params.get(i).grad().data.clone();
    }
    double total = batch.stream().mapToLong(targets).sum();
    double loss = 0;
    double[][] sum = new double[params.size()][];
    for (int i = 0; i < params.size(); i++) {
      sum[i] = new double[batchGrads[i].length];
    }
    for (E e : batch) {
      double w = targets.applyAsLong(e) / total;
      loss += w * model.lossAndGradients(List.of(e), new SplittableRandom(0));
      for (int i = 0; i < params.size(); i++) {
        float[] g = params.get(i).grad().data;
        for (int j = 0; j < g.length; j++) {
          sum[i][j] += w * g[j];
        }
      }
    }
    assertEquals(loss, batchLoss, 1e-6);
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      for (int j = 0; j < sum[i].length; j++) {
        assertEquals(sum[i][j], batchGrads[i][j], 1e-6, p.name() + "[" + j + "]");
      }
    }
  }

  @Test
  void paddingChangesNothingManyToOne() {
    for (Pooling pooling : Pooling.values()) {
      ManyToOne model = ManyToOne.builder().setCellType(CellType.LSTM).setHiddenSize(4).optLayers(2)
          .optBidirectional(true).optPooling(pooling).setClasses(3).setVocabulary(5).optEmbedding(3).optSeed(1)
          .build();
      assertPaddingChangesNothing(model, ManyToOneTest.tokenBatch(3, 2), e -> 1);
    }
  }

  @Test
  void paddingChangesNothingManyToMany() {
    ManyToMany model = ManyToManyTest.tokenModel(CellType.GRU, 2, true, 3);
    assertPaddingChangesNothing(model, ManyToManyTest.tokenBatch(6), e -> e.tags().length);
  }

  @Test
  void aTrainingStepIsAFunctionOfItsRandomState() {
    ManyToOne model = ManyToOne.builder().setCellType(CellType.GRU).setHiddenSize(4).optLayers(3).optDropout(0.5)
        .setClasses(3).setVocabulary(5).optSeed(2).build();
    List<LabeledSequence> batch = ManyToOneTest.tokenBatch(3, 1);
    double a = model.lossAndGradients(batch, new SplittableRandom(5));
    float[] ga = model.params().get(0).grad().data.clone();
    model.lossAndGradients(batch, new SplittableRandom(6));
    double b = model.lossAndGradients(batch, new SplittableRandom(5));
    assertEquals(a, b);
    assertArrayEquals(ga, model.params().get(0).grad().data);
    assertTrue(a != model.lossAndGradients(batch, new SplittableRandom(6)), "dropout must depend on the seed");
  }

  @Test
  void badInputFailsClearly() {
    ManyToOne tokens = ManyToOne.builder().setCellType(CellType.GRU).setHiddenSize(4).setClasses(3)
        .setVocabulary(5).build();
    ManyToOne features = ManyToOne.builder().setCellType(CellType.GRU).setHiddenSize(4).setClasses(3)
        .setFeatureWidth(2).build();
    SplittableRandom r = new SplittableRandom(0);
    assertMessage(IllegalArgumentException.class, "at least one step",
        () -> LabeledSequence.ofTokens(new int[0], 1));
    assertMessage(IllegalArgumentException.class, "at least one step",
        () -> LabeledSequence.ofFeatures(new float[0][], 1));
    assertMessage(IllegalArgumentException.class, "token at step 1 of example 1 must be in [0, 5), got 7",
        () -> tokens.lossAndGradients(List.of(LabeledSequence.ofTokens(new int[] {1}, 0),
            LabeledSequence.ofTokens(new int[] {1, 7}, 0)), r));
    assertMessage(IllegalArgumentException.class, "label of example 0 must be in [0, 3), got 3",
        () -> tokens.evaluate(List.of(LabeledSequence.ofTokens(new int[] {1}, 3))));
    assertMessage(IllegalArgumentException.class, "feature width of example 0 must be 2, got 3",
        () -> features.predict(List.of(LabeledSequence.ofFeatures(new float[][] {{1, 2, 3}}, 0))));
    assertMessage(NonFiniteException.class, "feature 1 at step 0 of example 0 must be finite, got NaN",
        () -> features.predict(List.of(LabeledSequence.ofFeatures(new float[][] {{1, Float.NaN}}, 0))));
    assertMessage(IllegalArgumentException.class, "must be a token sequence",
        () -> tokens.predict(List.of(LabeledSequence.ofFeatures(new float[][] {{1, 2}}, 0))));
    assertMessage(IllegalArgumentException.class, "at least one example",
        () -> tokens.predict(List.of()));
    ManyToMany tagger = ManyToManyTest.tokenModel(CellType.LSTM, 1, false, 0);
    assertMessage(IllegalArgumentException.class, "label of step 1 of example 0 must be in [0, 3), got -1",
        () -> tagger.evaluate(List.of(TaggedSequence.ofTokens(new int[] {1, 2}, new int[] {0, -1}))));
    assertMessage(IllegalArgumentException.class, "one tag per input step (2), got 1",
        () -> TaggedSequence.ofTokens(new int[] {1, 2}, new int[] {0}));
  }

  @Test
  void buildersNameWhatIsMissing() {
    assertMessage(IllegalArgumentException.class, "either tokens (setVocabulary) or features",
        () -> ManyToOne.builder().setCellType(CellType.GRU).setHiddenSize(4).setClasses(2).build());
    assertMessage(IllegalArgumentException.class, "classes must be 2 for a SIGMOID head, got 3",
        () -> ManyToOne.builder().setCellType(CellType.GRU).setHiddenSize(4).setClasses(3).optHead(Head.SIGMOID)
            .setVocabulary(2).build());
    assertMessage(IllegalArgumentException.class, "tags must be at least 2",
        () -> ManyToMany.builder().setCellType(CellType.GRU).setHiddenSize(4).setVocabulary(2).build());
    assertMessage(IllegalArgumentException.class, "cellType must be set",
        () -> ManyToMany.builder().setHiddenSize(4).setTags(2).setVocabulary(2).build());
  }

  @Test
  void configRebuildsTheSameModel() {
    ManyToOne a = ManyToOne.builder().setCellType(CellType.LSTM).setHiddenSize(3).optLayers(2)
        .optBidirectional(true).optDropout(0.25).optPooling(Pooling.MEAN).optHead(Head.SIGMOID).setClasses(2)
        .setVocabulary(6).optEmbedding(4).optSeed(42).build();
    ManyToOne b = ManyToOne.fromConfig(a.config());
    assertEquals(a.config(), b.config());
    assertSameParams(a.params(), b.params());
    ManyToMany c = ManyToMany.builder().setCellType(CellType.GRU).setHiddenSize(3).setTags(4).setFeatureWidth(2)
        .optSeed(9).build();
    ManyToMany d = ManyToMany.fromConfig(c.config());
    assertEquals(c.config(), d.config());
    assertSameParams(c.params(), d.params());
    Map<String, String> wrong = new java.util.HashMap<>(c.config());
    wrong.put("topology", "ManyToOne");
    assertMessage(IllegalArgumentException.class, "'topology' must be ManyToMany", () -> ManyToMany.fromConfig(wrong));
  }

  static void assertSameParams(ParamSet a, ParamSet b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).name(), b.get(i).name());
      assertArrayEquals(a.get(i).value().data, b.get(i).value().data, a.get(i).name());
    }
  }

  static void assertMessage(Class<? extends Throwable> type, String fragment,
      org.junit.jupiter.api.function.Executable call) {
    Throwable t = assertThrows(type, call);
    assertTrue(t.getMessage().contains(fragment), "message '" + t.getMessage() + "' should contain '" + fragment
        + "'");
  }
}
