package org.rnn4j.core.math;

/**
 * Portable single-threaded GEMM in plain Java: loop orders chosen so the inner loop runs over contiguous memory
 * and the JIT can vectorise it. The reference the SIMD kernels are tested against, and the fallback when the
 * Vector API is absent.
 */
public final class PlainGemm implements Gemm {

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    if (m == 0 || n == 0) {
      return;
    }
    if (!accumulate) {
      for (int i = 0; i < m; i++) {
        java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
      }
    }
    if (!transB) {
      // C[i,:] += sum_p op(A)[i,p] * B[p,:]
      for (int i = 0; i < m; i++) {
        int ci = cOff + i * ldc;
        for (int p = 0; p < k; p++) {
          float aip = transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
          if (aip == 0f) {
            continue;
          }
          int bp = bOff + p * ldb;
          for (int j = 0; j < n; j++) {
            c[ci + j] += aip * b[bp + j];
          }
        }
      }
    } else if (!transA) {
      // C[i,j] += dot(A[i,:], B[j,:])
      for (int i = 0; i < m; i++) {
        int ai = aOff + i * lda;
        int ci = cOff + i * ldc;
        for (int j = 0; j < n; j++) {
          int bj = bOff + j * ldb;
          float s = 0f;
          for (int p = 0; p < k; p++) {
            s += a[ai + p] * b[bj + p];
          }
          c[ci + j] += s;
        }
      }
    } else {
      for (int i = 0; i < m; i++) {
        int ci = cOff + i * ldc;
        for (int j = 0; j < n; j++) {
          int bj = bOff + j * ldb;
          float s = 0f;
          for (int p = 0; p < k; p++) {
            s += a[aOff + p * lda + i] * b[bj + p];
          }
          c[ci + j] += s;
        }
      }
    }
  }

  @Override
  public String name() {
    return "plain";
  }
}
