package org.rnn4j.topology;

import java.util.Objects;
import org.rnn4j.core.Checks;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.layer.RecurrentStack;

/**
 * The settings {@link ManyToOne} and {@link ManyToMany} share: the input (tokens, one-hot or embedded, or dense
 * features), the recurrent stack and the seed. {@code set*} settings are required, {@code opt*} optional.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class RecurrentInputBuilder<B extends RecurrentInputBuilder<B>> {
  CellType cellType;
  int hiddenSize;
  int vocabulary;
  int embeddingDim;
  int featureWidth;
  int layers = 1;
  boolean bidirectional;
  double dropout;
  long seed;

  RecurrentInputBuilder() {}

  abstract B self();

  /** Cell type of every recurrent layer (required). */
  public B setCellType(CellType type) {
    this.cellType = Objects.requireNonNull(type, "cellType");
    return self();
  }

  /** Hidden size per direction (required). */
  public B setHiddenSize(int size) {
    this.hiddenSize = Checks.positive("hiddenSize", size);
    return self();
  }

  /** Token input over this many ids (this or {@link #setFeatureWidth} is required). */
  public B setVocabulary(int size) {
    this.vocabulary = Checks.positive("vocabulary", size);
    return self();
  }

  /** Dense feature input of this width per step (this or {@link #setVocabulary} is required). */
  public B setFeatureWidth(int width) {
    this.featureWidth = Checks.positive("featureWidth", width);
    return self();
  }

  /** A learned token embedding of this width instead of one-hot (default one-hot). */
  public B optEmbedding(int dimension) {
    this.embeddingDim = Checks.positive("embedding dimension", dimension);
    return self();
  }

  /** Number of recurrent layers (default 1). */
  public B optLayers(int count) {
    this.layers = Checks.positive("layers", count);
    return self();
  }

  /** Adds a reverse direction to every layer, so each output sees the whole sequence (default off). */
  public B optBidirectional(boolean on) {
    this.bidirectional = on;
    return self();
  }

  /** Dropout between recurrent layers in training (default 0). */
  public B optDropout(double probability) {
    this.dropout = Checks.inHalfOpenRange("dropout", probability, 0, 1);
    return self();
  }

  /** Seed of every initial weight and of dropout (default 0). */
  public B optSeed(long value) {
    this.seed = value;
    return self();
  }

  /** Reads the shared settings back from a model's {@code config()}, naming a missing or malformed key. */
  B readShared(ConfigValues c) {
    setCellType(CellType.parse(c.get("cell"))).setHiddenSize(c.integer("hidden")).optLayers(c.integer("layers"))
        .optBidirectional(c.bool("bidirectional")).optDropout(c.decimal("dropout")).optSeed(c.longValue("seed"));
    switch (c.get("input")) {
      case SequenceEncoder.FEATURES -> setFeatureWidth(c.integer("featureWidth"));
      case SequenceEncoder.EMBEDDING -> setVocabulary(c.integer("vocabulary")).optEmbedding(c.integer("embeddingDim"));
      default -> setVocabulary(c.integer("vocabulary"));
    }
    return self();
  }

  /** Copies the shared settings into {@code to}. */
  void copySharedInto(RecurrentInputBuilder<?> to) {
    to.cellType = cellType;
    to.hiddenSize = hiddenSize;
    to.vocabulary = vocabulary;
    to.embeddingDim = embeddingDim;
    to.featureWidth = featureWidth;
    to.layers = layers;
    to.bidirectional = bidirectional;
    to.dropout = dropout;
    to.seed = seed;
  }

  /** The input encoding these settings describe, its weights drawn from {@code seed}. */
  SequenceEncoder buildEncoder(long seed) {
    return new SequenceEncoder(vocabulary, embeddingDim, featureWidth, seed);
  }

  /** The recurrent stack these settings describe over inputs {@code inputWidth} wide, seeded by {@code seed}. */
  RecurrentStack buildStack(int inputWidth, long seed) {
    return RecurrentStack.builder().setCellType(cellType).setInputSize(inputWidth).setHiddenSize(hiddenSize)
        .optLayers(layers).optBidirectional(bidirectional).optDropout(dropout).optSeed(seed).build();
  }

  /** Checks the required shared settings, naming the first missing one. */
  void requireShared() {
    if (cellType == null) {
      throw new IllegalArgumentException("cellType must be set with setCellType, got none");
    }
    if (hiddenSize == 0) {
      throw new IllegalArgumentException("hiddenSize must be set with setHiddenSize, got none");
    }
  }
}
