package org.rnn4j.core.optim;

import org.rnn4j.core.Checks;

import java.util.Map;
import java.util.Objects;
import org.rnn4j.core.param.ParamSet;

/**
 * What every optimizer shares: the learning rate, the step count and the per-parameter slot state. Subclasses
 * implement {@link #update} for one step over all parameters.
 */
abstract class AbstractOptimizer implements Optimizer {
  private final SlotState state;
  private double learningRate;
  private long steps;

  AbstractOptimizer(double learningRate, String[] slotNames, float[] initialSlotValues) {
    this.learningRate = Checks.nonNegative("learningRate", learningRate);
    this.state = new SlotState(slotNames, initialSlotValues);
  }

  /**
   * Updates every parameter of {@code params} for step number {@code step} (1 for the first). {@code fresh} is true
   * when the slots were allocated for this step, so they hold their initial values and no history.
   */
  abstract void update(ParamSet params, SlotState slots, boolean fresh, long step, double learningRate);

  @Override
  public final void step(ParamSet params) {
    Objects.requireNonNull(params, "params");
    boolean fresh = state.prepare(params);
    update(params, state, fresh, steps + 1, learningRate);
    steps++;
  }

  @Override
  public final double learningRate() {
    return learningRate;
  }

  @Override
  public final void setLearningRate(double learningRate) {
    this.learningRate = Checks.nonNegative("learningRate", learningRate);
  }

  @Override
  public final long steps() {
    return steps;
  }

  @Override
  public final Map<String, float[]> stateTensors(ParamSet params) {
    Objects.requireNonNull(params, "params");
    return state.export(params);
  }

  @Override
  public final void restoreState(ParamSet params, Map<String, float[]> tensors, long steps) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(tensors, "tensors");
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    state.restore(params, tensors, steps > 0);
    this.steps = steps;
  }
}
