package org.rnn4j.core.math;

/**
 * Single-threaded SIMD GEMM on the Vector API ({@code jdk.incubator.vector}) at the platform's preferred vector
 * width. Large products are packed and cache-blocked around one register-blocked micro-kernel; products with a few
 * rows (an RNN time step) read B in place. A B used by many products can be packed once with {@link #prepack}.
 * Packing buffers are per thread and reused, so a warmed-up call allocates nothing. Safe for concurrent use.
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

  /** Packs op(B) once when products of {@code m} rows take the packed path; the direct path reads B in place. */
  @Override
  public PackedB prepack(boolean transB, int m, int n, int k, float[] b, int bOff, int ldb, PackedB into) {
    return prepare(transB, m, n, k, b, bOff, ldb, into);
  }

  /** What {@link #prepack} does, shared with {@link ParallelGemm}. */
  static PackedB prepare(boolean transB, int m, int n, int k, float[] b, int bOff, int ldb, PackedB into) {
    GemmArgs.checkB(transB, m, n, k, b, bOff, ldb, into);
    into.refer(transB, k, n, b, bOff, ldb);
    if (!direct(transB, m)) {
      PackedGemm.pack(into);
    }
    return into;
  }

  @Override
  public void gemm(boolean transA, int m, float[] a, int aOff, int lda, PackedB b,
      boolean accumulate, float[] c, int cOff, int ldc) {
    GemmArgs.check(transA, m, a, aOff, lda, b, c, cOff, ldc);
    boolean direct = direct(b.transB, m);
    if (direct) {
      // As shallow a call chain as the unprepared product: the few-row path runs at every RNN time step.
      run(true, transA, b.transB, m, b.n, b.k, a, aOff, lda, b.b, b.bOff, b.ldb, accumulate, c, cOff, ldc);
    } else {
      run(false, transA, m, b.n, a, aOff, lda, b, 0, accumulate, c, cOff, ldc);
    }
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

  /**
   * Runs one path on validated arguments with a prepared B, over columns {@code [col0, col0+n)} of op(B)
   * ({@code col0} a multiple of {@link PackedGemm#NR}): from the packed copy when the packed path has one, else
   * on B in place.
   */
  static void run(boolean direct, boolean transA, int m, int n, float[] a, int aOff, int lda, PackedB b, int col0,
      boolean accumulate, float[] c, int cOff, int ldc) {
    int k = b.k;
    if (!direct && b.packed && m > 0 && n > 0 && k > 0) {
      PackedGemm.gemmPacked(transA, m, n, k, a, aOff, lda, b, col0, accumulate, c, cOff, ldc);
    } else {
      run(direct, transA, b.transB, m, n, k, a, aOff, lda, b.b, b.bOff + (b.transB ? col0 * b.ldb : col0), b.ldb,
          accumulate, c, cOff, ldc);
    }
  }

  @Override
  public String name() {
    return "vector-" + PackedGemm.S.vectorBitSize() + "-" + PackedGemm.MR + "x" + PackedGemm.NR;
  }
}
