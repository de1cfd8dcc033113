package org.rnn4j.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The parallel GEMM gives bit-identical results to the serial one, whatever the split. */
class ParallelGemmTest {

  @Test
  void bitIdenticalToSerialOnManyShapes() {
    Gemm serial = new VectorGemm();
    SplittableRandom rnd = new SplittableRandom(17);
    for (int threads = 2; threads <= 4; threads++) {
      try (ParallelGemm parallel = new ParallelGemm(threads, 0)) {
        for (int t = 0; t < 120; t++) {
          int m = GemmReference.size(rnd, 150);
          int n = GemmReference.size(rnd, 150);
          int k = t % 10 == 0 ? PackedGemm.KC + 1 + rnd.nextInt(100) : GemmReference.size(rnd, 100);
          GemmReference.Problem p = new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, (t & 4) != 0,
              m, n, k, t % 3 != 0);
          assertBitEqual(p.run(serial), p.run(parallel), threads + " threads, " + p);
        }
      }
    }
  }

  @Test
  void bitIdenticalOnRnnShapes() {
    Gemm serial = new VectorGemm();
    SplittableRandom rnd = new SplittableRandom(19);
    int[][] shapes = {{1, 512, 128}, {4, 512, 128}, {1, 128, 512}, {8, 256, 1024}, {32, 1024, 256},
        {32, 256, 1024}, {800, 512, 65}, {1024, 65, 100}};
    try (ParallelGemm parallel = new ParallelGemm(2, 0)) {
      for (int[] s : shapes) {
        for (int t = 0; t < 4; t++) {
          GemmReference.Problem p = new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, t == 3,
              s[0], s[1], s[2], false);
          assertBitEqual(p.run(serial), p.run(parallel), p.toString());
        }
      }
    }
  }

  @Test
  void concurrentCallersGetCorrectResults() throws Exception {
    Gemm serial = new VectorGemm();
    GemmReference.Problem p = new GemmReference.Problem(new SplittableRandom(23), false, true, true, 96, 200, 150,
        true);
    float[] expected = p.run(serial);
    try (ParallelGemm parallel = new ParallelGemm(2, 0)) {
      Thread[] callers = new Thread[3];
      Throwable[] failures = new Throwable[callers.length];
      for (int t = 0; t < callers.length; t++) {
        int id = t;
        callers[t] = new Thread(() -> {
          try {
            for (int r = 0; r < 30; r++) {
              assertBitEqual(expected, p.run(parallel), "caller " + id);
            }
          } catch (Throwable e) {
            failures[id] = e;
          }
        });
        callers[t].start();
      }
      for (Thread c : callers) {
        c.join();
      }
      for (Throwable f : failures) {
        if (f != null) {
          throw new AssertionError(f);
        }
      }
    }
  }

  @Test
  void closedPoolRunsSerially() {
    GemmReference.Problem p = new GemmReference.Problem(new SplittableRandom(29), true, false, false, 70, 90, 40,
        true);
    ParallelGemm parallel = new ParallelGemm(2, 0);
    parallel.close();
    assertBitEqual(p.run(new VectorGemm()), p.run(parallel), "closed");
  }

  @Test
  void reportsThreadsAndRejectsBadArguments() {
    try (ParallelGemm parallel = new ParallelGemm(3)) {
      assertEquals(3, parallel.threads());
      assertTrue(parallel.name().startsWith("vector-parallel3"), parallel.name());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ParallelGemm(0));
    assertTrue(e.getMessage().contains("threads"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ParallelGemm(2, -1));
  }

  static void assertBitEqual(float[] expected, float[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
        throw new AssertionError(what + ": differs at index " + i + ": " + expected[i] + " vs " + actual[i]);
      }
    }
  }
}
