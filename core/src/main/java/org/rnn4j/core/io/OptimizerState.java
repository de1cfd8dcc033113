package org.rnn4j.core.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * An optimizer's saved state: its kind, per-parameter tensors (named {@code kind/paramName}, shaped like their
 * parameter), step count and learning rate.
 *
 * @param type the optimizer's simple class name, for example {@code Adam}
 * @param tensors the state tensors in the optimizer's order
 * @param steps steps taken
 * @param learningRate the learning rate the next step would use
 */
public record OptimizerState(String type, Map<String, Tensor> tensors, long steps, double learningRate) {
  /** Copies the tensor map and checks the arguments. */
  public OptimizerState {
    Objects.requireNonNull(type, "type");
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
  }

  /** The current state of {@code optimizer}, which must be bound to {@code params} (or not yet bound). */
  public static OptimizerState of(Optimizer optimizer, ParamSet params) {
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, float[]> e : optimizer.stateTensors(params).entrySet()) {
      tensors.put(e.getKey(), Tensor.f32(shapeOf(e.getKey(), e.getValue().length, params), e.getValue()));
    }
    return new OptimizerState(optimizer.getClass().getSimpleName(), tensors, optimizer.steps(),
        optimizer.learningRate());
  }

  /**
   * Puts this state into {@code optimizer} and binds it to {@code params}; nothing changes if it is rejected.
   *
   * @throws IllegalArgumentException if the optimizer is of another kind or the tensors do not fit {@code params}
   */
  public void restoreInto(Optimizer optimizer, ParamSet params) {
    String actual = optimizer.getClass().getSimpleName();
    if (!actual.equals(type)) {
      throw new IllegalArgumentException("the checkpoint holds optimizer state of type " + type + ", but the "
          + "optimizer to restore is of type " + actual);
    }
    Map<String, float[]> raw = new LinkedHashMap<>();
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      if (e.getValue().dtype() != Tensor.DType.F32) {
        throw new IllegalArgumentException("optimizer state tensor '" + e.getKey() + "' must be F32, got "
            + e.getValue().dtype());
      }
      raw.put(e.getKey(), e.getValue().floats());
    }
    optimizer.restoreState(params, raw, steps);
    optimizer.setLearningRate(learningRate);
  }

  /** The shape of the parameter a {@code kind/paramName} tensor belongs to, or a vector if there is none. */
  private static int[] shapeOf(String name, int size, ParamSet params) {
    int slash = name.indexOf('/');
    String paramName = slash < 0 ? name : name.substring(slash + 1);
    for (Param p : params) {
      if (p.name().equals(paramName) && p.size() == size) {
        return p.shape();
      }
    }
    return new int[] {size};
  }
}
