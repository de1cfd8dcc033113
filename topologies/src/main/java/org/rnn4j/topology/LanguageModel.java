package org.rnn4j.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.inspect.StateRecorder;
import org.rnn4j.core.inspect.StateRecording;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.topology.input.TokenInput;

/**
 * A token-level language model: at every step it reads a token and predicts the next one (many-to-many, shifted by
 * one), char-rnn and PyTorch's word-language-model.
 *
 * <pre>  x_1 .. x_T --(one-hot|embedding)--> [RNN/LSTM/GRU x layers] --> Dense --> softmax(x_2 .. x_T+1)  (state carried)</pre>
 *
 * <p><b>Stateful training.</b> Examples are {@link StreamChunk}s from {@link StreamChunk#batchify}. A chunk whose
 * index follows the previous chunk's starts from that chunk's final state, detached (no gradient flows into the
 * earlier chunk); a chunk with index 0, or one that does not follow, starts from zeros, and so does the first
 * chunk after {@link #startEpoch}. Training, evaluation and prediction each carry their own state. A trainer must
 * therefore feed chunks in order (no shuffling); a batch of several chunks is processed chunk after chunk. The
 * training carry is exported and restored by {@link #carriedState()} and {@link #restoreCarriedState}, so a
 * checkpoint taken mid-epoch resumes exactly.
 * Within a chunk, gradients travel back through the whole chunk, or, with {@link Builder#optTruncation}
 * {@code (k1, k2)} and {@code k1} shorter than the chunk, through windows of {@code k2} steps every {@code k1} steps.
 *
 * <p><b>Generation</b> is stateful and step by step: see {@link #generator()}. A model is not thread-safe.
 */
public final class LanguageModel implements SequenceModel<StreamChunk, int[]> {
  private final Builder config;
  private final TokenInput input;
  private final RecurrentStack stack;
  private final Dense output;
  private final ParamSet params;
  private final SoftmaxCrossEntropy sumLoss;
  private final StreamCarry trainCarry;
  private final StreamCarry evalCarry;
  private final StreamCarry predictCarry;
  private float[] x = new float[0];
  private float[] logits = new float[0];
  private float[] dLogits = new float[0];
  private float[] dHidden = new float[0];
  private float[] dInput = new float[0];

  private LanguageModel(Builder b) {
    this.config = b.copy();
    SplittableRandom seeds = new SplittableRandom(b.seed);
    long inputSeed = seeds.nextLong();
    this.input = b.embeddingDim == 0 ? TokenInput.oneHot(b.vocabularySize)
        : TokenInput.embedding(b.vocabularySize, b.embeddingDim, "embedding.", inputSeed);
    this.stack = RecurrentStack.builder().setCellType(b.cellType).setInputSize(input.width())
        .setHiddenSize(b.hiddenSize).optLayers(b.layers).optDropout(b.dropout).optSeed(seeds.nextLong()).build();
    this.output = Dense.builder().setInputSize(b.hiddenSize).setOutputSize(b.vocabularySize)
        .setSeed(seeds.nextLong()).optNamePrefix("output.").build();
    this.params = ParamSet.concat(input.params(), stack.params(), output.params());
    this.sumLoss = new SoftmaxCrossEntropy(b.vocabularySize, Reduction.SUM);
    this.trainCarry = new StreamCarry(stack);
    this.evalCarry = new StreamCarry(stack);
    this.predictCarry = new StreamCarry(stack);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Rebuilds the architecture saved by {@link #config()} (weights start fresh from the saved seed). */
  public static LanguageModel fromConfig(Map<String, String> config) {
    ConfigValues c = new ConfigValues(config, "LanguageModel");
    Builder b = builder().setCellType(CellType.parse(c.get("cellType"))).setVocabularySize(c.integer("vocabularySize"))
        .setHiddenSize(c.integer("hiddenSize")).optLayers(c.integer("layers")).optDropout(c.decimal("dropout"))
        .optSeed(c.longValue("seed"));
    if (c.integer("embeddingDim") > 0) {
      b.optEmbedding(c.integer("embeddingDim"));
    }
    if (!c.get("truncation").equals("full")) {
      String[] k = c.get("truncation").split(",");
      b.optTruncation(Integer.parseInt(k[0].trim()), Integer.parseInt(k[1].trim()));
    }
    return b.build();
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("topology", "LanguageModel");
    m.put("cellType", config.cellType.name());
    m.put("vocabularySize", Integer.toString(config.vocabularySize));
    m.put("embeddingDim", Integer.toString(config.embeddingDim));
    m.put("hiddenSize", Integer.toString(config.hiddenSize));
    m.put("layers", Integer.toString(config.layers));
    m.put("dropout", Double.toString(config.dropout));
    m.put("truncation", config.truncation.isFull() ? "full" : config.truncation.k1() + "," + config.truncation.k2());
    m.put("seed", Long.toString(config.seed));
    return m;
  }

  /** Number of distinct tokens V. */
  public int vocabularySize() {
    return config.vocabularySize;
  }

  /** The recurrent layers. */
  public RecurrentStack stack() {
    return stack;
  }

  @Override
  public ParamSet params() {
    return params;
  }

  @Override
  public void startEpoch(int epoch) {
    trainCarry.reset();
  }

  /**
   * The training carry: {@code next_chunk}, the index of the chunk it continues into, as the two exact floats
   * {@code {index / 65536, index % 65536}}; and per layer the final states {@code [streams x hiddenSize]},
   * row-major, named like PyTorch's weights: {@code h_l0}, {@code h_l1}, ... and for an LSTM also {@code c_l0},
   * .... Empty before the first training chunk and after {@link #startEpoch}. Evaluation and prediction carry their
   * own state, which this leaves out.
   */
  @Override
  public Map<String, float[]> carriedState() {
    return trainCarry.export();
  }

  /**
   * @throws IllegalArgumentException naming the entry that is missing, unexpected or of the wrong size: every state
   *     entry must hold {@code streams x hiddenSize} values with the same {@code streams}, and {@code next_chunk}
   *     must encode an index of at least 1
   */
  @Override
  public void restoreCarriedState(Map<String, float[]> state) {
    trainCarry.restore(state);
  }

  @Override
  public double lossAndGradients(List<StreamChunk> batch, SplittableRandom random) {
    requireBatch(batch);
    long targets = 0;
    for (StreamChunk chunk : batch) {
      checkChunk(chunk);
      targets += (long) chunk.steps() * chunk.streams();
    }
    params.zeroGrad();
    double lossSum = 0;
    for (StreamChunk chunk : batch) {
      stack.reseedDropout(random.nextLong());
      lossSum += run(chunk, trainCarry.initial(chunk), true, 1.0 / targets);
      trainCarry.store(chunk, stack.finalStates());
    }
    return lossSum / targets;
  }

  /**
   * Forward and backward on one chunk from the given initial states (one per layer, null or a null list for
   * zeros), treated as constants; the carried training state is neither read nor changed. Returns the mean loss
   * and overwrites every gradient with its derivative.
   */
  public double lossAndGradients(StreamChunk chunk, List<State> initial, SplittableRandom random) {
    checkChunk(chunk);
    params.zeroGrad();
    stack.reseedDropout(random.nextLong());
    long targets = (long) chunk.steps() * chunk.streams();
    return run(chunk, initial, true, 1.0 / targets) / targets;
  }

  @Override
  public Evaluation evaluate(List<StreamChunk> batch) {
    requireBatch(batch);
    Evaluation total = new Evaluation(0, 0);
    for (StreamChunk chunk : batch) {
      checkChunk(chunk);
      double loss = run(chunk, evalCarry.initial(chunk), false, 0);
      evalCarry.store(chunk, stack.finalStates());
      total = total.plus(new Evaluation(loss, (long) chunk.steps() * chunk.streams()));
    }
    return total;
  }

  /** For each chunk, the most likely next token at every position, time-major like its inputs. */
  @Override
  public List<int[]> predict(List<StreamChunk> batch) {
    requireBatch(batch);
    List<int[]> out = new java.util.ArrayList<>();
    for (StreamChunk chunk : batch) {
      checkChunk(chunk);
      run(chunk, predictCarry.initial(chunk), false, 0);
      predictCarry.store(chunk, stack.finalStates());
      int v = config.vocabularySize;
      int[] best = new int[chunk.inputs().length];
      for (int r = 0; r < best.length; r++) {
        best[r] = org.rnn4j.topology.generate.TokenSampler.argmax(logits, r * v, v);
      }
      out.add(best);
    }
    return out;
  }

  /** The logits {@code [T x V]} at every position of one sequence read from zero state. */
  public float[] logits(int[] tokens) {
    return sequenceLogits(tokens, null);
  }

  /**
   * Reads {@code tokens} from zero state in evaluation mode (no dropout) and records what every layer held at every
   * step: hidden states, LSTM cell states and activated gates (see {@link StateRecorder}). Row {@code t} of each
   * series is the state after reading {@code tokens[t]}.
   *
   * @throws IllegalArgumentException if {@code tokens} is empty or holds an id outside the vocabulary
   */
  public StateRecording record(int[] tokens) {
    sequenceLogits(tokens, null);
    return StateRecorder.record(stack, 0);
  }

  /** A new step-by-step generator over this model's current weights, starting from zero state. */
  public LanguageModelGenerator generator() {
    return new LanguageModelGenerator(this, new TokenStepper(stack, input, output, 1));
  }

  /** Logits {@code [T x V]} of one sequence from {@code initial}; the stack's final states are then its end. */
  float[] sequenceLogits(int[] tokens, List<State> initial) {
    if (tokens == null || tokens.length == 0) {
      throw new IllegalArgumentException("tokens must hold at least one token, got none");
    }
    checkTokens("tokens", tokens);
    SequenceShape shape = SequenceShape.full(tokens.length, 1);
    forward(tokens, shape, initial, false);
    return java.util.Arrays.copyOf(logits, tokens.length * config.vocabularySize);
  }

  /**
   * Forward on a chunk; returns the summed loss. With {@code gradScale > 0} also backward, accumulating
   * {@code gradScale} times the gradient of the summed loss.
   */
  private double run(StreamChunk chunk, List<State> initial, boolean training, double gradScale) {
    SequenceShape shape = chunk.shape();
    RowBlock hidden = forward(chunk.inputs(), shape, initial, training);
    int rows = shape.rows();
    int v = config.vocabularySize;
    if (!training) {
      return sumLoss.compute(logits, chunk.targets(), shape, null);
    }
    dLogits = grow(dLogits, rows * v);
    double loss = sumLoss.compute(logits, chunk.targets(), shape, dLogits);
    float scale = (float) gradScale;
    for (int i = 0; i < rows * v; i++) {
      dLogits[i] *= scale;
    }
    int h = config.hiddenSize;
    dHidden = grow(dHidden, rows * h);
    output.backward(hidden.data(), hidden.offset(), dLogits, 0, rows, dHidden, 0);
    boolean embedded = config.embeddingDim > 0;
    if (embedded) {
      dInput = grow(dInput, rows * input.width());
    }
    stack.backward(RowBlock.of(dHidden, h), null, config.truncation,
        embedded ? RowBlock.of(dInput, input.width()) : null);
    input.backward(chunk.inputs(), shape, dInput);
    return loss;
  }

  /** Encodes, runs the stack and the output layer; leaves the logits in {@code logits}; returns the hidden rows. */
  private RowBlock forward(int[] tokens, SequenceShape shape, List<State> initial, boolean training) {
    int rows = shape.rows();
    x = grow(x, rows * input.width());
    logits = grow(logits, rows * config.vocabularySize);
    input.forward(tokens, shape, x);
    RowBlock hidden = stack.forward(RowBlock.of(x, input.width()), shape, initial, training);
    output.forward(hidden.data(), hidden.offset(), rows, logits, 0);
    return hidden;
  }

  private void checkChunk(StreamChunk chunk) {
    if (chunk == null) {
      throw new IllegalArgumentException("a batch must not contain null chunks");
    }
    checkTokens("chunk " + chunk.index() + " inputs", chunk.inputs());
    checkTokens("chunk " + chunk.index() + " targets", chunk.targets());
  }

  void checkTokens(String name, int[] tokens) {
    int v = config.vocabularySize;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] < 0 || tokens[i] >= v) {
        throw new IllegalArgumentException(name + " must be token ids in [0, " + v + "), got " + tokens[i]
            + " at index " + i);
      }
    }
  }

  private static void requireBatch(List<StreamChunk> batch) {
    if (batch == null || batch.isEmpty()) {
      throw new IllegalArgumentException("a batch must hold at least one chunk, got none");
    }
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }

  /** Configures a {@link LanguageModel}. */
  public static final class Builder {
    private CellType cellType;
    private int vocabularySize;
    private int hiddenSize;
    private int embeddingDim;
    private int layers = 1;
    private double dropout;
    private Truncation truncation = Truncation.full();
    private long seed;

    private Builder() {}

    /** Cell type of every layer (required). */
    public Builder setCellType(CellType cellType) {
      this.cellType = cellType;
      return this;
    }

    /** Number of distinct tokens V (required). */
    public Builder setVocabularySize(int vocabularySize) {
      this.vocabularySize = vocabularySize;
      return this;
    }

    /** Hidden size of every layer (required). */
    public Builder setHiddenSize(int hiddenSize) {
      this.hiddenSize = hiddenSize;
      return this;
    }

    /** A learned embedding of this width instead of one-hot input (default one-hot). */
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

    /** Truncated BPTT(k1, k2) within a chunk (default: through the whole chunk). */
    public Builder optTruncation(int k1, int k2) {
      this.truncation = Truncation.of(k1, k2);
      return this;
    }

    /** Seed of every initial weight (default 0). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Validates and builds. */
    public LanguageModel build() {
      if (cellType == null) {
        throw new IllegalArgumentException("cellType must be set with setCellType, got none");
      }
      Checks.positive("vocabularySize", vocabularySize);
      Checks.positive("hiddenSize", hiddenSize);
      Checks.positive("layers", layers);
      Checks.inHalfOpenRange("dropout", dropout, 0, 1);
      return new LanguageModel(this);
    }

    private Builder copy() {
      Builder b = new Builder();
      b.cellType = cellType;
      b.vocabularySize = vocabularySize;
      b.hiddenSize = hiddenSize;
      b.embeddingDim = embeddingDim;
      b.layers = layers;
      b.dropout = dropout;
      b.truncation = truncation;
      b.seed = seed;
      return b;
    }
  }
}
