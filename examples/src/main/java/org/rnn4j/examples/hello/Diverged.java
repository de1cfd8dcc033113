package org.rnn4j.examples.hello;

/**
 * Training produced a value that is not finite (NaN or infinite), so its results mean nothing.
 */
public final class Diverged extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A divergence described by {@code message}, which names where the non-finite value appeared. */
  public Diverged(String message) {
    super(message);
  }
}
