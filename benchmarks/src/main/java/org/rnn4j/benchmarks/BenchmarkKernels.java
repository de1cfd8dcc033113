package org.rnn4j.benchmarks;

import java.util.HashMap;
import java.util.Map;
import org.rnn4j.core.math.Kernels;

/**
 * The kernels a benchmark runs on, with the GEMM thread count taken from a benchmark parameter.
 *
 * <p>Kernels are built with an explicit thread count ({@link Kernels#withThreads(int)}), one instance per count
 * and JVM. {@code -Drnn4j.kernels=plain} in the forks' JVM arguments measures the portable kernels instead (they
 * run one thread whatever is asked). The set-up prints what runs.
 */
public final class BenchmarkKernels {
  private static final Map<Integer, Kernels> BY_THREADS = new HashMap<>();

  private BenchmarkKernels() {}

  /** The kernels for {@code threads} GEMM threads, built once per JVM and thread count. */
  public static synchronized Kernels withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Kernels kernels = BY_THREADS.computeIfAbsent(threads,
        t -> "plain".equals(System.getProperty(Kernels.KERNELS_PROPERTY)) ? Kernels.plain()
            : Kernels.withThreads(t));
    System.out.println("# rnn4j kernels: " + kernels.describe() + " (asked for " + threads + ")");
    return kernels;
  }
}
