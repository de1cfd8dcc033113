package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rnn4j.core.NonFiniteException;
import org.rnn4j.core.layer.Dropout;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A test model: linear regression {@code y = w . dropout(x) + b} with mean squared error, optional dropout drawn from
 * the step's random, and an optional failure at a chosen call (NaN loss or a thrown NonFiniteException).
 */
final class LinearModel implements SequenceModel<LinearModel.Example, Float> {
  /** An input vector, its target, and a nominal sequence length (for bucketing tests). */
  record Example(float[] x, float y, int length) {}

  private final int inputs;
  private final Param weight;
  private final Param bias;
  private final ParamSet params;
  private final Dropout dropout;
  private final float[] dropped;
  private int failAtCall = -1;
  private boolean failByThrowing;
  private int calls;

  LinearModel(int inputs, double dropoutProbability, long initSeed) {
    this.inputs = inputs;
    this.weight = Param.matrix("weight", 1, inputs);
    this.bias = Param.vector("bias", 1);
    this.params = ParamSet.of(weight, bias);
    SplittableRandom r = new SplittableRandom(initSeed);
    for (int i = 0; i < inputs; i++) {
      weight.value().data[i] = (float) (r.nextDouble() - 0.5);
    }
    this.dropout = Dropout.builder().setProbability(dropoutProbability).setSeed(0).build();
    this.dropped = new float[inputs];
  }

  /** Makes call number {@code call} (1 for the first) fail: a NaN loss, or a NonFiniteException if throwing. */
  LinearModel failAt(int call, boolean throwing) {
    this.failAtCall = call;
    this.failByThrowing = throwing;
    return this;
  }

  /** A data set of {@code n} examples of {@code y = x . trueW + 0.5 + noise}, lengths 1..30. */
  static List<Example> data(int n, int inputs, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] x = new float[inputs];
      float y = 0.5f;
      for (int j = 0; j < inputs; j++) {
        x[j] = (float) r.nextGaussian();
        y += x[j] * (j + 1) * 0.3f;
      }
      out.add(new Example(x, y + (float) (0.1 * r.nextGaussian()), 1 + r.nextInt(30)));
    }
    return out;
  }

  @Override
  public ParamSet params() {
    return params;
  }

  @Override
  public double lossAndGradients(List<Example> batch, SplittableRandom random) {
    calls++;
    if (calls == failAtCall) {
      if (failByThrowing) {
        throw new NonFiniteException("logits must be finite, got NaN at index 0");
      }
      return Double.NaN;
    }
    params.zeroGrad();
    float[] w = weight.value().data;
    float[] gw = weight.grad().data;
    double loss = 0;
    for (Example e : batch) {
      dropout.reseed(random.nextLong());
      dropout.forward(e.x(), dropped, inputs, true);
      float pred = bias.value().data[0];
      for (int j = 0; j < inputs; j++) {
        pred += w[j] * dropped[j];
      }
      float err = pred - e.y();
      loss += (double) err * err;
      float g = 2 * err / batch.size();
      for (int j = 0; j < inputs; j++) {
        gw[j] += g * dropped[j];
      }
      bias.grad().data[0] += g;
    }
    return loss / batch.size();
  }

  @Override
  public Evaluation evaluate(List<Example> batch) {
    double sum = 0;
    for (Example e : batch) {
      double err = predictOne(e) - e.y();
      sum += err * err;
    }
    return new Evaluation(sum, batch.size());
  }

  private float predictOne(Example e) {
    float pred = bias.value().data[0];
    for (int j = 0; j < inputs; j++) {
      pred += weight.value().data[j] * e.x()[j];
    }
    return pred;
  }

  @Override
  public List<Float> predict(List<Example> batch) {
    List<Float> out = new ArrayList<>();
    for (Example e : batch) {
      out.add(predictOne(e));
    }
    return out;
  }

  @Override
  public Map<String, String> config() {
    return Map.of("type", "linear", "inputs", Integer.toString(inputs));
  }
}
