package org.rnn4j.benchmarks.math;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rnn4j.core.math.Gemm;
import org.rnn4j.core.math.ParallelGemm;
import org.rnn4j.core.math.PlainGemm;
import org.rnn4j.core.math.VectorGemm;

/**
 * Time of one {@code C = op(A) * op(B)} per kernel and shape. A shape is {@code OPS:MxNxK} with OPS the transposes of
 * A and B ({@code N} or {@code T}); GFLOP/s = {@code 2*M*N*K / (time in ns)}. The shapes are the square 1024 product
 * and the GEMMs an LSTM runs for (B, X, H, T) = (1, 65, 128, 25), (32, 128, 256, 50), (64, 512, 512, 50) and
 * (128, 1024, 1024, 20): per time step NT (B, 4H, H) and NN (B, H, 4H); around the time loop NT (T*B, 4H, X),
 * TN (4H, X, T*B), TN (4H, H, T*B) and NN (T*B, X, 4H).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class GemmBenchmark {

  /** {@code plain}, {@code vector} (one thread) or {@code vector-parallel} (all processors). */
  @Param({"plain", "vector", "vector-parallel"})
  public String kernel;

  @Param({
      "NN:1024x1024x1024",
      // per time step: NT (B, 4H, H) forward, NN (B, H, 4H) backward
      "NT:1x512x128", "NN:1x128x512",
      "NT:32x1024x256", "NN:32x256x1024",
      "NT:64x2048x512", "NN:64x512x2048",
      "NT:128x4096x1024", "NN:128x1024x4096",
      // around the time loop, shape (32, 128, 256, 50)
      "NT:1600x1024x128", "TN:1024x128x1600", "TN:1024x256x1600", "NN:1600x128x1024"
  })
  public String shape;

  private Gemm gemm;
  private boolean transA;
  private boolean transB;
  private int m;
  private int n;
  private int k;
  private float[] a;
  private float[] b;
  private float[] c;

  @Setup(Level.Trial)
  public void setUp() {
    switch (kernel) {
      case "plain" -> gemm = new PlainGemm();
      case "vector" -> gemm = new VectorGemm();
      case "vector-parallel" -> gemm = new ParallelGemm();
      default -> throw new IllegalArgumentException("kernel must be plain, vector or vector-parallel, got " + kernel);
    }
    String[] parts = shape.split("[:x]");
    transA = parts[0].charAt(0) == 'T';
    transB = parts[0].charAt(1) == 'T';
    m = Integer.parseInt(parts[1]);
    n = Integer.parseInt(parts[2]);
    k = Integer.parseInt(parts[3]);
    SplittableRandom rnd = new SplittableRandom(1);
    a = random(rnd, m * k);
    b = random(rnd, k * n);
    c = new float[m * n];
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (gemm instanceof ParallelGemm p) {
      p.close();
    }
  }

  @Benchmark
  public void gemm(Blackhole bh) {
    gemm.gemm(transA, transB, m, n, k, a, 0, transA ? m : k, b, 0, transB ? k : n, false, c, 0, n);
    bh.consume(c);
  }

  private static float[] random(SplittableRandom rnd, int size) {
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = (float) (rnd.nextDouble() * 2 - 1);
    }
    return x;
  }
}
