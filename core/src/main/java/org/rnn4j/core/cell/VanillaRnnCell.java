package org.rnn4j.core.cell;

import org.rnn4j.core.math.Activations;

/**
 * The Elman RNN cell, as PyTorch's {@code nn.RNN}:
 * <pre>
 *   a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh
 *   h_t = tanh(a_t)          (or relu(a_t))
 * </pre>
 * Backward: {@code da_t = dh_t * (1 - h_t²)} (tanh) or {@code dh_t * [h_t > 0]} (ReLU); the pre-activation gradient
 * is the same for the input and the recurrent projection. Nothing beyond {@code h_t} is kept for backward.
 */
public final class VanillaRnnCell extends CellBase implements Cell {
  private final boolean relu;

  VanillaRnnCell(int inputSize, int hiddenSize, boolean relu, CellParams params) {
    super(inputSize, hiddenSize, params);
    this.relu = relu;
  }

  @Override
  public CellType type() {
    return relu ? CellType.RNN_RELU : CellType.RNN_TANH;
  }

  @Override
  public int cacheWidth() {
    return 0;
  }

  @Override
  public void forwardStep(Workspace w, int t, Activations act) {
    int n = w.batch() * hiddenSize;
    float[] a = w.gates();
    float[] r = w.recurrent();
    float[] h = w.hidden();
    int aOff = w.gateOffset(t);
    int hOff = w.stateOffset(t + 1);
    for (int i = 0; i < n; i++) {
      h[hOff + i] = a[aOff + i] + r[i];
    }
    if (relu) {
      act.relu(h, hOff, n);
    } else {
      act.tanh(h, hOff, n);
    }
  }

  @Override
  public void backwardStep(Workspace w, int t) {
    int n = w.batch() * hiddenSize;
    float[] h = w.hidden();
    float[] dh = w.dh();
    float[] da = w.dGates();
    float[] dhPrev = w.dhPrev();
    int hOff = w.stateOffset(t + 1);
    int aOff = w.gateOffset(t);
    if (relu) {
      for (int i = 0; i < n; i++) {
        da[aOff + i] = h[hOff + i] > 0f ? dh[i] : 0f;
      }
    } else {
      for (int i = 0; i < n; i++) {
        float hv = h[hOff + i];
        da[aOff + i] = dh[i] * (1f - hv * hv);
      }
    }
    java.util.Arrays.fill(dhPrev, 0, n, 0f);
  }
}
