package org.rnn4j.core.cell;

import java.util.List;
import java.util.Locale;

/**
 * The recurrent cells rnn4j provides, with PyTorch's semantics.
 */
public enum CellType {
  /** Elman RNN with tanh: {@code h = tanh(W_ih x + b_ih + W_hh h + b_hh)} (PyTorch {@code nn.RNN}). */
  RNN_TANH(1, List.of(), List.of()),
  /** Elman RNN with ReLU (PyTorch {@code nn.RNN(nonlinearity='relu')}). */
  RNN_RELU(1, List.of(), List.of()),
  /** Long short-term memory, gates {@code i, f, g, o} (PyTorch {@code nn.LSTM}). */
  LSTM(4, List.of("i", "f", "g", "o"), List.of("i", "f", "o")),
  /** Gated recurrent unit, gates {@code r, z, n} (PyTorch {@code nn.GRU}). */
  GRU(3, List.of("r", "z", "n"), List.of("r", "z"));

  private final int gatesPerUnit;
  private final List<String> gateNames;
  private final List<String> sigmoidGates;

  CellType(int gatesPerUnit, List<String> gateNames, List<String> sigmoidGates) {
    this.gatesPerUnit = gatesPerUnit;
    this.gateNames = gateNames;
    this.sigmoidGates = sigmoidGates;
  }

  /** Number of gate blocks: G = gatesPerUnit * H. */
  public int gatesPerUnit() {
    return gatesPerUnit;
  }

  /**
   * The names of the gate blocks a forward pass leaves activated in {@link Workspace#gates()}, in block order:
   * {@code i, f, g, o} for the LSTM, {@code r, z, n} for the GRU, none for the Elman cells (their gate buffer holds
   * no gate).
   */
  public List<String> gateNames() {
    return gateNames;
  }

  /** Whether gate {@code name} of {@link #gateNames()} is a sigmoid (a value in (0, 1)), rather than a tanh. */
  public boolean isSigmoidGate(String name) {
    return sigmoidGates.contains(name);
  }

  /** Parses {@code rnn}/{@code tanh}, {@code relu}, {@code lstm} or {@code gru}, ignoring case. */
  public static CellType parse(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "rnn", "tanh", "rnn_tanh":
        return RNN_TANH;
      case "relu", "rnn_relu":
        return RNN_RELU;
      case "lstm":
        return LSTM;
      case "gru":
        return GRU;
      default:
        throw new IllegalArgumentException("cell type must be one of rnn, relu, lstm, gru, got '" + name + "'");
    }
  }
}
