package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.topology.seq2seq.Architecture;
import org.rnn4j.topology.seq2seq.Attention;
import org.rnn4j.topology.seq2seq.BeamSearch;
import org.rnn4j.topology.seq2seq.DecodeOptions;
import org.rnn4j.topology.seq2seq.EncoderDecoder;
import org.rnn4j.topology.seq2seq.SentencePair;
import org.rnn4j.topology.seq2seq.StepDecoder;
import org.rnn4j.topology.seq2seq.Translation;

/**
 * Sequence to sequence (encoder-decoder): the encoder reads the whole source, the decoder writes the target from the
 * encoder's final state, optionally attending over every encoder output.
 *
 * <pre>{@code
 *   x_1..x_S -> [encoder] -> bridge -> [decoder <- start,y_1..y_n] (-> attention over encoder outputs)
 *            -> softmax -> y_1..y_n,end
 * }</pre>
 *
 * <p>Training minimises the mean cross-entropy over the valid target tokens (each target's tokens and the end token;
 * padding masked). {@link #predict} decodes greedily; {@link #translate} decodes greedily or by beam search and
 * reports scores and attention weights. Targets are given without start and end tokens.
 */
public final class Seq2Seq implements SequenceModel<SentencePair, int[]> {
  private final EncoderDecoder net;
  private final int maxLength;

  private Seq2Seq(Architecture arch, Kernels kernels, int maxLength) {
    this.net = new EncoderDecoder(arch, kernels);
    this.maxLength = maxLength;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A model with the architecture of {@link #config()} (freshly initialised weights).
   *
   * @throws IllegalArgumentException naming a missing or invalid setting
   */
  public static Seq2Seq fromConfig(Map<String, String> config) {
    String max = config.get("maxLength");
    if (max == null) {
      throw new IllegalArgumentException("config must contain 'maxLength', got keys " + config.keySet());
    }
    int maxLength;
    try {
      maxLength = Integer.parseInt(max.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config 'maxLength' must be an integer, got '" + max + "'");
    }
    DecodeOptions.greedy(maxLength);
    return new Seq2Seq(Architecture.fromConfig(config), Kernels.best(), maxLength);
  }

  /** The architecture settings. */
  public Architecture architecture() {
    return net.architecture();
  }

  /** The network (for inspection and tests). */
  public EncoderDecoder network() {
    return net;
  }

  /** The maximum output length of {@link #predict}. */
  public int maxLength() {
    return maxLength;
  }

  @Override
  public ParamSet params() {
    return net.params();
  }

  @Override
  public double lossAndGradients(List<SentencePair> batch, SplittableRandom random) {
    Objects.requireNonNull(random, "random");
    net.reseedDropout(random);
    double loss = net.forward(batch, true, true);
    net.backwardMean();
    return loss;
  }

  @Override
  public Evaluation evaluate(List<SentencePair> batch) {
    double sum = net.forward(batch, false, false);
    return new Evaluation(sum, net.targetCount());
  }

  /** Greedy outputs (without the end token), at most {@link #maxLength()} tokens each. */
  @Override
  public List<int[]> predict(List<SentencePair> batch) {
    List<int[]> sources = new ArrayList<>();
    for (SentencePair p : batch) {
      sources.add(p.source());
    }
    List<int[]> out = new ArrayList<>();
    for (Translation t : translate(sources, DecodeOptions.greedy(maxLength))) {
      out.add(t.tokens());
    }
    return out;
  }

  /**
   * Decodes each source: greedily (all sources in one batch) when {@code options.beamSize()} is 1, else by beam
   * search one source at a time.
   *
   * @throws IllegalArgumentException naming an empty source or an out-of-range token
   */
  public List<Translation> translate(List<int[]> sources, DecodeOptions options) {
    Objects.requireNonNull(options, "options");
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("sources must hold at least one sequence, got "
          + (sources == null ? "null" : "none"));
    }
    Architecture a = net.architecture();
    if (options.beamSize() == 1) {
      return BeamSearch.greedy(new StepDecoder(net, sources), a.startId(), a.endId(), options);
    }
    List<Translation> out = new ArrayList<>();
    for (int[] s : sources) {
      out.add(BeamSearch.beam(new StepDecoder(net, List.of(s)), a.startId(), a.endId(), options));
    }
    return out;
  }

  /** Decodes one source (see {@link #translate(List, DecodeOptions)}). */
  public Translation translate(int[] source, DecodeOptions options) {
    return translate(List.of(source), options).get(0);
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> c = net.architecture().toConfig();
    c.put("maxLength", Integer.toString(maxLength));
    return c;
  }

  /** Configures a {@link Seq2Seq}; required settings use {@code setX}, optional ones {@code optX}. */
  public static final class Builder {
    private CellType cellType;
    private int sourceVocabulary;
    private int targetVocabulary;
    private int hiddenSize;
    private Integer embeddingSize;
    private Integer decoderHiddenSize;
    private int layers = 1;
    private boolean bidirectional;
    private Attention attention = Attention.NONE;
    private boolean learnedBridge;
    private double dropout;
    private int padId;
    private int startId = 1;
    private int endId = 2;
    private int maxLength = 50;
    private long seed;
    private Kernels kernels = Kernels.best();

    private Builder() {}

    /** Cell type of encoder and decoder (required). */
    public Builder setCellType(CellType type) {
      this.cellType = type;
      return this;
    }

    /** Number of source tokens (required). */
    public Builder setSourceVocabularySize(int n) {
      this.sourceVocabulary = n;
      return this;
    }

    /** Number of target tokens, the special tokens included (required). */
    public Builder setTargetVocabularySize(int n) {
      this.targetVocabulary = n;
      return this;
    }

    /** Encoder hidden size per direction (required); also the default decoder and embedding size. */
    public Builder setHiddenSize(int n) {
      this.hiddenSize = n;
      return this;
    }

    /** Width of the learned token embeddings, 0 for one-hot inputs (default: the hidden size). */
    public Builder optEmbeddingSize(int n) {
      this.embeddingSize = n;
      return this;
    }

    /** Decoder hidden size (default: the encoder hidden size). */
    public Builder optDecoderHiddenSize(int n) {
      this.decoderHiddenSize = n;
      return this;
    }

    /** Layers of encoder and of decoder (default 1). */
    public Builder optLayers(int n) {
      this.layers = n;
      return this;
    }

    /** Whether the encoder is bidirectional (default false; implies a learned bridge). */
    public Builder optBidirectional(boolean b) {
      this.bidirectional = b;
      return this;
    }

    /** Attention over encoder outputs (default {@link Attention#NONE}). */
    public Builder optAttention(Attention a) {
      this.attention = a;
      return this;
    }

    /** Use a learned bridge even when encoder and decoder sizes match (default false). */
    public Builder optLearnedBridge(boolean b) {
      this.learnedBridge = b;
      return this;
    }

    /** Dropout between stacked layers, in training (default 0). */
    public Builder optDropout(double p) {
      this.dropout = p;
      return this;
    }

    /** Padding filler id in the target vocabulary (default 0). */
    public Builder optPadId(int id) {
      this.padId = id;
      return this;
    }

    /** Start token id (default 1). */
    public Builder optStartId(int id) {
      this.startId = id;
      return this;
    }

    /** End token id (default 2). */
    public Builder optEndId(int id) {
      this.endId = id;
      return this;
    }

    /** Most tokens {@link Seq2Seq#predict} writes per output (default 50). */
    public Builder optMaxLength(int n) {
      this.maxLength = n;
      return this;
    }

    /** Seed of all initial weights (default 0). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Kernels for the matrix products (default {@link Kernels#best()}). */
    public Builder optKernels(Kernels k) {
      this.kernels = Objects.requireNonNull(k, "kernels");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the first invalid setting, the expected and the actual value
     */
    public Seq2Seq build() {
      if (hiddenSize < 1) {
        throw new IllegalArgumentException("hiddenSize must be positive (call setHiddenSize), got " + hiddenSize);
      }
      DecodeOptions.greedy(maxLength);
      Architecture arch = new Architecture(cellType, sourceVocabulary, targetVocabulary,
          embeddingSize == null ? hiddenSize : embeddingSize, hiddenSize,
          decoderHiddenSize == null ? hiddenSize : decoderHiddenSize, layers, bidirectional, attention,
          learnedBridge, dropout, padId, startId, endId, seed);
      return new Seq2Seq(arch, kernels, maxLength);
    }
  }
}
