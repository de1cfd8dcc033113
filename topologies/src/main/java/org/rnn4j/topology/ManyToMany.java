package org.rnn4j.topology;

import java.util.ArrayList;
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
 * Synchronous sequence tagging: one tag per input step (part-of-speech tags, frame-level classes), from the
 * recurrent output at that step (both directions when bidirectional).
 *
 * <pre>  x1 x2 x3 -> [RNN] -> h1 h2 h3 -> [Dense] -> y1 y2 y3</pre>
 *
 * <p>Inputs are token sequences (one-hot or a learned embedding) or dense feature frames; each step's tag is a
 * softmax over {@code tags} classes. Padding contributes nothing. The loss of a batch is the mean over its valid
 * steps.
 */
public final class ManyToMany implements SequenceModel<TaggedSequence, int[]> {
  static final String NAME = "ManyToMany";

  private final Builder settings;
  private final SequenceEncoder encoder;
  private final RecurrentStack stack;
  private final OutputLayer head;
  private final ParamSet params;
  private final int width;
  private float[] dOut = new float[0];
  private int[] targets = new int[0];
  private RowBlock out;

  private ManyToMany(Builder b) {
    this.settings = b.copy();
    SplittableRandom seeds = new SplittableRandom(b.seed);
    this.encoder = b.buildEncoder(seeds.nextLong());
    this.stack = b.buildStack(encoder.width(), seeds.nextLong());
    this.width = stack.outputSize();
    this.head = new OutputLayer(Head.SOFTMAX, width, b.tags, seeds.nextLong());
    this.params = ParamSet.concat(encoder.params(), stack.params(), head.params());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Rebuilds a model (fresh weights from the configured seed) from {@link #config()}. */
  public static ManyToMany fromConfig(Map<String, String> config) {
    ConfigValues c = new ConfigValues(config, NAME);
    return builder().readShared(c).setTags(c.integer("tags")).build();
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
  public double lossAndGradients(List<TaggedSequence> batch, SplittableRandom random) {
    Objects.requireNonNull(random, "random");
    stack.reseedDropout(random.nextLong());
    SequenceShape shape = forward(batch, true, true);
    int rows = shape.rows();
    double loss = head.loss(rows, shape, targets, null, Reduction.MEAN, true);
    params.zeroGrad();
    dOut = SequenceEncoder.grow(dOut, rows * width);
    head.backward(out.data(), out.offset(), rows, dOut, 0);
    float[] dx = encoder.inputGradientBuffer();
    stack.backward(RowBlock.of(dOut, width), null, Truncation.full(),
        dx == null ? null : RowBlock.of(dx, encoder.width()));
    encoder.backward(dx);
    return loss;
  }

  @Override
  public Evaluation evaluate(List<TaggedSequence> batch) {
    SequenceShape shape = forward(batch, false, true);
    double sum = head.loss(shape.rows(), shape, targets, null, Reduction.SUM, false);
    return new Evaluation(sum, shape.validCount());
  }

  /** The most probable tag of every step of every sequence (the examples' own tags are not read). */
  @Override
  public List<int[]> predict(List<TaggedSequence> batch) {
    SequenceShape shape = forward(batch, false, false);
    int n = shape.batch();
    List<int[]> result = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      int[] tags = new int[shape.length(b)];
      for (int t = 0; t < tags.length; t++) {
        tags[t] = head.argmax(t * n + b);
      }
      result.add(tags);
    }
    return result;
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
    c.put("tags", Integer.toString(settings.tags));
    encoder.config(c);
    c.put("seed", Long.toString(settings.seed));
    return c;
  }

  /** Encodes, runs the stack and computes every step's logits; returns the batch layout. */
  private SequenceShape forward(List<TaggedSequence> batch, boolean training, boolean needTags) {
    SequenceShape shape = encoder.encode(batch, TaggedSequence::input);
    int n = shape.batch();
    if (needTags) {
      targets = SequenceEncoder.grow(targets, shape.rows());
      for (int b = 0; b < n; b++) {
        int[] tags = batch.get(b).tags();
        for (int t = 0; t < shape.steps(); t++) {
          if (t < tags.length) {
            head.checkLabel(tags[t], b, t);
            targets[t * n + b] = tags[t];
          } else {
            targets[t * n + b] = 0;
          }
        }
      }
    }
    out = stack.forward(RowBlock.of(encoder.rows(), encoder.width()), shape, null, training);
    Checks.dimension("recurrent output stride", width, out.stride());
    head.forward(out.data(), out.offset(), shape.rows());
    return shape;
  }

  /** Configures a {@link ManyToMany}. */
  public static final class Builder extends RecurrentInputBuilder<Builder> {
    private int tags;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    private Builder copy() {
      Builder c = new Builder();
      copySharedInto(c);
      c.tags = tags;
      return c;
    }

    /** Number of distinct tags (required, at least 2). */
    public Builder setTags(int tags) {
      this.tags = Checks.positive("tags", tags);
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming a missing or inconsistent setting
     */
    public ManyToMany build() {
      requireShared();
      if (tags < 2) {
        throw new IllegalArgumentException("tags must be at least 2 (setTags), got " + tags);
      }
      return new ManyToMany(this);
    }
  }
}
