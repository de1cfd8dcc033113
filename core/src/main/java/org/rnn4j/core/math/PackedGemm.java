package org.rnn4j.core.math;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The blocked GEMM behind {@link VectorGemm}: op(A) and op(B) are copied ("packed") block by block into contiguous
 * panels so one register-blocked micro-kernel serves all four transpose combinations. Blocks are sized so a
 * {@code KC x NR} panel of B stays in L1 and an {@code MC x KC} block of A in L2.
 *
 * <p>Every element of C is the float sum over the same {@code KC}-sized slices of k, each slice accumulated by fused
 * multiply-adds in increasing k order. The slices depend on k alone, so any split of C into row or column ranges
 * computes bit-identical results.
 */
final class PackedGemm {
  private PackedGemm() {}

  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  static final int VL = S.length();
  /** Rows of the micro-tile. */
  static final int MR = 8;
  /** Columns of the micro-tile: two vectors. */
  static final int NR = 2 * VL;
  /**
   * Depth of a packed slice of k: a {@code KC x NR} panel of B is 32 KB at 512 bits, within a 48 KB L1. A constant,
   * not a setting: the slices fix the order of the float sums, so results do not depend on configuration.
   */
  static final int KC = 256;
  /** Rows of op(A) packed at once (a multiple of MR): 192 KB of A, well within a 2 MB L2. */
  static final int MC = 192 / MR * MR;
  /** Columns of op(B) packed at once (a multiple of NR). */
  static final int NC = 2048 / NR * NR;

  /** Per-thread packing buffers, grown on demand and reused. */
  static final class Workspace {
    float[] ap = new float[0];
    float[] bp = new float[0];
    final float[] tile = new float[MR * NR];

    float[] ap(int size) {
      if (ap.length < size) {
        ap = new float[size];
      }
      return ap;
    }

    float[] bp(int size) {
      if (bp.length < size) {
        bp = new float[size];
      }
      return bp;
    }
  }

  private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

  /** {@code C (+)= op(A) * op(B)} on validated arguments with {@code k > 0}. */
  static void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    Workspace ws = WORKSPACE.get();
    int ncMax = roundUp(Math.min(n, NC), NR);
    int mcMax = roundUp(Math.min(m, MC), MR);
    int kcMax = Math.min(k, KC);
    float[] bp = ws.bp(ncMax * kcMax);
    float[] ap = ws.ap(mcMax * kcMax);
    for (int jc = 0; jc < n; jc += NC) {
      int nc = Math.min(NC, n - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        packB(transB, b, bOff, ldb, pc, kc, jc, nc, bp, 0);
        block(transA, m, nc, kc, pc, a, aOff, lda, bp, 0, !accumulate && pc == 0, c, cOff + jc, ldc, ap, ws.tile);
      }
    }
  }

  /**
   * Packs all of op(B) into the handle: slice {@code [pc, pc+kc)} of k holds, from {@code pc * roundUp(n, NR)},
   * the NR-column panels of all n columns, each {@code kc x NR} as {@link #packB} lays them out.
   */
  static void pack(PackedB h) {
    int nPad = roundUp(h.n, NR);
    long size = (long) h.k * nPad;
    if (size > Integer.MAX_VALUE - 8) {
      return; // too large for one array: the products pack B call by call, as without a handle
    }
    float[] panels = h.panels((int) size);
    for (int pc = 0; pc < h.k; pc += KC) {
      int kc = Math.min(KC, h.k - pc);
      packB(h.transB, h.b, h.bOff, h.ldb, pc, kc, 0, h.n, panels, pc * nPad);
    }
    h.packed = true;
  }

  /**
   * {@code C (+)= op(A) * op(B)[:, col0 : col0+n]} on validated arguments with {@code k > 0}, op(B) packed by
   * {@link #pack}; {@code col0} is a multiple of NR. The same blocks and micro-kernel calls as {@link #gemm}, on
   * the same packed values, so the results are bit-identical.
   */
  static void gemmPacked(boolean transA, int m, int n, int k, float[] a, int aOff, int lda, PackedB h, int col0,
      boolean accumulate, float[] c, int cOff, int ldc) {
    Workspace ws = WORKSPACE.get();
    int mcMax = roundUp(Math.min(m, MC), MR);
    float[] ap = ws.ap(mcMax * Math.min(k, KC));
    int nPad = roundUp(h.n, NR);
    for (int jc = 0; jc < n; jc += NC) {
      int nc = Math.min(NC, n - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        block(transA, m, nc, kc, pc, a, aOff, lda, h.panels, pc * nPad + (col0 + jc) * kc,
            !accumulate && pc == 0, c, cOff + jc, ldc, ap, ws.tile);
      }
    }
  }

  /**
   * One packed slice {@code [pc, pc+kc)} of k against {@code nc} columns of C: packs op(A) block by block and runs
   * the micro-kernel over the NR-column panels of B starting at {@code bp[bBase]}.
   */
  private static void block(boolean transA, int m, int nc, int kc, int pc, float[] a, int aOff, int lda,
      float[] bp, int bBase, boolean overwrite, float[] c, int cOff, int ldc, float[] ap, float[] tile) {
    for (int ic = 0; ic < m; ic += MC) {
      int mc = Math.min(MC, m - ic);
      packA(transA, a, aOff, lda, ic, mc, pc, kc, ap);
      for (int jr = 0; jr < nc; jr += NR) {
        int cols = Math.min(NR, nc - jr);
        int panel = bBase + jr * kc;
        for (int ir = 0; ir < mc; ir += MR) {
          int rows = Math.min(MR, mc - ir);
          kernel(kc, ap, ir * kc, bp, panel, c, cOff + (ic + ir) * ldc + jr, ldc, rows, cols, overwrite, tile);
        }
      }
    }
  }

  static int roundUp(int x, int unit) {
    return (x + unit - 1) / unit * unit;
  }

  /** Packs rows {@code [i0, i0+mc)} and columns {@code [p0, p0+kc)} of op(A) into MR-row panels, zero-padded. */
  static void packA(boolean transA, float[] a, int aOff, int lda, int i0, int mc, int p0, int kc, float[] ap) {
    for (int q = 0; q < mc; q += MR) {
      int base = q * kc;
      int rows = Math.min(MR, mc - q);
      if (!transA) {
        for (int r = 0; r < rows; r++) {
          int src = aOff + (i0 + q + r) * lda + p0;
          for (int p = 0, d = base + r; p < kc; p++, d += MR) {
            ap[d] = a[src + p];
          }
        }
      } else {
        for (int p = 0; p < kc; p++) {
          System.arraycopy(a, aOff + (p0 + p) * lda + i0 + q, ap, base + p * MR, rows);
        }
      }
      if (rows < MR) {
        for (int p = 0; p < kc; p++) {
          for (int r = rows; r < MR; r++) {
            ap[base + p * MR + r] = 0f;
          }
        }
      }
    }
  }

  /**
   * Packs rows {@code [p0, p0+kc)} and columns {@code [j0, j0+nc)} of op(B) into NR-column panels, zero-padded,
   * from {@code bp[bpOff]}.
   */
  static void packB(boolean transB, float[] b, int bOff, int ldb, int p0, int kc, int j0, int nc, float[] bp,
      int bpOff) {
    for (int q = 0; q < nc; q += NR) {
      int base = bpOff + q * kc;
      int cols = Math.min(NR, nc - q);
      if (!transB) {
        int src = bOff + p0 * ldb + j0 + q;
        if (cols == NR) {
          for (int p = 0, d = base; p < kc; p++, d += NR, src += ldb) {
            FloatVector.fromArray(S, b, src).intoArray(bp, d);
            FloatVector.fromArray(S, b, src + VL).intoArray(bp, d + VL);
          }
        } else {
          for (int p = 0, d = base; p < kc; p++, d += NR, src += ldb) {
            System.arraycopy(b, src, bp, d, cols);
          }
        }
      } else {
        for (int j = 0; j < cols; j++) {
          int src = bOff + (j0 + q + j) * ldb + p0;
          for (int p = 0, d = base + j; p < kc; p++, d += NR) {
            bp[d] = b[src + p];
          }
        }
      }
      if (cols < NR) {
        for (int p = 0; p < kc; p++) {
          for (int j = cols; j < NR; j++) {
            bp[base + p * NR + j] = 0f;
          }
        }
      }
    }
  }

  /**
   * C tile {@code (+)=} the product of one packed MR-row panel of A and one packed NR-column panel of B; only
   * {@code rows x cols} of the tile are written. Unrolled by hand: 16 accumulators in registers, and no helper
   * methods taking vectors (one that is not inlined makes the JIT box its vector arguments).
   */
  static void kernel(int kc, float[] ap, int aBase, float[] bp, int bBase, float[] c, int cOff, int ldc,
      int rows, int cols, boolean overwrite, float[] tile) {
    FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71;
    c00 = c01 = FloatVector.zero(S);
    c10 = c11 = FloatVector.zero(S);
    c20 = c21 = FloatVector.zero(S);
    c30 = c31 = FloatVector.zero(S);
    c40 = c41 = FloatVector.zero(S);
    c50 = c51 = FloatVector.zero(S);
    c60 = c61 = FloatVector.zero(S);
    c70 = c71 = FloatVector.zero(S);
    int ai = aBase;
    int bi = bBase;
    for (int p = 0; p < kc; p++) {
      FloatVector b0 = FloatVector.fromArray(S, bp, bi);
      FloatVector b1 = FloatVector.fromArray(S, bp, bi + 1 * VL);
      FloatVector a0 = FloatVector.broadcast(S, ap[ai]);
      c00 = a0.fma(b0, c00);
      c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(S, ap[ai + 1]);
      c10 = a1.fma(b0, c10);
      c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(S, ap[ai + 2]);
      c20 = a2.fma(b0, c20);
      c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(S, ap[ai + 3]);
      c30 = a3.fma(b0, c30);
      c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.broadcast(S, ap[ai + 4]);
      c40 = a4.fma(b0, c40);
      c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.broadcast(S, ap[ai + 5]);
      c50 = a5.fma(b0, c50);
      c51 = a5.fma(b1, c51);
      FloatVector a6 = FloatVector.broadcast(S, ap[ai + 6]);
      c60 = a6.fma(b0, c60);
      c61 = a6.fma(b1, c61);
      FloatVector a7 = FloatVector.broadcast(S, ap[ai + 7]);
      c70 = a7.fma(b0, c70);
      c71 = a7.fma(b1, c71);
      ai += MR;
      bi += NR;
    }
    // Stores are written out here: a helper taking vectors, once not inlined, would box them.
    if (rows == MR && cols == NR && overwrite) {
      c00.intoArray(c, cOff + 0 * ldc);
      c01.intoArray(c, cOff + 0 * ldc + 1 * VL);
      c10.intoArray(c, cOff + 1 * ldc);
      c11.intoArray(c, cOff + 1 * ldc + 1 * VL);
      c20.intoArray(c, cOff + 2 * ldc);
      c21.intoArray(c, cOff + 2 * ldc + 1 * VL);
      c30.intoArray(c, cOff + 3 * ldc);
      c31.intoArray(c, cOff + 3 * ldc + 1 * VL);
      c40.intoArray(c, cOff + 4 * ldc);
      c41.intoArray(c, cOff + 4 * ldc + 1 * VL);
      c50.intoArray(c, cOff + 5 * ldc);
      c51.intoArray(c, cOff + 5 * ldc + 1 * VL);
      c60.intoArray(c, cOff + 6 * ldc);
      c61.intoArray(c, cOff + 6 * ldc + 1 * VL);
      c70.intoArray(c, cOff + 7 * ldc);
      c71.intoArray(c, cOff + 7 * ldc + 1 * VL);
    } else if (rows == MR && cols == NR) {
      c00.add(FloatVector.fromArray(S, c, cOff + 0 * ldc)).intoArray(c, cOff + 0 * ldc);
      c01.add(FloatVector.fromArray(S, c, cOff + 0 * ldc + 1 * VL)).intoArray(c, cOff + 0 * ldc + 1 * VL);
      c10.add(FloatVector.fromArray(S, c, cOff + 1 * ldc)).intoArray(c, cOff + 1 * ldc);
      c11.add(FloatVector.fromArray(S, c, cOff + 1 * ldc + 1 * VL)).intoArray(c, cOff + 1 * ldc + 1 * VL);
      c20.add(FloatVector.fromArray(S, c, cOff + 2 * ldc)).intoArray(c, cOff + 2 * ldc);
      c21.add(FloatVector.fromArray(S, c, cOff + 2 * ldc + 1 * VL)).intoArray(c, cOff + 2 * ldc + 1 * VL);
      c30.add(FloatVector.fromArray(S, c, cOff + 3 * ldc)).intoArray(c, cOff + 3 * ldc);
      c31.add(FloatVector.fromArray(S, c, cOff + 3 * ldc + 1 * VL)).intoArray(c, cOff + 3 * ldc + 1 * VL);
      c40.add(FloatVector.fromArray(S, c, cOff + 4 * ldc)).intoArray(c, cOff + 4 * ldc);
      c41.add(FloatVector.fromArray(S, c, cOff + 4 * ldc + 1 * VL)).intoArray(c, cOff + 4 * ldc + 1 * VL);
      c50.add(FloatVector.fromArray(S, c, cOff + 5 * ldc)).intoArray(c, cOff + 5 * ldc);
      c51.add(FloatVector.fromArray(S, c, cOff + 5 * ldc + 1 * VL)).intoArray(c, cOff + 5 * ldc + 1 * VL);
      c60.add(FloatVector.fromArray(S, c, cOff + 6 * ldc)).intoArray(c, cOff + 6 * ldc);
      c61.add(FloatVector.fromArray(S, c, cOff + 6 * ldc + 1 * VL)).intoArray(c, cOff + 6 * ldc + 1 * VL);
      c70.add(FloatVector.fromArray(S, c, cOff + 7 * ldc)).intoArray(c, cOff + 7 * ldc);
      c71.add(FloatVector.fromArray(S, c, cOff + 7 * ldc + 1 * VL)).intoArray(c, cOff + 7 * ldc + 1 * VL);
    } else {
      c00.intoArray(tile, 0 * NR);
      c01.intoArray(tile, 0 * NR + 1 * VL);
      c10.intoArray(tile, 1 * NR);
      c11.intoArray(tile, 1 * NR + 1 * VL);
      c20.intoArray(tile, 2 * NR);
      c21.intoArray(tile, 2 * NR + 1 * VL);
      c30.intoArray(tile, 3 * NR);
      c31.intoArray(tile, 3 * NR + 1 * VL);
      c40.intoArray(tile, 4 * NR);
      c41.intoArray(tile, 4 * NR + 1 * VL);
      c50.intoArray(tile, 5 * NR);
      c51.intoArray(tile, 5 * NR + 1 * VL);
      c60.intoArray(tile, 6 * NR);
      c61.intoArray(tile, 6 * NR + 1 * VL);
      c70.intoArray(tile, 7 * NR);
      c71.intoArray(tile, 7 * NR + 1 * VL);
      merge(tile, rows, cols, c, cOff, ldc, overwrite);
    }
  }

  private static void merge(float[] tile, int rows, int cols, float[] c, int cOff, int ldc, boolean overwrite) {
    for (int r = 0; r < rows; r++) {
      int ci = cOff + r * ldc;
      int ti = r * NR;
      if (overwrite) {
        System.arraycopy(tile, ti, c, ci, cols);
      } else {
        for (int j = 0; j < cols; j++) {
          c[ci + j] += tile[ti + j];
        }
      }
    }
  }
}
