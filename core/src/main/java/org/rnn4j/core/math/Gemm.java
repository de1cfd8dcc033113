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

  /**
   * Prepares {@code op(B)} ({@code k x n}) for products of about {@code m} rows made with
   * {@link #gemm(boolean, int, float[], int, int, PackedB, boolean, float[], int, int)}: a kernel that would copy B
   * into its own layout at every call does so once here, into {@code into}'s reused buffer. The handle serves
   * products of any number of rows; {@code m} only tells whether a copy pays off. B must not change while the handle
   * is in use.
   *
   * <p>The default keeps a reference to B and copies nothing.
   *
   * @param transB op(B) is {@code Bᵀ} (B stored {@code n x k}) instead of B (stored {@code k x n})
   * @param into the handle to (re)prepare; its previous contents are discarded
   * @return {@code into}
   */
  default PackedB prepack(boolean transB, int m, int n, int k, float[] b, int bOff, int ldb, PackedB into) {
    GemmArgs.checkB(transB, m, n, k, b, bOff, ldb, into);
    into.refer(transB, k, n, b, bOff, ldb);
    return into;
  }

  /**
   * Computes {@code C (+)= op(A) * op(B)} with op(B) prepared by {@link #prepack}; n and k are the handle's. The
   * result is bit-identical to {@link #gemm(boolean, boolean, int, int, int, float[], int, int, float[], int, int,
   * boolean, float[], int, int)} on the handle's B.
   *
   * @param transA use {@code Aᵀ} (A stored {@code k x m}) instead of A (stored {@code m x k})
   * @param b a handle prepared by {@link #prepack} of any {@code Gemm}
   * @param accumulate add to C instead of overwriting it
   */
  default void gemm(boolean transA, int m, float[] a, int aOff, int lda, PackedB b,
      boolean accumulate, float[] c, int cOff, int ldc) {
    GemmArgs.check(transA, m, a, aOff, lda, b, c, cOff, ldc);
    gemm(transA, b.transB, m, b.n, b.k, a, aOff, lda, b.b, b.bOff, b.ldb, accumulate, c, cOff, ldc);
  }

  /** A short name for reports and benchmarks, for example {@code plain} or {@code vector-512x2}. */
  String name();

  /** How many threads a large product runs on (1 for a serial implementation). */
  default int threads() {
    return 1;
  }
}
