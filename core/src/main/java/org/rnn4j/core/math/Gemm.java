package org.rnn4j.core.math;

/**
 * Single-precision general matrix multiply over row-major {@code float[]} with offsets and leading dimensions:
 * {@code C = op(A) * op(B)} or {@code C += op(A) * op(B)}, where {@code op(X)} is {@code X} or its transpose.
 *
 * <p>{@code op(A)} is {@code m x k} and {@code op(B)} is {@code k x n}; {@code C} is {@code m x n}. A matrix stored
 * row-major with leading dimension {@code ld} has element {@code (i, j)} at {@code off + i*ld + j}. Implementations
 * are deterministic: the same inputs give bit-identical outputs, whatever the number of threads.
 */
public interface Gemm {

  /**
   * Computes {@code C (+)= op(A) * op(B)}.
   *
   * @param transA use {@code Aᵀ} (A stored {@code k x m}) instead of A (stored {@code m x k})
   * @param transB use {@code Bᵀ} (B stored {@code n x k}) instead of B (stored {@code k x n})
   * @param accumulate add to C instead of overwriting it
   */
  void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda,
      float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc);

  /** A short name for reports and benchmarks, for example {@code plain} or {@code vector-512x2}. */
  String name();

  /** How many threads a large product runs on (1 for a serial implementation). */
  default int threads() {
    return 1;
  }
}
