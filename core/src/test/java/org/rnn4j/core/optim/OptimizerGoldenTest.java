package org.rnn4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.rnn4j.core.param.ParamSet;

/** Every optimizer (and clipping in front of it) replays PyTorch's recorded trajectories. */
class OptimizerGoldenTest {
  /**
   * Allowed error, relative to the largest magnitude in the expected tensor: float32 rounding happens at that scale,
   * so an element that cancels to near zero keeps the absolute error of its neighbours (observed: at most ~0.17 of
   * this bound; a 0.1% error in the learning rate exceeds it many times over).
   */
  private static final double REL = 1e-6;

  static List<Golden.Case> optimizerCases() {
    return Golden.casesWith("optimizer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizerCases")
  void matchesTorchTrajectory(Golden.Case c) {
    replay(c, c.optimizer());
  }

  @Test
  void everyOptimizerAndClippingModeIsCovered() {
    List<String> kinds = optimizerCases().stream().map(c -> c.config().get("optimizer")).distinct().toList();
    assertEquals(List.of("sgd", "adagrad", "rmsprop", "adam", "adamw"), kinds);
    assertFalse(Golden.casesWith("clip_norm").isEmpty());
    assertFalse(Golden.casesWith("clip_value").isEmpty());
  }

  @Test
  void toleranceCatchesATenthOfAPercentLearningRateError() {
    for (String name : List.of("sgd_momentum", "adagrad_full", "rmsprop_centered", "adam_weight_decay")) {
      Golden.Case c = optimizerCases().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      Optimizer off = c.optimizer();
      off.setLearningRate(off.learningRate() * 1.001);
      assertThrows(AssertionFailedError.class, () -> replay(c, off), name);
    }
  }

  @Test
  void clippingActuallyTriggersInTheGoldenData() {
    Golden.Case c = Golden.casesWith("clip_norm").get(0);
    double maxNorm = c.number("clip_norm", 0);
    boolean below = false;
    boolean above = false;
    for (int step = 1; step <= c.lastStep(); step++) {
      double norm = c.records("norm", step).get(0).values()[0];
      below |= norm < maxNorm;
      above |= norm > maxNorm;
    }
    assertTrue(below && above, "golden clip case should have steps on both sides of max_norm");
  }

  static void replay(Golden.Case c, Optimizer optimizer) {
    ParamSet params = c.initialParams();
    for (int step = 1; step <= c.lastStep(); step++) {
      c.loadGrads(params, step);
      if (c.config().containsKey("clip_norm")) {
        double norm = GradientClipping.clipGlobalNorm(params, c.number("clip_norm", 0));
        double expected = c.records("norm", step).get(0).values()[0];
        assertEquals(expected, norm, REL * expected, c + " norm at step " + step);
      }
      if (c.config().containsKey("clip_value")) {
        GradientClipping.clipValue(params, c.number("clip_value", 0));
      }
      for (Golden.Tensor t : c.records("clipped", step)) {
        assertClose(t, params.get(t.name()).grad().data, c + " clipped grad");
      }
      optimizer.step(params);
      for (Golden.Tensor t : c.records("value", step)) {
        assertClose(t, params.get(t.name()).value().data, c + " value");
      }
    }
    assertEquals(c.lastStep(), optimizer.steps());
  }

  static void assertClose(Golden.Tensor expected, float[] actual, String what) {
    assertEquals(expected.values().length, actual.length, what + " size of " + expected.name());
    double scale = 0;
    for (double e : expected.values()) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < actual.length; i++) {
      double e = expected.values()[i];
      assertEquals(e, actual[i], REL * scale,
          what + " " + expected.name() + "[" + i + "] at step " + expected.step());
    }
  }
}
