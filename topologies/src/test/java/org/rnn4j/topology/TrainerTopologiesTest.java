package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.io.TrainingPosition;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.LearningRateSchedule;
import org.rnn4j.topology.OneToMany.Conditioning;
import org.rnn4j.topology.seq2seq.Attention;
import org.rnn4j.topology.seq2seq.SentencePair;

/**
 * One training contract drives every topology: the real {@link Trainer} (not a hand-written loop) trains each
 * topology on the small synthetic task of its learning test, with realistic options (bucketed, shuffled or
 * sequential batches, clipping, learning-rate schedules, validation with an accuracy metric, early stopping,
 * checkpoints), and each reaches the accuracy its hand-written loop reaches. Every run is seeded and deterministic.
 */
class TrainerTopologiesTest {

  @TempDir Path dir;

  /**
   * ManyToOne on even parity of 2..8 bits, judged on held-out length-7 and length-8 sequences: bucketed batches,
   * validation accuracy after every epoch, early stopping. The best metric and step are the validation history's
   * first maximum, and the restored weights score exactly the reported best.
   */
  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"GRU", "LSTM"})
  void manyToOneLearnsParityWithBucketsValidationAndEarlyStopping(CellType type) {
    SplittableRandom r = new SplittableRandom(1);
    List<LabeledSequence> train = new ArrayList<>();
    List<LabeledSequence> heldOut = new ArrayList<>();
    parity(r, train, heldOut);
    List<LabeledSequence> valid = heldOut.subList(0, heldOut.size() / 2);
    List<LabeledSequence> test = heldOut.subList(heldOut.size() / 2, heldOut.size());
    ManyToOne model = ManyToOne.builder().setCellType(type).setHiddenSize(8).setVocabulary(2)
        .optHead(Head.SIGMOID).setClasses(2).optSeed(4).build();
    ValidationMetric<LabeledSequence, Prediction> accuracy =
        ValidationMetric.higherIsBetter("accuracy", (m, d) -> accuracy(m.predict(d), d));

    long start = System.nanoTime();
    TrainingResult result = Trainer.<LabeledSequence, Prediction>builder().setModel(model).setTrainingData(train)
        .setOptimizer(Adam.builder().setLearningRate(1e-2).build())
        .optBatches(Batches.bucketed(16, e -> e.input().length())).optBatchSize(16).optEpochs(40).optSeed(5)
        .optClipGlobalNorm(5).optValidationData(valid).optEarlyStopping(3, accuracy).build().fit();
    double validAccuracy = accuracy(model.predict(valid), valid);
    double testAccuracy = accuracy(model.predict(test), test);
    report("parity " + type, result, start, "valid %.3f, test %.3f", validAccuracy, testAccuracy);

    assertEquals(StopReason.EARLY_STOPPED, result.stopReason(), result.stopMessage());
    assertBestIsTheHistorysFirstMaximum(result, true);
    assertEquals(result.bestMetric(), validAccuracy, "the restored best weights score the reported best");
    assertTrue(result.bestMetric() >= 0.95, "best validation accuracy " + result.bestMetric());
    assertTrue(testAccuracy >= 0.95, "held-out test accuracy " + testAccuracy);
  }

  /**
   * ManyToMany copies its input delayed by two steps, with shuffled batches, global-norm clipping and a learning
   * rate halved every two epochs (checked on the rate each step used).
   */
  @Test
  void manyToManyLearnsDelayedCopyWithShuffledBatchesClippingAndAStepSchedule() {
    int k = 2;
    int vocab = 4;
    SplittableRandom r = new SplittableRandom(3);
    List<TaggedSequence> train = LearningTest.delayData(r, 1000, k, vocab);
    List<TaggedSequence> test = LearningTest.delayData(r, 200, k, vocab);
    ManyToMany model = ManyToMany.builder().setCellType(CellType.LSTM).setHiddenSize(16).setVocabulary(vocab)
        .setTags(vocab + 1).optSeed(1).build();
    List<Double> rates = new ArrayList<>();
    TrainerListener rateLog = new TrainerListener() {
      @Override
      public void onStep(StepProgress p) {
        rates.add(p.learningRate());
      }
    };

    long start = System.nanoTime();
    TrainingResult result = Trainer.<TaggedSequence, int[]>builder().setModel(model).setTrainingData(train)
        .setOptimizer(Adam.builder().setLearningRate(2e-2).build()).optBatches(Batches.shuffled(16))
        .optEpochs(6).optSeed(7).optClipGlobalNorm(1)
        .optLearningRateSchedule(LearningRateSchedule.stepDecay(2, 0.5), false).optListener(rateLog).build().fit();
    List<int[]> predicted = model.predict(test);
    int right = 0;
    int total = 0;
    for (int i = 0; i < test.size(); i++) {
      int[] tags = test.get(i).tags();
      for (int t = k; t < tags.length; t++) {
        total++;
        right += predicted.get(i)[t] == tags[t] ? 1 : 0;
      }
    }
    double accuracy = (double) right / total;
    report("delayed copy", result, start, "token accuracy on steps >= k %.3f", accuracy);

    assertEquals(StopReason.COMPLETED, result.stopReason());
    int perEpoch = (1000 + 15) / 16;
    assertEquals(6L * perEpoch, result.steps());
    for (int s = 0; s < rates.size(); s++) {
      assertEquals(2e-2 * Math.pow(0.5, s / perEpoch / 2), rates.get(s), 1e-12, "rate at step " + s);
    }
    assertTrue(accuracy >= 0.95, "held-out copy accuracy on steps >= k: " + accuracy);
  }

  /** OneToOne (a one-hidden-layer MLP) learns XOR: every input right and a small final loss. */
  @Test
  void oneToOneLearnsXor() {
    List<VectorExample> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      data.add(VectorExample.labeled(new float[] {i & 1, i >> 1}, (i & 1) ^ (i >> 1)));
    }
    OneToOne model = OneToOne.builder().setInputSize(2).setOutputs(2).optHidden(8).optHead(Head.SIGMOID)
        .optSeed(1).build();
    long start = System.nanoTime();
    TrainingResult result = Trainer.<VectorExample, float[]>builder().setModel(model).setTrainingData(data)
        .setOptimizer(Adam.builder().setLearningRate(3e-2).build()).optBatchSize(4).optEpochs(300).optSeed(1)
        .build().fit();
    List<float[]> p = model.predict(data);
    double[] losses = result.losses();
    report("XOR", result, start, "last loss %.4f", losses[losses.length - 1]);
    for (int i = 0; i < 4; i++) {
      assertEquals(data.get(i).label(), p.get(i)[1] > 0.5f ? 1 : 0, "XOR of example " + i);
    }
    assertTrue(losses[losses.length - 1] < 0.05, "final loss " + losses[losses.length - 1]);
  }

  /** OneToMany counts out "1 2 .. n" from a one-hot n, in both conditioning modes: every sequence exact. */
  @ParameterizedTest
  @EnumSource(Conditioning.class)
  void oneToManyLearnsToCount(Conditioning conditioning) {
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
    TrainingResult result = Trainer.<ConditionedSequence, int[]>builder().setModel(model).setTrainingData(data)
        .setOptimizer(Adam.builder().setLearningRate(2e-2).build()).optBatchSize(8).optEpochs(300).optSeed(3)
        .optClipGlobalNorm(5).build().fit();
    List<int[]> predicted = model.predict(data);
    int exact = 0;
    for (int i = 0; i < data.size(); i++) {
      exact += Arrays.equals(data.get(i).tokens(), predicted.get(i)) ? 1 : 0;
    }
    report("count " + conditioning, result, start, "exact %d/8", exact);
    assertTrue(exact / 8.0 >= 0.95, "exact matches " + exact + "/8");
  }

  /** Seq2Seq with attention reverses digit sequences of length 3..6 from a fixed training set. */
  @Test
  void seq2SeqWithAttentionLearnsToReverse() {
    List<SentencePair> train = ReverseDigits.data(3200, 3, 6, 5);
    List<SentencePair> heldOut = ReverseDigits.data(300, 3, 6, 99);
    Seq2Seq model = Seq2SeqLearningTest.model(Attention.GENERAL, 48);
    long start = System.nanoTime();
    TrainingResult result = Trainer.<SentencePair, int[]>builder().setModel(model).setTrainingData(train)
        .setOptimizer(Adam.builder().setLearningRate(1e-2).build()).optBatchSize(32).optEpochs(6).optSeed(6)
        .optClipGlobalNorm(5).optValidationData(heldOut).build().fit();
    double[] acc = ReverseDigits.accuracy(model, heldOut);
    report("reverse 3..6 attention", result, start, "exact %.3f, token %.3f", acc[0], acc[1]);
    assertBestIsTheHistorysFirstMaximum(result, false);
    assertTrue(acc[1] >= 0.9, "token accuracy " + acc[1]);
  }

  /**
   * LanguageModel on "abcabd" repeated, in chunks of 3 steps (shorter than the period, so the state carried across
   * chunks is needed), fed in order by {@link Batches#sequential}; checkpoints are written at epoch ends only, and
   * the per-epoch validation (next-token accuracy over the chunks in order) agrees with predicting afterwards.
   */
  @Test
  void languageModelLearnsAPeriodicTextWithSequentialBatchesAndEpochCheckpoints() {
    int[] period = {0, 1, 2, 0, 1, 3};
    int[] text = new int[604];
    for (int i = 0; i < text.length; i++) {
      text[i] = period[i % 6];
    }
    List<StreamChunk> chunks = StreamChunk.batchify(text, 4, 3);
    LanguageModel model = LanguageModel.builder().setCellType(CellType.GRU).setVocabularySize(4).setHiddenSize(16)
        .optSeed(2).build();
    List<TrainingPosition> checkpoints = new ArrayList<>();
    TrainerListener log = new TrainerListener() {
      @Override
      public void onCheckpoint(Path directory, TrainingPosition position) {
        checkpoints.add(position);
      }
    };
    ValidationMetric<StreamChunk, int[]> nextToken =
        ValidationMetric.higherIsBetter("next-token accuracy", (m, d) -> nextTokenAccuracy(m.predict(d), d));
    int epochs = 40;
    long start = System.nanoTime();
    TrainingResult result = Trainer.<StreamChunk, int[]>builder().setModel(model).setTrainingData(chunks)
        .setOptimizer(Adam.builder().setLearningRate(2e-2).build()).optBatches(Batches.sequential(1))
        .optEpochs(epochs).optSeed(7).optClipGlobalNorm(5).optCheckpointDirectory(dir).optListener(log)
        .optTokenCount(c -> c.steps() * c.streams()).optValidationData(chunks).optValidationMetric(nextToken)
        .build().fit();
    double accuracy = nextTokenAccuracy(model.predict(chunks), chunks);
    report("abcabd LM", result, start, "next-token accuracy %.3f", accuracy);

    assertEquals(StopReason.COMPLETED, result.stopReason());
    List<TrainingPosition> expected = new ArrayList<>();
    for (int e = 1; e <= epochs; e++) {
      expected.add(new TrainingPosition(e, 0, (long) e * chunks.size(), 7));
    }
    assertEquals(expected, checkpoints, "one checkpoint per epoch end, none mid-epoch");
    assertTrue(accuracy >= 0.95, "next-token accuracy " + accuracy);
    assertEquals(epochs, result.validations().size());
    assertEquals(accuracy, result.validations().get(epochs - 1).metric(), "the last validation saw the final model");
    assertBestIsTheHistorysFirstMaximum(result, true);
  }

  // ---- helpers

  /** All parity sequences of 2..8 bits; a quarter of lengths 7 and 8 held out; training lengths drawn uniformly. */
  static void parity(SplittableRandom r, List<LabeledSequence> train, List<LabeledSequence> heldOut) {
    List<List<LabeledSequence>> byLength = new ArrayList<>();
    for (int len = 2; len <= 8; len++) {
      List<LabeledSequence> all = new ArrayList<>();
      for (int bits = 0; bits < 1 << len; bits++) {
        int[] s = new int[len];
        for (int t = 0; t < len; t++) {
          s[t] = (bits >> t) & 1;
        }
        all.add(LabeledSequence.ofTokens(s, Integer.bitCount(bits) & 1));
      }
      LearningTest.shuffle(all, r);
      int cut = len >= 7 ? all.size() * 3 / 4 : all.size();
      heldOut.addAll(all.subList(cut, all.size()));
      byLength.add(all.subList(0, cut));
    }
    LearningTest.shuffle(heldOut, r);
    for (int i = 0; i < 1200; i++) {
      List<LabeledSequence> pool = byLength.get(r.nextInt(byLength.size()));
      train.add(pool.get(r.nextInt(pool.size())));
    }
  }

  static double accuracy(List<Prediction> predicted, List<LabeledSequence> data) {
    int right = 0;
    for (int i = 0; i < data.size(); i++) {
      right += predicted.get(i).label() == data.get(i).label() ? 1 : 0;
    }
    return (double) right / data.size();
  }

  static double nextTokenAccuracy(List<int[]> predicted, List<StreamChunk> chunks) {
    int right = 0;
    int total = 0;
    for (int i = 0; i < chunks.size(); i++) {
      int[] t = chunks.get(i).targets();
      for (int j = 0; j < t.length; j++) {
        right += predicted.get(i)[j] == t[j] ? 1 : 0;
        total++;
      }
    }
    return (double) right / total;
  }

  /**
   * The result's best metric and step are those of the first validation that reached the history's best value, and
   * each record's {@code improved} flag says whether it beat every earlier one.
   */
  static void assertBestIsTheHistorysFirstMaximum(TrainingResult result, boolean higherIsBetter) {
    List<ValidationRecord> history = result.validations();
    assertTrue(!history.isEmpty(), "no validation ran");
    double best = Double.NaN;
    long bestStep = -1;
    for (ValidationRecord v : history) {
      boolean better = Double.isNaN(best) || (higherIsBetter ? v.metric() > best : v.metric() < best);
      assertEquals(better, v.improved(), "improved flag of " + v);
      if (better) {
        best = v.metric();
        bestStep = v.step();
      }
    }
    assertEquals(best, result.bestMetric(), "best metric");
    assertEquals(bestStep, result.bestStep(), "best step");
  }

  static void report(String task, TrainingResult r, long start, String format, Object... args) {
    System.out.printf("trainer/%s: %s after %d steps (%s), %.2f s%n", task, String.format(format, args), r.steps(),
        r.stopReason(), (System.nanoTime() - start) / 1e9);
  }
}
