package org.rnn4j.topology;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rnn4j.core.NonFiniteException;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.topology.input.TokenInput;

/**
 * The input side of the sequence topologies: packs a batch of {@link InputSequence}s time-major and encodes it into
 * the float rows a recurrent stack reads (one-hot, embedding, or dense features as given). Buffers are reused and
 * grow with the batch.
 */
final class SequenceEncoder {
  static final String ONE_HOT = "onehot";
  static final String EMBEDDING = "embedding";
  static final String FEATURES = "features";

  private final String kind;
  private final int vocabularySize;
  private final int embeddingDim;
  private final TokenInput tokens;
  private final int width;
  private int[] ids = new int[0];
  private float[] x = new float[0];
  private float[] dx = new float[0];
  private SequenceShape shape;

  /**
   * @param vocabularySize tokens in the vocabulary (0 for a feature input)
   * @param embeddingDim embedding width (0 for one-hot)
   * @param featureWidth features per frame (0 for a token input)
   */
  SequenceEncoder(int vocabularySize, int embeddingDim, int featureWidth, long seed) {
    this.vocabularySize = vocabularySize;
    this.embeddingDim = embeddingDim;
    if ((vocabularySize > 0) == (featureWidth > 0)) {
      throw new IllegalArgumentException("input must be either tokens (setVocabulary) or features"
          + " (setFeatureWidth), got " + (vocabularySize > 0 ? "both" : "neither"));
    }
    if (featureWidth > 0) {
      if (embeddingDim > 0) {
        throw new IllegalArgumentException("embedding dimension applies to token input only, got " + embeddingDim
            + " with featureWidth " + featureWidth);
      }
      kind = FEATURES;
      tokens = null;
      width = featureWidth;
    } else if (embeddingDim > 0) {
      kind = EMBEDDING;
      tokens = TokenInput.embedding(vocabularySize, embeddingDim, "embedding.", seed);
      width = embeddingDim;
    } else {
      kind = ONE_HOT;
      tokens = TokenInput.oneHot(vocabularySize);
      width = vocabularySize;
    }
  }

  /** Rebuilds from the entries {@link #config} wrote. */
  static SequenceEncoder fromConfig(Map<String, String> config, long seed) {
    ConfigValues c = new ConfigValues(config, config.getOrDefault("topology", "topology"));
    String kind = c.get("input");
    return switch (kind) {
      case ONE_HOT -> new SequenceEncoder(c.integer("vocabulary"), 0, 0, seed);
      case EMBEDDING -> new SequenceEncoder(c.integer("vocabulary"),
          c.integer("embeddingDim"), 0, seed);
      case FEATURES -> new SequenceEncoder(0, 0, c.integer("featureWidth"), seed);
      default -> throw new IllegalArgumentException("config 'input' must be onehot, embedding or features, got '"
          + kind + "'");
    };
  }

  /** Adds this input's settings to a configuration. */
  void config(Map<String, String> config) {
    config.put("input", kind);
    if (tokens != null) {
      config.put("vocabulary", Integer.toString(vocabularySize));
    }
    if (EMBEDDING.equals(kind)) {
      config.put("embeddingDim", Integer.toString(embeddingDim));
    }
    if (FEATURES.equals(kind)) {
      config.put("featureWidth", Integer.toString(width));
    }
  }

  /** Width of an encoded row. */
  int width() {
    return width;
  }

  /** Trainable parameters (the embedding, if any). */
  ParamSet params() {
    return tokens == null ? ParamSet.of() : tokens.params();
  }

  /** Whether backward has parameters to reach (so the stack must compute dL/dx). */
  boolean needsInputGradient() {
    return tokens != null && params().size() > 0;
  }

  /**
   * Packs and encodes a batch; returns its layout. The encoded rows are {@link #rows()} until the next call.
   *
   * @throws IllegalArgumentException naming the example and step of a token out of range, a feature row of the
   *     wrong width, or a sequence of the wrong kind
   * @throws NonFiniteException naming the example and step of a NaN or infinite feature
   */
  <E> SequenceShape encode(List<E> batch, Function<E, InputSequence> input) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("a batch must hold at least one example, got none");
    }
    int b = batch.size();
    int[] lengths = new int[b];
    int steps = 0;
    for (int i = 0; i < b; i++) {
      InputSequence s = input.apply(batch.get(i));
      check(s, i);
      lengths[i] = s.length();
      steps = Math.max(steps, lengths[i]);
    }
    shape = new SequenceShape(steps, b, lengths);
    int rows = shape.rows();
    x = grow(x, rows * width);
    if (tokens != null) {
      ids = grow(ids, rows);
      for (int i = 0; i < b; i++) {
        int[] seq = input.apply(batch.get(i)).tokens();
        for (int t = 0; t < steps; t++) {
          ids[t * b + i] = t < seq.length ? seq[t] : 0;
        }
      }
      tokens.forward(ids, shape, x);
    } else {
      java.util.Arrays.fill(x, 0, rows * width, 0f);
      for (int i = 0; i < b; i++) {
        float[][] frames = input.apply(batch.get(i)).features();
        for (int t = 0; t < frames.length; t++) {
          System.arraycopy(frames[t], 0, x, (t * b + i) * width, width);
        }
      }
    }
    return shape;
  }

  /** The encoded rows {@code [T*B x width]} of the last {@link #encode}. */
  float[] rows() {
    return x;
  }

  /** A zeroed-on-demand buffer for dL/dx of the last batch, or null when no input gradient is needed. */
  float[] inputGradientBuffer() {
    if (!needsInputGradient()) {
      return null;
    }
    dx = grow(dx, shape.rows() * width);
    return dx;
  }

  /** Accumulates the embedding gradient from dL/dx of the last batch. */
  void backward(float[] dInput) {
    if (tokens != null && dInput != null) {
      tokens.backward(ids, shape, dInput);
    }
  }

  private void check(InputSequence s, int example) {
    if (s == null) {
      throw new IllegalArgumentException("example " + example + " has no input sequence");
    }
    if (tokens != null) {
      if (!s.isTokens()) {
        throw new IllegalArgumentException("example " + example + " must be a token sequence (the model reads"
            + " tokens), got features");
      }
      int[] seq = s.tokens();
      for (int t = 0; t < seq.length; t++) {
        if (seq[t] < 0 || seq[t] >= vocabularySize) {
          throw new IllegalArgumentException("token at step " + t + " of example " + example + " must be in [0, "
              + vocabularySize + "), got " + seq[t]);
        }
      }
      return;
    }
    if (s.isTokens()) {
      throw new IllegalArgumentException("example " + example + " must be a feature sequence (the model reads "
          + width + " features per step), got tokens");
    }
    float[][] frames = s.features();
    if (frames[0].length != width) {
      throw new IllegalArgumentException("feature width of example " + example + " must be " + width + ", got "
          + frames[0].length);
    }
    for (int t = 0; t < frames.length; t++) {
      for (int j = 0; j < width; j++) {
        if (!Float.isFinite(frames[t][j])) {
          throw new NonFiniteException("feature " + j + " at step " + t + " of example " + example
              + " must be finite, got " + frames[t][j]);
        }
      }
    }
  }

  static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }

  static int[] grow(int[] a, int n) {
    return a.length >= n ? a : new int[n];
  }
}
