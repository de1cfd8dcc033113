package org.rnn4j.examples.hello;

import java.util.SplittableRandom;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;

/**
 * Picks the next character from a row of logits: the most probable one (argmax), or a draw from the softmax of the
 * logits divided by a temperature.
 */
public interface Decoder {

  /** The chosen class index for {@code logits[off .. off + classes)}. */
  int pick(float[] logits, int off, int classes);

  /** How this decoder picks, for reports (for example {@code argmax}). */
  String describe();

  /** The index of the largest logit (the first, on ties). */
  static Decoder argmax() {
    return new Decoder() {
      @Override
      public int pick(float[] logits, int off, int classes) {
        return Decoder.argmax(logits, off, classes);
      }

      @Override
      public String describe() {
        return "argmax";
      }
    };
  }

  /**
   * A draw from {@code softmax(logits / temperature)} using {@code random}: below 1 sharpens the distribution
   * towards argmax, above 1 flattens it towards uniform.
   *
   * @throws IllegalArgumentException unless {@code temperature} is finite and {@code > 0}
   */
  static Decoder sample(double temperature, SplittableRandom random) {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be a finite number > 0, got " + temperature);
    }
    return new Decoder() {
      @Override
      public int pick(float[] logits, int off, int classes) {
        float[] probs = new float[classes];
        for (int j = 0; j < classes; j++) {
          probs[j] = (float) (logits[off + j] / temperature);
        }
        SoftmaxCrossEntropy.softmax(probs, 0, probs, 0, 1, classes);
        double u = random.nextDouble();
        double cumulative = 0;
        for (int j = 0; j < classes - 1; j++) {
          cumulative += probs[j];
          if (u < cumulative) {
            return j;
          }
        }
        return classes - 1;
      }

      @Override
      public String describe() {
        return "sampled at temperature " + temperature;
      }
    };
  }

  /** The index of the largest of {@code values[off .. off + n)} (the first, on ties). */
  static int argmax(float[] values, int off, int n) {
    int best = 0;
    for (int j = 1; j < n; j++) {
      if (values[off + j] > values[off + best]) {
        best = j;
      }
    }
    return best;
  }
}
