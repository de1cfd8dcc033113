package org.rnn4j.core.optim;

import static org.rnn4j.core.optim.OptimizerStateTest.assertMessage;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid hyperparameter is rejected by build() with a message naming it, its range and its value. */
class HyperparameterTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        bad("sgd lr missing", () -> Sgd.builder().build(), "learningRate is required", "setLearningRate"),
        bad("sgd lr negative", () -> Sgd.builder().setLearningRate(-0.1).build(), "learningRate", ">= 0", "-0.1"),
        bad("sgd lr infinite", () -> Sgd.builder().setLearningRate(Double.POSITIVE_INFINITY).build(),
            "learningRate", "Infinity"),
        bad("sgd momentum", () -> Sgd.builder().setLearningRate(0.1).optMomentum(1.5).build(),
            "momentum must be in [0.0, 1.0), got 1.5"),
        bad("sgd momentum negative", () -> Sgd.builder().setLearningRate(0.1).optMomentum(-0.1).build(),
            "momentum", "got -0.1"),
        bad("sgd dampening", () -> Sgd.builder().setLearningRate(0.1).optDampening(2).build(),
            "dampening must be in [0.0, 1.0], got 2.0"),
        bad("sgd weight decay", () -> Sgd.builder().setLearningRate(0.1).optWeightDecay(-1e-4).build(),
            "weightDecay", "-1.0E-4"),
        bad("sgd nesterov without momentum", () -> Sgd.builder().setLearningRate(0.1).optNesterov(true).build(),
            "nesterov requires momentum > 0", "momentum 0.0"),
        bad("sgd nesterov with dampening", () -> Sgd.builder().setLearningRate(0.1).optMomentum(0.9)
            .optDampening(0.1).optNesterov(true).build(), "dampening == 0", "dampening 0.1"),
        bad("adagrad lr missing", () -> Adagrad.builder().build(), "learningRate is required"),
        bad("adagrad lr decay", () -> Adagrad.builder().setLearningRate(0.1).optLrDecay(-1).build(),
            "lrDecay", "-1.0"),
        bad("adagrad weight decay", () -> Adagrad.builder().setLearningRate(0.1).optWeightDecay(-1).build(),
            "weightDecay", "-1.0"),
        bad("adagrad accumulator", () -> Adagrad.builder().setLearningRate(0.1)
            .optInitialAccumulatorValue(-0.5).build(), "initialAccumulatorValue", "-0.5"),
        bad("adagrad eps", () -> Adagrad.builder().setLearningRate(0.1).optEps(Double.NaN).build(), "eps", "NaN"),
        bad("rmsprop lr missing", () -> RmsProp.builder().build(), "learningRate is required"),
        bad("rmsprop alpha", () -> RmsProp.builder().setLearningRate(0.1).optAlpha(1.01).build(),
            "alpha must be in [0.0, 1.0], got 1.01"),
        bad("rmsprop eps", () -> RmsProp.builder().setLearningRate(0.1).optEps(-1e-8).build(), "eps", "-1.0E-8"),
        bad("rmsprop weight decay", () -> RmsProp.builder().setLearningRate(0.1).optWeightDecay(-2).build(),
            "weightDecay", "-2.0"),
        bad("rmsprop momentum", () -> RmsProp.builder().setLearningRate(0.1).optMomentum(1).build(),
            "momentum must be in [0.0, 1.0), got 1.0"),
        bad("adam lr missing", () -> Adam.builder().build(), "learningRate is required"),
        bad("adam lr negative", () -> Adam.builder().setLearningRate(-2e-3).build(), "learningRate", "-0.002"),
        bad("adam beta1", () -> Adam.builder().setLearningRate(1e-3).optBetas(1.0, 0.999).build(),
            "beta1 must be in [0.0, 1.0), got 1.0"),
        bad("adam beta2", () -> Adam.builder().setLearningRate(1e-3).optBetas(0.9, -0.5).build(),
            "beta2 must be in [0.0, 1.0), got -0.5"),
        bad("adam eps", () -> Adam.builder().setLearningRate(1e-3).optEps(-1).build(), "eps", "-1.0"),
        bad("adam weight decay", () -> Adam.builder().setLearningRate(1e-3).optWeightDecay(-0.01).build(),
            "weightDecay", "-0.01"),
        bad("clip norm", () -> GradientClipping.clipGlobalNorm(OptimizerStateTest.twoParams(), 0),
            "maxNorm", "0.0"),
        bad("clip value", () -> GradientClipping.clipValue(OptimizerStateTest.twoParams(), -1), "clip", "-1.0"),
        bad("step decay size", () -> LearningRateSchedule.stepDecay(0, 0.5), "stepSize must be positive, got 0"),
        bad("step decay gamma", () -> LearningRateSchedule.stepDecay(3, -0.5), "gamma", "-0.5"),
        bad("exponential gamma", () -> LearningRateSchedule.exponentialDecay(0), "gamma", "0.0"),
        bad("schedule index", () -> LearningRateSchedule.constant().rate(-1, 0.1), "index must be >= 0, got -1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectedWithANamedMessage(String label, Executable call, String[] fragments) {
    assertMessage(call, fragments);
  }

  private static Arguments bad(String label, Executable call, String... fragments) {
    return Arguments.of(label, call, fragments);
  }
}
