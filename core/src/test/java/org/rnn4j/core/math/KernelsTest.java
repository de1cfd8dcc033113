package org.rnn4j.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How {@link Kernels} chooses its implementations. */
class KernelsTest {

  @Test
  void bestPicksVectorKernelsUnderTheTestJvm() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty(Kernels.KERNELS_PROPERTY) == null,
        "the run forces a kernel choice");
    assertTrue(Kernels.vectorModulePresent(), "surefire runs with --add-modules jdk.incubator.vector");
    Kernels best = Kernels.best();
    assertSame(best, Kernels.best());
    assertTrue(best.gemm() instanceof VectorGemm || best.gemm() instanceof ParallelGemm, best.describe());
    assertInstanceOf(VectorActivations.class, best.activations());
    assertTrue(best.describe().startsWith("gemm=vector"), best.describe());
  }

  @Test
  void propertiesForceTheChoice() {
    assertSame(Kernels.plain(), Kernels.choose("plain", null, true));
    assertSame(Kernels.plain(), Kernels.choose(null, null, false));
    assertEquals("gemm=plain, activations=plain, threads=1", Kernels.choose(" PLAIN ", "3", true).describe());
    assertInstanceOf(VectorGemm.class, Kernels.choose("vector", "1", true).gemm());
    Kernels two = Kernels.choose("vector", "2", true);
    assertEquals(2, ((ParallelGemm) two.gemm()).threads());
    ((ParallelGemm) two.gemm()).close();
  }

  @Test
  void badPropertiesFailClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.choose("fast", null, true));
    assertEquals("rnn4j.kernels must be 'plain' or 'vector', got 'fast'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Kernels.choose(null, "zero", true));
    assertEquals("rnn4j.threads must be a positive integer, got 'zero'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Kernels.choose(null, "0", true));
    e = assertThrows(IllegalArgumentException.class, () -> Kernels.choose("vector", null, false));
    assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
  }

  @Test
  void runsWithoutTheVectorModule() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        NoVectorModuleMain.class.getName())).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM timed out");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.endsWith("gemm=plain, activations=plain, threads=1 22.0"), out);
  }

  /** Run in a JVM without {@code --add-modules}: prints what {@link Kernels#best()} chose and a tiny product. */
  static final class NoVectorModuleMain {
    public static void main(String[] args) {
      Kernels k = Kernels.best();
      float[] c = new float[1];
      k.gemm().gemm(false, true, 1, 1, 2, new float[] {2, 3}, 0, 2, new float[] {5, 4}, 0, 2, false, c, 0, 1);
      System.out.println(k.describe() + " " + c[0]);
    }
  }
}
