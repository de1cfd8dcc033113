package org.rnn4j.task.gradients;

import java.util.Objects;
import org.rnn4j.core.Checks;

/**
 * What a {@link GradientFlowExperiment} runs: the recall task, the hidden size every cell gets, the training budget
 * they share, the bias that opens the gated cells' memory gate, how many sequences probe the flow and test accuracy,
 * and the exploding
 * vanilla RNN of the clipping comparison with its own budget.
 *
 * @param data the recall task
 * @param hiddenSize hidden units of every cell
 * @param budget the training budget every cell gets
 * @param memoryGateBias the initial bias of the gate that keeps a gated cell's memory: the LSTM's forget gate
 *     ({@code b_ih_f}, with {@code b_hh_f = 0}) and the GRU's update gate ({@code b_ih_z}, with {@code b_hh_z = 0};
 *     {@code z} near 1 keeps {@code h}); every other weight keeps PyTorch's default initialisation
 * @param probeBatch sequences in the batch whose gradient flow is measured
 * @param testSize held-out sequences for accuracy
 * @param explodingRadius the spectral radius the clipping comparison scales the vanilla {@code weight_hh} to
 * @param clippingData the recall task of the clipping comparison
 * @param clippingBudget the budget of the clipping comparison; its threshold is used by the clipped run only
 * @param seed the seed every model, data set and run is derived from
 */
public record FlowSettings(
    RecallData data,
    int hiddenSize,
    Budget budget,
    float memoryGateBias,
    int probeBatch,
    int testSize,
    double explodingRadius,
    RecallData clippingData,
    Budget clippingBudget,
    long seed) {

  /** Validates the values. */
  public FlowSettings {
    Objects.requireNonNull(data, "data");
    Checks.positive("hiddenSize", hiddenSize);
    Objects.requireNonNull(budget, "budget");
    if (!Float.isFinite(memoryGateBias)) {
      throw new IllegalArgumentException("memoryGateBias must be finite, got " + memoryGateBias);
    }
    Checks.positive("probeBatch", probeBatch);
    Checks.positive("testSize", testSize);
    Checks.positive("explodingRadius", explodingRadius);
    Objects.requireNonNull(clippingData, "clippingData");
    Objects.requireNonNull(clippingBudget, "clippingBudget");
    if (!clippingBudget.clips()) {
      throw new IllegalArgumentException("clippingBudget must have a clipping threshold > 0, got "
          + clippingBudget.clipNorm());
    }
  }

  /**
   * The full experiment: 60 distractors, 4 classes, 4 distractor symbols, hidden 32, 2000 Adam steps of batch 32 at
   * learning rate 0.005, memory-gate bias 5 (LSTM forget gate, GRU update gate). The clipping comparison scales the vanilla recurrent weight to spectral
   * radius 3 and trains 300 plain SGD steps of batch 32 at learning rate 0.5 on 10 distractors, clipped at global
   * norm 1.
   */
  public static FlowSettings full(long seed) {
    return new FlowSettings(new RecallData(4, 60, 4), 32, new Budget(Budget.Rule.ADAM, 2000, 32, 0.005, 0), 5f,
        64, 1000, 3.0, new RecallData(4, 10, 4), new Budget(Budget.Rule.SGD, 300, 32, 0.5, 1.0), seed);
  }

  /**
   * A run of a few seconds: 20 distractors, hidden 16, 400 steps at learning rate 0.01; the rest as {@link #full}.
   */
  public static FlowSettings quick(long seed) {
    return new FlowSettings(new RecallData(4, 20, 4), 16, new Budget(Budget.Rule.ADAM, 400, 32, 0.01, 0), 5f,
        64, 500, 3.0, new RecallData(4, 10, 4), new Budget(Budget.Rule.SGD, 300, 32, 0.5, 1.0), seed);
  }

  /** These settings with {@code distractors} distractor steps. */
  public FlowSettings withDistractors(int distractors) {
    return new FlowSettings(new RecallData(data.classes(), distractors, data.distractorSymbols()), hiddenSize, budget,
        memoryGateBias, probeBatch, testSize, explodingRadius, clippingData, clippingBudget, seed);
  }

  /** These settings with {@code size} hidden units. */
  public FlowSettings withHiddenSize(int size) {
    return new FlowSettings(data, size, budget, memoryGateBias, probeBatch, testSize, explodingRadius, clippingData,
        clippingBudget, seed);
  }

  /** These settings with {@code steps} training steps per cell. */
  public FlowSettings withSteps(int steps) {
    Budget b = new Budget(budget.rule(), steps, budget.batchSize(), budget.learningRate(), budget.clipNorm());
    return new FlowSettings(data, hiddenSize, b, memoryGateBias, probeBatch, testSize, explodingRadius,
        clippingData, clippingBudget, seed);
  }

  /** These settings with another seed. */
  public FlowSettings withSeed(long value) {
    return new FlowSettings(data, hiddenSize, budget, memoryGateBias, probeBatch, testSize, explodingRadius,
        clippingData, clippingBudget, value);
  }
}
