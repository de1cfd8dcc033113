package org.rnn4j.core.math;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad GEMM arguments fail with a message naming the argument, the expected and the actual value. */
class GemmArgsTest {

  static Stream<Gemm> gemms() {
    return Stream.of(new PlainGemm(), new VectorGemm(), new ParallelGemm(2, 0));
  }

  @ParameterizedTest
  @MethodSource("gemms")
  void rejectsBadArguments(Gemm g) {
    float[] a = new float[6];
    float[] b = new float[6];
    float[] c = new float[4];
    // A 2x3, B 3x2, C 2x2 fit exactly.
    g.gemm(false, false, 2, 2, 3, a, 0, 3, b, 0, 2, false, c, 0, 2);
    expect(() -> g.gemm(false, false, -1, 2, 3, a, 0, 3, b, 0, 2, false, c, 0, 2), "m must be >= 0, got -1");
    expect(() -> g.gemm(false, false, 2, -2, 3, a, 0, 3, b, 0, 2, false, c, 0, 2), "n must be >= 0, got -2");
    expect(() -> g.gemm(false, false, 2, 2, -3, a, 0, 3, b, 0, 2, false, c, 0, 2), "k must be >= 0, got -3");
    expect(() -> g.gemm(false, false, 2, 2, 3, a, 1, 3, b, 0, 2, false, c, 0, 2),
        "a must hold 6 floats (2 x 3, leading dimension 3) from offset 1, but has length 6");
    expect(() -> g.gemm(false, false, 2, 2, 3, a, 0, 2, b, 0, 2, false, c, 0, 2), "lda must be >= max(1, k) = 3, got 2");
    expect(() -> g.gemm(true, false, 2, 2, 3, a, 0, 1, b, 0, 2, false, c, 0, 2), "lda must be >= max(1, m");
    expect(() -> g.gemm(false, true, 2, 2, 3, a, 0, 3, b, 0, 2, false, c, 0, 2), "ldb must be >= max(1, k");
    expect(() -> g.gemm(false, false, 2, 2, 3, a, 0, 3, b, 0, 3, false, c, 0, 2),
        "b must hold 8 floats (3 x 2, leading dimension 3) from offset 0, but has length 6");
    expect(() -> g.gemm(false, false, 2, 2, 3, a, 0, 3, b, 0, 2, false, c, 0, 3), "c must hold 5 floats");
    expect(() -> g.gemm(false, false, 2, 2, 3, a, 0, 3, b, -1, 2, false, c, 0, 2), "b offset must be >= 0, got -1");
    expect(() -> g.gemm(false, false, 2, 2, 3, null, 0, 3, b, 0, 2, false, c, 0, 2), "a must not be null");
    expect(() -> g.gemm(false, false, 2, 2, 3, a, 0, 3, b, 0, 2, false, new float[3], 0, 2), "c must hold 4 floats");
    if (g instanceof AutoCloseable) {
      ((ParallelGemm) g).close();
    }
  }

  private static void expect(Executable call, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(message), () -> "message '" + e.getMessage() + "' lacks '" + message + "'");
  }
}
