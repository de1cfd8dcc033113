package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.param.ParamSet;

/**
 * Maps a conditioning vector to the initial state of every layer through one learned affine map:
 * {@code [h_0 .. h_{L-1} | c_0 .. c_{L-1}] = [tanh(A_h v + a_h) | A_c v + a_c]}, the {@code c} part for LSTM only
 * (tanh keeps {@code h} in the range a cell produces; {@code c} is unbounded in an LSTM, so it stays linear).
 */
final class StateBridge {
  private final CellType type;
  private final int hidden;
  private final int layers;
  private final Dense dense;
  private float[] vectors = new float[0];
  private float[] pre = new float[0];
  private int batch;

  StateBridge(CellType type, int vectorSize, int hidden, int layers, long seed) {
    this.type = type;
    this.hidden = hidden;
    this.layers = layers;
    int width = layers * hidden * (type == CellType.LSTM ? 2 : 1);
    this.dense = Dense.builder().setInputSize(vectorSize).setOutputSize(width).setSeed(seed)
        .optNamePrefix("bridge.").build();
  }

  ParamSet params() {
    return dense.params();
  }

  /** The initial states for {@code batch} vectors {@code [batch x vectorSize]}; remembered for backward. */
  List<State> forward(float[] v, int batch) {
    this.batch = batch;
    int width = dense.outputSize();
    vectors = grow(vectors, batch * dense.inputSize());
    System.arraycopy(v, 0, vectors, 0, batch * dense.inputSize());
    pre = grow(pre, batch * width);
    dense.forward(vectors, batch, pre);
    List<State> states = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      FMatrixRMaj h = new FMatrixRMaj(batch, hidden);
      copyColumns(pre, width, l * hidden, h.data, true);
      if (type == CellType.LSTM) {
        FMatrixRMaj c = new FMatrixRMaj(batch, hidden);
        copyColumns(pre, width, (layers + l) * hidden, c.data, false);
        states.add(new LstmState(h, c));
      } else {
        states.add(new HiddenState(h));
      }
    }
    return states;
  }

  /** Accumulates the bridge's gradients from dL/d(initial states) of the last {@link #forward}. */
  void backward(List<State> dStates) {
    int width = dense.outputSize();
    float[] dPre = new float[batch * width];
    for (int l = 0; l < layers; l++) {
      float[] dh = dStates.get(l).h().data;
      for (int b = 0; b < batch; b++) {
        for (int j = 0; j < hidden; j++) {
          int i = b * width + l * hidden + j;
          float t = (float) Math.tanh(pre[i]);
          dPre[i] = dh[b * hidden + j] * (1 - t * t);
        }
      }
      if (dStates.get(l) instanceof LstmState ls) {
        for (int b = 0; b < batch; b++) {
          System.arraycopy(ls.c().data, b * hidden, dPre, b * width + (layers + l) * hidden, hidden);
        }
      }
    }
    dense.backward(vectors, dPre, batch, null);
  }

  private void copyColumns(float[] src, int width, int from, float[] dst, boolean tanh) {
    for (int b = 0; b < batch; b++) {
      for (int j = 0; j < hidden; j++) {
        float value = src[b * width + from + j];
        dst[b * hidden + j] = tanh ? (float) Math.tanh(value) : value;
      }
    }
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }
}
