package org.rnn4j.core.math;

import java.util.Locale;

/**
 * The numeric kernels the engine runs on: a {@link Gemm} and {@link Activations}. {@link #best()} picks the fastest
 * implementation available in this JVM once; {@link #plain()} is the portable path.
 *
 * <p>{@code best()} uses the Vector API kernels ({@link ParallelGemm} over {@link VectorGemm}, and
 * {@link VectorActivations}) when the module {@code jdk.incubator.vector} is in the boot layer (run with
 * {@code --add-modules jdk.incubator.vector}) and the portable ones otherwise. Two system properties, read once,
 * override this: {@code rnn4j.kernels=plain|vector} forces a choice ({@code vector} fails if the module is absent),
 * and {@code rnn4j.threads=N} sets the GEMM's threads (default: available processors; 1 means serial).
 */
public record Kernels(Gemm gemm, Activations activations) {

  /** The system property that forces {@code plain} or {@code vector} kernels. */
  public static final String KERNELS_PROPERTY = "rnn4j.kernels";
  /** The system property that sets the number of GEMM threads. */
  public static final String THREADS_PROPERTY = "rnn4j.threads";

  private static final Kernels PLAIN = new Kernels(new PlainGemm(), new PlainActivations());
  private static volatile Kernels best;

  /** Both kernels must be given. */
  public Kernels {
    if (gemm == null || activations == null) {
      throw new IllegalArgumentException("gemm and activations must not be null, got gemm=" + gemm
          + ", activations=" + activations);
    }
  }

  /** The portable plain-Java kernels, always available. */
  public static Kernels plain() {
    return PLAIN;
  }

  /**
   * The fastest kernels this JVM supports, chosen once, on first use (see the class description).
   *
   * @throws IllegalArgumentException if a system property has an unknown value
   */
  public static Kernels best() {
    Kernels k = best;
    if (k == null) {
      synchronized (Kernels.class) {
        k = best;
        if (k == null) {
          k = choose(System.getProperty(KERNELS_PROPERTY), System.getProperty(THREADS_PROPERTY),
              vectorModulePresent());
          best = k;
        }
      }
    }
    return k;
  }

  /**
   * New kernels with an explicit number of GEMM threads, independent of the system properties: the Vector API
   * kernels when the module is present, else the portable ones (which are serial). Each call with more than one
   * thread starts its own small pool of daemon threads, so build kernels once and share them.
   *
   * @throws IllegalArgumentException if {@code threads} is not positive
   */
  public static Kernels withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, got " + threads);
    }
    return vectorModulePresent() ? vector(threads) : PLAIN;
  }

  /** How many threads the GEMM runs large products on. */
  public int threads() {
    return gemm.threads();
  }

  /** Whether the Vector API module is in the boot layer. */
  public static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** A short description for reports, for example {@code gemm=plain, activations=plain}. */
  public String describe() {
    return "gemm=" + gemm.name() + ", activations=" + activations.name() + ", threads=" + threads();
  }

  /**
   * The kernels for the given property values ({@code null} when unset) and module availability; what
   * {@link #best()} uses at start-up.
   *
   * @throws IllegalArgumentException for an unknown kernel name, a thread count that is not a positive integer,
   *     or {@code vector} without the module
   */
  static Kernels choose(String kernels, String threads, boolean vectorPresent) {
    int threadCount = Runtime.getRuntime().availableProcessors();
    if (threads != null) {
      try {
        threadCount = Integer.parseInt(threads.trim());
      } catch (NumberFormatException e) {
        threadCount = -1;
      }
      if (threadCount < 1) {
        throw new IllegalArgumentException(THREADS_PROPERTY + " must be a positive integer, got '" + threads + "'");
      }
    }
    String want = kernels == null ? (vectorPresent ? "vector" : "plain") : kernels.trim().toLowerCase(Locale.ROOT);
    switch (want) {
      case "plain":
        return PLAIN;
      case "vector":
        if (!vectorPresent) {
          throw new IllegalArgumentException(KERNELS_PROPERTY + "=vector needs the module jdk.incubator.vector "
              + "(run java with --add-modules jdk.incubator.vector)");
        }
        return vector(threadCount);
      default:
        throw new IllegalArgumentException(KERNELS_PROPERTY + " must be 'plain' or 'vector', got '" + kernels + "'");
    }
  }

  /** Loads the Vector API kernels by name, so this class links without the incubator module. */
  private static Kernels vector(int threads) {
    try {
      Gemm gemm = threads == 1
          ? (Gemm) Class.forName("org.rnn4j.core.math.VectorGemm").getConstructor().newInstance()
          : (Gemm) Class.forName("org.rnn4j.core.math.ParallelGemm").getConstructor(int.class)
              .newInstance(threads);
      Activations act = (Activations) Class.forName("org.rnn4j.core.math.VectorActivations")
          .getConstructor().newInstance();
      return new Kernels(gemm, act);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot load the Vector API kernels: " + e, e);
    }
  }
}
