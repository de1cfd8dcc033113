package org.rnn4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rnn4j.core.math.Kernels;

class BenchmarkKernelsTest {

  @Test
  void oneKernelsInstancePerThreadCount() {
    Kernels one = BenchmarkKernels.withThreads(1);
    Kernels two = BenchmarkKernels.withThreads(2);
    assertSame(one, BenchmarkKernels.withThreads(1));
    assertEquals(1, one.threads());
    assertEquals(Kernels.vectorModulePresent() ? 2 : 1, two.threads());
    assertThrows(IllegalArgumentException.class, () -> BenchmarkKernels.withThreads(0));
  }
}
