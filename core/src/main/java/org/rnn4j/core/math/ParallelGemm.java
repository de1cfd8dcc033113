package org.rnn4j.core.math;

/**
 * {@link VectorGemm} on several threads: a large product is split into column or row blocks of C aligned to the
 * kernel's tiles, one per thread of a small fixed pool of daemon threads (the calling thread works too). Every element
 * of C is computed by the same kernel with the same order over k as in the serial kernel, so results are
 * bit-identical to {@link VectorGemm} whatever the number of threads. Products too small to pay for the hand-off,
 * and calls made while another thread is using the pool, run serially.
 *
 * <p>Loading this class needs {@code --add-modules jdk.incubator.vector}.
 */
public final class ParallelGemm implements Gemm, AutoCloseable {

  /** The default least work, in floating-point operations {@code 2mnk}, worth splitting. */
  public static final long DEFAULT_MIN_FLOPS = 4_000_000L;

  private final GemmPool pool;
  private final long minFlops;
  private final Split split = new Split();

  /** A pool of {@code threads} threads (the caller counts as one) with the default threshold. */
  public ParallelGemm(int threads) {
    this(threads, DEFAULT_MIN_FLOPS);
  }

  /** A pool of as many threads as available processors, with the default threshold. */
  public ParallelGemm() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /**
   * A pool of {@code threads} threads (the caller counts as one) that splits products of at least {@code minFlops}
   * floating-point operations ({@code 2mnk}); {@code minFlops = 0} splits everything that has two tiles.
   */
  public ParallelGemm(int threads, long minFlops) {
    org.rnn4j.core.Checks.positive("threads", threads);
    if (minFlops < 0) {
      throw new IllegalArgumentException("minFlops must be >= 0, got " + minFlops);
    }
    this.pool = new GemmPool(threads, "rnn4j-gemm");
    this.minFlops = minFlops;
  }

  /** Threads that share a large product, the calling thread included. */
  @Override
  public int threads() {
    return pool.threads();
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
      boolean accumulate, float[] c, int cOff, int ldc) {
    GemmArgs.check(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    boolean direct = VectorGemm.direct(transB, m);
    if (!split(direct, transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, null, accumulate, c, cOff, ldc)) {
      VectorGemm.run(direct, transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
    }
  }

  /** Packs op(B) once, on the calling thread, when products of {@code m} rows take the packed path. */
  @Override
  public PackedB prepack(boolean transB, int m, int n, int k, float[] b, int bOff, int ldb, PackedB into) {
    return VectorGemm.prepare(transB, m, n, k, b, bOff, ldb, into);
  }

  /** Splits as the unprepared product does, each part reading its columns of the packed copy. */
  @Override
  public void gemm(boolean transA, int m, float[] a, int aOff, int lda, PackedB b,
      boolean accumulate, float[] c, int cOff, int ldc) {
    GemmArgs.check(transA, m, a, aOff, lda, b, c, cOff, ldc);
    boolean direct = VectorGemm.direct(b.transB, m);
    if (!split(direct, transA, b.transB, m, b.n, b.k, a, aOff, lda, b.b, b.bOff, b.ldb, b, accumulate,
        c, cOff, ldc)) {
      VectorGemm.run(direct, transA, m, b.n, a, aOff, lda, b, 0, accumulate, c, cOff, ldc);
    }
  }

  /**
   * Runs a large product on the pool and returns true, or returns false (having done nothing) when it is too small
   * to split or the pool is busy. {@code packed}, when not null, is the prepared B the parts read.
   */
  private boolean split(boolean direct, boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, PackedB packed,
      boolean accumulate, float[] c, int cOff, int ldc) {
    if (pool.threads() <= 1 || k <= 0 || 2.0 * m * n * k < minFlops) {
      return false;
    }
    // The direct path keeps rows together; the packed path splits the longer side of C.
    boolean byColumns = direct || n >= m;
    int unit = byColumns ? PackedGemm.NR : PackedGemm.MR;
    int tiles = ((byColumns ? n : m) + unit - 1) / unit;
    int parts = Math.min(pool.threads(), tiles);
    if (parts <= 1) {
      return false;
    }
    synchronized (split) {
      split.set(direct, byColumns, unit, tiles, parts,
          transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, packed, accumulate, c, cOff, ldc);
      try {
        return pool.tryRun(parts, split);
      } finally {
        split.clear();
      }
    }
  }

  /** Stops the pool's threads; later calls run serially. */
  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String name() {
    return "vector-parallel" + pool.threads() + "-" + PackedGemm.S.vectorBitSize();
  }

  /** The arguments of the call in flight and how it is divided; part {@code p} computes its range of tiles. */
  private static final class Split implements GemmPool.Job {
    private boolean direct;
    private boolean byColumns;
    private int unit;
    private int tiles;
    private int parts;
    private boolean transA;
    private boolean transB;
    private int m;
    private int n;
    private int k;
    private float[] a;
    private int aOff;
    private int lda;
    private float[] b;
    private int bOff;
    private int ldb;
    private PackedB packed;
    private boolean accumulate;
    private float[] c;
    private int cOff;
    private int ldc;

    void set(boolean direct, boolean byColumns, int unit, int tiles, int parts,
        boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, int lda,
        float[] b, int bOff, int ldb, PackedB packed, boolean accumulate, float[] c, int cOff, int ldc) {
      this.direct = direct;
      this.byColumns = byColumns;
      this.unit = unit;
      this.tiles = tiles;
      this.parts = parts;
      this.transA = transA;
      this.transB = transB;
      this.m = m;
      this.n = n;
      this.k = k;
      this.a = a;
      this.aOff = aOff;
      this.lda = lda;
      this.b = b;
      this.bOff = bOff;
      this.ldb = ldb;
      this.packed = packed;
      this.accumulate = accumulate;
      this.c = c;
      this.cOff = cOff;
      this.ldc = ldc;
    }

    /** Drops the references to the caller's arrays. */
    void clear() {
      a = null;
      b = null;
      packed = null;
      c = null;
    }

    @Override
    public void run(int part) {
      int from = (int) ((long) tiles * part / parts) * unit;
      int to = Math.min((int) ((long) tiles * (part + 1) / parts) * unit, byColumns ? n : m);
      if (from >= to) {
        return;
      }
      if (packed != null) {
        if (byColumns) {
          VectorGemm.run(direct, transA, m, to - from, a, aOff, lda, packed, from, accumulate, c, cOff + from, ldc);
        } else {
          VectorGemm.run(direct, transA, to - from, n, a, aOff + (transA ? from : from * lda), lda, packed, 0,
              accumulate, c, cOff + from * ldc, ldc);
        }
      } else if (byColumns) {
        VectorGemm.run(direct, transA, transB, m, to - from, k, a, aOff, lda,
            b, bOff + (transB ? from * ldb : from), ldb, accumulate, c, cOff + from, ldc);
      } else {
        VectorGemm.run(direct, transA, transB, to - from, n, k, a, aOff + (transA ? from : from * lda), lda,
            b, bOff, ldb, accumulate, c, cOff + from * ldc, ldc);
      }
    }
  }
}
