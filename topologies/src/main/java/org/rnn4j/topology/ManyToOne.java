package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.param.ParamSet;

/**
 * Sequence classification: a recurrent stack reads the whole sequence and one label is predicted from its state at
 * the sequence's last valid step (or from its outputs pooled over the valid steps).
 *
 * <pre>  x1 x2 x3 -> [RNN] -> h_last (or pool(h1..h3)) -> [Dense] -> y</pre>
 *
 * <p>Inputs are token sequences (one-hot or a learned embedding) or dense feature frames; heads are softmax over
 * {@code classes} or a binary sigmoid. Sequences in a batch may have different lengths: padding never changes the
 * result. The loss of a batch is the mean over its examples.
 */
public final class ManyToOne implements SequenceModel<LabeledSequence, Prediction> {
  static final String NAME = "ManyToOne";

  private final Builder settings;
  private final SequenceEncoder encoder;
  private final RecurrentStack stack;
  private final OutputLayer head;
  private final ParamSet params;
  private final int width;
  private float[] pooled = new float[0];
  private float[] dPooled = new float[0];
  private float[] dOut = new float[0];
  private int[] maxStep = new int[0];
  private int[] labels = new int[0];

  private ManyToOne(Builder b) {
    this.settings = b.copy();
    SplittableRandom seeds = new SplittableRandom(b.seed);
    this.encoder = b.buildEncoder(seeds.nextLong());
    this.stack = b.buildStack(encoder.width(), seeds.nextLong());
    this.width = stack.outputSize();
    this.head = new OutputLayer(b.head, width, b.classes, seeds.nextLong());
    this.params = ParamSet.concat(encoder.params(), stack.params(), head.params());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Rebuilds a model (fresh weights from the configured seed) from {@link #config()}. */
  public static ManyToOne fromConfig(Map<String, String> config) {
    ConfigValues c = new ConfigValues(config, NAME);
    return builder().readShared(c).optPooling(Pooling.valueOf(c.get("pooling")))
        .optHead(Head.parse(c.get("head"))).setClasses(c.integer("classes")).build();
  }

  @Override
  public ParamSet params() {
    return params;
  }

  /** The recurrent stack (for gradient-flow probes and inspection). */
  public RecurrentStack stack() {
    return stack;
  }

  @Override
  public double lossAndGradients(List<LabeledSequence> batch, SplittableRandom random) {
    Objects.requireNonNull(random, "random");
    stack.reseedDropout(random.nextLong());
    SequenceShape shape = forward(batch, true, true);
    int n = shape.batch();
    double loss = head.loss(n, null, labels, null, Reduction.MEAN, true);
    params.zeroGrad();
    dPooled = SequenceEncoder.grow(dPooled, n * width);
    head.backward(pooled, 0, n, dPooled, 0);
    unpool(shape);
    float[] dx = encoder.inputGradientBuffer();
    stack.backward(RowBlock.of(dOut, width), null, Truncation.full(),
        dx == null ? null : RowBlock.of(dx, encoder.width()));
    encoder.backward(dx);
    return loss;
  }

  @Override
  public Evaluation evaluate(List<LabeledSequence> batch) {
    SequenceShape shape = forward(batch, false, true);
    double sum = head.loss(shape.batch(), null, labels, null, Reduction.SUM, false);
    return new Evaluation(sum, shape.batch());
  }

  @Override
  public List<Prediction> predict(List<LabeledSequence> batch) {
    SequenceShape shape = forward(batch, false, false);
    List<Prediction> out = new ArrayList<>(shape.batch());
    for (int b = 0; b < shape.batch(); b++) {
      float[] p = new float[head.classes()];
      head.outputs(b, p);
      out.add(new Prediction(head.argmax(b), p));
    }
    return out;
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("topology", NAME);
    c.put("cell", settings.cellType.name());
    c.put("hidden", Integer.toString(settings.hiddenSize));
    c.put("layers", Integer.toString(settings.layers));
    c.put("bidirectional", Boolean.toString(settings.bidirectional));
    c.put("dropout", Double.toString(settings.dropout));
    c.put("pooling", settings.pooling.name());
    c.put("head", settings.head.name());
    c.put("classes", Integer.toString(settings.classes));
    encoder.config(c);
    c.put("seed", Long.toString(settings.seed));
    return c;
  }

  /** Encodes, runs the stack, pools and computes the logits; returns the batch layout. */
  private SequenceShape forward(List<LabeledSequence> batch, boolean training, boolean needLabels) {
    SequenceShape shape = encoder.encode(batch, LabeledSequence::input);
    int n = shape.batch();
    if (needLabels) {
      labels = SequenceEncoder.grow(labels, n);
      for (int b = 0; b < n; b++) {
        head.checkLabel(batch.get(b).label(), b, -1);
        labels[b] = batch.get(b).label();
      }
    }
    RowBlock out = stack.forward(RowBlock.of(encoder.rows(), encoder.width()), shape, null, training);
    pool(out, shape);
    head.forward(pooled, 0, n);
    return shape;
  }

  private void pool(RowBlock out, SequenceShape shape) {
    int n = shape.batch();
    int h = stack.hiddenSize();
    pooled = SequenceEncoder.grow(pooled, n * width);
    maxStep = SequenceEncoder.grow(maxStep, n * width);
    float[] y = out.data();
    for (int b = 0; b < n; b++) {
      int len = shape.length(b);
      int p = b * width;
      switch (settings.pooling) {
        case LAST -> {
          System.arraycopy(y, out.index((len - 1) * n + b, 0), pooled, p, h);
          if (width > h) {
            System.arraycopy(y, out.index(b, h), pooled, p + h, h);
          }
        }
        case MEAN -> {
          Arrays.fill(pooled, p, p + width, 0f);
          for (int t = 0; t < len; t++) {
            int o = out.index(t * n + b, 0);
            for (int j = 0; j < width; j++) {
              pooled[p + j] += y[o + j];
            }
          }
          for (int j = 0; j < width; j++) {
            pooled[p + j] /= len;
          }
        }
        case MAX -> {
          System.arraycopy(y, out.index(b, 0), pooled, p, width);
          Arrays.fill(maxStep, p, p + width, 0);
          for (int t = 1; t < len; t++) {
            int o = out.index(t * n + b, 0);
            for (int j = 0; j < width; j++) {
              if (y[o + j] > pooled[p + j]) {
                pooled[p + j] = y[o + j];
                maxStep[p + j] = t;
              }
            }
          }
        }
      }
    }
  }

  /** Scatters dL/d(pooled) back to dL/d(outputs) {@code [T*B x width]}; zero elsewhere. */
  private void unpool(SequenceShape shape) {
    int n = shape.batch();
    int h = stack.hiddenSize();
    int rows = shape.rows();
    dOut = SequenceEncoder.grow(dOut, rows * width);
    Arrays.fill(dOut, 0, rows * width, 0f);
    for (int b = 0; b < n; b++) {
      int len = shape.length(b);
      int p = b * width;
      switch (settings.pooling) {
        case LAST -> {
          System.arraycopy(dPooled, p, dOut, ((len - 1) * n + b) * width, h);
          if (width > h) {
            System.arraycopy(dPooled, p + h, dOut, b * width + h, h);
          }
        }
        case MEAN -> {
          for (int t = 0; t < len; t++) {
            int o = (t * n + b) * width;
            for (int j = 0; j < width; j++) {
              dOut[o + j] = dPooled[p + j] / len;
            }
          }
        }
        case MAX -> {
          for (int j = 0; j < width; j++) {
            dOut[(maxStep[p + j] * n + b) * width + j] = dPooled[p + j];
          }
        }
      }
    }
  }

  /** Configures a {@link ManyToOne}. */
  public static final class Builder extends RecurrentInputBuilder<Builder> {
    private int classes;
    private Pooling pooling = Pooling.LAST;
    private Head head = Head.SOFTMAX;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    private Builder copy() {
      Builder c = new Builder();
      copySharedInto(c);
      c.classes = classes;
      c.pooling = pooling;
      c.head = head;
      return c;
    }

    /** Number of classes (required; 2 for a sigmoid head). */
    public Builder setClasses(int classes) {
      this.classes = Checks.positive("classes", classes);
      return this;
    }

    /** How the outputs become one vector (default {@link Pooling#LAST}). */
    public Builder optPooling(Pooling pooling) {
      this.pooling = Objects.requireNonNull(pooling, "pooling");
      return this;
    }

    /** SOFTMAX (default) or SIGMOID. */
    public Builder optHead(Head head) {
      this.head = Objects.requireNonNull(head, "head");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming a missing or inconsistent setting
     */
    public ManyToOne build() {
      requireShared();
      if (head == Head.MSE) {
        throw new IllegalArgumentException("head must be SOFTMAX or SIGMOID for a ManyToOne, got MSE");
      }
      if (head == Head.SIGMOID && classes != 2) {
        throw new IllegalArgumentException("classes must be 2 for a SIGMOID head, got " + classes);
      }
      if (head == Head.SOFTMAX && classes < 2) {
        throw new IllegalArgumentException("classes must be at least 2 for a SOFTMAX head (setClasses), got "
            + classes);
      }
      return new ManyToOne(this);
    }
  }
}
