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
      x[i] = (float) Math.tanh(x[i]);
    }
  }

  @Override
  public String name() {
    return "plain";
  }
}
