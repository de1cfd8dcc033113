package org.rnn4j.core.optim;

import java.util.ArrayList;
import java.util.List;
import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * RMSprop, as {@code torch.optim.RMSprop} (eps added outside the square root):
 * <pre>
 *   g = g + weightDecay * p
 *   sq = alpha * sq + (1 - alpha) * g * g
 *   avg = sqrt(sq) + eps                           plain
 *   ga = alpha * ga + (1 - alpha) * g
 *   avg = sqrt(sq - ga * ga) + eps                 centered
 *   buf = momentum * buf + g / avg; p = p - lr * buf   with momentum &gt; 0
 *   p = p - lr * g / avg                           without
 * </pre>
 * State: {@code square_avg/<param>}, plus {@code momentum_buffer/<param>} with momentum and
 * {@code grad_avg/<param>} when centered.
 */
public final class RmsProp extends AbstractOptimizer {
  private final double alpha;
  private final double eps;
  private final double weightDecay;
  private final double momentum;
  private final boolean centered;
  private final int momentumSlot;
  private final int gradAvgSlot;

  private RmsProp(Builder b, String[] slotNames) {
    super(b.learningRate, slotNames, new float[slotNames.length]);
    this.alpha = b.alpha;
    this.eps = b.eps;
    this.weightDecay = b.weightDecay;
    this.momentum = b.momentum;
    this.centered = b.centered;
    this.momentumSlot = b.momentum > 0 ? 1 : -1;
    this.gradAvgSlot = b.centered ? slotNames.length - 1 : -1;
  }

  /** A new builder; the learning rate is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  void update(ParamSet params, SlotState slots, boolean fresh, long step, double lr) {
    float negLr = (float) -lr;
    float wd = (float) weightDecay;
    float a = (float) alpha;
    float oneMinusA = (float) (1 - alpha);
    float epsF = (float) eps;
    float mom = (float) momentum;
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      float[] p = param.value().data;
      float[] g = param.grad().data;
      float[] sq = slots.slot(0, i);
      float[] buf = momentumSlot >= 0 ? slots.slot(momentumSlot, i) : null;
      float[] ga = gradAvgSlot >= 0 ? slots.slot(gradAvgSlot, i) : null;
      for (int j = 0; j < p.length; j++) {
        float d = weightDecay != 0 ? g[j] + wd * p[j] : g[j];
        sq[j] = sq[j] * a + oneMinusA * d * d;
        float avg;
        if (ga != null) {
          ga[j] = ga[j] * a + oneMinusA * d;
          avg = (float) Math.sqrt(sq[j] + -ga[j] * ga[j]) + epsF;
        } else {
          avg = (float) Math.sqrt(sq[j]) + epsF;
        }
        if (buf != null) {
          buf[j] = buf[j] * mom + d / avg;
          p[j] = p[j] + negLr * buf[j];
        } else {
          p[j] = p[j] + negLr * d / avg;
        }
      }
    }
  }

  @Override
  public String toString() {
    return "RmsProp(lr=" + learningRate() + ", alpha=" + alpha + ", eps=" + eps + ", weightDecay=" + weightDecay
        + ", momentum=" + momentum + ", centered=" + centered + ")";
  }

  /** Settings of an {@link RmsProp}; {@link #build()} validates them. */
  public static final class Builder {
    private double learningRate = Double.NaN;
    private double alpha = 0.99;
    private double eps = 1e-8;
    private double weightDecay;
    private double momentum;
    private boolean centered;

    private Builder() {}

    /** Required: the learning rate, finite and {@code >= 0}. */
    public Builder setLearningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Smoothing constant of the squared-gradient average, in {@code [0, 1]}; default 0.99. */
    public Builder optAlpha(double alpha) {
      this.alpha = alpha;
      return this;
    }

    /** Term added to the denominator, {@code >= 0}; default 1e-8. */
    public Builder optEps(double eps) {
      this.eps = eps;
      return this;
    }

    /** L2 penalty coefficient added to the gradient, {@code >= 0}; default 0. */
    public Builder optWeightDecay(double weightDecay) {
      this.weightDecay = weightDecay;
      return this;
    }

    /** Momentum factor in {@code [0, 1)}; default 0. */
    public Builder optMomentum(double momentum) {
      this.momentum = momentum;
      return this;
    }

    /** Normalise by the estimated variance of the gradient instead of its second moment; default false. */
    public Builder optCentered(boolean centered) {
      this.centered = centered;
      return this;
    }

    /**
     * The optimizer.
     *
     * @throws IllegalArgumentException naming the first invalid setting, its range and its value
     */
    public RmsProp build() {
      Checks.nonNegative("learningRate", Hyper.required("learningRate", learningRate, "setLearningRate"));
      Checks.inRange("alpha", alpha, 0, 1);
      Checks.nonNegative("eps", eps);
      Checks.nonNegative("weightDecay", weightDecay);
      Checks.inHalfOpenRange("momentum", momentum, 0, 1);
      List<String> slots = new ArrayList<>(List.of("square_avg"));
      if (momentum > 0) {
        slots.add("momentum_buffer");
      }
      if (centered) {
        slots.add("grad_avg");
      }
      return new RmsProp(this, slots.toArray(new String[0]));
    }
  }
}
