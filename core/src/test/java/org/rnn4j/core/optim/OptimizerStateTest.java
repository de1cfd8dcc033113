package org.rnn4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** Checkpointing optimizer state: names, round trips that continue bit for bit, and rejected states. */
class OptimizerStateTest {

  static List<Golden.Case> optimizerCases() {
    return Golden.casesWith("optimizer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizerCases")
  void restoredOptimizerContinuesBitForBit(Golden.Case c) {
    int total = c.lastStep();
    int split = 2;
    ParamSet straight = c.initialParams();
    Optimizer uninterrupted = c.optimizer();
    for (int step = 1; step <= total; step++) {
      c.loadGrads(straight, step);
      uninterrupted.step(straight);
    }

    ParamSet first = c.initialParams();
    Optimizer before = c.optimizer();
    for (int step = 1; step <= split; step++) {
      c.loadGrads(first, step);
      before.step(first);
    }
    Map<String, float[]> saved = before.stateTensors(first);
    ParamSet resumed = copyValues(first);
    Optimizer after = c.optimizer();
    after.restoreState(resumed, saved, before.steps());
    assertEquals(split, after.steps());
    for (int step = split + 1; step <= total; step++) {
      c.loadGrads(resumed, step);
      after.step(resumed);
    }
    for (int i = 0; i < straight.size(); i++) {
      assertArrayEquals(straight.get(i).value().data, resumed.get(i).value().data, c + " " + straight.get(i));
    }
    assertStateEquals(uninterrupted.stateTensors(straight), after.stateTensors(resumed));
  }

  @Test
  void stateNamesFollowTorchKindsInParameterOrder() {
    ParamSet params = twoParams();
    Optimizer adam = Adam.builder().setLearningRate(1e-3).build();
    assertTrue(adam.stateTensors(params).isEmpty(), "no state before the first step");
    adam.step(params);
    assertEquals(List.of("exp_avg/weight_ih_l0", "exp_avg_sq/weight_ih_l0", "exp_avg/bias_ih_l0",
        "exp_avg_sq/bias_ih_l0"), List.copyOf(adam.stateTensors(params).keySet()));

    Optimizer rms = RmsProp.builder().setLearningRate(1e-3).optMomentum(0.5).optCentered(true).build();
    rms.step(params);
    assertEquals(List.of("square_avg/weight_ih_l0", "momentum_buffer/weight_ih_l0", "grad_avg/weight_ih_l0",
        "square_avg/bias_ih_l0", "momentum_buffer/bias_ih_l0", "grad_avg/bias_ih_l0"),
        List.copyOf(rms.stateTensors(params).keySet()));

    Optimizer plain = Sgd.builder().setLearningRate(0.1).build();
    plain.step(params);
    assertTrue(plain.stateTensors(params).isEmpty(), "plain SGD has no state");
  }

  @Test
  void stateTensorsAreCopies() {
    ParamSet params = twoParams();
    Optimizer adam = Adam.builder().setLearningRate(1e-3).build();
    adam.step(params);
    Map<String, float[]> state = adam.stateTensors(params);
    state.get("exp_avg/bias_ih_l0")[0] = 42f;
    assertEquals(0.1f * 0.5f, adam.stateTensors(params).get("exp_avg/bias_ih_l0")[0], 1e-7);
  }

  @Test
  void restoreRejectsMissingMisSizedAndUnexpectedTensors() {
    ParamSet params = twoParams();
    Optimizer adam = Adam.builder().setLearningRate(1e-3).build();
    adam.step(params);
    Map<String, float[]> good = adam.stateTensors(params);

    Map<String, float[]> missing = new LinkedHashMap<>(good);
    missing.remove("exp_avg_sq/bias_ih_l0");
    assertMessage(() -> fresh().restoreState(params, missing, 1), "'exp_avg_sq/bias_ih_l0' is missing");

    Map<String, float[]> misSized = new LinkedHashMap<>(good);
    misSized.put("exp_avg/weight_ih_l0", new float[5]);
    assertMessage(() -> fresh().restoreState(params, misSized, 1),
        "'exp_avg/weight_ih_l0' must have 6 floats", "got 5");

    Map<String, float[]> extra = new LinkedHashMap<>(good);
    extra.put("momentum_buffer/weight_ih_l0", new float[6]);
    assertMessage(() -> fresh().restoreState(params, extra, 1), "'momentum_buffer/weight_ih_l0' is not state");

    assertMessage(() -> fresh().restoreState(params, good, 0), "steps is 0");
    assertMessage(() -> fresh().restoreState(params, Map.of(), 1), "is missing");
    assertMessage(() -> fresh().restoreState(params, good, -1), "steps must be >= 0, got -1");
  }

  @Test
  void rejectedRestoreLeavesStateUnchanged() {
    ParamSet params = twoParams();
    Optimizer adam = Adam.builder().setLearningRate(1e-3).build();
    adam.step(params);
    Map<String, float[]> before = adam.stateTensors(params);
    Map<String, float[]> bad = new LinkedHashMap<>(before);
    bad.put("exp_avg/weight_ih_l0", new float[] {9, 9, 9, 9, 9, 9});
    bad.remove("exp_avg_sq/bias_ih_l0");
    assertThrows(IllegalArgumentException.class, () -> adam.restoreState(params, bad, 7));
    assertStateEquals(before, adam.stateTensors(params));
    assertEquals(1, adam.steps());
  }

  @Test
  void restoringAnEmptyStateAtStepZeroGivesAFreshOptimizer() {
    ParamSet a = twoParams();
    ParamSet b = twoParams();
    Optimizer sgd = Sgd.builder().setLearningRate(0.1).optMomentum(0.9).optDampening(0.5).build();
    Optimizer reset = Sgd.builder().setLearningRate(0.1).optMomentum(0.9).optDampening(0.5).build();
    reset.step(b);
    copyInto(twoParams(), b);
    reset.restoreState(b, Map.of(), 0);
    sgd.step(a);
    reset.step(b);
    assertArrayEquals(a.get(0).value().data, b.get(0).value().data, "first step after reset clones the gradient");
    assertEquals(1, reset.steps());
  }

  @Test
  void stepRejectsOtherParameters() {
    ParamSet params = twoParams();
    Optimizer adam = Adam.builder().setLearningRate(1e-3).build();
    adam.step(params);
    assertMessage(() -> adam.step(twoParams()), "parameter 0 is weight_ih_l0[2, 3]", "bound");
    assertMessage(() -> adam.step(ParamSet.of(params.get(0))), "got 1 parameters");
    assertMessage(() -> adam.stateTensors(twoParams()), "bound");
    assertEquals(1, adam.steps(), "a rejected step is not counted");
  }

  @Test
  void setLearningRateValidatesAndTakesEffect() {
    Optimizer sgd = Sgd.builder().setLearningRate(0.1).build();
    assertMessage(() -> sgd.setLearningRate(-1), "learningRate must be a finite number >= 0, got -1.0");
    assertMessage(() -> sgd.setLearningRate(Double.NaN), "learningRate", "NaN");
    sgd.setLearningRate(0.5);
    assertEquals(0.5, sgd.learningRate());
    ParamSet params = twoParams();
    sgd.step(params);
    assertEquals(1f - 0.5f * 0.1f, params.get(0).value().data[0], 0f);
  }

  private static Optimizer fresh() {
    return Adam.builder().setLearningRate(1e-3).build();
  }

  /** weight_ih_l0 [2 x 3] all 1 with gradient 0.1; bias_ih_l0 [2] all 1 with gradient 0.5. */
  static ParamSet twoParams() {
    Param w = Param.matrix("weight_ih_l0", 2, 3);
    Param b = Param.vector("bias_ih_l0", 2);
    java.util.Arrays.fill(w.value().data, 1f);
    java.util.Arrays.fill(w.grad().data, 0.1f);
    java.util.Arrays.fill(b.value().data, 1f);
    java.util.Arrays.fill(b.grad().data, 0.5f);
    return ParamSet.of(w, b);
  }

  private static ParamSet copyValues(ParamSet source) {
    Param[] out = new Param[source.size()];
    for (int i = 0; i < out.length; i++) {
      Param s = source.get(i);
      out[i] = s.shape().length == 1 ? Param.vector(s.name(), s.size()) : Param.matrix(s.name(), s.rows(), s.cols());
      System.arraycopy(s.value().data, 0, out[i].value().data, 0, s.size());
    }
    return ParamSet.of(out);
  }

  private static void copyInto(ParamSet from, ParamSet to) {
    for (int i = 0; i < from.size(); i++) {
      System.arraycopy(from.get(i).value().data, 0, to.get(i).value().data, 0, from.get(i).size());
    }
  }

  private static void assertStateEquals(Map<String, float[]> expected, Map<String, float[]> actual) {
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    for (Map.Entry<String, float[]> e : expected.entrySet()) {
      assertArrayEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
    }
  }

  static void assertMessage(org.junit.jupiter.api.function.Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should contain '" + f + "'");
    }
  }
}
