package org.rnn4j.topology.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.ParamSet;

/**
 * Maps the encoder's final states to the decoder's initial states, layer by layer. With a bidirectional encoder the
 * forward and reverse final states of a layer are concatenated ({@code [B x 2H_enc]}).
 *
 * <pre>
 *   learned:  h0_dec[l] = tanh(W_h[l] [h_fwd; h_rev] + b_h[l]),  and for the LSTM  c0_dec[l] = tanh(W_c[l] [c_fwd; c_rev] + b_c[l])
 *   direct:   the encoder's final state itself (unidirectional encoder whose H equals the decoder's)
 * </pre>
 *
 * Parameters (learned only): {@code bridge.h_l0.weight}, {@code bridge.h_l0.bias}, then {@code bridge.c_l0.*} for
 * the LSTM, per layer.
 */
public final class Bridge {
  private final CellType type;
  private final int layers;
  private final int directions;
  private final int encoderHidden;
  private final int decoderHidden;
  private final Dense[] hMaps;
  private final Dense[] cMaps;
  private final ParamSet params;
  private float[][] inputs;
  private float[][] outputs;
  private int batch;

  /**
   * A bridge from an encoder of {@code directions * encoderHidden} state width to a decoder of
   * {@code decoderHidden}; {@code learned} false requires one direction and equal sizes.
   */
  public Bridge(CellType type, int layers, int directions, int encoderHidden, int decoderHidden, boolean learned,
      long seed, Kernels kernels) {
    this.type = type;
    this.layers = layers;
    this.directions = directions;
    this.encoderHidden = encoderHidden;
    this.decoderHidden = decoderHidden;
    if (!learned && (directions != 1 || encoderHidden != decoderHidden)) {
      throw new IllegalArgumentException("a direct bridge needs a unidirectional encoder with the decoder's hidden"
          + " size, got directions=" + directions + ", encoder hidden " + encoderHidden + ", decoder hidden "
          + decoderHidden);
    }
    int maps = type == CellType.LSTM ? 2 : 1;
    this.hMaps = learned ? new Dense[layers] : null;
    this.cMaps = learned && maps == 2 ? new Dense[layers] : null;
    List<ParamSet> sets = new ArrayList<>();
    if (learned) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int l = 0; l < layers; l++) {
        hMaps[l] = map("bridge.h_l" + l + ".", random.nextLong(), kernels);
        sets.add(hMaps[l].params());
        if (cMaps != null) {
          cMaps[l] = map("bridge.c_l" + l + ".", random.nextLong(), kernels);
          sets.add(cMaps[l].params());
        }
      }
    }
    this.params = ParamSet.concat(sets.toArray(ParamSet[]::new));
  }

  private Dense map(String prefix, long seed, Kernels kernels) {
    return Dense.builder().setInputSize(directions * encoderHidden).setOutputSize(decoderHidden).setSeed(seed)
        .optNamePrefix(prefix).optKernels(kernels).build();
  }

  /** Whether the bridge has learned maps (false: states pass through unchanged). */
  public boolean learned() {
    return hMaps != null;
  }

  /** The trainable parameters (empty for a direct bridge). */
  public ParamSet params() {
    return params;
  }

  /** The decoder's initial states (one per layer) from the encoder's final states (one per layer and direction). */
  public List<State> forward(List<State> encoderFinal) {
    if (!learned()) {
      return encoderFinal;
    }
    batch = encoderFinal.get(0).h().numRows;
    int maps = cMaps == null ? 1 : 2;
    inputs = new float[layers * maps][];
    outputs = new float[layers * maps][];
    List<State> states = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      FMatrixRMaj h = apply(hMaps[l], l * maps, concat(encoderFinal, l, false));
      if (cMaps == null) {
        states.add(new HiddenState(h));
      } else {
        states.add(new LstmState(h, apply(cMaps[l], l * maps + 1, concat(encoderFinal, l, true))));
      }
    }
    return states;
  }

  /**
   * Backpropagates the last forward pass: accumulates parameter gradients and returns dL/d(encoder final states)
   * from dL/d(decoder initial states).
   */
  public List<State> backward(List<State> dDecoderInitial) {
    if (!learned()) {
      return dDecoderInitial;
    }
    int maps = cMaps == null ? 1 : 2;
    List<State> grads = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      State g = dDecoderInitial.get(l);
      float[] dh = back(hMaps[l], l * maps, g.h().data);
      float[] dc = cMaps == null ? null : back(cMaps[l], l * maps + 1, ((LstmState) g).c().data);
      for (int d = 0; d < directions; d++) {
        FMatrixRMaj h = split(dh, d);
        grads.add(dc == null ? new HiddenState(h) : new LstmState(h, split(dc, d)));
      }
    }
    return grads;
  }

  private FMatrixRMaj apply(Dense map, int slot, float[] in) {
    FMatrixRMaj out = new FMatrixRMaj(batch, decoderHidden);
    map.forward(in, batch, out.data);
    for (int i = 0; i < out.data.length; i++) {
      out.data[i] = (float) Math.tanh(out.data[i]);
    }
    inputs[slot] = in;
    outputs[slot] = out.data.clone();
    return out;
  }

  private float[] back(Dense map, int slot, float[] dOut) {
    float[] y = outputs[slot];
    float[] dPre = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      dPre[i] = dOut[i] * (1 - y[i] * y[i]);
    }
    float[] dIn = new float[batch * directions * encoderHidden];
    map.backward(inputs[slot], dPre, batch, dIn);
    return dIn;
  }

  /** Row b = [state of direction 0, state of direction 1] of layer l. */
  private float[] concat(List<State> states, int l, boolean cell) {
    int width = directions * encoderHidden;
    float[] in = new float[batch * width];
    for (int d = 0; d < directions; d++) {
      State s = states.get(l * directions + d);
      float[] src = cell ? ((LstmState) s).c().data : s.h().data;
      for (int b = 0; b < batch; b++) {
        System.arraycopy(src, b * encoderHidden, in, b * width + d * encoderHidden, encoderHidden);
      }
    }
    return in;
  }

  private FMatrixRMaj split(float[] d, int direction) {
    int width = directions * encoderHidden;
    FMatrixRMaj m = new FMatrixRMaj(batch, encoderHidden);
    for (int b = 0; b < batch; b++) {
      System.arraycopy(d, b * width + direction * encoderHidden, m.data, b * encoderHidden, encoderHidden);
    }
    return m;
  }
}
