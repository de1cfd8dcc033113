package org.rnn4j.core.math;

/**
 * The B operand of a series of products, prepared once by {@link Gemm#prepack} and then passed to
 * {@link Gemm#gemm(boolean, int, float[], int, int, PackedB, boolean, float[], int, int)} as often as needed: the
 * recurrent weight of an RNN, multiplied at every time step of a pass. A product through a handle gives results
 * bit-identical to the same product on B itself, with any {@link Gemm}.
 *
 * <p>The handle refers to B and may also hold a packed copy of it, so B must not change while the handle is in use;
 * call {@code prepack} again after changing it. A handle is reused from pass to pass: preparing it again for a B of
 * the same size allocates nothing. Once prepared it is only read, so threads may share it.
 */
public final class PackedB {
  boolean transB;
  int k;
  int n;
  float[] b;
  int bOff;
  int ldb;
  /** The packed copy of op(B), laid out by the kernel that packed it; meaningful only when {@link #packed}. */
  float[] panels = new float[0];
  boolean packed;

  /** An empty handle, to be prepared by {@link Gemm#prepack}. */
  public PackedB() {}

  /** Whether op(B) is {@code Bᵀ} (B stored {@code n x k}). */
  public boolean transB() {
    return transB;
  }

  /** Rows of op(B): the shared dimension of the products. */
  public int k() {
    return k;
  }

  /** Columns of op(B) and of C. */
  public int n() {
    return n;
  }

  /** Whether {@link Gemm#prepack} has prepared this handle. */
  public boolean isPrepared() {
    return b != null;
  }

  /** Points the handle at B, unpacked: the state every product can use. */
  void refer(boolean transB, int k, int n, float[] b, int bOff, int ldb) {
    this.transB = transB;
    this.k = k;
    this.n = n;
    this.b = b;
    this.bOff = bOff;
    this.ldb = ldb;
    this.packed = false;
  }

  /** Room for at least {@code size} packed floats, keeping the current array when it is large enough. */
  float[] panels(int size) {
    if (panels.length < size) {
      panels = new float[size];
    }
    return panels;
  }

  /** Throws unless {@link Gemm#prepack} has prepared the handle. */
  void requirePrepared() {
    if (b == null) {
      throw new IllegalArgumentException("b must be prepared by Gemm.prepack before use, got an empty handle");
    }
  }
}
