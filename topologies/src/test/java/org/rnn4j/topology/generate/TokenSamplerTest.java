package org.rnn4j.topology.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.NonFiniteException;

class TokenSamplerTest {

  private static float[] randomLogits(SplittableRandom r, int v) {
    float[] z = new float[v];
    for (int j = 0; j < v; j++) {
      z[j] = (float) (r.nextGaussian() * 2);
    }
    return z;
  }

  @Test
  void argmaxPicksLargestAndLowestIdOnTies() {
    assertEquals(2, TokenSampler.argmax().sample(new float[] {0.1f, -3f, 2.5f, 1f}));
    assertEquals(1, TokenSampler.argmax().sample(new float[] {0f, 4f, 4f, 4f}));
    assertEquals(1, TokenSampler.argmax(new float[] {9f, 0f, 3f, 1f}, 1, 3));
  }

  @Test
  void tinyTemperatureEqualsArgmax() {
    SplittableRandom r = new SplittableRandom(3);
    TokenSampler cold = TokenSampler.builder().optTemperature(1e-4).optSeed(5).build();
    for (int i = 0; i < 500; i++) {
      float[] z = randomLogits(r, 10);
      assertEquals(TokenSampler.argmax().sample(z), cold.sample(z));
    }
  }

  @Test
  void topOneEqualsArgmaxAtAnyTemperature() {
    SplittableRandom r = new SplittableRandom(4);
    TokenSampler top1 = TokenSampler.builder().optTemperature(5).optTopK(1).optSeed(6).build();
    for (int i = 0; i < 500; i++) {
      float[] z = randomLogits(r, 12);
      assertEquals(TokenSampler.argmax().sample(z), top1.sample(z));
    }
  }

  @Test
  void sameSeedSameSamplesAndResetRepeats() {
    SplittableRandom r = new SplittableRandom(7);
    float[][] rows = new float[200][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = randomLogits(r, 8);
    }
    int[] a = draw(TokenSampler.builder().optSeed(11).build(), rows);
    TokenSampler again = TokenSampler.builder().optSeed(11).build();
    assertArrayEquals(a, draw(again, rows));
    again.reset();
    assertArrayEquals(a, draw(again, rows));
    assertNotEquals(java.util.Arrays.toString(a),
        java.util.Arrays.toString(draw(TokenSampler.builder().optSeed(12).build(), rows)));
  }

  private static int[] draw(TokenSampler s, float[][] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = s.sample(rows[i]);
    }
    return out;
  }

  @Test
  void topKNeverLeavesTheTopKAndReachesAllOfThem() {
    SplittableRandom r = new SplittableRandom(8);
    TokenSampler s = TokenSampler.builder().optTemperature(3).optTopK(3).optSeed(1).build();
    for (int i = 0; i < 200; i++) {
      float[] z = randomLogits(r, 9);
      Integer[] order = new Integer[9];
      for (int j = 0; j < 9; j++) {
        order[j] = j;
      }
      java.util.Arrays.sort(order, (p, q) -> Float.compare(z[q], z[p]));
      java.util.Set<Integer> top = java.util.Set.of(order[0], order[1], order[2]);
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int d = 0; d < 200; d++) {
        int t = s.sample(z);
        assertTrue(top.contains(t), "token " + t + " outside top-3 " + top);
        seen.add(t);
      }
      if (i == 0) {
        assertEquals(top, seen, "a flat temperature reaches every top-3 token");
      }
    }
  }

  @Test
  void samplingFollowsTheSoftmax() {
    float[] z = {0f, (float) Math.log(3)};
    TokenSampler s = TokenSampler.builder().optSeed(2).build();
    int ones = 0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
      ones += s.sample(z);
    }
    assertEquals(0.75, ones / (double) n, 0.015);
  }

  @Test
  void badArgumentsAreRejectedClearly() {
    var zero = assertThrows(IllegalArgumentException.class, () -> TokenSampler.builder().optTemperature(0));
    assertTrue(zero.getMessage().contains("temperature must be a finite number > 0"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TokenSampler.builder().optTemperature(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> TokenSampler.builder().optTopK(0));
    assertThrows(NonFiniteException.class, () -> TokenSampler.argmax().sample(new float[] {0f, Float.NaN}));
    assertThrows(IllegalArgumentException.class, () -> TokenSampler.argmax().sample(new float[0]));
  }
}
