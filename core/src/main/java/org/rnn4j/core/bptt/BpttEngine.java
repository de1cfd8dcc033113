package org.rnn4j.core.bptt;

import java.util.Arrays;
import java.util.Objects;
import org.rnn4j.core.Checks;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.Workspace;
import org.rnn4j.core.math.Gemm;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.math.PackedB;

/**
 * The time loop: runs a {@link Cell} forward over a sequence batch and backpropagates through time.
 *
 * <p>Forward computes the input projection of all steps in one GEMM ({@code [T*B x X] * W_ihᵀ}), then per step
 * only {@code h_{t-1} W_hhᵀ} and the cell's fused point-wise update. Backward mirrors it: per step the cell's
 * point-wise gradient and {@code dh_{t-1} += dA_t W_hh}; after the loop the weight gradients are two large GEMMs
 * ({@code dW_ih += dA_allᵀ X}, {@code dW_hh += dA_allᵀ H_prev}), the bias gradients column sums and the input
 * gradient one GEMM. Nothing is allocated inside the time loop.
 *
 * <p>Rows past their sequence's length are frozen: their state is copied forward unchanged, and backward passes
 * their state gradient straight through with zero gate gradients, so padding never leaks into results. Backward
 * takes the gradient of the final state and leaves the gradient of the initial state in the {@link Tape}.
 */
public final class BpttEngine {
  private final Kernels kernels;
  private final Gemm gemm;

  /** An engine on the given kernels. */
  public BpttEngine(Kernels kernels) {
    this.kernels = Objects.requireNonNull(kernels, "kernels");
    this.gemm = kernels.gemm();
  }

  /** An engine on the fastest kernels of this JVM. */
  public BpttEngine() {
    this(Kernels.best());
  }

  /** The kernels this engine runs on. */
  public Kernels kernels() {
    return kernels;
  }

  /**
   * Runs the tape's cell over all steps of {@code shape}, reading inputs {@code x} ({@code [T*B x X]}) and
   * starting from {@code h0}, {@code c0} ({@code [B x H]} each; null means zeros; {@code c0} only for cells with a
   * cell state). States {@code h_0 .. h_T} end up in the tape.
   */
  public void forward(Tape tape, SequenceShape shape, RowBlock x, float[] h0, float[] c0) {
    Cell cell = tape.cell();
    int steps = shape.steps();
    int batch = shape.batch();
    int inputSize = cell.inputSize();
    int hs = cell.hiddenSize();
    int gs = cell.gateSize();
    int rows = steps * batch;
    x.require("x", rows, inputSize);
    requireFinite("x", x, rows, inputSize);
    requireState("h0", h0, batch, hs);
    if (c0 != null && !cell.hasCellState()) {
      throw new IllegalArgumentException("c0 must be null for a " + cell.type() + " cell, which has no cell state");
    }
    requireState("c0", c0, batch, hs);
    tape.bind(shape, x);
    Workspace w = tape.workspace();
    float[] gates = w.gates();
    // 1. Input projection for every step at once, then b_ih.
    gemm.gemm(false, true, rows, gs, inputSize, x.data(), x.offset(), x.stride(),
        cell.weightIh().value().data, 0, inputSize, false, gates, 0, gs);
    addRowVector(gates, 0, rows, cell.biasIh().value().data, gs);
    // 2. Initial state.
    int stateSize = batch * hs;
    copyOrZero(h0, w.hidden(), stateSize);
    if (cell.hasCellState()) {
      copyOrZero(c0, w.cellState(), stateSize);
    }
    // 3. The time loop: recurrent projection, fused point-wise update, frozen padding.
    // W_hh is prepared (packed, for large batches) once for all steps.
    PackedB whh = gemm.prepack(true, batch, gs, hs, cell.weightHh().value().data, 0, hs, tape.recurrentWeight());
    float[] bhh = cell.biasHh().value().data;
    float[] rec = w.recurrent();
    boolean full = shape.isFull();
    for (int t = 0; t < steps; t++) {
      for (int b = 0; b < batch; b++) {
        System.arraycopy(bhh, 0, rec, b * gs, gs);
      }
      gemm.gemm(false, batch, w.hidden(), w.stateOffset(t), hs, whh, true, rec, 0, gs);
      cell.forwardStep(w, t, kernels.activations());
      if (!full) {
        freezeFinishedRows(shape, w, t, hs, cell.hasCellState());
      }
    }
  }

  /**
   * Backpropagates through the steps of {@code window} of the tape's last forward pass.
   *
   * <p>{@code dOutputs} ({@code [T*B x H]}, null for none) is dL/dh_t from outside (a loss, the layer above); only
   * the rows of steps {@code [window.outputsFrom(), window.end())} are used. {@code dhFinal}, {@code dcFinal}
   * ({@code [B x H]}, null for zero) are the gradients of the final state; row b's enters at its last valid step
   * {@code len_b - 1}, in the window whose injection range holds that step. Parameter
   * gradients are accumulated into the cell's parameters; the input gradient of the window's rows is written
   * (overwritten) into {@code dInputs} ({@code [T*B x X]}, null when not needed); the probe, if any, records
   * {@code ||dL/dh_t||}. Afterwards the tape holds the gradient of the state at {@code window.start()}.
   */
  public void backward(Tape tape, Truncation.Window window, RowBlock dOutputs, float[] dhFinal, float[] dcFinal,
      RowBlock dInputs, GradientFlow probe) {
    SequenceShape shape = tape.shape();
    if (shape == null) {
      throw new IllegalStateException("backward needs a forward pass on this tape first");
    }
    Cell cell = tape.cell();
    Workspace w = tape.workspace();
    int steps = shape.steps();
    int batch = shape.batch();
    int hs = cell.hiddenSize();
    int gs = cell.gateSize();
    int inputSize = cell.inputSize();
    int start = window.start();
    int end = window.end();
    if (start < 0 || end > steps || start >= end || window.injectFrom() < start || window.injectFrom() >= end
        || window.outputsFrom() < start || window.outputsFrom() > window.injectFrom()) {
      throw new IllegalArgumentException("window must satisfy 0 <= start <= outputsFrom <= injectFrom < end <= "
          + steps + ", got " + window);
    }
    if (dOutputs != null) {
      dOutputs.require("dOutputs", steps * batch, hs);
    }
    if (dInputs != null) {
      dInputs.require("dInputs", steps * batch, inputSize);
    }
    requireState("dhFinal", dhFinal, batch, hs);
    requireState("dcFinal", dcFinal, batch, hs);
    int stateSize = batch * hs;
    Arrays.fill(w.dh(), 0, stateSize, 0f);
    if (cell.hasCellState()) {
      Arrays.fill(w.dc(), 0, stateSize, 0f);
    }
    PackedB whh = gemm.prepack(false, batch, hs, gs, cell.weightHh().value().data, 0, hs, tape.recurrentWeight());
    boolean full = shape.isFull();
    for (int t = end - 1; t >= start; t--) {
      float[] dh = w.dh();
      if (dOutputs != null && t >= window.outputsFrom()) {
        addRows(dOutputs, t * batch, batch, hs, dh);
      }
      if (t >= window.injectFrom()) {
        addFinalStateGradients(shape, t, hs, dhFinal, dh, dcFinal, w.dc());
      }
      if (probe != null) {
        probe.recordHidden(t, dh, stateSize);
      }
      cell.backwardStep(w, t);
      if (!full) {
        passThroughFinishedRows(shape, w, t, cell);
      }
      gemm.gemm(false, batch, w.dGatesRecurrent(), w.gateOffset(t), gs, whh, true, w.dhPrev(), 0, hs);
      w.swapStateGradients();
    }
    accumulateWeightGradients(tape, start, end);
    if (dInputs != null) {
      int r0 = start * batch;
      gemm.gemm(false, false, (end - start) * batch, inputSize, gs, w.dGates(), w.gateOffset(start), gs,
          cell.weightIh().value().data, 0, inputSize, false, dInputs.data(), dInputs.index(r0, 0),
          dInputs.stride());
    }
  }

  /** Full BPTT: {@link #backward} over the whole sequence. */
  public void backward(Tape tape, RowBlock dOutputs, float[] dhFinal, float[] dcFinal, RowBlock dInputs,
      GradientFlow probe) {
    int steps = tape.shape() == null ? 1 : tape.shape().steps();
    backward(tape, new Truncation.Window(0, 0, steps), dOutputs, dhFinal, dcFinal, dInputs, probe);
  }

  private void accumulateWeightGradients(Tape tape, int start, int end) {
    Cell cell = tape.cell();
    Workspace w = tape.workspace();
    RowBlock x = tape.input();
    int batch = w.batch();
    int rows = (end - start) * batch;
    int gs = cell.gateSize();
    int hs = cell.hiddenSize();
    int inputSize = cell.inputSize();
    int g0 = w.gateOffset(start);
    gemm.gemm(true, false, gs, inputSize, rows, w.dGates(), g0, gs, x.data(), x.index(start * batch, 0),
        x.stride(), true, cell.weightIh().grad().data, 0, inputSize);
    gemm.gemm(true, false, gs, hs, rows, w.dGatesRecurrent(), g0, gs, w.hidden(), w.stateOffset(start), hs, true,
        cell.weightHh().grad().data, 0, hs);
    addColumnSums(w.dGates(), g0, rows, gs, cell.biasIh().grad().data);
    addColumnSums(w.dGatesRecurrent(), g0, rows, gs, cell.biasHh().grad().data);
  }

  /** The final state of row b is its state after step len_b - 1: its gradient enters there. */
  private static void addFinalStateGradients(SequenceShape shape, int t, int hs, float[] dhFinal, float[] dh,
      float[] dcFinal, float[] dc) {
    for (int b = 0; b < shape.batch(); b++) {
      if (shape.length(b) - 1 == t) {
        int o = b * hs;
        if (dhFinal != null) {
          for (int j = 0; j < hs; j++) {
            dh[o + j] += dhFinal[o + j];
          }
        }
        if (dcFinal != null) {
          for (int j = 0; j < hs; j++) {
            dc[o + j] += dcFinal[o + j];
          }
        }
      }
    }
  }

  private static void freezeFinishedRows(SequenceShape shape, Workspace w, int t, int hs, boolean cellState) {
    int from = w.stateOffset(t);
    int to = w.stateOffset(t + 1);
    for (int b = 0; b < shape.batch(); b++) {
      if (t >= shape.length(b)) {
        System.arraycopy(w.hidden(), from + b * hs, w.hidden(), to + b * hs, hs);
        if (cellState) {
          System.arraycopy(w.cellState(), from + b * hs, w.cellState(), to + b * hs, hs);
        }
      }
    }
  }

  private static void passThroughFinishedRows(SequenceShape shape, Workspace w, int t, Cell cell) {
    int hs = cell.hiddenSize();
    int gs = cell.gateSize();
    int g0 = w.gateOffset(t);
    for (int b = 0; b < shape.batch(); b++) {
      if (t >= shape.length(b)) {
        Arrays.fill(w.dGates(), g0 + b * gs, g0 + (b + 1) * gs, 0f);
        Arrays.fill(w.dGatesRecurrent(), g0 + b * gs, g0 + (b + 1) * gs, 0f);
        System.arraycopy(w.dh(), b * hs, w.dhPrev(), b * hs, hs);
        if (cell.hasCellState()) {
          System.arraycopy(w.dc(), b * hs, w.dcPrev(), b * hs, hs);
        }
      }
    }
  }

  private static void addRows(RowBlock src, int row0, int rows, int width, float[] dst) {
    float[] s = src.data();
    for (int r = 0; r < rows; r++) {
      int so = src.index(row0 + r, 0);
      int d = r * width;
      for (int j = 0; j < width; j++) {
        dst[d + j] += s[so + j];
      }
    }
  }

  private static void addRowVector(float[] m, int off, int rows, float[] v, int width) {
    for (int r = 0; r < rows; r++) {
      int o = off + r * width;
      for (int j = 0; j < width; j++) {
        m[o + j] += v[j];
      }
    }
  }

  private static void addColumnSums(float[] m, int off, int rows, int width, float[] out) {
    for (int r = 0; r < rows; r++) {
      int o = off + r * width;
      for (int j = 0; j < width; j++) {
        out[j] += m[o + j];
      }
    }
  }

  private static void requireFinite(String name, RowBlock m, int rows, int width) {
    float[] d = m.data();
    for (int r = 0; r < rows; r++) {
      int o = m.index(r, 0);
      for (int j = 0; j < width; j++) {
        if (!Float.isFinite(d[o + j])) {
          throw new org.rnn4j.core.NonFiniteException(name + " must be finite, got " + d[o + j] + " at row " + r
              + ", column " + j);
        }
      }
    }
  }

  private static void copyOrZero(float[] src, float[] dst, int n) {
    if (src == null) {
      Arrays.fill(dst, 0, n, 0f);
    } else {
      System.arraycopy(src, 0, dst, 0, n);
    }
  }

  private static void requireState(String name, float[] state, int batch, int hiddenSize) {
    if (state != null && state.length < batch * hiddenSize) {
      throw new IllegalArgumentException(name + " must hold [" + batch + " x " + hiddenSize + "] = "
          + batch * hiddenSize + " floats, got " + state.length);
    }
    if (state != null) {
      Checks.finite(name, state, 0, batch * hiddenSize);
    }
  }
}
