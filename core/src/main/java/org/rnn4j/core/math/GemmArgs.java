package org.rnn4j.core.math;

import org.rnn4j.core.Checks;

/**
 * Validation of {@link Gemm#gemm} arguments shared by every implementation. Constant time: it checks sizes, leading
 * dimensions and that each array holds the last element the call touches, never the elements themselves.
 */
final class GemmArgs {
  private GemmArgs() {}

  static void check(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
    Checks.nonNegative("m", m);
    Checks.nonNegative("n", n);
    Checks.nonNegative("k", k);
    matrix("a", "lda", a, aOff, lda, transA ? k : m, transA ? m : k, transA ? "m (A is stored k x m)" : "k");
    matrix("b", "ldb", b, bOff, ldb, transB ? n : k, transB ? k : n, transB ? "k (B is stored n x k)" : "n");
    matrix("c", "ldc", c, cOff, ldc, m, n, "n");
  }

  /** Checks the arguments of {@link Gemm#prepack}. */
  static void checkB(boolean transB, int m, int n, int k, float[] b, int bOff, int ldb, PackedB into) {
    Checks.nonNegative("m", m);
    Checks.nonNegative("n", n);
    Checks.nonNegative("k", k);
    matrix("b", "ldb", b, bOff, ldb, transB ? n : k, transB ? k : n, transB ? "k (B is stored n x k)" : "n");
    if (into == null) {
      throw new IllegalArgumentException("into must not be null");
    }
  }

  /** Checks the arguments of a product with a prepared B; n and k are the handle's. */
  static void check(boolean transA, int m, float[] a, int aOff, int lda, PackedB b, float[] c, int cOff, int ldc) {
    if (b == null) {
      throw new IllegalArgumentException("b must not be null");
    }
    b.requirePrepared();
    Checks.nonNegative("m", m);
    int k = b.k;
    matrix("a", "lda", a, aOff, lda, transA ? k : m, transA ? m : k, transA ? "m (A is stored k x m)" : "k");
    matrix("c", "ldc", c, cOff, ldc, m, b.n, "n");
  }

  private static void matrix(String name, String ldName, float[] x, int off, int ld, int rows, int cols,
      String colsName) {
    if (x == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (ld < Math.max(1, cols)) {
      throw new IllegalArgumentException(ldName + " must be >= max(1, " + colsName + ") = " + Math.max(1, cols)
          + ", got " + ld);
    }
    if (off < 0) {
      throw new IllegalArgumentException(name + " offset must be >= 0, got " + off);
    }
    if (rows > 0 && cols > 0) {
      long needed = (long) (rows - 1) * ld + cols;
      if (off + needed > x.length) {
        throw new IllegalArgumentException(name + " must hold " + needed + " floats (" + rows + " x " + cols
            + ", leading dimension " + ld + ") from offset " + off + ", but has length " + x.length);
      }
    }
  }

  /** Sets the {@code m x n} block of C to zero. */
  static void zero(int m, int n, float[] c, int cOff, int ldc) {
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
    }
  }
}
