package org.rnn4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rnn4j.core.math.Kernels;

class BenchmarkKernelsTest {

  @Test
  void oneThreadCountPerJvm() {
    // Every test in this JVM uses one thread.
    Kernels kernels = BenchmarkKernels.withThreads(1);
    assertSame(Kernels.best(), kernels);
    assertEquals(1, BenchmarkKernels.threadsOf(kernels.gemm()));
    assertThrows(IllegalStateException.class, () -> BenchmarkKernels.withThreads(2));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkKernels.withThreads(0));
  }
}
