package org.rnn4j.core.math;

/**
 * Portable activations on {@link Math#exp}, computed in double and rounded once to float.
 */
public final class PlainActivations implements Activations {

  @Override
  public void sigmoid(float[] x, int off, int len) {
    for (int i = off; i < off + len; i++) {
      x[i] = (float) (1.0 / (1.0 + Math.exp(-x[i])));
    }
  }

  @Override
  public void tanh(float[] x, int off, int len) {
    for (int i = off; i < off + len; i++) {
      // 1 - 2 / (e^2x + 1) in double: as accurate as Math.tanh once rounded to float, several times faster.
      x[i] = (float) (1.0 - 2.0 / (Math.exp(2.0 * x[i]) + 1.0));
    }
  }

  @Override
  public String name() {
    return "plain";
  }
}
