package org.rnn4j.core;

/**
 * A NaN or infinite value where a finite one is required: in an input, a state, logits, a loss or a gradient.
 * During training it means the run diverged; trainers catch this type to report divergence distinctly from other
 * bad arguments. The message names the value, where it was and what it was.
 */
public class NonFiniteException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the offending value. */
  public NonFiniteException(String message) {
    super(message);
  }
}
