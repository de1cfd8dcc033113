package org.rnn4j.topology.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.math.Kernels;

/** Attention weights are distributions over the valid source steps only; padding never leaks into the output. */
class LuongAttentionTest {

  @Test
  void weightsSumToOneAndAreZeroOnPaddedSourceSteps() {
    LuongAttention a = new LuongAttention(Attention.GENERAL, 3, 5, 1, Kernels.plain());
    SequenceShape src = new SequenceShape(4, 3, new int[] {4, 1, 2});
    SequenceShape tgt = new SequenceShape(2, 3, new int[] {2, 2, 1});
    SplittableRandom r = new SplittableRandom(2);
    float[] enc = random(src.rows() * 5, r);
    float[] dec = random(tgt.rows() * 3, r);
    float[] out = a.forward(enc, src, dec, tgt).clone();
    for (int b = 0; b < 3; b++) {
      for (int t = 0; t < 2; t++) {
        double sum = 0;
        for (int s = 0; s < 4; s++) {
          if (s >= src.length(b)) {
            assertEquals(0f, a.weight(b, t, s));
          }
          sum += a.weight(b, t, s);
        }
        assertEquals(1, sum, 1e-6);
      }
    }
    // Garbage in the padded encoder rows changes nothing.
    for (int row = 0; row < src.rows(); row++) {
      if (!src.isValid(row)) {
        java.util.Arrays.fill(enc, row * 5, row * 5 + 5, 1e3f);
      }
    }
    assertArrayEquals(out, a.forward(enc, src, dec, tgt));
  }

  private static float[] random(int n, SplittableRandom r) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (r.nextDouble() * 2 - 1);
    }
    return a;
  }
}
