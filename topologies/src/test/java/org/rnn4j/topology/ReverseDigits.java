package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.topology.seq2seq.SentencePair;

/**
 * The reversal task: digits 0-9 are tokens 3..12 (0 pad, 1 start, 2 end); the target is the source reversed. A plain
 * training loop (Adam, global-norm clipping) stands in for the trainer.
 */
final class ReverseDigits {
  static final int VOCABULARY = 13;

  private ReverseDigits() {}

  static List<SentencePair> data(int count, int minLength, int maxLength, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SentencePair> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = minLength + random.nextInt(maxLength - minLength + 1);
      int[] s = new int[n];
      int[] t = new int[n];
      for (int j = 0; j < n; j++) {
        s[j] = 3 + random.nextInt(10);
      }
      for (int j = 0; j < n; j++) {
        t[j] = s[n - 1 - j];
      }
      pairs.add(new SentencePair(s, t));
    }
    return pairs;
  }

  /** Trains on fresh random batches for {@code steps} steps; returns the last loss. */
  static double train(Seq2Seq model, int steps, int batch, int minLength, int maxLength, double lr, long seed) {
    Adam adam = Adam.builder().setLearningRate(lr).build();
    SplittableRandom random = new SplittableRandom(seed);
    double loss = Double.NaN;
    for (int s = 0; s < steps; s++) {
      List<SentencePair> b = data(batch, minLength, maxLength, random.nextLong());
      loss = model.lossAndGradients(b, random);
      GradientClipping.clipGlobalNorm(model.params(), 5);
      adam.step(model.params());
    }
    return loss;
  }

  /** {exact-match accuracy, token accuracy} of greedy predictions (tokens compared position by position). */
  static double[] accuracy(Seq2Seq model, List<SentencePair> data) {
    List<int[]> predicted = model.predict(data);
    int exact = 0;
    long correct = 0;
    long total = 0;
    for (int i = 0; i < data.size(); i++) {
      int[] want = data.get(i).target();
      int[] got = predicted.get(i);
      if (java.util.Arrays.equals(want, got)) {
        exact++;
      }
      for (int j = 0; j < want.length; j++) {
        if (j < got.length && got[j] == want[j]) {
          correct++;
        }
      }
      total += Math.max(want.length, got.length);
    }
    return new double[] {exact / (double) data.size(), correct / (double) total};
  }
}
