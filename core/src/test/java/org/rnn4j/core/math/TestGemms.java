package org.rnn4j.core.math;

import java.util.stream.Stream;

/**
 * The kernels the GEMM tests run: plain, vector, and parallel with 2 and 3 threads. The parallel pools are shared
 * by the test classes and live as long as the test JVM (their threads are daemons). A parameterized test using
 * them must not let JUnit close its arguments ({@code autoCloseArguments = false}): a closed pool silently runs
 * serially.
 */
final class TestGemms {
  static final ParallelGemm PARALLEL2 = new ParallelGemm(2, 0);
  static final ParallelGemm PARALLEL3 = new ParallelGemm(3, 0);

  private TestGemms() {}

  /** A fresh plain and vector kernel and the two shared parallel ones. */
  static Stream<Gemm> all() {
    return Stream.of(new PlainGemm(), new VectorGemm(), PARALLEL2, PARALLEL3);
  }
}
