package org.rnn4j.core.layer;

import java.util.Objects;
import org.rnn4j.core.Checks;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Init;
import org.rnn4j.core.param.ParamSet;

/** Configures a {@link RecurrentStack}; {@code set*} settings are required, {@code opt*} optional. */
public final class RecurrentStackBuilder {
  CellType type;
  int inputSize;
  int hiddenSize;
  int layers = 1;
  boolean bidirectional;
  double dropout;
  long seed;
  Kernels kernels = Kernels.best();
  Init weightInit;
  Init recurrentInit;
  Init biasInit;
  Float forgetBias;
  String namePrefix = "";

  RecurrentStackBuilder() {}

  /**
   * Prefix of every parameter name, so two stacks can live in one {@link ParamSet}: {@code encoder.} gives
   * {@code encoder.weight_ih_l0} (default none, PyTorch's plain names).
   */
  public RecurrentStackBuilder optNamePrefix(String prefix) {
    this.namePrefix = Objects.requireNonNull(prefix, "prefix");
    return this;
  }

  /** Cell type of every layer (required). */
  public RecurrentStackBuilder setCellType(CellType type) {
    this.type = Objects.requireNonNull(type, "type");
    return this;
  }

  /** Input width X (required). */
  public RecurrentStackBuilder setInputSize(int inputSize) {
    this.inputSize = Checks.positive("inputSize", inputSize);
    return this;
  }

  /** Hidden size H per direction (required). */
  public RecurrentStackBuilder setHiddenSize(int hiddenSize) {
    this.hiddenSize = Checks.positive("hiddenSize", hiddenSize);
    return this;
  }

  /** Number of layers (default 1). */
  public RecurrentStackBuilder optLayers(int layers) {
    this.layers = Checks.positive("layers", layers);
    return this;
  }

  /** Adds a reverse direction to every layer (default off). */
  public RecurrentStackBuilder optBidirectional(boolean bidirectional) {
    this.bidirectional = bidirectional;
    return this;
  }

  /** Dropout probability on the inputs of layers after the first, in training (default 0). */
  public RecurrentStackBuilder optDropout(double p) {
    this.dropout = Checks.inHalfOpenRange("dropout", p, 0, 1);
    return this;
  }

  /** Seed of initialisation and dropout (default 0). */
  public RecurrentStackBuilder optSeed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Kernels to run on (default {@link Kernels#best()}). */
  public RecurrentStackBuilder optKernels(Kernels kernels) {
    this.kernels = Objects.requireNonNull(kernels, "kernels");
    return this;
  }

  /** Initialiser of every {@code weight_ih} (default PyTorch's uniform ±1/sqrt(H)). */
  public RecurrentStackBuilder optWeightInit(Init init) {
    this.weightInit = Objects.requireNonNull(init, "init");
    return this;
  }

  /** Initialiser of every {@code weight_hh} (default PyTorch's uniform ±1/sqrt(H)). */
  public RecurrentStackBuilder optRecurrentInit(Init init) {
    this.recurrentInit = Objects.requireNonNull(init, "init");
    return this;
  }

  /** Initialiser of every bias (default PyTorch's uniform ±1/sqrt(H)). */
  public RecurrentStackBuilder optBiasInit(Init init) {
    this.biasInit = Objects.requireNonNull(init, "init");
    return this;
  }

  /** LSTM forget-gate bias (see {@link org.rnn4j.core.cell.CellBuilder#optForgetBias(float)}). */
  public RecurrentStackBuilder optForgetBias(float value) {
    this.forgetBias = value;
    return this;
  }

  /** Validates and builds. */
  public RecurrentStack build() {
    if (type == null) {
      throw new IllegalArgumentException("cell type is required: call setCellType");
    }
    if (inputSize == 0) {
      throw new IllegalArgumentException("inputSize is required: call setInputSize");
    }
    if (hiddenSize == 0) {
      throw new IllegalArgumentException("hiddenSize is required: call setHiddenSize");
    }
    return new RecurrentStack(this);
  }
}
