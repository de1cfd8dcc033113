package org.rnn4j.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every GEMM against a double-precision reference, on shapes that hit tile edges, blocks, offsets and strides. */
class GemmTest {

  static Stream<Gemm> gemms() {
    return TestGemms.all();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void matchesReferenceOnRandomShapes(Gemm gemm) {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int t = 0; t < 160; t++) {
      int m = GemmReference.size(rnd, 80);
      int n = GemmReference.size(rnd, 80);
      int k = GemmReference.size(rnd, 80);
      check(gemm, new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, (t & 4) != 0, m, n, k, t % 3 != 0));
    }
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void matchesReferenceAcrossCacheBlocks(Gemm gemm) {
    SplittableRandom rnd = new SplittableRandom(7);
    // k beyond one packed slice, m beyond one packed block of A, n beyond one packed block of B.
    int[][] shapes = {{9, 40, 2 * PackedGemm.KC + 3}, {PackedGemm.MC + 11, 35, 20}, {10, PackedGemm.NC + 37, 5},
        {1, 300, 700}, {3, 70, PackedGemm.KC + 1}, {200, 130, 300}};
    for (int[] s : shapes) {
      for (int t = 0; t < 8; t++) {
        check(gemm, new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, (t & 4) != 0, s[0], s[1], s[2],
            true));
      }
    }
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void matchesReferenceOnRnnStepShapes(Gemm gemm) {
    SplittableRandom rnd = new SplittableRandom(3);
    // (B, H) per step: forward NT (B, 4H, H), backward NN (B, H, 4H); X = 65 input projections.
    int[][] bh = {{1, 128}, {2, 32}, {4, 64}, {5, 16}, {8, 40}, {9, 24}};
    for (int[] s : bh) {
      int batch = s[0];
      int h = s[1];
      check(gemm, new GemmReference.Problem(rnd, false, true, false, batch, 4 * h, h, false));
      check(gemm, new GemmReference.Problem(rnd, false, true, true, batch, 4 * h, h, true));
      check(gemm, new GemmReference.Problem(rnd, false, false, true, batch, h, 4 * h, false));
      check(gemm, new GemmReference.Problem(rnd, true, false, true, 4 * h, 65, 3 * batch, true));
    }
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void emptyProductsOverwriteWithZeroOrLeaveC(Gemm gemm) {
    SplittableRandom rnd = new SplittableRandom(5);
    for (boolean acc : new boolean[] {false, true}) {
      check(gemm, new GemmReference.Problem(rnd, false, false, acc, 3, 4, 0, true));
      check(gemm, new GemmReference.Problem(rnd, true, true, acc, 0, 4, 3, true));
      check(gemm, new GemmReference.Problem(rnd, false, true, acc, 3, 0, 3, true));
    }
  }

  @Test
  void plainAndVectorAgree() {
    SplittableRandom rnd = new SplittableRandom(11);
    Gemm plain = new PlainGemm();
    Gemm vector = new VectorGemm();
    for (int t = 0; t < 40; t++) {
      GemmReference.Problem p = new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, (t & 4) != 0,
          GemmReference.size(rnd, 70), GemmReference.size(rnd, 70), GemmReference.size(rnd, 200), true);
      float[] x = p.run(plain);
      float[] y = p.run(vector);
      for (int i = 0; i < x.length; i++) {
        assertEquals(x[i], y[i], 1e-6 * (p.k + 2) + 1e-6, () -> p.toString());
      }
    }
  }

  @Test
  void vectorGemmIsDeterministic() {
    SplittableRandom rnd = new SplittableRandom(13);
    Gemm vector = new VectorGemm();
    for (int t = 0; t < 20; t++) {
      GemmReference.Problem p = new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, false,
          GemmReference.size(rnd, 60), GemmReference.size(rnd, 60), GemmReference.size(rnd, 300), true);
      assertArrayEquals(p.run(vector), p.run(vector), p.toString());
    }
  }

  private static void check(Gemm gemm, GemmReference.Problem p) {
    p.verify(gemm.name(), p.run(gemm));
  }
}
