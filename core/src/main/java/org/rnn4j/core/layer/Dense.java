package org.rnn4j.core.layer;

import java.util.Optional;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.math.Gemm;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Init;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A time-distributed affine map, {@code torch.nn.Linear} applied to every row of a block:
 *
 * <pre>
 *   y = x Wᵀ + b                  x: [rows x in], W: [out x in] ({@code weight}), b: [out] ({@code bias})
 *   dW += dyᵀ x,  db += colsum(dy),  dx = dy W
 * </pre>
 *
 * <p>Rows are independent, so a padded row whose {@code dy} is zero (as every loss in this library writes it)
 * contributes nothing to {@code dW}, {@code db}, or {@code dx}. Weights start like PyTorch's: uniform on
 * {@code [-1/sqrt(in), 1/sqrt(in))} for both weight and bias, drawn from the seed.
 */
public final class Dense {
  private final int inputSize;
  private final int outputSize;
  private final Param weight;
  private final Param bias;
  private final ParamSet params;
  private final Gemm gemm;

  private Dense(Builder b) {
    this.inputSize = b.inputSize;
    this.outputSize = b.outputSize;
    this.weight = Param.matrix(b.namePrefix + "weight", outputSize, inputSize);
    this.bias = b.bias ? Param.vector(b.namePrefix + "bias", outputSize) : null;
    this.params = bias == null ? ParamSet.of(weight) : ParamSet.of(weight, bias);
    this.gemm = b.kernels.gemm();
    SplittableRandom random = new SplittableRandom(b.seed);
    Init init = Init.uniform(1 / Math.sqrt(inputSize));
    init.fill(weight, random);
    if (bias != null) {
      init.fill(bias, random);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Width of an input row. */
  public int inputSize() {
    return inputSize;
  }

  /** Width of an output row. */
  public int outputSize() {
    return outputSize;
  }

  /** The weight {@code [out x in]}. */
  public Param weight() {
    return weight;
  }

  /** The bias {@code [out]}, absent when built without one. */
  public Optional<Param> bias() {
    return Optional.ofNullable(bias);
  }

  /** The parameters: {@code weight}, then {@code bias} if present. */
  public ParamSet params() {
    return params;
  }

  /** {@link #forward(float[], int, int, float[], int)} with both blocks at offset 0. */
  public void forward(float[] x, int rows, float[] y) {
    forward(x, 0, rows, y, 0);
  }

  /**
   * Writes {@code y = x Wᵀ + b} for {@code rows} rows.
   *
   * @param x {@code [rows x in]} row-major from {@code xOff}
   * @param y receives {@code [rows x out]} from {@code yOff} (overwritten); must not overlap {@code x}
   */
  public void forward(float[] x, int xOff, int rows, float[] y, int yOff) {
    Checks.nonNegative("rows", rows);
    Checks.capacity("x", x, xOff, rows * inputSize);
    Checks.capacity("y", y, yOff, rows * outputSize);
    if (bias != null) {
      float[] b = bias.value().data;
      for (int r = 0; r < rows; r++) {
        System.arraycopy(b, 0, y, yOff + r * outputSize, outputSize);
      }
    }
    gemm.gemm(false, true, rows, outputSize, inputSize, x, xOff, inputSize, weight.value().data, 0, inputSize,
        bias != null, y, yOff, outputSize);
  }

  /** {@link #backward(float[], int, float[], int, int, float[], int)} with every block at offset 0. */
  public void backward(float[] x, float[] dy, int rows, float[] dx) {
    backward(x, 0, dy, 0, rows, dx, 0);
  }

  /**
   * Accumulates {@code dW += dyᵀ x} and {@code db += colsum(dy)} into the parameters' gradients and, when
   * {@code dx} is given, writes {@code dx = dy W}.
   *
   * @param x the forward input {@code [rows x in]} from {@code xOff}
   * @param dy dLoss/dy {@code [rows x out]} from {@code dyOff}
   * @param dx receives dLoss/dx {@code [rows x in]} from {@code dxOff} (overwritten), or null when not needed;
   *     must not overlap {@code dy}
   */
  public void backward(float[] x, int xOff, float[] dy, int dyOff, int rows, float[] dx, int dxOff) {
    Checks.nonNegative("rows", rows);
    Checks.capacity("x", x, xOff, rows * inputSize);
    Checks.capacity("dy", dy, dyOff, rows * outputSize);
    if (dx != null) {
      Checks.capacity("dx", dx, dxOff, rows * inputSize);
    }
    gemm.gemm(true, false, outputSize, inputSize, rows, dy, dyOff, outputSize, x, xOff, inputSize,
        true, weight.grad().data, 0, inputSize);
    if (bias != null) {
      float[] db = bias.grad().data;
      for (int r = 0; r < rows; r++) {
        int row = dyOff + r * outputSize;
        for (int j = 0; j < outputSize; j++) {
          db[j] += dy[row + j];
        }
      }
    }
    if (dx != null) {
      gemm.gemm(false, false, rows, inputSize, outputSize, dy, dyOff, outputSize, weight.value().data, 0,
          inputSize, false, dx, dxOff, inputSize);
    }
  }

  /** Configures a {@link Dense} layer. */
  public static final class Builder {
    private int inputSize;
    private int outputSize;
    private Long seed;
    private boolean bias = true;
    private String namePrefix = "";
    private Kernels kernels = Kernels.best();

    private Builder() {}

    /** Width of an input row (required, at least 1). */
    public Builder setInputSize(int inputSize) {
      this.inputSize = inputSize;
      return this;
    }

    /** Width of an output row (required, at least 1). */
    public Builder setOutputSize(int outputSize) {
      this.outputSize = outputSize;
      return this;
    }

    /** Seed of the initial weights (required). */
    public Builder setSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether to add a bias (default true). */
    public Builder optBias(boolean bias) {
      this.bias = bias;
      return this;
    }

    /** Prefix of the parameter names, for example {@code fc.} gives {@code fc.weight} (default none). */
    public Builder optNamePrefix(String namePrefix) {
      if (namePrefix == null) {
        throw new IllegalArgumentException("namePrefix must not be null (use \"\" for none)");
      }
      this.namePrefix = namePrefix;
      return this;
    }

    /** The kernels for the matrix products (default {@link Kernels#best()}). */
    public Builder optKernels(Kernels kernels) {
      if (kernels == null) {
        throw new IllegalArgumentException("kernels must not be null");
      }
      this.kernels = kernels;
      return this;
    }

    /** Validates and builds. */
    public Dense build() {
      Checks.positive("inputSize", inputSize);
      Checks.positive("outputSize", outputSize);
      if (seed == null) {
        throw new IllegalArgumentException("seed must be set with setSeed, got none");
      }
      return new Dense(this);
    }
  }
}
