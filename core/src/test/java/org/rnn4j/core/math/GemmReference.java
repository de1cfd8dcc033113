package org.rnn4j.core.math;

import java.util.SplittableRandom;

/** Random GEMM problems with offsets and padded leading dimensions, and a double-precision reference. */
final class GemmReference {
  private GemmReference() {}

  /** Sentinel for elements of C outside the product's window; they must never change. */
  static final float OUTSIDE = -12345.5f;

  /** One problem: op(A) m x k, op(B) k x n, C m x n, each stored with an offset and leading dimension. */
  static final class Problem {
    final boolean transA;
    final boolean transB;
    final boolean accumulate;
    final int m;
    final int n;
    final int k;
    final float[] a;
    final int aOff;
    final int lda;
    final float[] b;
    final int bOff;
    final int ldb;
    final float[] c0;
    final int cOff;
    final int ldc;

    Problem(SplittableRandom rnd, boolean transA, boolean transB, boolean accumulate, int m, int n, int k,
        boolean padded) {
      this.transA = transA;
      this.transB = transB;
      this.accumulate = accumulate;
      this.m = m;
      this.n = n;
      this.k = k;
      int aRows = transA ? k : m;
      int aCols = transA ? m : k;
      int bRows = transB ? n : k;
      int bCols = transB ? k : n;
      aOff = padded ? rnd.nextInt(5) : 0;
      bOff = padded ? rnd.nextInt(5) : 0;
      cOff = padded ? rnd.nextInt(5) : 0;
      lda = Math.max(1, aCols) + (padded ? rnd.nextInt(4) : 0);
      ldb = Math.max(1, bCols) + (padded ? rnd.nextInt(4) : 0);
      ldc = Math.max(1, n) + (padded ? rnd.nextInt(4) : 0);
      a = random(rnd, aOff + aRows * lda + 3);
      b = random(rnd, bOff + bRows * ldb + 3);
      c0 = new float[cOff + m * ldc + 3];
      java.util.Arrays.fill(c0, OUTSIDE);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          c0[cOff + i * ldc + j] = (float) (rnd.nextDouble() * 2 - 1);
        }
      }
    }

    float opA(int i, int p) {
      return transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
    }

    float opB(int p, int j) {
      return transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
    }

    float[] run(Gemm gemm) {
      float[] c = c0.clone();
      gemm.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
      return c;
    }

    /** Checks C against the double-precision product within a bound scaled by k; the rest of C is untouched. */
    void verify(String who, float[] c) {
      for (int idx = 0; idx < c.length; idx++) {
        int rel = idx - cOff;
        boolean inside = rel >= 0 && rel / ldc < m && rel % ldc < n;
        if (!inside && Float.floatToRawIntBits(c[idx]) != Float.floatToRawIntBits(OUTSIDE)) {
          throw new AssertionError(who + " " + this + ": wrote outside C at index " + idx + ": " + c[idx]);
        }
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double s = accumulate ? c0[cOff + i * ldc + j] : 0;
          double abs = Math.abs(s);
          for (int p = 0; p < k; p++) {
            double t = (double) opA(i, p) * opB(p, j);
            s += t;
            abs += Math.abs(t);
          }
          double tol = 2.0 * (k + 2) * 0x1p-24 * abs + 1e-30;
          float got = c[cOff + i * ldc + j];
          if (!(Math.abs(got - s) <= tol)) {
            throw new AssertionError(who + " " + this + ": C[" + i + "," + j + "] = " + got + ", expected " + s
                + " within " + tol);
          }
        }
      }
    }

    @Override
    public String toString() {
      return (transA ? "T" : "N") + (transB ? "T" : "N") + " m=" + m + " n=" + n + " k=" + k + " acc=" + accumulate
          + " offs=" + aOff + "/" + bOff + "/" + cOff + " ld=" + lda + "/" + ldb + "/" + ldc;
    }
  }

  static float[] random(SplittableRandom rnd, int size) {
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = (float) (rnd.nextDouble() * 2 - 1);
    }
    return x;
  }

  /** Sizes that hit the edges: 1, primes, multiples of the tiles and one either side. */
  static final int[] EDGE_SIZES = {1, 2, 3, 4, 5, 7, 8, 9, 13, 15, 16, 17, 31, 32, 33, 47, 63, 64, 65, 97, 128, 129};

  static int size(SplittableRandom rnd, int large) {
    return rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(large) : EDGE_SIZES[rnd.nextInt(EDGE_SIZES.length)];
  }
}
