package org.rnn4j.core.math;

/**
 * The numeric kernels the engine runs on: a {@link Gemm} and {@link Activations}. {@link #best()} picks the fastest
 * implementation available in this JVM once, at class initialisation; {@link #plain()} is the portable path.
 */
public record Kernels(Gemm gemm, Activations activations) {

  private static final Kernels PLAIN = new Kernels(new PlainGemm(), new PlainActivations());

  /** The portable plain-Java kernels, always available. */
  public static Kernels plain() {
    return PLAIN;
  }

  /** The fastest kernels this JVM supports (the portable ones until a faster path is registered). */
  public static Kernels best() {
    return PLAIN;
  }

  /** A short description for reports, for example {@code gemm=plain, activations=plain}. */
  public String describe() {
    return "gemm=" + gemm.name() + ", activations=" + activations.name();
  }
}
