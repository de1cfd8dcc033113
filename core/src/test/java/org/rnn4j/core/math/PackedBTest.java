package org.rnn4j.core.math;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A product with a B prepared by {@link Gemm#prepack} is bit-identical to the same product on B itself. */
class PackedBTest {

  static Stream<Gemm> gemms() {
    return TestGemms.all();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void bitIdenticalToUnpackedOnManyShapes(Gemm gemm) {
    SplittableRandom rnd = new SplittableRandom(31);
    PackedB handle = new PackedB();
    for (int t = 0; t < 200; t++) {
      // Half the products have at most 8 rows (the direct path of VectorGemm), half more.
      int m = t % 2 == 0 ? 1 + rnd.nextInt(8) : GemmReference.size(rnd, 150);
      int n = GemmReference.size(rnd, 150);
      int k = t % 10 == 0 ? PackedGemm.KC + 1 + rnd.nextInt(100) : GemmReference.size(rnd, 100);
      GemmReference.Problem p = new GemmReference.Problem(rnd, (t & 4) != 0, (t & 8) != 0, t % 3 != 0, m, n, k,
          t % 5 != 0);
      // Mostly prepared for the product's own m; sometimes for another, so a handle serves any number of rows.
      int hint = t % 7 == 0 ? 1 + rnd.nextInt(64) : m;
      assertBitEqual(p.run(gemm), runPrepared(gemm, gemm, p, hint, handle), gemm.name() + " hint=" + hint + " " + p);
    }
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void bitIdenticalOnEdgeAndBlockShapes(Gemm gemm) {
    SplittableRandom rnd = new SplittableRandom(37);
    PackedB handle = new PackedB();
    int[][] shapes = {{1, 1, 1}, {4, 1, 1}, {5, 33, 7}, {8, 64, 9}, {9, 64, 9}, {9, 1, 300}, {16, 31, 1},
        {50, 512, 128}, {50, 128, 512}, {32, 1024, 256}, {32, 256, 1024}, {9, 40, 2 * PackedGemm.KC + 3},
        {PackedGemm.MC + 11, 35, 20}, {10, PackedGemm.NC + 37, 5}, {3, 0, 5}, {0, 7, 5}, {6, 7, 0}};
    for (int[] s : shapes) {
      for (int t = 0; t < 8; t++) {
        GemmReference.Problem p = new GemmReference.Problem(rnd, (t & 1) != 0, (t & 2) != 0, (t & 4) != 0,
            s[0], s[1], s[2], t % 3 != 2);
        assertBitEqual(p.run(gemm), runPrepared(gemm, gemm, p, s[0], handle), gemm.name() + " " + p);
      }
    }
  }

  @Test
  void aHandleServesEveryKernel() {
    SplittableRandom rnd = new SplittableRandom(41);
    Gemm vector = new VectorGemm();
    Gemm plain = new PlainGemm();
    Gemm[] kernels = {plain, vector, TestGemms.PARALLEL2};
    for (int t = 0; t < 24; t++) {
      GemmReference.Problem p = new GemmReference.Problem(rnd, false, (t & 1) != 0, true,
          t % 2 == 0 ? 48 : 3, 96 + t, 40 + t, true);
      for (Gemm packer : kernels) {
        for (Gemm user : kernels) {
          PackedB handle = new PackedB();
          assertBitEqual(p.run(user), runPrepared(packer, user, p, p.m, handle),
              "packed by " + packer.name() + ", used by " + user.name() + ": " + p);
        }
      }
    }
  }

  @Test
  void preparingAgainReusesTheBufferAndDropsTheOldB() {
    SplittableRandom rnd = new SplittableRandom(43);
    Gemm vector = new VectorGemm();
    PackedB handle = new PackedB();
    GemmReference.Problem big = new GemmReference.Problem(rnd, false, true, false, 40, 200, 64, false);
    GemmReference.Problem small = new GemmReference.Problem(rnd, false, false, true, 20, 30, 17, true);
    runPrepared(vector, vector, big, big.m, handle);
    assertTrue(handle.packed, "40 rows take the packed path, so B is copied once");
    float[] panels = handle.panels;
    assertBitEqual(small.run(vector), runPrepared(vector, vector, small, small.m, handle), "smaller B after larger");
    assertSame(panels, handle.panels, "a smaller B reuses the buffer");
    GemmReference.Problem big2 = new GemmReference.Problem(rnd, false, true, true, 40, 200, 64, true);
    assertBitEqual(big2.run(vector), runPrepared(vector, vector, big2, big2.m, handle), "same size again");
    assertSame(panels, handle.panels, "the same size reuses the buffer");
    // Prepared for a few rows (no copy), used for many: still correct, reading B in place.
    GemmReference.Problem direct = new GemmReference.Problem(rnd, false, true, false, 24, 70, 33, true);
    assertBitEqual(direct.run(vector), runPrepared(vector, vector, direct, 1, handle), "hint of one row");
    assertFalse(handle.packed, "a one-row hint copies nothing");
  }

  @Test
  void reportsWhatItHolds() {
    PackedB handle = new PackedB();
    assertFalse(handle.isPrepared());
    float[] b = new float[12];
    assertSame(handle, new VectorGemm().prepack(true, 16, 4, 3, b, 0, 3, handle));
    assertTrue(handle.isPrepared());
    assertTrue(handle.transB());
    assertTrue(handle.k() == 3 && handle.n() == 4, "k=" + handle.k() + " n=" + handle.n());
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("gemms")
  void rejectsBadArguments(Gemm g) {
    float[] a = new float[6];
    float[] b = new float[6];
    float[] c = new float[4];
    PackedB handle = new PackedB();
    expect(() -> g.gemm(false, 2, a, 0, 3, handle, false, c, 0, 2), "b must be prepared by Gemm.prepack");
    expect(() -> g.gemm(false, 2, a, 0, 3, null, false, c, 0, 2), "b must not be null");
    expect(() -> g.prepack(false, 2, 2, 3, b, 0, 3, handle),
        "b must hold 8 floats (3 x 2, leading dimension 3) from offset 0, but has length 6");
    expect(() -> g.prepack(true, 2, 2, 3, b, 0, 2, handle), "ldb must be >= max(1, k");
    expect(() -> g.prepack(false, -1, 2, 3, b, 0, 2, handle), "m must be >= 0, got -1");
    expect(() -> g.prepack(false, 2, 2, 3, b, 0, 2, null), "into must not be null");
    // B 3x2 prepared; A 2x3 and C 2x2 fit exactly.
    g.prepack(false, 2, 2, 3, b, 0, 2, handle);
    g.gemm(false, 2, a, 0, 3, handle, false, c, 0, 2);
    expect(() -> g.gemm(false, -1, a, 0, 3, handle, false, c, 0, 2), "m must be >= 0, got -1");
    expect(() -> g.gemm(false, 2, a, 0, 2, handle, false, c, 0, 2), "lda must be >= max(1, k) = 3, got 2");
    expect(() -> g.gemm(false, 2, a, 1, 3, handle, false, c, 0, 2),
        "a must hold 6 floats (2 x 3, leading dimension 3) from offset 1, but has length 6");
    expect(() -> g.gemm(false, 2, a, 0, 3, handle, false, c, 0, 3), "c must hold 5 floats");
  }

  /** C after {@code user} multiplies with a handle that {@code packer} prepared for products of {@code hint} rows. */
  private static float[] runPrepared(Gemm packer, Gemm user, GemmReference.Problem p, int hint, PackedB handle) {
    assertSame(handle, packer.prepack(p.transB, hint, p.n, p.k, p.b, p.bOff, p.ldb, handle));
    float[] c = p.c0.clone();
    user.gemm(p.transA, p.m, p.a, p.aOff, p.lda, handle, p.accumulate, c, p.cOff, p.ldc);
    return c;
  }

  private static void assertBitEqual(float[] expected, float[] actual, String what) {
    ParallelGemmTest.assertBitEqual(expected, actual, what);
  }

  private static void expect(Executable call, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(message), () -> "message '" + e.getMessage() + "' lacks '" + message + "'");
  }
}
