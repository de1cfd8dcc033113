package org.rnn4j.core.cell;

import org.rnn4j.core.math.Activations;

/**
 * The LSTM cell, as PyTorch's {@code nn.LSTM}, gates ordered {@code i, f, g, o}:
 * <pre>
 *   a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh           = [a_i, a_f, a_g, a_o]
 *   i = σ(a_i)   f = σ(a_f)   g = tanh(a_g)   o = σ(a_o)
 *   c_t = f * c_{t-1} + i * g
 *   h_t = o * tanh(c_t)
 * </pre>
 * Backward, with {@code dc = dL/dc_t} from the future and {@code τ = tanh(c_t)}:
 * <pre>
 *   dc' = dc + dh * o * (1 - τ²)
 *   da_i = dc' * g * i(1-i)   da_f = dc' * c_{t-1} * f(1-f)   da_g = dc' * i * (1-g²)   da_o = dh * τ * o(1-o)
 *   dc_{t-1} = dc' * f
 * </pre>
 * Forward leaves the activated gates {@code i, f, g, o} in the gate buffer and {@code τ} in the cache.
 */
public final class LstmCell extends CellBase implements Cell {

  LstmCell(int inputSize, int hiddenSize, CellParams params) {
    super(inputSize, hiddenSize, params);
  }

  @Override
  public CellType type() {
    return CellType.LSTM;
  }

  @Override
  public int cacheWidth() {
    return hiddenSize;
  }

  @Override
  public boolean hasCellState() {
    return true;
  }

  @Override
  public void forwardStep(Workspace w, int t, Activations act) {
    final int hs = hiddenSize;
    final int g4 = 4 * hs;
    float[] a = w.gates();
    float[] r = w.recurrent();
    float[] c = w.cellState();
    float[] h = w.hidden();
    float[] tau = w.cache();
    int batch = w.batch();
    int aBase = w.gateOffset(t);
    int prevBase = w.stateOffset(t);
    int nextBase = w.stateOffset(t + 1);
    int tauBase = w.cacheOffset(t);
    for (int b = 0; b < batch; b++) {
      int ao = aBase + b * g4;
      int ro = b * g4;
      for (int j = 0; j < g4; j++) {
        a[ao + j] += r[ro + j];
      }
      act.sigmoid(a, ao, 2 * hs);
      act.tanh(a, ao + 2 * hs, hs);
      act.sigmoid(a, ao + 3 * hs, hs);
      int cp = prevBase + b * hs;
      int cn = nextBase + b * hs;
      int to = tauBase + b * hs;
      for (int j = 0; j < hs; j++) {
        float cv = a[ao + hs + j] * c[cp + j] + a[ao + j] * a[ao + 2 * hs + j];
        c[cn + j] = cv;
        tau[to + j] = cv;
      }
      act.tanh(tau, to, hs);
      for (int j = 0; j < hs; j++) {
        h[cn + j] = a[ao + 3 * hs + j] * tau[to + j];
      }
    }
  }

  @Override
  public void backwardStep(Workspace w, int t) {
    final int hs = hiddenSize;
    final int g4 = 4 * hs;
    float[] a = w.gates();
    float[] da = w.dGates();
    float[] c = w.cellState();
    float[] tau = w.cache();
    float[] dh = w.dh();
    float[] dc = w.dc();
    float[] dcPrev = w.dcPrev();
    int batch = w.batch();
    int aBase = w.gateOffset(t);
    int prevBase = w.stateOffset(t);
    int tauBase = w.cacheOffset(t);
    for (int b = 0; b < batch; b++) {
      int ao = aBase + b * g4;
      int cp = prevBase + b * hs;
      int to = tauBase + b * hs;
      int so = b * hs;
      for (int j = 0; j < hs; j++) {
        float i = a[ao + j];
        float f = a[ao + hs + j];
        float g = a[ao + 2 * hs + j];
        float o = a[ao + 3 * hs + j];
        float tv = tau[to + j];
        float dhv = dh[so + j];
        float dct = dc[so + j] + dhv * o * (1f - tv * tv);
        da[ao + j] = dct * g * i * (1f - i);
        da[ao + hs + j] = dct * c[cp + j] * f * (1f - f);
        da[ao + 2 * hs + j] = dct * i * (1f - g * g);
        da[ao + 3 * hs + j] = dhv * tv * o * (1f - o);
        dcPrev[so + j] = dct * f;
      }
    }
    java.util.Arrays.fill(w.dhPrev(), 0, batch * hs, 0f);
  }
}
