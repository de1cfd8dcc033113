package org.rnn4j.core.optim;

import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Adam with bias correction, as {@code torch.optim.Adam}, or with decoupled weight decay as
 * {@code torch.optim.AdamW}:
 * <pre>
 *   g = g + weightDecay * p                 L2 (Adam)
 *   p = p * (1 - lr * weightDecay)          decoupled (AdamW)
 *   m = beta1 * m + (1 - beta1) * g
 *   v = beta2 * v + (1 - beta2) * g * g
 *   p = p - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)      t = step number, from 1
 * </pre>
 * State: {@code exp_avg/<param>} and {@code exp_avg_sq/<param>}.
 */
public final class Adam extends AbstractOptimizer {
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double weightDecay;
  private final boolean decoupled;

  private Adam(Builder b) {
    super(b.learningRate, new String[] {"exp_avg", "exp_avg_sq"}, new float[2]);
    this.beta1 = b.beta1;
    this.beta2 = b.beta2;
    this.eps = b.eps;
    this.weightDecay = b.weightDecay;
    this.decoupled = b.decoupled;
  }

  /** A new builder; the learning rate is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  void update(ParamSet params, SlotState slots, boolean fresh, long step, double lr) {
    float b1 = (float) beta1;
    float c1 = (float) (1 - beta1);
    float b2 = (float) beta2;
    float c2 = (float) (1 - beta2);
    float negStepSize = (float) -(lr / (1 - Math.pow(beta1, step)));
    float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2, step));
    float epsF = (float) eps;
    boolean l2 = weightDecay != 0 && !decoupled;
    float wd = (float) weightDecay;
    float shrink = (float) (1 - lr * weightDecay);
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      float[] p = param.value().data;
      float[] g = param.grad().data;
      float[] m = slots.slot(0, i);
      float[] v = slots.slot(1, i);
      for (int j = 0; j < p.length; j++) {
        if (decoupled) {
          p[j] = p[j] * shrink;
        }
        float d = l2 ? g[j] + wd * p[j] : g[j];
        m[j] = m[j] * b1 + c1 * d;
        v[j] = v[j] * b2 + c2 * d * d;
        float denom = (float) Math.sqrt(v[j]) / bc2Sqrt + epsF;
        p[j] = p[j] + negStepSize * m[j] / denom;
      }
    }
  }

  @Override
  public String toString() {
    return "Adam(lr=" + learningRate() + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps + ", weightDecay="
        + weightDecay + (decoupled ? " decoupled" : "") + ")";
  }

  /** Settings of an {@link Adam}; {@link #build()} validates them. */
  public static final class Builder {
    private double learningRate = Double.NaN;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double eps = 1e-8;
    private double weightDecay;
    private boolean decoupled;

    private Builder() {}

    /** Required: the learning rate, finite and {@code >= 0}. */
    public Builder setLearningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Decay rates of the first and second moment estimates, each in {@code [0, 1)}; default (0.9, 0.999). */
    public Builder optBetas(double beta1, double beta2) {
      this.beta1 = beta1;
      this.beta2 = beta2;
      return this;
    }

    /** Term added to the denominator outside the square root, {@code >= 0}; default 1e-8. */
    public Builder optEps(double eps) {
      this.eps = eps;
      return this;
    }

    /** Weight decay coefficient, {@code >= 0}; default 0. An L2 term in the gradient unless decoupled. */
    public Builder optWeightDecay(double weightDecay) {
      this.weightDecay = weightDecay;
      return this;
    }

    /**
     * Decouple weight decay from the gradient, shrinking parameters by {@code 1 - lr * weightDecay} each step
     * ({@code torch.optim.AdamW}); default false (L2, {@code torch.optim.Adam}).
     */
    public Builder optDecoupledWeightDecay(boolean decoupled) {
      this.decoupled = decoupled;
      return this;
    }

    /**
     * The optimizer.
     *
     * @throws IllegalArgumentException naming the first invalid setting, its range and its value
     */
    public Adam build() {
      Checks.nonNegative("learningRate", Hyper.required("learningRate", learningRate, "setLearningRate"));
      Checks.inHalfOpenRange("beta1", beta1, 0, 1);
      Checks.inHalfOpenRange("beta2", beta2, 0, 1);
      Checks.nonNegative("eps", eps);
      Checks.nonNegative("weightDecay", weightDecay);
      return new Adam(this);
    }
  }
}
