package org.rnn4j.core.optim;

import java.util.Map;
import org.rnn4j.core.param.ParamSet;

/**
 * Updates a {@link ParamSet}'s values from its gradients, with the semantics of the matching {@code torch.optim}
 * class, so trajectories agree with PyTorch to float32 rounding.
 *
 * <p>An optimizer serves one parameter set: the first {@link #step} (or {@link #restoreState}) binds it to that set's
 * parameters, and later calls must pass the same {@code Param} objects in the same order. Per-parameter state (moment
 * estimates, momentum buffers) is allocated on the first step; later steps allocate nothing.
 */
public interface Optimizer {

  /**
   * Applies one update from the parameters' current gradients. Gradients are read, never zeroed or modified.
   *
   * @throws IllegalArgumentException if {@code params} are not the parameters this optimizer is bound to
   */
  void step(ParamSet params);

  /** The learning rate the next {@link #step} will use. */
  double learningRate();

  /**
   * Sets the learning rate for the following steps (for schedules); other state is kept.
   *
   * @throws IllegalArgumentException unless {@code learningRate} is finite and {@code >= 0}
   */
  void setLearningRate(double learningRate);

  /** Number of steps taken (including those restored by {@link #restoreState}). */
  long steps();

  /**
   * A copy of the per-parameter state, for checkpoints: tensor name to values, in a stable order (parameter order,
   * then state kind). Names are {@code kind/paramName} with PyTorch's kinds, for example {@code exp_avg/weight_ih_l0}.
   * Empty before the first step and for optimizers without state (plain SGD).
   *
   * @throws IllegalArgumentException if {@code params} are not the parameters this optimizer is bound to
   */
  Map<String, float[]> stateTensors(ParamSet params);

  /**
   * Replaces this optimizer's state with one from {@link #stateTensors} and binds it to {@code params}; the next
   * step then continues exactly where the saved optimizer left off. With {@code steps == 0} the tensors must be
   * empty (a fresh optimizer has no state); otherwise every expected tensor must be present with its parameter's
   * size, and no other. Nothing changes if the state is rejected.
   *
   * @throws IllegalArgumentException naming the missing, mis-sized or unexpected tensor, or a negative step count
   */
  void restoreState(ParamSet params, Map<String, float[]> tensors, long steps);
}
