package org.rnn4j.task.gradients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;

/**
 * The gradient-flow issue's claims, measured on the full built-in experiment with seed 1 (one run of about 13 s):
 * 60 distractors, 4 classes, hidden 32, 2000 Adam steps of batch 32 at learning rate 0.005 for every cell.
 *
 * <p>Over seeds 1 to 5 (rnn4j gradients --seed S) the measured accuracies were: LSTM 1.000 on all five; vanilla
 * 0.49 to 0.51 (it keeps about one bit, two groups of classes, but not the symbol); GRU 1.000 on all five (chance
 * 0.25; with PyTorch's update-gate bias 0 instead of 5 it stayed at 0.24 to 0.26 on seeds 1 to 3).
 * Seed 7 of 8 tried left the LSTM at 0.50, so the LSTM claim is "solved at this budget on 7 of 8 seeds", and this
 * test pins seed 1.
 */
class GradientFlowProofTest {
  private static GradientFlowExperiment.Result result;

  @BeforeAll
  static void run() {
    result = GradientFlowExperiment.run(FlowSettings.full(1), line -> {});
  }

  /** Measured: LSTM 1.000, vanilla 0.491, GRU 1.000 (chance 0.25). */
  @Test
  void lstmSolvesTheLongRecallAndVanillaDoesNotAtTheSameBudget() {
    double lstm = result.cell(CellType.LSTM).accuracy();
    double vanilla = result.cell(CellType.RNN_TANH).accuracy();
    double gru = result.cell(CellType.GRU).accuracy();
    assertTrue(lstm >= 0.95, "LSTM accuracy " + lstm);
    assertTrue(gru >= 0.95, "GRU accuracy " + gru);
    assertTrue(vanilla <= 0.6, "vanilla accuracy " + vanilla);
  }

  /**
   * Measured at initialisation: vanilla 0.556x per step, LSTM 1.049x (forget bias 5), so from distance 1 to 60 the
   * vanilla norm falls by 8e-16 and the LSTM's does not fall (x6.7). After training: vanilla 0.260x, LSTM 1.021x.
   * With PyTorch's bias 0 the untrained LSTM decays 0.657x per step and the GRU 0.641x (0.993x with update-gate
   * bias 5), close to the vanilla RNN: the open memory gate is what carries the gradient.
   */
  @Test
  void vanillaGradientDecaysFarFasterThanTheLstms() {
    int n = result.settings().data().distractors();
    CellFlow vanilla = result.cell(CellType.RNN_TANH);
    CellFlow lstm = result.cell(CellType.LSTM);
    assertTrue(vanilla.decayAtInit().factor() < 0.7, "vanilla at init " + vanilla.decayAtInit());
    assertTrue(lstm.decayAtInit().factor() > 0.95, "LSTM at init " + lstm.decayAtInit());
    assertTrue(vanilla.decayTrained().factor() < 0.7, "vanilla trained " + vanilla.decayTrained());
    assertTrue(lstm.decayTrained().factor() > 0.95, "LSTM trained " + lstm.decayTrained());
    double vanillaDrop = vanilla.flowAtInit()[n] / vanilla.flowAtInit()[1];
    double lstmDrop = lstm.flowAtInit()[n] / lstm.flowAtInit()[1];
    assertTrue(vanillaDrop < 1e-8, "vanilla drop " + vanillaDrop);
    assertTrue(lstmDrop > 1e-2, "LSTM drop " + lstmDrop);
    for (CellType gated : java.util.List.of(CellType.LSTM, CellType.GRU)) {
      DecayRate pytorch = result.pytorchInit(gated).decay();
      assertTrue(pytorch.factor() < 0.8, gated + " with PyTorch's initialisation " + pytorch);
    }
    CellFlow gru = result.cell(CellType.GRU);
    assertTrue(gru.decayAtInit().factor() > 0.95, "GRU at init " + gru.decayAtInit());
  }

  /** The spectral radii are those of the weights: vanilla's one block, the LSTM's four, the GRU's three. */
  @Test
  void reportsOneRadiusPerGateBlock() {
    assertEquals(1, result.cell(CellType.RNN_TANH).radiiAtInit().length);
    assertEquals(4, result.cell(CellType.LSTM).radiiAtInit().length);
    assertEquals(3, result.cell(CellType.GRU).radiiTrained().length);
  }

  /**
   * Measured: the scaled vanilla RNN's ||dL/dh|| grows 1.43x per step at initialisation; without clipping the
   * gradient norm reaches 19.3 and the loss spikes to 10.5 (accuracy 0.252); clipped at 1 the applied norm never
   * exceeds 1, the loss peaks at 1.66 and the task is solved (accuracy 1.000).
   */
  @Test
  void clippingBoundsTheUpdateAndRescuesTheExplodingRun() {
    ClippingComparison c = result.clipping();
    assertTrue(c.decayAtInit().factor() > 1.1, "exploding flow " + c.decayAtInit());
    for (double applied : c.clipped().appliedNorms()) {
      assertTrue(applied <= c.threshold() * (1 + 1e-5), "applied norm " + applied);
    }
    assertEquals(result.settings().clippingBudget().steps(), c.clipped().losses().length);
    assertTrue(c.unclipped().maxAppliedNorm() > 10 * c.threshold(), "unclipped " + c.unclipped().maxAppliedNorm());
    assertTrue(c.unclipped().maxLoss() > 3 * c.clipped().maxLoss(), "max losses " + c.unclipped().maxLoss() + " vs "
        + c.clipped().maxLoss());
    assertTrue(c.clippedAccuracy() >= 0.95, "clipped accuracy " + c.clippedAccuracy());
    assertTrue(c.unclippedAccuracy() <= 0.4, "unclipped accuracy " + c.unclippedAccuracy());
  }

  /** The same seed gives the same numbers (the quick settings, run twice). */
  @Test
  void sameSeedSameNumbers() {
    GradientFlowExperiment.Result a = GradientFlowExperiment.run(FlowSettings.quick(3), line -> {});
    GradientFlowExperiment.Result b = GradientFlowExperiment.run(FlowSettings.quick(3), line -> {});
    for (int i = 0; i < a.cells().size(); i++) {
      assertArrayEquals(a.cells().get(i).flowTrained(), b.cells().get(i).flowTrained());
      assertArrayEquals(a.cells().get(i).trace().losses(), b.cells().get(i).trace().losses());
    }
    assertArrayEquals(a.clipping().unclipped().gradientNorms(), b.clipping().unclipped().gradientNorms());
  }
}
