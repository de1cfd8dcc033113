package org.rnn4j.topology;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * The number that judges a model on validation data, with its direction: the mean loss (lower is better, the
 * default) or any function of the model and the data, such as accuracy (higher is better).
 *
 * @param <E> the example type
 * @param <P> the prediction type
 */
public final class ValidationMetric<E, P> {
  private final String name;
  private final boolean higherIsBetter;
  private final ToDoubleBiFunction<SequenceModel<E, P>, List<E>> function;

  private ValidationMetric(String name, boolean higherIsBetter,
      ToDoubleBiFunction<SequenceModel<E, P>, List<E>> function) {
    this.name = Objects.requireNonNull(name, "name");
    this.higherIsBetter = higherIsBetter;
    this.function = function;
  }

  /** The mean loss per target over the validation data; lower is better. */
  public static <E, P> ValidationMetric<E, P> meanLoss() {
    return new ValidationMetric<>("loss", false, null);
  }

  /** A metric where higher is better (accuracy, BLEU). */
  public static <E, P> ValidationMetric<E, P> higherIsBetter(String name,
      ToDoubleBiFunction<SequenceModel<E, P>, List<E>> function) {
    return new ValidationMetric<>(name, true, Objects.requireNonNull(function, "function"));
  }

  /** A metric where lower is better (error rate, perplexity). */
  public static <E, P> ValidationMetric<E, P> lowerIsBetter(String name,
      ToDoubleBiFunction<SequenceModel<E, P>, List<E>> function) {
    return new ValidationMetric<>(name, false, Objects.requireNonNull(function, "function"));
  }

  /** The metric's display name. */
  public String name() {
    return name;
  }

  /** Whether a larger value is better. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Whether {@code candidate} is strictly better than {@code best} (anything beats NaN). */
  boolean better(double candidate, double best) {
    if (Double.isNaN(best)) {
      return !Double.isNaN(candidate);
    }
    return higherIsBetter ? candidate > best : candidate < best;
  }

  /** The metric's value: {@code meanLoss} for the mean-loss metric, the function's value otherwise. */
  double value(SequenceModel<E, P> model, List<E> data, double meanLoss) {
    return function == null ? meanLoss : function.applyAsDouble(model, data);
  }

  @Override
  public String toString() {
    return name + (higherIsBetter ? " (higher is better)" : " (lower is better)");
  }
}
