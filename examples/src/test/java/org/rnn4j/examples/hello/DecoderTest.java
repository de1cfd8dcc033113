package org.rnn4j.examples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecoderTest {

  @Test
  void argmaxTakesTheLargestLogitAndTheFirstOnTies() {
    float[] logits = {9, 1, 3, 3, 0, 9};
    assertEquals(1, Decoder.argmax().pick(logits, 1, 4));
    assertEquals(3, Decoder.argmax().pick(logits, 2, 4), "offset 2: [3, 3, 0, 9]");
    assertEquals(0, Decoder.argmax().pick(new float[] {2, 2}, 0, 2));
  }

  @Test
  void samplingFollowsTheSoftmaxOfTheScaledLogits() {
    // logits ln(1), ln(3): at temperature 1, P = (0.25, 0.75); at temperature 0.5, P ~ (0.1, 0.9).
    float[] logits = {0f, (float) Math.log(3)};
    assertEquals(0.75, frequencyOfOne(Decoder.sample(1.0, new SplittableRandom(1)), logits), 0.02);
    assertEquals(0.9, frequencyOfOne(Decoder.sample(0.5, new SplittableRandom(1)), logits), 0.02);
    assertEquals(0.5, frequencyOfOne(Decoder.sample(1e6, new SplittableRandom(1)), logits), 0.02);
  }

  @Test
  void theSameSeedDrawsTheSameSequence() {
    float[] logits = {0.1f, 0.2f, 0.3f};
    Decoder a = Decoder.sample(1, new SplittableRandom(5));
    Decoder b = Decoder.sample(1, new SplittableRandom(5));
    for (int i = 0; i < 50; i++) {
      assertEquals(a.pick(logits, 0, 3), b.pick(logits, 0, 3));
    }
  }

  @Test
  void rejectsTemperaturesThatAreNotFinitePositive() {
    for (double t : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> Decoder.sample(t, new SplittableRandom(0)), "t=" + t);
    }
  }

  private static double frequencyOfOne(Decoder d, float[] logits) {
    int n = 20000;
    int ones = 0;
    for (int i = 0; i < n; i++) {
      ones += d.pick(logits, 0, 2);
    }
    return ones / (double) n;
  }
}
