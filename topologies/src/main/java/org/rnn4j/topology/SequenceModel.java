package org.rnn4j.topology;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rnn4j.core.param.ParamSet;

/**
 * What the {@link Trainer} needs of every topology: its parameters, the loss and gradients of a batch, an
 * evaluation loss, predictions, and a configuration to rebuild it from a checkpoint.
 *
 * @param <E> one training example (for example a token sequence with its label)
 * @param <P> the prediction for one example (a label, a tag sequence, a generated sequence)
 */
public interface SequenceModel<E, P> {

  /** All trainable parameters, in a fixed order (PyTorch-style names, unique). */
  ParamSet params();

  /**
   * Forward and backward on a training batch: returns the mean loss over the batch's targets and overwrites every
   * parameter's gradient with d(mean loss)/dθ. Any randomness (dropout) is drawn from {@code random}, so a step is
   * a pure function of the parameters, the batch and the random state.
   *
   * @throws org.rnn4j.core.NonFiniteException if the loss or a logit is NaN or infinite
   */
  double lossAndGradients(List<E> batch, SplittableRandom random);

  /** The summed loss and the number of targets of a batch in evaluation mode (no dropout, no gradients). */
  Evaluation evaluate(List<E> batch);

  /** One prediction per example, in evaluation mode. */
  List<P> predict(List<E> batch);

  /** Called by the trainer before each epoch's first batch (a stateful model resets carried state here). */
  default void startEpoch(int epoch) {}

  /**
   * Everything this model carries from one training batch into the next besides its parameters (for example the
   * recurrent state a language model continues from, and which example it continues into), as named copies; empty
   * when nothing is carried. A model of the same configuration given this map by {@link #restoreCarriedState}
   * trains on exactly as this one would, so a checkpoint holding it resumes bit for bit. Stateless models carry
   * nothing (the default).
   */
  default Map<String, float[]> carriedState() {
    return Map.of();
  }

  /**
   * Replaces the carried training state with one returned by {@link #carriedState()} of a model of the same
   * configuration; an empty map means no carry, as after {@link #startEpoch}. Nothing changes if the map does not
   * fit.
   *
   * @throws IllegalArgumentException naming the entry that is missing, unexpected or of the wrong size (the
   *     default accepts only an empty map)
   */
  default void restoreCarriedState(Map<String, float[]> state) {
    if (state == null) {
      throw new IllegalArgumentException("carried state must not be null (an empty map means no carry)");
    }
    if (!state.isEmpty()) {
      throw new IllegalArgumentException("this model carries no state between batches, got entries "
          + new java.util.TreeSet<>(state.keySet()));
    }
  }

  /** The settings that rebuild this model's architecture (not its weights), as text, for checkpoints. */
  Map<String, String> config();

  /**
   * A batch's summed loss and target count; sums over batches give an exact mean over a data set.
   *
   * @param lossSum the loss summed over targets, in nats
   * @param targets how many targets (tokens, labels) the sum covers
   */
  record Evaluation(double lossSum, long targets) {
    /** The mean loss per target (NaN when there are no targets). */
    public double meanLoss() {
      return targets == 0 ? Double.NaN : lossSum / targets;
    }

    /** The sum of two evaluations. */
    public Evaluation plus(Evaluation other) {
      return new Evaluation(lossSum + other.lossSum, targets + other.targets);
    }
  }
}
