package org.rnn4j.core.math;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The direct path of {@link VectorGemm} for a few rows of C (the per-time-step products of an RNN, {@code h * W_hhᵀ}
 * and {@code dG * W_hh}): B is read in place, never packed. Without transposed B each row of C is a sum of rows of B
 * scaled by elements of A; with transposed B each element of C is a dot product of two contiguous rows.
 *
 * <p>Each element of C is computed by the same sequence of float operations wherever it lies in C (vector lanes and
 * scalar tails use the same fused multiply-adds, in increasing k order; dot products sum lanes in one fixed tree, not with {@code reduceLanes}, whose order may differ between the
 * interpreter and compiled code), so
 * splitting C into column ranges gives bit-identical results.
 */
final class SmallGemm {
  private SmallGemm() {}

  static final VectorSpecies<Float> S = PackedGemm.S;
  static final int VL = S.length();
  /**
   * The largest m served by this path with transposed B (each row of A streams all of B) and without (four rows of A
   * share one pass over B): beyond these, packing B pays for itself.
   */
  static final int MAX_M_DOT = 4;
  static final int MAX_M_AXPY = 8;

  /** Lane {@code i} to lane {@code i ^ 2^s}, for the fixed-order horizontal sums. */
  @SuppressWarnings("unchecked")
  private static final VectorShuffle<Float>[] XOR = new VectorShuffle[VL];
  private static final VectorMask<Float> HALF = mask(VL / 2);
  private static final VectorMask<Float> QUARTER = mask(VL / 4);

  static {
    for (int bit = 1; bit < VL; bit <<= 1) {
      int b = bit;
      XOR[bit] = VectorShuffle.fromOp(S, i -> i ^ b);
    }
  }

  private static VectorMask<Float> mask(int bit) {
    boolean[] set = new boolean[VL];
    for (int i = 0; i < VL; i++) {
      set[i] = (i & bit) != 0;
    }
    return VectorMask.fromArray(S, set, 0);
  }

  private static final ThreadLocal<float[]> LANES = ThreadLocal.withInitial(() -> new float[VL]);

  private static final ThreadLocal<float[][]> ROW = ThreadLocal.withInitial(() -> new float[1][0]);

  /** {@code C (+)= op(A) * op(B)} on validated arguments with {@code k > 0}. */
  static void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    int aRowStep = transA ? 1 : lda;
    int aColStep = transA ? lda : 1;
    if (!transB) {
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        axpy4(n, k, a, aOff + i * aRowStep, aRowStep, aColStep, b, bOff, ldb, accumulate, c, cOff + i * ldc, ldc);
      }
      for (; i < m; i++) {
        axpy1(n, k, a, aOff + i * aRowStep, aColStep, b, bOff, ldb, accumulate, c, cOff + i * ldc);
      }
    } else {
      for (int i = 0; i < m; i++) {
        float[] row = a;
        int rowOff = aOff + i * aRowStep;
        if (transA) {
          float[][] holder = ROW.get();
          if (holder[0].length < k) {
            holder[0] = new float[k];
          }
          row = holder[0];
          for (int p = 0; p < k; p++) {
            row[p] = a[rowOff + p * lda];
          }
          rowOff = 0;
        }
        dots(n, k, row, rowOff, b, bOff, ldb, accumulate, c, cOff + i * ldc);
      }
    }
  }

  /** Four rows of C: {@code C[r, :] (+)= sum_p A[r, p] * B[p, :]}. */
  private static void axpy4(int n, int k, float[] a, int aOff, int aRowStep, int aColStep,
      float[] b, int bOff, int ldb, boolean accumulate, float[] c, int cOff, int ldc) {
    int j = 0;
    for (; j + 2 * VL <= n; j += 2 * VL) {
      FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
      FloatVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
      for (int p = 0, ai = aOff, bi = bOff + j; p < k; p++, ai += aColStep, bi += ldb) {
        FloatVector b0 = FloatVector.fromArray(S, b, bi);
        FloatVector b1 = FloatVector.fromArray(S, b, bi + VL);
        FloatVector x = FloatVector.broadcast(S, a[ai]);
        c00 = x.fma(b0, c00);
        c01 = x.fma(b1, c01);
        x = FloatVector.broadcast(S, a[ai + aRowStep]);
        c10 = x.fma(b0, c10);
        c11 = x.fma(b1, c11);
        x = FloatVector.broadcast(S, a[ai + 2 * aRowStep]);
        c20 = x.fma(b0, c20);
        c21 = x.fma(b1, c21);
        x = FloatVector.broadcast(S, a[ai + 3 * aRowStep]);
        c30 = x.fma(b0, c30);
        c31 = x.fma(b1, c31);
      }
      int ci = cOff + j;
      put(c, ci, c00, accumulate);
      put(c, ci + VL, c01, accumulate);
      put(c, ci + ldc, c10, accumulate);
      put(c, ci + ldc + VL, c11, accumulate);
      put(c, ci + 2 * ldc, c20, accumulate);
      put(c, ci + 2 * ldc + VL, c21, accumulate);
      put(c, ci + 3 * ldc, c30, accumulate);
      put(c, ci + 3 * ldc + VL, c31, accumulate);
    }
    if (j < n) {
      for (int r = 0; r < 4; r++) {
        axpyTail(j, n, k, a, aOff + r * aRowStep, aColStep, b, bOff, ldb, accumulate, c, cOff + r * ldc);
      }
    }
  }

  /** One row of C: {@code C[0, :] (+)= sum_p A[0, p] * B[p, :]}. */
  private static void axpy1(int n, int k, float[] a, int aOff, int aColStep,
      float[] b, int bOff, int ldb, boolean accumulate, float[] c, int cOff) {
    int j = 0;
    for (; j + 4 * VL <= n; j += 4 * VL) {
      FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
      for (int p = 0, ai = aOff, bi = bOff + j; p < k; p++, ai += aColStep, bi += ldb) {
        FloatVector x = FloatVector.broadcast(S, a[ai]);
        c0 = x.fma(FloatVector.fromArray(S, b, bi), c0);
        c1 = x.fma(FloatVector.fromArray(S, b, bi + VL), c1);
        c2 = x.fma(FloatVector.fromArray(S, b, bi + 2 * VL), c2);
        c3 = x.fma(FloatVector.fromArray(S, b, bi + 3 * VL), c3);
      }
      int ci = cOff + j;
      put(c, ci, c0, accumulate);
      put(c, ci + VL, c1, accumulate);
      put(c, ci + 2 * VL, c2, accumulate);
      put(c, ci + 3 * VL, c3, accumulate);
    }
    axpyTail(j, n, k, a, aOff, aColStep, b, bOff, ldb, accumulate, c, cOff);
  }

  /** Columns {@code [j, n)} of one row of C, one vector at a time, then scalar. */
  private static void axpyTail(int j, int n, int k, float[] a, int aOff, int aColStep,
      float[] b, int bOff, int ldb, boolean accumulate, float[] c, int cOff) {
    for (; j + VL <= n; j += VL) {
      FloatVector c0 = FloatVector.zero(S);
      for (int p = 0, ai = aOff, bi = bOff + j; p < k; p++, ai += aColStep, bi += ldb) {
        c0 = FloatVector.broadcast(S, a[ai]).fma(FloatVector.fromArray(S, b, bi), c0);
      }
      put(c, cOff + j, c0, accumulate);
    }
    for (; j < n; j++) {
      float s = 0f;
      for (int p = 0, ai = aOff, bi = bOff + j; p < k; p++, ai += aColStep, bi += ldb) {
        s = Math.fma(a[ai], b[bi], s);
      }
      c[cOff + j] = accumulate ? c[cOff + j] + s : s;
    }
  }

  /** One row of C: {@code C[0, j] (+)= dot(A[0, :], B[j, :])} with the A row contiguous. */
  private static void dots(int n, int k, float[] a, int aOff, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff) {
    int kv = k / VL * VL;
    float[] lanes = LANES.get();
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      int b0 = bOff + j * ldb;
      int b1 = b0 + ldb;
      int b2 = b1 + ldb;
      int b3 = b2 + ldb;
      FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
      for (int p = 0; p < kv; p += VL) {
        FloatVector x = FloatVector.fromArray(S, a, aOff + p);
        s0 = x.fma(FloatVector.fromArray(S, b, b0 + p), s0);
        s1 = x.fma(FloatVector.fromArray(S, b, b1 + p), s1);
        s2 = x.fma(FloatVector.fromArray(S, b, b2 + p), s2);
        s3 = x.fma(FloatVector.fromArray(S, b, b3 + p), s3);
      }
      // Sum the four accumulators' lanes together: lane 0 holds row 0's sum, lane VL/2 row 1's, VL/4 row 2's.
      FloatVector t01 = s0.blend(s1, HALF).add(s1.blend(s0, HALF).rearrange(XOR[VL / 2]));
      FloatVector t23 = s2.blend(s3, HALF).add(s3.blend(s2, HALF).rearrange(XOR[VL / 2]));
      FloatVector u = t01.blend(t23, QUARTER).add(t23.blend(t01, QUARTER).rearrange(XOR[VL / 4]));
      for (int bit = VL / 8; bit >= 1; bit >>= 1) {
        u = u.add(u.rearrange(XOR[bit]));
      }
      u.intoArray(lanes, 0);
      store(c, cOff + j, tail(lanes[0], kv, k, a, aOff, b, b0), accumulate);
      store(c, cOff + j + 1, tail(lanes[VL / 2], kv, k, a, aOff, b, b1), accumulate);
      store(c, cOff + j + 2, tail(lanes[VL / 4], kv, k, a, aOff, b, b2), accumulate);
      store(c, cOff + j + 3, tail(lanes[VL / 2 + VL / 4], kv, k, a, aOff, b, b3), accumulate);
    }
    for (; j < n; j++) {
      int b0 = bOff + j * ldb;
      FloatVector s0 = FloatVector.zero(S);
      for (int p = 0; p < kv; p += VL) {
        s0 = FloatVector.fromArray(S, a, aOff + p).fma(FloatVector.fromArray(S, b, b0 + p), s0);
      }
      // The same tree as the four-row reduction above: pairs VL/2 apart, then VL/4, ... 1.
      for (int bit = VL / 2; bit >= 1; bit >>= 1) {
        s0 = s0.add(s0.rearrange(XOR[bit]));
      }
      s0.intoArray(lanes, 0);
      store(c, cOff + j, tail(lanes[0], kv, k, a, aOff, b, b0), accumulate);
    }
  }

  private static float tail(float sum, int kv, int k, float[] a, int aOff, float[] b, int bRow) {
    for (int p = kv; p < k; p++) {
      sum = Math.fma(a[aOff + p], b[bRow + p], sum);
    }
    return sum;
  }

  private static void store(float[] c, int i, float v, boolean accumulate) {
    c[i] = accumulate ? c[i] + v : v;
  }

  // No vector-valued conditional expressions: on JDK 17 merging two vectors in a phi boxes them.
  private static void put(float[] c, int i, FloatVector v, boolean accumulate) {
    if (accumulate) {
      v.add(FloatVector.fromArray(S, c, i)).intoArray(c, i);
    } else {
      v.intoArray(c, i);
    }
  }
}
