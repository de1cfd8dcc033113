package org.rnn4j.topology.input;

import java.util.Arrays;
import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.layer.Embedding;
import org.rnn4j.core.param.ParamSet;

/**
 * Turns packed token ids into the float rows a recurrent layer reads: one-hot vectors (no parameters, width =
 * vocabulary) or a learned {@link Embedding} (width = its dimension). Padded rows become zeros.
 */
public final class TokenInput {
  private final int vocabularySize;
  private final Embedding embedding;

  private TokenInput(int vocabularySize, Embedding embedding) {
    this.vocabularySize = vocabularySize;
    this.embedding = embedding;
  }

  /** One-hot encoding over {@code vocabularySize} tokens. */
  public static TokenInput oneHot(int vocabularySize) {
    return new TokenInput(Checks.positive("vocabularySize", vocabularySize), null);
  }

  /** A learned embedding of {@code dimension} per token, its weight named {@code namePrefix + "weight"}. */
  public static TokenInput embedding(int vocabularySize, int dimension, String namePrefix, long seed) {
    return new TokenInput(vocabularySize, Embedding.builder().setVocabularySize(vocabularySize)
        .setDimension(dimension).setSeed(seed).optNamePrefix(namePrefix).build());
  }

  /** Width of each encoded row. */
  public int width() {
    return embedding == null ? vocabularySize : embedding.dimension();
  }

  /** Number of distinct tokens. */
  public int vocabularySize() {
    return vocabularySize;
  }

  /** Trainable parameters (empty for one-hot). */
  public ParamSet params() {
    return embedding == null ? ParamSet.of() : embedding.params();
  }

  /** Writes the rows of {@code ids} ({@code [T*B]}, laid out by {@code shape}) into {@code out [T*B x width]}. */
  public void forward(int[] ids, SequenceShape shape, float[] out) {
    int rows = shape.rows();
    int w = width();
    Checks.capacity("out", out, 0, rows * w);
    if (embedding != null) {
      embedding.forward(ids, shape, out);
      return;
    }
    Arrays.fill(out, 0, rows * w, 0f);
    for (int r = 0; r < rows; r++) {
      if (!shape.isValid(r)) {
        continue;
      }
      int id = ids[r];
      if (id < 0 || id >= vocabularySize) {
        throw new IllegalArgumentException("token id at row " + r + " must be in [0, " + vocabularySize + "), got "
            + id);
      }
      out[r * w + id] = 1f;
    }
  }

  /** Accumulates the embedding gradient from {@code dOut [T*B x width]} (nothing for one-hot). */
  public void backward(int[] ids, SequenceShape shape, float[] dOut) {
    if (embedding != null) {
      embedding.backward(ids, dOut, shape);
    }
  }
}
