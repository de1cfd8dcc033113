package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.cell.CellType;

/** Small synthetic tasks each topology must solve almost perfectly in a few seconds. */
class LearningTest {

  /**
   * Parity of a bit sequence of length 2..8, on length-7 and length-8 sequences held out from training. Training
   * draws lengths uniformly (short sequences are as frequent as long ones): drawn in proportion to their count, the
   * long ones swamp the short ones and training sits on parity's well-known plateau at chance.
   */
  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"GRU", "LSTM"})
  void manyToOneLearnsParity(CellType type) {
    SplittableRandom r = new SplittableRandom(1);
    List<List<LabeledSequence>> byLength = new ArrayList<>();
    List<LabeledSequence> test = new ArrayList<>();
    for (int len = 2; len <= 8; len++) {
      List<LabeledSequence> all = new ArrayList<>();
      for (int bits = 0; bits < 1 << len; bits++) {
        int[] s = new int[len];
        for (int t = 0; t < len; t++) {
          s[t] = (bits >> t) & 1;
        }
        all.add(LabeledSequence.ofTokens(s, Integer.bitCount(bits) & 1));
      }
      shuffle(all, r);
      int cut = len >= 7 ? all.size() * 3 / 4 : all.size();
      test.addAll(all.subList(cut, all.size()));
      byLength.add(all.subList(0, cut));
    }
    List<LabeledSequence> train = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      List<LabeledSequence> pool = byLength.get(r.nextInt(byLength.size()));
      train.add(pool.get(r.nextInt(pool.size())));
    }
    ManyToOne model = ManyToOne.builder().setCellType(type).setHiddenSize(8).setVocabulary(2)
        .optHead(Head.SIGMOID).setClasses(2).optSeed(4).build();
    long start = System.nanoTime();
    double loss = Fixtures.fit(model, train, 25, 16, 1e-2, 5);
    double accuracy = accuracy(model, test);
    report("parity (" + type + ")", accuracy, loss, start);
    assertTrue(accuracy >= 0.95, "held-out parity accuracy " + accuracy);
  }

  /** The sign of a sum of values in [-1, 1), read as one feature per step, with a vanilla RNN. */
  @Test
  void manyToOneLearnsSignOfSum() {
    SplittableRandom r = new SplittableRandom(2);
    List<LabeledSequence> train = signData(r, 1000);
    List<LabeledSequence> test = signData(r, 300);
    ManyToOne model = ManyToOne.builder().setCellType(CellType.RNN_TANH).setHiddenSize(8).setFeatureWidth(1)
        .setClasses(2).optSeed(3).build();
    long start = System.nanoTime();
    double loss = Fixtures.fit(model, train, 40, 16, 1e-2, 6);
    double accuracy = accuracy(model, test);
    report("sign of sum (RNN_TANH, features)", accuracy, loss, start);
    assertTrue(accuracy >= 0.95, "held-out sign accuracy " + accuracy);
  }

  /** Copies its input delayed by two steps: tag t is token t-2 (a blank tag before that). */
  @Test
  void manyToManyLearnsDelayedCopy() {
    int k = 2;
    int vocab = 4;
    SplittableRandom r = new SplittableRandom(3);
    List<TaggedSequence> train = delayData(r, 1000, k, vocab);
    List<TaggedSequence> test = delayData(r, 200, k, vocab);
    ManyToMany model = ManyToMany.builder().setCellType(CellType.LSTM).setHiddenSize(16).setVocabulary(vocab)
        .setTags(vocab + 1).optSeed(1).build();
    long start = System.nanoTime();
    double loss = Fixtures.fit(model, train, 5, 16, 1e-2, 7);
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
    report("delayed copy k=2 (LSTM)", accuracy, loss, start);
    assertTrue(accuracy >= 0.95, "held-out copy accuracy on steps >= k: " + accuracy);
  }

  static List<LabeledSequence> signData(SplittableRandom r, int n) {
    List<LabeledSequence> data = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[][] f = Fixtures.frames(r, 1 + r.nextInt(10), 1);
      double sum = 0;
      for (float[] row : f) {
        sum += row[0];
      }
      data.add(LabeledSequence.ofFeatures(f, sum > 0 ? 1 : 0));
    }
    return data;
  }

  static List<TaggedSequence> delayData(SplittableRandom r, int n, int k, int vocab) {
    List<TaggedSequence> data = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] s = Fixtures.tokens(r, k + 2 + r.nextInt(7), vocab);
      int[] tags = new int[s.length];
      for (int t = 0; t < s.length; t++) {
        tags[t] = t < k ? vocab : s[t - k];
      }
      data.add(TaggedSequence.ofTokens(s, tags));
    }
    return data;
  }

  static double accuracy(ManyToOne model, List<LabeledSequence> test) {
    List<Prediction> p = model.predict(test);
    int right = 0;
    for (int i = 0; i < test.size(); i++) {
      right += p.get(i).label() == test.get(i).label() ? 1 : 0;
    }
    return (double) right / test.size();
  }

  static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  static void report(String task, double accuracy, double loss, long start) {
    System.out.printf("%s: accuracy %.3f, last-epoch loss %.4f, %.2f s%n", task, accuracy, loss,
        (System.nanoTime() - start) / 1e9);
  }
}
