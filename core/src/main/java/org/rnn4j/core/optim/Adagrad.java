package org.rnn4j.core.optim;

import org.rnn4j.core.Checks;

import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Adagrad, as {@code torch.optim.Adagrad}:
 * <pre>
 *   clr = lr / (1 + (t - 1) * lrDecay)          t = step number, from 1
 *   g = g + weightDecay * p
 *   sum = sum + g * g                          sum starts at initialAccumulatorValue
 *   p = p - clr * g / (sqrt(sum) + eps)
 * </pre>
 * State: {@code sum/<param>}.
 */
public final class Adagrad extends AbstractOptimizer {
  private final double lrDecay;
  private final double weightDecay;
  private final double eps;

  private Adagrad(Builder b) {
    super(b.learningRate, new String[] {"sum"}, new float[] {(float) b.initialAccumulatorValue});
    this.lrDecay = b.lrDecay;
    this.weightDecay = b.weightDecay;
    this.eps = b.eps;
  }

  /** A new builder; the learning rate is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  void update(ParamSet params, SlotState slots, boolean fresh, long step, double lr) {
    float negClr = (float) -(lr / (1 + (step - 1) * lrDecay));
    float wd = (float) weightDecay;
    float epsF = (float) eps;
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      float[] p = param.value().data;
      float[] g = param.grad().data;
      float[] sum = slots.slot(0, i);
      for (int j = 0; j < p.length; j++) {
        float d = weightDecay != 0 ? g[j] + wd * p[j] : g[j];
        sum[j] = sum[j] + d * d;
        float std = (float) Math.sqrt(sum[j]) + epsF;
        p[j] = p[j] + negClr * d / std;
      }
    }
  }

  @Override
  public String toString() {
    return "Adagrad(lr=" + learningRate() + ", lrDecay=" + lrDecay + ", weightDecay=" + weightDecay + ", eps=" + eps
        + ")";
  }

  /** Settings of an {@link Adagrad}; {@link #build()} validates them. */
  public static final class Builder {
    private double learningRate = Double.NaN;
    private double lrDecay;
    private double weightDecay;
    private double initialAccumulatorValue;
    private double eps = 1e-10;

    private Builder() {}

    /** Required: the learning rate, finite and {@code >= 0}. */
    public Builder setLearningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Decay of the learning rate with the step count, {@code >= 0}; default 0. */
    public Builder optLrDecay(double lrDecay) {
      this.lrDecay = lrDecay;
      return this;
    }

    /** L2 penalty coefficient added to the gradient, {@code >= 0}; default 0. */
    public Builder optWeightDecay(double weightDecay) {
      this.weightDecay = weightDecay;
      return this;
    }

    /** Starting value of the squared-gradient sums, {@code >= 0}; default 0. */
    public Builder optInitialAccumulatorValue(double initialAccumulatorValue) {
      this.initialAccumulatorValue = initialAccumulatorValue;
      return this;
    }

    /** Term added to the denominator, {@code >= 0}; default 1e-10. */
    public Builder optEps(double eps) {
      this.eps = eps;
      return this;
    }

    /**
     * The optimizer.
     *
     * @throws IllegalArgumentException naming the first invalid setting, its range and its value
     */
    public Adagrad build() {
      Checks.nonNegative("learningRate", Hyper.required("learningRate", learningRate, "setLearningRate"));
      Checks.nonNegative("lrDecay", lrDecay);
      Checks.nonNegative("weightDecay", weightDecay);
      Checks.nonNegative("initialAccumulatorValue", initialAccumulatorValue);
      Checks.nonNegative("eps", eps);
      return new Adagrad(this);
    }
  }
}
