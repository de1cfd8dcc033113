package org.rnn4j.core.layer;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A lookup table of learned vectors, {@code torch.nn.Embedding}: row {@code r} of the output is row {@code ids[r]}
 * of {@code weight [vocabulary x dimension]}; backward adds each output row's gradient to the row it came from.
 *
 * <p>An optional padding index names a row that never receives gradient (it starts at zero, as in PyTorch). With a
 * {@link SequenceShape}, padded rows of a batch are not looked up (their ids are not read) and their output is zero.
 * Weights start standard normal, drawn from the seed.
 */
public final class Embedding {
  private final int vocabularySize;
  private final int dimension;
  private final int paddingIndex;
  private final Param weight;
  private final ParamSet params;

  private Embedding(Builder b) {
    this.vocabularySize = b.vocabularySize;
    this.dimension = b.dimension;
    this.paddingIndex = b.paddingIndex;
    this.weight = Param.matrix(b.namePrefix + "weight", vocabularySize, dimension);
    this.params = ParamSet.of(weight);
    SplittableRandom random = new SplittableRandom(b.seed);
    float[] w = weight.value().data;
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) random.nextGaussian();
    }
    if (hasPaddingIndex()) {
      Arrays.fill(w, paddingIndex * dimension, (paddingIndex + 1) * dimension, 0f);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of rows of the table (valid ids are {@code [0, vocabularySize)}). */
  public int vocabularySize() {
    return vocabularySize;
  }

  /** Width of an embedding vector. */
  public int dimension() {
    return dimension;
  }

  /** Whether a padding index is set. */
  public boolean hasPaddingIndex() {
    return paddingIndex >= 0;
  }

  /** The padding index, or -1 when none is set. */
  public int paddingIndex() {
    return paddingIndex;
  }

  /** The table {@code [vocabulary x dimension]}. */
  public Param weight() {
    return weight;
  }

  /** The parameters: {@code weight}. */
  public ParamSet params() {
    return params;
  }

  /**
   * Writes the vectors of {@code rows} ids, all valid.
   *
   * @param ids one id in {@code [0, vocabularySize)} per row
   * @param out receives {@code [rows x dimension]} (overwritten)
   */
  public void forward(int[] ids, int rows, float[] out) {
    run(ids, Checks.nonNegative("rows", rows), null, out);
  }

  /**
   * Writes the vectors of a time-major batch; padded rows are written as zeros and their ids are not read.
   *
   * @param ids one id per row of the block
   * @param shape which rows are valid, or null for all {@code ids.length} rows
   * @param out receives {@code [T*B x dimension]} (overwritten)
   */
  public void forward(int[] ids, SequenceShape shape, float[] out) {
    run(ids, rows(ids, shape), shape, out);
  }

  /**
   * Adds row {@code r} of {@code dOut} to the gradient of table row {@code ids[r]}, for {@code rows} rows, except
   * for the padding index.
   */
  public void backward(int[] ids, float[] dOut, int rows) {
    scatter(ids, dOut, Checks.nonNegative("rows", rows), null);
  }

  /** As {@link #backward(int[], float[], int)} over the valid rows of a time-major batch. */
  public void backward(int[] ids, float[] dOut, SequenceShape shape) {
    scatter(ids, dOut, rows(ids, shape), shape);
  }

  private void run(int[] ids, int rows, SequenceShape shape, float[] out) {
    checkIds(ids, rows, shape);
    Checks.capacity("out", out, 0, rows * dimension);
    float[] w = weight.value().data;
    for (int r = 0; r < rows; r++) {
      if (shape == null || shape.isValid(r)) {
        System.arraycopy(w, ids[r] * dimension, out, r * dimension, dimension);
      } else {
        Arrays.fill(out, r * dimension, (r + 1) * dimension, 0f);
      }
    }
  }

  private void scatter(int[] ids, float[] dOut, int rows, SequenceShape shape) {
    checkIds(ids, rows, shape);
    Checks.capacity("dOut", dOut, 0, rows * dimension);
    float[] g = weight.grad().data;
    for (int r = 0; r < rows; r++) {
      if ((shape == null || shape.isValid(r)) && ids[r] != paddingIndex) {
        int to = ids[r] * dimension;
        int from = r * dimension;
        for (int j = 0; j < dimension; j++) {
          g[to + j] += dOut[from + j];
        }
      }
    }
  }

  private static int rows(int[] ids, SequenceShape shape) {
    if (ids == null) {
      throw new IllegalArgumentException("ids must not be null");
    }
    return shape == null ? ids.length : shape.rows();
  }

  private void checkIds(int[] ids, int rows, SequenceShape shape) {
    if (ids == null) {
      throw new IllegalArgumentException("ids must not be null");
    }
    if (ids.length < rows) {
      throw new IllegalArgumentException("ids must hold " + rows + " rows, but has length " + ids.length);
    }
    for (int r = 0; r < rows; r++) {
      if ((shape == null || shape.isValid(r)) && (ids[r] < 0 || ids[r] >= vocabularySize)) {
        throw new IllegalArgumentException("ids must be in [0, " + vocabularySize + "), got " + ids[r] + " at row "
            + r);
      }
    }
  }

  /** Configures an {@link Embedding}. */
  public static final class Builder {
    private int vocabularySize;
    private int dimension;
    private Long seed;
    private int paddingIndex = -1;
    private String namePrefix = "";

    private Builder() {}

    /** Number of rows of the table (required, at least 1). */
    public Builder setVocabularySize(int vocabularySize) {
      this.vocabularySize = vocabularySize;
      return this;
    }

    /** Width of an embedding vector (required, at least 1). */
    public Builder setDimension(int dimension) {
      this.dimension = dimension;
      return this;
    }

    /** Seed of the initial table (required). */
    public Builder setSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** A row in {@code [0, vocabularySize)} that starts at zero and never receives gradient (default none). */
    public Builder optPaddingIndex(int paddingIndex) {
      this.paddingIndex = Checks.nonNegative("paddingIndex", paddingIndex);
      return this;
    }

    /** Prefix of the parameter name, for example {@code embed.} gives {@code embed.weight} (default none). */
    public Builder optNamePrefix(String namePrefix) {
      if (namePrefix == null) {
        throw new IllegalArgumentException("namePrefix must not be null (use \"\" for none)");
      }
      this.namePrefix = namePrefix;
      return this;
    }

    /** Validates and builds. */
    public Embedding build() {
      Checks.positive("vocabularySize", vocabularySize);
      Checks.positive("dimension", dimension);
      if (seed == null) {
        throw new IllegalArgumentException("seed must be set with setSeed, got none");
      }
      if (paddingIndex >= vocabularySize) {
        throw new IllegalArgumentException("paddingIndex must be in [0, " + vocabularySize + "), got "
            + paddingIndex);
      }
      return new Embedding(this);
    }
  }
}
