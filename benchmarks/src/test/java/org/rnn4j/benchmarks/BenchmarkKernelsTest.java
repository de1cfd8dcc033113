package org.rnn4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rnn4j.core.math.Kernels;

class BenchmarkKernelsTest {

  @Test
  void oneThreadCountPerJvm() {
    // Every test in this JVM uses one thread.
    assertSame(Kernels.best(), BenchmarkKernels.withThreads(1));
    assertThrows(IllegalStateException.class, () -> BenchmarkKernels.withThreads(2));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkKernels.withThreads(0));
  }
}
