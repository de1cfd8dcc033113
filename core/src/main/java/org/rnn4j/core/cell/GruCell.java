package org.rnn4j.core.cell;

import org.rnn4j.core.math.Activations;

/**
 * The GRU cell, as PyTorch's {@code nn.GRU}, gates ordered {@code r, z, n}:
 * <pre>
 *   [u_r, u_z, u_n] = W_ih x_t + b_ih        [v_r, v_z, v_n] = W_hh h_{t-1} + b_hh
 *   r = σ(u_r + v_r)   z = σ(u_z + v_z)   n = tanh(u_n + r * v_n)
 *   h_t = (1 - z) * n + z * h_{t-1}
 * </pre>
 * Backward: {@code dn = dh (1-z)}, {@code dz = dh (h_{t-1} - n)}, direct {@code dh_{t-1} = dh z};
 * {@code du_n = dn (1-n²)}, {@code dv_n = du_n r}, {@code dr = du_n v_n}; {@code du_r = dv_r = dr r(1-r)},
 * {@code du_z = dv_z = dz z(1-z)}. Because {@code dv_n ≠ du_n} the recurrent gradient is kept apart.
 * Forward leaves {@code r, z, n} in the gate buffer and {@code v_n} in the cache.
 */
public final class GruCell extends CellBase implements Cell {

  GruCell(int inputSize, int hiddenSize, CellParams params) {
    super(inputSize, hiddenSize, params);
  }

  @Override
  public CellType type() {
    return CellType.GRU;
  }

  @Override
  public int cacheWidth() {
    return hiddenSize;
  }

  @Override
  public boolean separatesRecurrentGradient() {
    return true;
  }

  @Override
  public void forwardStep(Workspace w, int t, Activations act) {
    final int hs = hiddenSize;
    final int g3 = 3 * hs;
    float[] a = w.gates();
    float[] v = w.recurrent();
    float[] h = w.hidden();
    float[] vn = w.cache();
    int batch = w.batch();
    int aBase = w.gateOffset(t);
    int prevBase = w.stateOffset(t);
    int nextBase = w.stateOffset(t + 1);
    int vnBase = w.cacheOffset(t);
    for (int b = 0; b < batch; b++) {
      int ao = aBase + b * g3;
      int vo = b * g3;
      for (int j = 0; j < 2 * hs; j++) {
        a[ao + j] += v[vo + j];
      }
      act.sigmoid(a, ao, 2 * hs);
      int co = vnBase + b * hs;
      for (int j = 0; j < hs; j++) {
        float vnj = v[vo + 2 * hs + j];
        vn[co + j] = vnj;
        a[ao + 2 * hs + j] += a[ao + j] * vnj;
      }
      act.tanh(a, ao + 2 * hs, hs);
      int hp = prevBase + b * hs;
      int hn = nextBase + b * hs;
      for (int j = 0; j < hs; j++) {
        float z = a[ao + hs + j];
        float n = a[ao + 2 * hs + j];
        h[hn + j] = (1f - z) * n + z * h[hp + j];
      }
    }
  }

  @Override
  public void backwardStep(Workspace w, int t) {
    final int hs = hiddenSize;
    final int g3 = 3 * hs;
    float[] a = w.gates();
    float[] du = w.dGates();
    float[] dv = w.dGatesRecurrent();
    float[] h = w.hidden();
    float[] vn = w.cache();
    float[] dh = w.dh();
    float[] dhPrev = w.dhPrev();
    int batch = w.batch();
    int aBase = w.gateOffset(t);
    int prevBase = w.stateOffset(t);
    int vnBase = w.cacheOffset(t);
    for (int b = 0; b < batch; b++) {
      int ao = aBase + b * g3;
      int hp = prevBase + b * hs;
      int co = vnBase + b * hs;
      int so = b * hs;
      for (int j = 0; j < hs; j++) {
        float r = a[ao + j];
        float z = a[ao + hs + j];
        float n = a[ao + 2 * hs + j];
        float dhv = dh[so + j];
        float dun = dhv * (1f - z) * (1f - n * n);
        float dz = dhv * (h[hp + j] - n);
        float dr = dun * vn[co + j];
        float dar = dr * r * (1f - r);
        float daz = dz * z * (1f - z);
        du[ao + j] = dar;
        du[ao + hs + j] = daz;
        du[ao + 2 * hs + j] = dun;
        dv[ao + j] = dar;
        dv[ao + hs + j] = daz;
        dv[ao + 2 * hs + j] = dun * r;
        dhPrev[so + j] = dhv * z;
      }
    }
  }
}
