package org.rnn4j.task.gradients;

import java.util.Objects;
import org.rnn4j.core.Checks;

/**
 * What a {@link GradientFlowExperiment} runs: the recall task, the hidden size every cell gets, the training budget
 * they share, the LSTM's forget-gate bias, how many sequences probe the flow and test accuracy, and the exploding
 * vanilla RNN of the clipping comparison with its own budget.
 *
 * @param data the recall task
 * @param hiddenSize hidden units of every cell
 * @param budget the training budget every cell gets
 * @param lstmForgetBias the LSTM's initial forget-gate bias ({@code b_ih_f}; {@code b_hh_f = 0}); the other cells
 *     and the LSTM's other weights keep PyTorch's default initialisation
 * @param probeBatch sequences in the batch whose gradient flow is measured
 * @param testSize held-out sequences for accuracy
 * @param explodingRadius the spectral radius the clipping comparison scales the vanilla {@code weight_hh} to
 * @param clippingBudget the budget of the clipping comparison; its threshold is used by the clipped run only
 * @param seed the seed every model, data set and run is derived from
 */
public record FlowSettings(
    RecallData data,
    int hiddenSize,
    Budget budget,
    float lstmForgetBias,
    int probeBatch,
    int testSize,
    double explodingRadius,
    Budget clippingBudget,
    long seed) {

  /** Validates the values. */
  public FlowSettings {
    Objects.requireNonNull(data, "data");
    Checks.positive("hiddenSize", hiddenSize);
    Objects.requireNonNull(budget, "budget");
    if (!Float.isFinite(lstmForgetBias)) {
      throw new IllegalArgumentException("lstmForgetBias must be finite, got " + lstmForgetBias);
    }
    Checks.positive("probeBatch", probeBatch);
    Checks.positive("testSize", testSize);
    Checks.positive("explodingRadius", explodingRadius);
    Objects.requireNonNull(clippingBudget, "clippingBudget");
    if (!clippingBudget.clips()) {
      throw new IllegalArgumentException("clippingBudget must have a clipping threshold > 0, got "
          + clippingBudget.clipNorm());
    }
  }

  /**
   * The full experiment: 60 distractors, 4 classes, hidden 32, 2000 Adam steps of batch 32 at learning rate 0.003,
   * LSTM forget bias 5; the clipping comparison scales the vanilla recurrent weight to spectral radius 3 and trains
   * 200 plain SGD steps at learning rate 0.1, clipped at global norm 1.
   */
  public static FlowSettings full(long seed) {
    return new FlowSettings(new RecallData(4, 60, 4), 32, new Budget(Budget.Rule.ADAM, 2000, 32, 0.003, 0), 5f,
        64, 1000, 3.0, new Budget(Budget.Rule.SGD, 200, 32, 0.1, 1.0), seed);
  }

  /** A run of a few seconds: 20 distractors, hidden 16, 400 steps; the rest as {@link #full}. */
  public static FlowSettings quick(long seed) {
    return new FlowSettings(new RecallData(4, 20, 4), 16, new Budget(Budget.Rule.ADAM, 400, 32, 0.01, 0), 5f,
        64, 500, 3.0, new Budget(Budget.Rule.SGD, 100, 32, 0.1, 1.0), seed);
  }

  /** These settings with {@code distractors} distractor steps. */
  public FlowSettings withDistractors(int distractors) {
    return new FlowSettings(new RecallData(data.classes(), distractors, data.distractorSymbols()), hiddenSize, budget,
        lstmForgetBias, probeBatch, testSize, explodingRadius, clippingBudget, seed);
  }

  /** These settings with {@code size} hidden units. */
  public FlowSettings withHiddenSize(int size) {
    return new FlowSettings(data, size, budget, lstmForgetBias, probeBatch, testSize, explodingRadius, clippingBudget,
        seed);
  }

  /** These settings with {@code steps} training steps per cell. */
  public FlowSettings withSteps(int steps) {
    Budget b = new Budget(budget.rule(), steps, budget.batchSize(), budget.learningRate(), budget.clipNorm());
    return new FlowSettings(data, hiddenSize, b, lstmForgetBias, probeBatch, testSize, explodingRadius,
        clippingBudget, seed);
  }

  /** These settings with another seed. */
  public FlowSettings withSeed(long value) {
    return new FlowSettings(data, hiddenSize, budget, lstmForgetBias, probeBatch, testSize, explodingRadius,
        clippingBudget, value);
  }
}
