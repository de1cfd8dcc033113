package org.rnn4j.core.cell;

/**
 * The recurrent cells rnn4j provides, with PyTorch's semantics.
 */
public enum CellType {
  /** Elman RNN with tanh: {@code h = tanh(W_ih x + b_ih + W_hh h + b_hh)} (PyTorch {@code nn.RNN}). */
  RNN_TANH(1),
  /** Elman RNN with ReLU (PyTorch {@code nn.RNN(nonlinearity='relu')}). */
  RNN_RELU(1),
  /** Long short-term memory, gates {@code i, f, g, o} (PyTorch {@code nn.LSTM}). */
  LSTM(4),
  /** Gated recurrent unit, gates {@code r, z, n} (PyTorch {@code nn.GRU}). */
  GRU(3);

  private final int gatesPerUnit;

  CellType(int gatesPerUnit) {
    this.gatesPerUnit = gatesPerUnit;
  }

  /** Number of gate blocks: G = gatesPerUnit * H. */
  public int gatesPerUnit() {
    return gatesPerUnit;
  }

  /** Parses {@code rnn}/{@code tanh}, {@code relu}, {@code lstm} or {@code gru}, ignoring case. */
  public static CellType parse(String name) {
    switch (name.toLowerCase(java.util.Locale.ROOT)) {
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
