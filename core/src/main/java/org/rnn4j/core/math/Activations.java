package org.rnn4j.core.math;

/**
 * Element-wise gate nonlinearities applied in place to a range of a {@code float[]}.
 */
public interface Activations {
  /** {@code x[i] = 1 / (1 + exp(-x[i]))} for {@code i} in {@code [off, off+len)}. */
  void sigmoid(float[] x, int off, int len);

  /** {@code x[i] = tanh(x[i])} for {@code i} in {@code [off, off+len)}. */
  void tanh(float[] x, int off, int len);

  /** {@code x[i] = max(x[i], 0)} for {@code i} in {@code [off, off+len)}. */
  default void relu(float[] x, int off, int len) {
    for (int i = off; i < off + len; i++) {
      x[i] = x[i] > 0f ? x[i] : 0f;
    }
  }

  /** A short name for reports, for example {@code plain} or {@code vector}. */
  String name();
}
