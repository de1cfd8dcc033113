package org.rnn4j.core.math;

/**
 * Single-threaded SIMD GEMM on the Vector API ({@code jdk.incubator.vector}) at the platform's preferred vector
 * width. Large products are packed and cache-blocked around one register-blocked micro-kernel; products with a few
 * rows (an RNN time step) read B in place. Packing buffers are per thread and reused, so a warmed-up call allocates
 * nothing. Safe for concurrent use.
 *
 * <p>Loading this class needs {@code --add-modules jdk.incubator.vector}; {@link Kernels#best()} loads it only when
 * the module is present.
 */
public final class VectorGemm implements Gemm {

  /** Creates the kernel; it holds no state of its own. */
  public VectorGemm() {}

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    GemmArgs.check(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    run(direct(transB, m), transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
  }

  /**
   * Whether the product takes the direct (unpacked) path. It depends on the whole call's shape only, so a split of
   * C runs the same path in every part.
   */
  static boolean direct(boolean transB, int m) {
    return m <= (transB ? SmallGemm.MAX_M_DOT : SmallGemm.MAX_M_AXPY);
  }

  /** Runs one path on validated arguments (or on a sub-block of them, as {@link ParallelGemm} does). */
  static void run(boolean direct, boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      if (!accumulate) {
        GemmArgs.zero(m, n, c, cOff, ldc);
      }
      return;
    }
    if (direct) {
      SmallGemm.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
    } else {
      PackedGemm.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
    }
  }

  @Override
  public String name() {
    return "vector-" + PackedGemm.S.vectorBitSize() + "-" + PackedGemm.MR + "x" + PackedGemm.NR;
  }
}
