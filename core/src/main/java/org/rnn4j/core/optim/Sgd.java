package org.rnn4j.core.optim;

import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and L2 weight decay, as
 * {@code torch.optim.SGD}:
 * <pre>
 *   d = g + weightDecay * p
 *   buf = d                                    on the first step
 *   buf = momentum * buf + (1 - dampening) * d on later steps
 *   d = nesterov ? d + momentum * buf : buf    (when momentum &gt; 0)
 *   p = p - lr * d
 * </pre>
 * State (when momentum &gt; 0): {@code momentum_buffer/<param>}.
 */
public final class Sgd extends AbstractOptimizer {
  private static final String[] NO_SLOTS = {};
  private static final String[] MOMENTUM_SLOT = {"momentum_buffer"};

  private final double momentum;
  private final double dampening;
  private final double weightDecay;
  private final boolean nesterov;

  private Sgd(Builder b) {
    super(b.learningRate, b.momentum > 0 ? MOMENTUM_SLOT : NO_SLOTS, new float[b.momentum > 0 ? 1 : 0]);
    this.momentum = b.momentum;
    this.dampening = b.dampening;
    this.weightDecay = b.weightDecay;
    this.nesterov = b.nesterov;
  }

  /** A new builder; the learning rate is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  void update(ParamSet params, SlotState slots, boolean fresh, long step, double lr) {
    float negLr = (float) -lr;
    float wd = (float) weightDecay;
    float mom = (float) momentum;
    float keep = (float) (1 - dampening);
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      float[] p = param.value().data;
      float[] g = param.grad().data;
      float[] buf = momentum > 0 ? slots.slot(0, i) : null;
      for (int j = 0; j < p.length; j++) {
        float d = weightDecay != 0 ? g[j] + wd * p[j] : g[j];
        if (buf != null) {
          buf[j] = fresh ? d : buf[j] * mom + keep * d;
          d = nesterov ? d + mom * buf[j] : buf[j];
        }
        p[j] = p[j] + negLr * d;
      }
    }
  }

  @Override
  public String toString() {
    return "Sgd(lr=" + learningRate() + ", momentum=" + momentum + ", dampening=" + dampening + ", weightDecay="
        + weightDecay + ", nesterov=" + nesterov + ")";
  }

  /** Settings of an {@link Sgd}; {@link #build()} validates them. */
  public static final class Builder {
    private double learningRate = Double.NaN;
    private double momentum;
    private double dampening;
    private double weightDecay;
    private boolean nesterov;

    private Builder() {}

    /** Required: the learning rate, finite and {@code >= 0}. */
    public Builder setLearningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Momentum factor in {@code [0, 1)}; default 0 (plain SGD, no state). */
    public Builder optMomentum(double momentum) {
      this.momentum = momentum;
      return this;
    }

    /** Dampening of the gradient added to the momentum buffer, in {@code [0, 1]}; default 0. */
    public Builder optDampening(double dampening) {
      this.dampening = dampening;
      return this;
    }

    /** L2 penalty coefficient added to the gradient, {@code >= 0}; default 0. */
    public Builder optWeightDecay(double weightDecay) {
      this.weightDecay = weightDecay;
      return this;
    }

    /** Nesterov momentum; requires momentum &gt; 0 and dampening 0. Default false. */
    public Builder optNesterov(boolean nesterov) {
      this.nesterov = nesterov;
      return this;
    }

    /**
     * The optimizer.
     *
     * @throws IllegalArgumentException naming the first invalid setting, its range and its value
     */
    public Sgd build() {
      Checks.nonNegative("learningRate", Hyper.required("learningRate", learningRate, "setLearningRate"));
      Checks.inHalfOpenRange("momentum", momentum, 0, 1);
      Checks.inRange("dampening", dampening, 0, 1);
      Checks.nonNegative("weightDecay", weightDecay);
      if (nesterov && (momentum <= 0 || dampening != 0)) {
        throw new IllegalArgumentException("nesterov requires momentum > 0 and dampening == 0, got momentum "
            + momentum + " and dampening " + dampening);
      }
      return new Sgd(this);
    }
  }
}
