package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.rnn4j.core.Checks;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.param.ParamSet;

/**
 * A standard feed-forward network, no recurrence: one input vector to one output, for completeness and as the
 * baseline the recurrent topologies are compared with.
 *
 * <pre>  x -> [Dense -> tanh/ReLU]* -> [Dense] -> y</pre>
 *
 * <p>The head is softmax over classes, a binary sigmoid, or squared error against a target vector. The loss of a
 * batch is the mean over its targets (examples, or target values for squared error).
 */
public final class OneToOne implements SequenceModel<VectorExample, float[]> {
  static final String NAME = "OneToOne";

  /** The nonlinearity between hidden layers. */
  public enum Activation {
    /** Hyperbolic tangent. */
    TANH,
    /** max(0, x). */
    RELU
  }

  private final Builder settings;
  private final Dense[] hidden;
  private final OutputLayer head;
  private final ParamSet params;
  private final float[][] acts;
  private float[] dA = new float[0];
  private float[] dB = new float[0];
  private float[] targets = new float[0];
  private int[] labels = new int[0];

  private OneToOne(Builder b) {
    this.settings = b.copy();
    SplittableRandom seeds = new SplittableRandom(b.seed);
    this.hidden = new Dense[b.hidden.length];
    List<ParamSet> sets = new ArrayList<>();
    int in = b.inputSize;
    for (int l = 0; l < hidden.length; l++) {
      hidden[l] = Dense.builder().setInputSize(in).setOutputSize(b.hidden[l]).setSeed(seeds.nextLong())
          .optNamePrefix("fc" + l + ".").build();
      sets.add(hidden[l].params());
      in = b.hidden[l];
    }
    this.head = new OutputLayer(b.head, in, b.head == Head.SIGMOID ? 2 : b.outputs, seeds.nextLong());
    sets.add(head.params());
    this.params = ParamSet.concat(sets.toArray(new ParamSet[0]));
    this.acts = new float[hidden.length + 1][0];
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Rebuilds a model (fresh weights from the configured seed) from {@link #config()}. */
  public static OneToOne fromConfig(Map<String, String> config) {
    ConfigValues c = new ConfigValues(config, NAME);
    String h = c.get("hidden");
    int[] sizes = h.isEmpty() ? new int[0] : Arrays.stream(h.split(",")).mapToInt(Integer::parseInt).toArray();
    return builder().setInputSize(c.integer("inputSize"))
        .setOutputs(c.integer("outputs")).optHidden(sizes)
        .optActivation(Activation.valueOf(c.get("activation")))
        .optHead(Head.parse(c.get("head"))).optSeed(c.longValue("seed")).build();
  }

  @Override
  public ParamSet params() {
    return params;
  }

  @Override
  public double lossAndGradients(List<VectorExample> batch, SplittableRandom random) {
    Objects.requireNonNull(random, "random");
    int n = forward(batch, true);
    double loss = head.loss(n, null, labels, targets, Reduction.MEAN, true);
    params.zeroGrad();
    int top = hidden.length;
    dA = SequenceEncoder.grow(dA, n * width(top));
    head.backward(acts[top], 0, n, top == 0 ? null : dA, 0);
    for (int l = top - 1; l >= 0; l--) {
      float[] a = acts[l + 1];
      for (int i = 0; i < n * width(l + 1); i++) {
        dA[i] *= settings.activation == Activation.TANH ? 1 - a[i] * a[i] : (a[i] > 0 ? 1 : 0);
      }
      dB = SequenceEncoder.grow(dB, n * width(l));
      hidden[l].backward(acts[l], 0, dA, 0, n, l == 0 ? null : dB, 0);
      float[] swap = dA;
      dA = dB;
      dB = swap;
    }
    return loss;
  }

  @Override
  public Evaluation evaluate(List<VectorExample> batch) {
    int n = forward(batch, true);
    double sum = head.loss(n, null, labels, targets, Reduction.SUM, false);
    return new Evaluation(sum, (long) n * head.targetsPerRow());
  }

  /** Class probabilities (two for a sigmoid head) or regression values, one array per example. */
  @Override
  public List<float[]> predict(List<VectorExample> batch) {
    int n = forward(batch, false);
    List<float[]> out = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      float[] y = new float[head.classes()];
      head.outputs(b, y);
      out.add(y);
    }
    return out;
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("topology", NAME);
    c.put("inputSize", Integer.toString(settings.inputSize));
    c.put("hidden", Arrays.stream(settings.hidden).mapToObj(Integer::toString).collect(Collectors.joining(",")));
    c.put("activation", settings.activation.name());
    c.put("head", settings.head.name());
    c.put("outputs", Integer.toString(settings.outputs));
    c.put("seed", Long.toString(settings.seed));
    return c;
  }

  private int width(int layer) {
    return layer == 0 ? settings.inputSize : settings.hidden[layer - 1];
  }

  /** Packs and checks the batch, runs every layer; returns the batch size. */
  private int forward(List<VectorExample> batch, boolean needTargets) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("a batch must hold at least one example, got none");
    }
    int n = batch.size();
    int in = settings.inputSize;
    acts[0] = SequenceEncoder.grow(acts[0], n * in);
    labels = SequenceEncoder.grow(labels, n);
    targets = SequenceEncoder.grow(targets, n * settings.outputs);
    for (int b = 0; b < n; b++) {
      VectorExample e = batch.get(b);
      if (e.input().length != in) {
        Checks.dimension("input width of example " + b, in, e.input().length);
      }
      for (int j = 0; j < in; j++) {
        if (!Float.isFinite(e.input()[j])) {
          Checks.finite("input of example " + b, e.input(), 0, in);
        }
      }
      System.arraycopy(e.input(), 0, acts[0], b * in, in);
      if (needTargets) {
        packTarget(e, b);
      }
    }
    for (int l = 0; l < hidden.length; l++) {
      int w = width(l + 1);
      float[] a = acts[l + 1] = SequenceEncoder.grow(acts[l + 1], n * w);
      hidden[l].forward(acts[l], 0, n, a, 0);
      for (int i = 0; i < n * w; i++) {
        a[i] = settings.activation == Activation.TANH ? (float) Math.tanh(a[i]) : Math.max(a[i], 0f);
      }
    }
    head.forward(acts[hidden.length], 0, n);
    return n;
  }

  private void packTarget(VectorExample e, int b) {
    if (settings.head == Head.MSE) {
      if (e.target() == null) {
        throw new IllegalArgumentException("example " + b + " must have a target vector for an MSE head, got label "
            + e.label());
      }
      if (e.target().length != settings.outputs) {
        Checks.dimension("target width of example " + b, settings.outputs, e.target().length);
      }
      System.arraycopy(e.target(), 0, targets, b * settings.outputs, settings.outputs);
    } else {
      head.checkLabel(e.label(), b, -1);
      labels[b] = e.label();
    }
  }

  /** Configures a {@link OneToOne}. */
  public static final class Builder {
    private int inputSize;
    private int outputs;
    private int[] hidden = new int[0];
    private Activation activation = Activation.TANH;
    private Head head = Head.SOFTMAX;
    private long seed;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.inputSize = inputSize;
      c.outputs = outputs;
      c.hidden = hidden.clone();
      c.activation = activation;
      c.head = head;
      c.seed = seed;
      return c;
    }

    /** Width of an input vector (required). */
    public Builder setInputSize(int inputSize) {
      this.inputSize = Checks.positive("inputSize", inputSize);
      return this;
    }

    /** Classes (SOFTMAX at least 2, SIGMOID exactly 2) or target width (MSE) (required). */
    public Builder setOutputs(int outputs) {
      this.outputs = Checks.positive("outputs", outputs);
      return this;
    }

    /** Widths of the hidden layers, input side first (default none: a linear model). */
    public Builder optHidden(int... sizes) {
      for (int i = 0; i < sizes.length; i++) {
        Checks.positive("hidden[" + i + "]", sizes[i]);
      }
      this.hidden = sizes.clone();
      return this;
    }

    /** Nonlinearity between hidden layers (default TANH). */
    public Builder optActivation(Activation activation) {
      this.activation = Objects.requireNonNull(activation, "activation");
      return this;
    }

    /** SOFTMAX (default), SIGMOID or MSE. */
    public Builder optHead(Head head) {
      this.head = Objects.requireNonNull(head, "head");
      return this;
    }

    /** Seed of every initial weight (default 0). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming a missing or inconsistent setting
     */
    public OneToOne build() {
      if (inputSize == 0) {
        throw new IllegalArgumentException("inputSize must be set with setInputSize, got none");
      }
      if (head == Head.SIGMOID && outputs != 2) {
        throw new IllegalArgumentException("outputs must be 2 (classes) for a SIGMOID head, got " + outputs);
      }
      if (head == Head.SOFTMAX && outputs < 2) {
        throw new IllegalArgumentException("outputs must be at least 2 for a SOFTMAX head (setOutputs), got "
            + outputs);
      }
      if (outputs == 0) {
        throw new IllegalArgumentException("outputs must be set with setOutputs, got none");
      }
      return new OneToOne(this);
    }
  }
}
