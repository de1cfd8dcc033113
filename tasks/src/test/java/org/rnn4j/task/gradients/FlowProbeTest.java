package org.rnn4j.task.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.param.Param;
import org.rnn4j.topology.LabeledSequence;
import org.rnn4j.topology.ManyToOne;

/** The probe reads the engine's record by distance from the loss; training records divergence instead of throwing. */
class FlowProbeTest {
  private static final RecallData DATA = new RecallData(3, 12, 2);

  private static ManyToOne vanilla(long seed) {
    return ManyToOne.builder().setCellType(CellType.RNN_TANH).setHiddenSize(8).setVocabulary(DATA.vocabulary())
        .setClasses(DATA.classes()).optSeed(seed).build();
  }

  @Test
  void indexZeroIsTheLastStepAndParameterGradientsAreLeftZero() {
    ManyToOne m = vanilla(3);
    double[] flow = FlowProbe.byDistance(m, DATA.generate(16, 1));
    assertEquals(DATA.length(), flow.length);
    double[] byStep = m.stack().gradientFlow(0, 0).hiddenGradientNorms();
    for (int d = 0; d < flow.length; d++) {
      assertEquals(byStep[flow.length - 1 - d], flow[d]);
    }
    assertTrue(flow[1] > flow[flow.length - 1], "a contracting vanilla RNN's gradient shrinks with distance");
    for (Param p : m.params()) {
      for (float g : p.grad().data) {
        assertEquals(0f, g, p.name());
      }
    }
  }

  @Test
  void sequencesOfDifferentLengthsAreRejected() {
    List<LabeledSequence> batch = new ArrayList<>(DATA.generate(2, 1));
    batch.add(new RecallData(3, 5, 2).generate(1, 1).get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FlowProbe.byDistance(vanilla(1), batch));
    assertEquals("batch sequences must all have length 13, got 6", e.getMessage());
  }

  /** A ReLU RNN whose recurrent weight has spectral radius 1000 overflows at once: step 1 is reported, not thrown. */
  @Test
  void anOverflowingRunStopsAndNamesTheStep() {
    ManyToOne m = ManyToOne.builder().setCellType(CellType.RNN_RELU).setHiddenSize(8)
        .setVocabulary(DATA.vocabulary()).setClasses(DATA.classes()).optSeed(5).build();
    SpectralRadius.scaleTo(m.params().get("weight_hh_l0"), 1e6);
    TrainingTrace t = RecallTraining.train(m, DATA, new Budget(Budget.Rule.SGD, 5, 8, 0.1, 0), 2);
    assertTrue(t.diverged());
    assertEquals(1, t.divergedAtStep());
    assertEquals(0, t.losses().length);
  }

  @Test
  void clippedTrainingNeverHandsTheOptimizerMoreThanTheThreshold() {
    ManyToOne m = vanilla(7);
    SpectralRadius.scaleTo(m.params().get("weight_hh_l0"), 3);
    TrainingTrace t = RecallTraining.train(m, DATA, new Budget(Budget.Rule.SGD, 30, 8, 0.5, 0.25), 4);
    assertEquals(30, t.appliedNorms().length);
    for (int i = 0; i < 30; i++) {
      assertTrue(t.appliedNorms()[i] <= 0.25 * (1 + 1e-5), "step " + (i + 1) + ": " + t.appliedNorms()[i]);
      assertEquals(Math.min(t.gradientNorms()[i], 0.25), t.appliedNorms()[i], 1e-5);
    }
  }
}
