package org.rnn4j.core.math;

/**
 * Portable single-threaded GEMM in plain Java: the reference the SIMD kernels are tested against, and the fallback
 * when the Vector API is absent. C is updated block by block with rows of B scaled by elements of A, so the inner
 * loop runs over contiguous memory and the JIT can vectorise it; a transposed B is first copied, a block at a time,
 * into a reused per-thread buffer. Each element of C is summed in increasing k order. Safe for concurrent use.
 */
public final class PlainGemm implements Gemm {

  private static final int NC = 256;
  private static final int KC = 128;
  private static final ThreadLocal<float[]> BUFFER = ThreadLocal.withInitial(() -> new float[KC * NC]);

  /** Creates the kernel; it holds no state of its own. */
  public PlainGemm() {}

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    GemmArgs.check(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    if (m == 0 || n == 0) {
      return;
    }
    if (!accumulate) {
      GemmArgs.zero(m, n, c, cOff, ldc);
    }
    float[] buf = transB ? BUFFER.get() : null;
    for (int jc = 0; jc < n; jc += NC) {
      int nc = Math.min(NC, n - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        float[] bb = b;
        int bo = bOff + pc * ldb + jc;
        int bld = ldb;
        if (transB) {
          for (int j = 0; j < nc; j++) {
            int src = bOff + (jc + j) * ldb + pc;
            for (int p = 0; p < kc; p++) {
              buf[p * nc + j] = b[src + p];
            }
          }
          bb = buf;
          bo = 0;
          bld = nc;
        }
        for (int i = 0; i < m; i++) {
          int ci = cOff + i * ldc + jc;
          for (int p = 0; p < kc; p++) {
            float aip = transA ? a[aOff + (pc + p) * lda + i] : a[aOff + i * lda + pc + p];
            int bp = bo + p * bld;
            for (int j = 0; j < nc; j++) {
              c[ci + j] += aip * bb[bp + j];
            }
          }
        }
      }
    }
  }

  @Override
  public String name() {
    return "plain";
  }
}
