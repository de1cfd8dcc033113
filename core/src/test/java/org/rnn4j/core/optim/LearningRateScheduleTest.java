package org.rnn4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Schedules reproduce torch's StepLR and ExponentialLR, indexed from 0. */
class LearningRateScheduleTest {

  static List<Golden.Case> scheduleCases() {
    return Golden.casesWith("schedule");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scheduleCases")
  void matchesTorchScheduler(Golden.Case c) {
    double base = c.number("base_lr", Double.NaN);
    double gamma = c.number("gamma", Double.NaN);
    LearningRateSchedule schedule = c.config().get("schedule").equals("step_decay")
        ? LearningRateSchedule.stepDecay((long) c.number("step_size", 0), gamma)
        : LearningRateSchedule.exponentialDecay(gamma);
    int checked = 0;
    for (Golden.Tensor t : c.records()) {
      double expected = t.values()[0];
      // torch multiplies the previous rate by gamma; the closed form differs only in the last bits
      assertEquals(expected, schedule.rate(t.step(), base), expected * 1e-12, c + " at index " + t.step());
      checked++;
    }
    assertEquals(10, checked);
  }

  @Test
  void applySetsTheOptimizersRate() {
    Optimizer adam = Adam.builder().setLearningRate(1).build();
    LearningRateSchedule.stepDecay(2, 0.1).apply(adam, 5, 2e-3);
    assertEquals(2e-3 * 0.1 * 0.1, adam.learningRate(), 1e-18);
    LearningRateSchedule.constant().apply(adam, 1_000_000, 2e-3);
    assertEquals(2e-3, adam.learningRate(), 0);
  }
}
