package org.rnn4j.core.cell;

import org.rnn4j.core.math.Activations;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A recurrent cell: the point-wise part of one time step, with PyTorch's parameters
 * {@code weight_ih [G x X]}, {@code weight_hh [G x H]}, {@code bias_ih [G]}, {@code bias_hh [G]}.
 *
 * <p>Cells are stateless. The matrix products are not theirs: the engine computes {@code x_t W_ihᵀ + b_ih} for all
 * steps in one GEMM and {@code h_{t-1} W_hhᵀ + b_hh} per step, and after the time loop the weight gradients as two
 * large GEMMs. A cell turns those pre-activations into the new state ({@link #forwardStep}) and turns the gradient
 * of the new state into gradients of the pre-activations ({@link #backwardStep}); everything it needs in between
 * lives in the {@link Workspace}.
 */
public sealed interface Cell permits VanillaRnnCell, LstmCell, GruCell {

  /** Which cell this is. */
  CellType type();

  /** Input size X. */
  int inputSize();

  /** Hidden size H. */
  int hiddenSize();

  /** Gate width G: H for the vanilla cell, 4H for the LSTM, 3H for the GRU. */
  default int gateSize() {
    return type().gatesPerUnit() * hiddenSize();
  }

  /** Floats per row per step this cell keeps in {@link Workspace#cache()}. */
  int cacheWidth();

  /** Whether the cell has a cell state {@code c} beside {@code h} (the LSTM). */
  default boolean hasCellState() {
    return false;
  }

  /**
   * Whether the gradient of the recurrent pre-activations differs from that of the input pre-activations (the GRU,
   * whose {@code n} gate scales {@code W_hn h + b_hn} by {@code r}).
   */
  default boolean separatesRecurrentGradient() {
    return false;
  }

  /** {@code weight_ih [G x X]}. */
  Param weightIh();

  /** {@code weight_hh [G x H]}. */
  Param weightHh();

  /** {@code bias_ih [G]}. */
  Param biasIh();

  /** {@code bias_hh [G]}. */
  Param biasHh();

  /** The four parameters in PyTorch order: weight_ih, weight_hh, bias_ih, bias_hh. */
  default ParamSet params() {
    return ParamSet.of(weightIh(), weightHh(), biasIh(), biasHh());
  }

  /**
   * Step {@code t} forward: from the input pre-activations at {@code gates} step {@code t}, the recurrent ones in
   * {@code recurrent} and the previous state (block {@code t}), writes the new state (block {@code t+1}) and what
   * backward needs, for all {@code batch} rows.
   */
  void forwardStep(Workspace w, int t, Activations act);

  /**
   * Step {@code t} backward: from {@code dh} (and {@code dc}) = dL/d(state block t+1), writes the gradients of the
   * pre-activations of step {@code t} into {@code dGates} (and {@code dGatesRecurrent}), the direct gradient with
   * respect to {@code h_{t-1}} into {@code dhPrev} (overwriting it: zero if there is no direct path) and
   * dL/d{@code c_{t-1}} into {@code dcPrev}.
   */
  void backwardStep(Workspace w, int t);

  /** A builder for a cell of the given type. */
  static CellBuilder builder(CellType type) {
    return new CellBuilder(type);
  }
}
