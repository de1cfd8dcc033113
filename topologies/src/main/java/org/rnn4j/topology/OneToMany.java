package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.topology.generate.TokenSampler;
import org.rnn4j.topology.input.TokenInput;

/**
 * Vector to sequence (captioning, counting out): a conditioning vector starts a recurrent decoder that writes
 * tokens until it writes the end token.
 *
 * <pre>{@code  v --(first input | bridge to h0,c0)--> [RNN x layers] <-- start, y_1, y_2 ..  ==> y_1, y_2, .., end}</pre>
 *
 * <p><b>Tokens.</b> The builder names a start token and an end token of the vocabulary (they may be the same id).
 * Step 0 reads the start token, step {@code t > 0} the previous output token; the targets are the example's tokens
 * followed by the end token. Training feeds the true previous token (teacher forcing); generation feeds back its
 * own choice and stops at the end token or after a maximum number of tokens.
 *
 * <p><b>Conditioning</b> ({@link Conditioning}): as the {@link Conditioning#FIRST_INPUT first input}, the vector is
 * appended to the encoded start token at step 0 and zeros take its place at later steps; as the
 * {@link Conditioning#INITIAL_STATE initial state}, a learned bridge maps it to every layer's {@code h_0} (tanh) and,
 * for an LSTM, {@code c_0} (linear).
 */
public final class OneToMany implements SequenceModel<ConditionedSequence, int[]> {

  /** Where the conditioning vector enters the decoder. */
  public enum Conditioning {
    /** Appended to the input of step 0 (zeros at later steps), as in Karpathy's one-to-many diagram. */
    FIRST_INPUT,
    /** Mapped to every layer's initial state by a learned bridge. */
    INITIAL_STATE
  }

  private final Builder config;
  private final TokenInput input;
  private final RecurrentStack stack;
  private final Dense output;
  private final StateBridge bridge;
  private final ParamSet params;
  private final SoftmaxCrossEntropy meanLoss;
  private final SoftmaxCrossEntropy sumLoss;
  private final int vectorSize;
  private float[] encoded = new float[0];
  private float[] x = new float[0];
  private float[] logits = new float[0];
  private float[] dLogits = new float[0];
  private float[] dHidden = new float[0];
  private float[] dInput = new float[0];

  private OneToMany(Builder b) {
    this.config = b.copy();
    this.vectorSize = b.vectorSize;
    SplittableRandom seeds = new SplittableRandom(b.seed);
    long inputSeed = seeds.nextLong();
    this.input = b.embeddingDim == 0 ? TokenInput.oneHot(b.vocabularySize)
        : TokenInput.embedding(b.vocabularySize, b.embeddingDim, "embedding.", inputSeed);
    boolean first = b.conditioning == Conditioning.FIRST_INPUT;
    this.stack = RecurrentStack.builder().setCellType(b.cellType)
        .setInputSize(input.width() + (first ? vectorSize : 0)).setHiddenSize(b.hiddenSize).optLayers(b.layers)
        .optDropout(b.dropout).optSeed(seeds.nextLong()).build();
    this.output = Dense.builder().setInputSize(b.hiddenSize).setOutputSize(b.vocabularySize)
        .setSeed(seeds.nextLong()).optNamePrefix("output.").build();
    long bridgeSeed = seeds.nextLong();
    this.bridge = first ? null : new StateBridge(b.cellType, vectorSize, b.hiddenSize, b.layers, bridgeSeed);
    this.params = first ? ParamSet.concat(input.params(), stack.params(), output.params())
        : ParamSet.concat(input.params(), bridge.params(), stack.params(), output.params());
    this.meanLoss = new SoftmaxCrossEntropy(b.vocabularySize, Reduction.MEAN);
    this.sumLoss = new SoftmaxCrossEntropy(b.vocabularySize, Reduction.SUM);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Rebuilds the architecture saved by {@link #config()} (weights start fresh from the saved seed). */
  public static OneToMany fromConfig(Map<String, String> config) {
    ConfigValues c = new ConfigValues(config, "OneToMany");
    Builder b = builder().setCellType(org.rnn4j.core.cell.CellType.parse(c.get("cellType")))
        .setVectorSize(c.integer("vectorSize")).setVocabularySize(c.integer("vocabularySize"))
        .setHiddenSize(c.integer("hiddenSize")).setStartToken(c.integer("startToken"))
        .setEndToken(c.integer("endToken")).optConditioning(Conditioning.valueOf(c.get("conditioning")))
        .optLayers(c.integer("layers")).optDropout(c.decimal("dropout")).optMaxLength(c.integer("maxLength"))
        .optSeed(c.longValue("seed"));
    if (c.integer("embeddingDim") > 0) {
      b.optEmbedding(c.integer("embeddingDim"));
    }
    return b.build();
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("topology", "OneToMany");
    m.put("cellType", config.cellType.name());
    m.put("conditioning", config.conditioning.name());
    m.put("vectorSize", Integer.toString(config.vectorSize));
    m.put("vocabularySize", Integer.toString(config.vocabularySize));
    m.put("startToken", Integer.toString(config.startToken));
    m.put("endToken", Integer.toString(config.endToken));
    m.put("embeddingDim", Integer.toString(config.embeddingDim));
    m.put("hiddenSize", Integer.toString(config.hiddenSize));
    m.put("layers", Integer.toString(config.layers));
    m.put("dropout", Double.toString(config.dropout));
    m.put("maxLength", Integer.toString(config.maxLength));
    m.put("seed", Long.toString(config.seed));
    return m;
  }

  @Override
  public ParamSet params() {
    return params;
  }

  /** Where the vector enters. */
  public Conditioning conditioning() {
    return config.conditioning;
  }

  @Override
  public double lossAndGradients(List<ConditionedSequence> batch, SplittableRandom random) {
    TeacherForcing t = TeacherForcing.of(batch, config.vocabularySize, config.startToken, config.endToken,
        this::packVectors);
    params.zeroGrad();
    stack.reseedDropout(random.nextLong());
    RowBlock hidden = forward(t, true);
    int rows = t.shape().rows();
    int v = config.vocabularySize;
    dLogits = grow(dLogits, rows * v);
    double loss = meanLoss.compute(logits, t.targets(), t.shape(), dLogits);
    int h = config.hiddenSize;
    dHidden = grow(dHidden, rows * h);
    output.backward(hidden.data(), hidden.offset(), dLogits, 0, rows, dHidden, 0);
    boolean embedded = config.embeddingDim > 0;
    int in = stack.inputSize();
    if (embedded) {
      dInput = grow(dInput, rows * in);
    }
    stack.backward(RowBlock.of(dHidden, h), null, Truncation.full(), embedded ? RowBlock.of(dInput, in) : null);
    if (embedded) {
      int width = input.width();
      if (in != width) {
        for (int r = 0; r < rows; r++) {
          System.arraycopy(dInput, r * in, dInput, r * width, width);
        }
      }
      input.backward(t.ids(), t.shape(), dInput);
    }
    if (bridge != null) {
      bridge.backward(stack.initialStateGradients());
    }
    return loss;
  }

  @Override
  public Evaluation evaluate(List<ConditionedSequence> batch) {
    TeacherForcing t = TeacherForcing.of(batch, config.vocabularySize, config.startToken, config.endToken,
        this::packVectors);
    forward(t, false);
    return new Evaluation(sumLoss.compute(logits, t.targets(), t.shape(), null), t.shape().validCount());
  }

  /** The greedy (argmax) sequence for each example's vector, up to the builder's maximum length. */
  @Override
  public List<int[]> predict(List<ConditionedSequence> batch) {
    requireBatch(batch);
    List<float[]> vectors = new ArrayList<>();
    for (ConditionedSequence e : batch) {
      vectors.add(e.vector());
    }
    return generate(vectors, TokenSampler.argmax(), config.maxLength);
  }

  /** One generated sequence (without the end token) for {@code vector}. */
  public int[] generate(float[] vector, TokenSampler sampler, int maxLength) {
    return generate(List.of(vector), sampler, maxLength).get(0);
  }

  /**
   * Generates one sequence per vector, choosing each token with {@code sampler} (rows in order at every step) and
   * feeding it back, until the end token (not included in the result) or {@code maxLength} tokens.
   */
  public List<int[]> generate(List<float[]> vectors, TokenSampler sampler, int maxLength) {
    Checks.positive("maxLength", maxLength);
    if (sampler == null) {
      throw new IllegalArgumentException("sampler must not be null");
    }
    if (vectors == null || vectors.isEmpty()) {
      throw new IllegalArgumentException("vectors must hold at least one vector, got none");
    }
    int n = vectors.size();
    float[] v = packVectors(vectors);
    TokenStepper stepper = new TokenStepper(stack, input, output, n);
    stepper.setStates(bridge == null ? null : bridge.forward(v, n));
    return stepper.decode(config.startToken, config.endToken, bridge == null ? v : null, sampler, maxLength);
  }

  /** Encodes the teacher-forced inputs, runs stack and output layer; leaves the logits; returns hidden rows. */
  private RowBlock forward(TeacherForcing t, boolean training) {
    int rows = t.shape().rows();
    int batch = t.shape().batch();
    int width = input.width();
    int in = stack.inputSize();
    encoded = grow(encoded, rows * width);
    input.forward(t.ids(), t.shape(), encoded);
    float[] xs = encoded;
    if (in != width) {
      x = grow(x, rows * in);
      Arrays.fill(x, 0, rows * in, 0f);
      for (int r = 0; r < rows; r++) {
        System.arraycopy(encoded, r * width, x, r * in, width);
      }
      for (int b = 0; b < batch; b++) {
        System.arraycopy(t.vectors(), b * vectorSize, x, b * in + width, vectorSize);
      }
      xs = x;
    }
    List<State> initial = bridge == null ? null : bridge.forward(t.vectors(), batch);
    RowBlock hidden = stack.forward(RowBlock.of(xs, in), t.shape(), initial, training);
    logits = grow(logits, rows * config.vocabularySize);
    output.forward(hidden.data(), hidden.offset(), rows, logits, 0);
    return hidden;
  }

  private float[] packVectors(List<float[]> vectors) {
    float[] v = new float[vectors.size() * vectorSize];
    for (int b = 0; b < vectors.size(); b++) {
      float[] vector = vectors.get(b);
      if (vector == null) {
        throw new IllegalArgumentException("vector " + b + " must not be null");
      }
      Checks.dimension("vector " + b + " length (vectorSize)", vectorSize, vector.length);
      Checks.finite("vector " + b, vector, 0, vectorSize);
      System.arraycopy(vector, 0, v, b * vectorSize, vectorSize);
    }
    return v;
  }

  private static void requireBatch(List<?> batch) {
    if (batch == null || batch.isEmpty()) {
      throw new IllegalArgumentException("a batch must hold at least one example, got none");
    }
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }

  /** Configures a {@link OneToMany}. */
  public static final class Builder {
    private org.rnn4j.core.cell.CellType cellType;
    private Conditioning conditioning = Conditioning.FIRST_INPUT;
    private int vectorSize;
    private int vocabularySize;
    private int hiddenSize;
    private int startToken = -1;
    private int endToken = -1;
    private int embeddingDim;
    private int layers = 1;
    private double dropout;
    private int maxLength = 50;
    private long seed;

    private Builder() {}

    /** Cell type of every layer (required). */
    public Builder setCellType(org.rnn4j.core.cell.CellType cellType) {
      this.cellType = cellType;
      return this;
    }

    /** Length of the conditioning vector (required). */
    public Builder setVectorSize(int vectorSize) {
      this.vectorSize = vectorSize;
      return this;
    }

    /** Number of distinct tokens V, including the start and end tokens (required). */
    public Builder setVocabularySize(int vocabularySize) {
      this.vocabularySize = vocabularySize;
      return this;
    }

    /** Hidden size of every layer (required). */
    public Builder setHiddenSize(int hiddenSize) {
      this.hiddenSize = hiddenSize;
      return this;
    }

    /** The token read at step 0 (required, in {@code [0, V)}). */
    public Builder setStartToken(int startToken) {
      this.startToken = startToken;
      return this;
    }

    /** The token that ends every sequence (required, in {@code [0, V)}; may equal the start token). */
    public Builder setEndToken(int endToken) {
      this.endToken = endToken;
      return this;
    }

    /** Where the vector enters (default {@link Conditioning#FIRST_INPUT}). */
    public Builder optConditioning(Conditioning conditioning) {
      if (conditioning == null) {
        throw new IllegalArgumentException("conditioning must be FIRST_INPUT or INITIAL_STATE, got null");
      }
      this.conditioning = conditioning;
      return this;
    }

    /** A learned token embedding of this width instead of one-hot input (default one-hot). */
    public Builder optEmbedding(int dimension) {
      this.embeddingDim = Checks.positive("embedding dimension", dimension);
      return this;
    }

    /** Number of recurrent layers (default 1). */
    public Builder optLayers(int layers) {
      this.layers = layers;
      return this;
    }

    /** Dropout between layers in training (default 0). */
    public Builder optDropout(double dropout) {
      this.dropout = dropout;
      return this;
    }

    /** Most tokens {@link OneToMany#predict} generates for one example (default 50). */
    public Builder optMaxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    /** Seed of every initial weight (default 0). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Validates and builds. */
    public OneToMany build() {
      if (cellType == null) {
        throw new IllegalArgumentException("cellType must be set with setCellType, got none");
      }
      Checks.positive("vectorSize", vectorSize);
      Checks.positive("vocabularySize", vocabularySize);
      Checks.positive("hiddenSize", hiddenSize);
      Checks.positive("layers", layers);
      Checks.positive("maxLength", maxLength);
      Checks.inHalfOpenRange("dropout", dropout, 0, 1);
      requireToken("startToken", startToken);
      requireToken("endToken", endToken);
      return new OneToMany(this);
    }

    private void requireToken(String name, int id) {
      if (id < 0 || id >= vocabularySize) {
        throw new IllegalArgumentException(name + " must be set to an id in [0, " + vocabularySize + "), got "
            + (id == -1 ? "none" : Integer.toString(id)));
      }
    }

    private Builder copy() {
      Builder b = new Builder();
      b.cellType = cellType;
      b.conditioning = conditioning;
      b.vectorSize = vectorSize;
      b.vocabularySize = vocabularySize;
      b.hiddenSize = hiddenSize;
      b.startToken = startToken;
      b.endToken = endToken;
      b.embeddingDim = embeddingDim;
      b.layers = layers;
      b.dropout = dropout;
      b.maxLength = maxLength;
      b.seed = seed;
      return b;
    }
  }
}
