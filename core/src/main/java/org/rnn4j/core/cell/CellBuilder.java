package org.rnn4j.core.cell;

import java.util.Objects;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Init;

/**
 * Builds a {@link Cell}. Required: input and hidden size. By default every parameter is drawn uniformly from
 * {@code ±1/sqrt(H)} as PyTorch does, from seed 0.
 */
public final class CellBuilder {
  private final CellType type;
  private int inputSize;
  private int hiddenSize;
  private String prefix = "";
  private String suffix = "";
  private Init weightInit;
  private Init recurrentInit;
  private Init biasInit;
  private Float forgetBias;
  private long seed;

  CellBuilder(CellType type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Input size X (required). */
  public CellBuilder setInputSize(int inputSize) {
    this.inputSize = Checks.positive("inputSize", inputSize);
    return this;
  }

  /** Hidden size H (required). */
  public CellBuilder setHiddenSize(int hiddenSize) {
    this.hiddenSize = Checks.positive("hiddenSize", hiddenSize);
    return this;
  }

  /** Suffix of the parameter names, for example {@code _l0} or {@code _l1_reverse} (default none). */
  public CellBuilder optNameSuffix(String suffix) {
    this.suffix = Objects.requireNonNull(suffix, "suffix");
    return this;
  }

  /** Prefix of the parameter names, for example {@code encoder.} gives {@code encoder.weight_ih} (default none). */
  public CellBuilder optNamePrefix(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    return this;
  }

  /** Initialiser of {@code weight_ih}. */
  public CellBuilder optWeightInit(Init init) {
    this.weightInit = Objects.requireNonNull(init, "init");
    return this;
  }

  /** Initialiser of {@code weight_hh}. */
  public CellBuilder optRecurrentInit(Init init) {
    this.recurrentInit = Objects.requireNonNull(init, "init");
    return this;
  }

  /** Initialiser of both biases. */
  public CellBuilder optBiasInit(Init init) {
    this.biasInit = Objects.requireNonNull(init, "init");
    return this;
  }

  /**
   * LSTM only: sets the forget gate's bias so that {@code b_ih_f + b_hh_f = value} ({@code b_ih_f = value},
   * {@code b_hh_f = 0}), the usual remedy for early vanishing memory (1.0 is common).
   */
  public CellBuilder optForgetBias(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException("forgetBias must be finite, got " + value);
    }
    this.forgetBias = value;
    return this;
  }

  /** Seed of the initialisation (default 0). */
  public CellBuilder optSeed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Validates and builds the cell with freshly initialised parameters. */
  public Cell build() {
    if (inputSize == 0) {
      throw new IllegalArgumentException("inputSize is required: call setInputSize");
    }
    if (hiddenSize == 0) {
      throw new IllegalArgumentException("hiddenSize is required: call setHiddenSize");
    }
    if (forgetBias != null && type != CellType.LSTM) {
      throw new IllegalArgumentException("forgetBias applies to LSTM cells only, got cell type " + type);
    }
    CellParams params = CellParams.create(type.gatesPerUnit() * hiddenSize, inputSize, hiddenSize, prefix, suffix);
    Init uniform = Init.uniform(1.0 / Math.sqrt(hiddenSize));
    params.initialise(weightInit != null ? weightInit : uniform, recurrentInit != null ? recurrentInit : uniform,
        biasInit != null ? biasInit : uniform, new SplittableRandom(seed));
    if (forgetBias != null) {
      float[] bi = params.biasIh().value().data;
      float[] bh = params.biasHh().value().data;
      for (int j = hiddenSize; j < 2 * hiddenSize; j++) {
        bi[j] = forgetBias;
        bh[j] = 0f;
      }
    }
    return switch (type) {
      case RNN_TANH -> new VanillaRnnCell(inputSize, hiddenSize, false, params);
      case RNN_RELU -> new VanillaRnnCell(inputSize, hiddenSize, true, params);
      case LSTM -> new LstmCell(inputSize, hiddenSize, params);
      case GRU -> new GruCell(inputSize, hiddenSize, params);
    };
  }
}
