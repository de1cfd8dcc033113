package org.rnn4j.benchmarks;

import org.rnn4j.core.math.Kernels;

/**
 * The kernels a benchmark runs on, with the GEMM thread count taken from a benchmark parameter.
 *
 * <p>rnn4j reads its thread setting (system property {@code rnn4j.threads}) once per JVM, when {@link Kernels#best()}
 * is first used. JMH runs every parameter combination in its own forked JVM, so setting the property in the trial
 * set-up, before the first use, gives each fork its own thread count. Without forks ({@code -f 0}) one JVM would
 * see several thread counts; that is refused rather than silently measured with the wrong one. Kernels without
 * threads (the portable ones) run one thread whatever is asked; the set-up prints what runs.
 */
public final class BenchmarkKernels {
  /** The system property rnn4j reads for the number of GEMM threads. */
  public static final String THREADS_PROPERTY = "rnn4j.threads";

  private static int chosenThreads;

  private BenchmarkKernels() {}

  /**
   * {@link Kernels#best()} with {@code threads} GEMM threads (when the kernels support threads).
   *
   * @throws IllegalStateException if this JVM already chose a different thread count
   */
  public static synchronized Kernels withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    String wanted = Integer.toString(threads);
    String set = System.getProperty(THREADS_PROPERTY);
    if ((chosenThreads != 0 && chosenThreads != threads) || (set != null && !set.equals(wanted))) {
      throw new IllegalStateException("this JVM already runs rnn4j with " + THREADS_PROPERTY + "="
          + (set != null ? set : chosenThreads) + ", so threads=" + threads + " cannot be measured in it: run with"
          + " forks (-f 1 or more) and do not pass -D" + THREADS_PROPERTY);
    }
    chosenThreads = threads;
    System.setProperty(THREADS_PROPERTY, wanted);
    Kernels kernels = Kernels.best();
    int actual = threadsOf(kernels.gemm());
    System.out.println("# rnn4j kernels: " + kernels.describe() + " (threads=" + threads + ", GEMM runs " + actual
        + ")");
    if (actual > threads) {
      throw new IllegalStateException("threads=" + threads + " was requested but " + kernels.describe() + " runs "
          + actual + " threads: Kernels.best() was used before " + THREADS_PROPERTY + " was set");
    }
    return kernels;
  }

  /** The GEMM's thread count if it reports one (a public {@code int threads()}), else 1. */
  static int threadsOf(Object gemm) {
    try {
      return (int) gemm.getClass().getMethod("threads").invoke(gemm);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return 1;
    }
  }
}
