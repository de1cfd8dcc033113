package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.TrainingPosition;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.LearningRateSchedule;
import org.rnn4j.core.optim.Sgd;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

class TrainerTest {
  private static final List<LinearModel.Example> TRAIN = LinearModel.data(40, 3, 11);
  private static final List<LinearModel.Example> VALID = LinearModel.data(12, 3, 12);

  @TempDir Path dir;

  /** Shuffled batches of 8 (5 per epoch), Adam, clipping, per-step decay, dropout, validation each epoch. */
  private static TrainerBuilder<LinearModel.Example, Float> setup(LinearModel model) {
    return Trainer.<LinearModel.Example, Float>builder()
        .setModel(model)
        .setTrainingData(TRAIN)
        .optValidationData(VALID)
        .setOptimizer(Adam.builder().setLearningRate(0.05).build())
        .optBatchSize(8)
        .optEpochs(3)
        .optSeed(1234)
        .optClipGlobalNorm(1.0)
        .optLearningRateSchedule(LearningRateSchedule.exponentialDecay(0.97), true);
  }

  private static float[][] values(ParamSet ps) {
    float[][] out = new float[ps.size()][];
    for (int i = 0; i < ps.size(); i++) {
      out[i] = ps.get(i).value().data.clone();
    }
    return out;
  }

  private static List<String> files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Thrown by a listener to simulate a crash right after a checkpoint. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A time limit stops after a whole step with a checkpoint there, and resuming without a limit ends exactly where
   * the uninterrupted run ends. The clock is simulated: one second per reading, so no test sleeps.
   */
  @Test
  void timeLimitStopsWithACheckpointAndTheRunResumesFromIt() {
    LinearModel straightModel = new LinearModel(3, 0.2, 99);
    TrainingResult straight = setup(straightModel).build().fit();
    long[] now = {0};
    TrainingResult limited = setup(new LinearModel(3, 0.2, 99)).optCheckpointDirectory(dir)
        .optTimeLimit(java.time.Duration.ofSeconds(7)).clock(() -> now[0]++ * 1_000_000_000L).build().fit();
    assertEquals(StopReason.TIME_LIMIT, limited.stopReason());
    assertTrue(limited.steps() > 0 && limited.steps() < straight.steps(), "stopped early: " + limited.steps());
    assertTrue(limited.stopMessage().contains("when the time limit of PT7S ran out"), limited.stopMessage());
    LinearModel resumed = new LinearModel(3, 0.2, 99);
    TrainingResult rest = setup(resumed).optCheckpointDirectory(dir).optResume(true).build().fit();
    assertEquals(StopReason.COMPLETED, rest.stopReason());
    assertArrayEquals(straight.losses(), rest.losses(), "the resumed run continues the limited one exactly");
    assertArrayEquals(values(straightModel.params()), values(resumed.params()));
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 7})
  void resumedRunIsBitIdenticalToTheUninterruptedOne(int crashStep) {
    LinearModel straight = new LinearModel(3, 0.2, 99);
    TrainingResult expected = setup(straight).build().fit();
    assertEquals(15, expected.steps());

    LinearModel first = new LinearModel(3, 0.2, 99);
    TrainerListener crash = new TrainerListener() {
      @Override
      public void onCheckpoint(Path directory, TrainingPosition position) {
        if (position.globalStep() == crashStep) {
          throw new Crash();
        }
      }
    };
    assertThrows(Crash.class, () -> setup(first).optCheckpointDirectory(dir).optCheckpointEvery(1)
        .optListener(crash).build().fit());
    assertNotEquals(List.of(values(straight.params())), List.of(values(first.params())));

    LinearModel resumed = new LinearModel(3, 0.2, 5);  // other initial weights: the checkpoint must overwrite them
    TrainingResult actual = setup(resumed).optCheckpointDirectory(dir).optResume(true).build().fit();
    assertArrayEquals(expected.losses(), actual.losses());
    assertEquals(expected.validations(), actual.validations());
    assertEquals(expected.bestStep(), actual.bestStep());
    for (int i = 0; i < straight.params().size(); i++) {
      assertArrayEquals(straight.params().get(i).value().data, resumed.params().get(i).value().data);
    }
  }

  @Test
  void dropoutAndShufflingActuallyDependOnTheSeed() {
    TrainingResult a = setup(new LinearModel(3, 0.2, 99)).build().fit();
    TrainingResult b = setup(new LinearModel(3, 0.2, 99)).optSeed(1235).build().fit();
    TrainingResult c = setup(new LinearModel(3, 0.2, 99)).build().fit();
    assertArrayEquals(a.losses(), c.losses());
    assertNotEquals(a.losses()[0], b.losses()[0]);
  }

  @Test
  void trainingReducesTheLossAndListenersSeeEveryStep() {
    List<StepProgress> steps = new ArrayList<>();
    List<Integer> epochEnds = new ArrayList<>();
    TrainingResult r = setup(new LinearModel(3, 0, 99)).optEpochs(6).optListener(new TrainerListener() {
      @Override
      public void onStep(StepProgress p) {
        steps.add(p);
      }

      @Override
      public void onEpochEnd(int epoch, long step, double meanLoss) {
        epochEnds.add(epoch);
      }
    }).build().fit();
    assertEquals(StopReason.COMPLETED, r.stopReason());
    assertEquals(30, steps.size());
    assertEquals(List.of(0, 1, 2, 3, 4, 5), epochEnds);
    assertEquals(1, steps.get(0).step());
    assertEquals(5, steps.get(4).batch());
    assertEquals(5, steps.get(4).batches());
    assertEquals(0, steps.get(29).eta().toNanos());
    assertTrue(r.losses()[29] < r.losses()[0] / 4, r.losses()[0] + " -> " + r.losses()[29]);
    assertEquals(6, r.validations().size());
  }

  @Test
  void learningRateScheduleIsAppliedPerEpochOrPerStep() {
    List<Double> rates = new ArrayList<>();
    TrainerListener record = new TrainerListener() {
      @Override
      public void onStep(StepProgress p) {
        rates.add(p.learningRate());
      }
    };
    setup(new LinearModel(3, 0, 1)).optLearningRateSchedule(LearningRateSchedule.stepDecay(1, 0.5), false)
        .optListener(record).build().fit();
    for (int s = 0; s < 15; s++) {
      assertEquals(0.05 * Math.pow(0.5, s / 5), rates.get(s), 1e-15, "step " + s);
    }
    rates.clear();
    setup(new LinearModel(3, 0, 1)).optListener(record).build().fit();
    for (int s = 0; s < 15; s++) {
      assertEquals(0.05 * Math.pow(0.97, s), rates.get(s), 1e-15, "step " + s);
    }
  }

  @Test
  void validatesEveryNSteps() {
    TrainingResult r = setup(new LinearModel(3, 0, 1)).optValidationEvery(4).build().fit();
    assertEquals(List.of(4L, 8L, 12L), r.validations().stream().map(ValidationRecord::step).toList());
    assertEquals(List.of(0, 1, 2), r.validations().stream().map(ValidationRecord::epoch).toList());
  }

  @Test
  void earlyStoppingStopsAfterPatienceAndRestoresTheBestWeights() {
    double[] script = {5, 3, 4, 6, 2};  // best at the 2nd validation; patience 2 stops at the 4th
    int[] calls = {0};
    ValidationMetric<LinearModel.Example, Float> scripted =
        ValidationMetric.lowerIsBetter("scripted", (m, d) -> script[calls[0]++]);
    List<float[][]> atValidation = new ArrayList<>();
    LinearModel model = new LinearModel(3, 0, 1);
    TrainingResult r = setup(model).optEpochs(10).optValidationEvery(2).optEarlyStopping(2, scripted)
        .optListener(new TrainerListener() {
          @Override
          public void onValidation(ValidationRecord v) {
            atValidation.add(values(model.params()));
          }
        }).build().fit();
    assertEquals(StopReason.EARLY_STOPPED, r.stopReason());
    assertEquals(4, r.validations().size());
    assertEquals(8, r.steps());
    assertEquals(3.0, r.bestMetric());
    assertEquals(4, r.bestStep());
    assertEquals(List.of(true, true, false, false),
        r.validations().stream().map(ValidationRecord::improved).toList());
    float[][] best = atValidation.get(1);
    for (int i = 0; i < best.length; i++) {
      assertArrayEquals(best[i], model.params().get(i).value().data, "best weights restored");
      assertNotEquals(List.of(best[i]), List.of(atValidation.get(3)[i]));
    }
  }

  @Test
  void higherIsBetterMetricsAreJudgedThatWay() {
    double[] script = {0.5, 0.7, 0.6, 0.6};
    int[] calls = {0};
    TrainingResult r = setup(new LinearModel(3, 0, 1)).optEpochs(10)
        .optEarlyStopping(2, ValidationMetric.higherIsBetter("accuracy", (m, d) -> script[calls[0]++]))
        .build().fit();
    assertEquals(0.7, r.bestMetric());
    assertEquals(10, r.bestStep());
    assertEquals(4, r.validations().size());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void divergenceStopsTrainingAndKeepsTheLastGoodCheckpoint(boolean throwing) throws IOException {
    List<float[][]> afterStep = new ArrayList<>();
    LinearModel model = new LinearModel(3, 0, 1).failAt(8, throwing);
    List<String> stops = new ArrayList<>();
    TrainingResult r = setup(model).optEpochs(3).optCheckpointDirectory(dir).optCheckpointEvery(3)
        .optListener(new TrainerListener() {
          @Override
          public void onStep(StepProgress p) {
            afterStep.add(values(model.params()));
          }

          @Override
          public void onStop(StopReason reason, String message) {
            stops.add(reason + ": " + message);
          }
        }).build().fit();
    assertEquals(StopReason.DIVERGED, r.stopReason());
    assertEquals(7, r.steps());
    assertTrue(r.stopMessage().startsWith("training diverged at step 8 (epoch 1, batch 3 of 5): "),
        r.stopMessage());
    assertTrue(r.stopMessage().contains(throwing ? "NaN at index 0" : "the loss is NaN"), r.stopMessage());
    assertEquals(List.of("DIVERGED: " + r.stopMessage()), stops);
    float[][] lastGood = afterStep.get(6);
    for (int i = 0; i < lastGood.length; i++) {
      assertArrayEquals(lastGood[i], model.params().get(i).value().data, "the NaN step changed nothing");
    }
    Checkpoint c = Checkpoint.load(dir);
    assertEquals(new TrainingPosition(1, 1, 6, 1234), c.position(), "the checkpoint at step 6 (every 3)");
    ParamSet fresh = new LinearModel(3, 0, 7).params();
    c.restoreInto(fresh, null);
    float[][] atSix = afterStep.get(5);
    for (int i = 0; i < atSix.length; i++) {
      assertArrayEquals(atSix[i], fresh.get(i).value().data);
    }
    assertEquals(List.of("checkpoint.json", "extra-3.safetensors", "model-3.safetensors",
        "optimizer-3.safetensors"), files(dir), "no temporary or stale file");
  }

  @Test
  void aLossAboveTheThresholdIsDivergence() {
    TrainingResult r = setup(new LinearModel(3, 0, 1)).optDivergenceThreshold(1e-3).build().fit();
    assertEquals(StopReason.DIVERGED, r.stopReason());
    assertEquals(0, r.steps());
    assertTrue(r.stopMessage().contains("exceeds the divergence threshold 0.001"), r.stopMessage());
  }

  @Test
  void aCorruptedCheckpointIsRejectedOnResume() throws IOException {
    setup(new LinearModel(3, 0, 1)).optEpochs(1).optCheckpointDirectory(dir).build().fit();
    Path model = dir.resolve("model-1.safetensors");
    byte[] bytes = Files.readAllBytes(model);
    bytes[bytes.length - 1] ^= 1;
    Files.write(model, bytes);
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> setup(new LinearModel(3, 0, 1)).optCheckpointDirectory(dir).optResume(true).build().fit());
    assertTrue(e.getMessage().startsWith("cannot resume: " + model + " is corrupt: its SHA-256 is "),
        e.getMessage());
  }

  @Test
  void resumeRejectsAnotherModelOrSeed() {
    setup(new LinearModel(3, 0, 1)).optEpochs(1).optCheckpointDirectory(dir).build().fit();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> setup(new LinearModel(3, 0, 1))
        .optSeed(7).optCheckpointDirectory(dir).optResume(true).build().fit());
    assertTrue(e.getMessage().endsWith("was trained with seed 1234, but this trainer's seed is 7 (resume needs "
        + "the same seed)"), e.getMessage());
    Trainer<LinearModel.Example, Float> other = Trainer.<LinearModel.Example, Float>builder()
        .setModel(new LinearModel(4, 0, 1)).setTrainingData(LinearModel.data(8, 4, 1)).optSeed(1234)
        .setOptimizer(Sgd.builder().setLearningRate(0.1).build()).optCheckpointDirectory(dir).optResume(true)
        .build();
    e = assertThrows(IllegalArgumentException.class, other::fit);
    assertTrue(e.getMessage().endsWith("is for another model (inputs: checkpoint 3, model 4)"), e.getMessage());
  }

  @Test
  void resumeWithoutACheckpointStartsAfreshAndAFinishedRunResumesToNothing() {
    TrainingResult a = setup(new LinearModel(3, 0, 1)).optCheckpointDirectory(dir).optResume(true).build().fit();
    assertEquals(15, a.steps());
    LinearModel again = new LinearModel(3, 0, 1);
    TrainingResult b = setup(again).optCheckpointDirectory(dir).optResume(true).build().fit();
    assertEquals(15, b.steps());
    assertArrayEquals(a.losses(), b.losses());
  }

  @Test
  void builderNamesTheBadSetting() {
    assertMessage("model must be set with setModel, got none",
        Trainer.<LinearModel.Example, Float>builder().setTrainingData(TRAIN));
    assertMessage("trainingData must hold at least one example, got an empty list",
        setup(new LinearModel(3, 0, 1)).setTrainingData(List.of()));
    assertMessage("epochs must be >= 1, got 0", setup(new LinearModel(3, 0, 1)).optEpochs(0));
    assertMessage("clipValue must be a finite number > 0, got -1.0",
        setup(new LinearModel(3, 0, 1)).optClipValue(-1));
    assertMessage("at most one of clipGlobalNorm and clipValue, got both (1.0, 2.0)",
        setup(new LinearModel(3, 0, 1)).optClipValue(2));
    assertMessage("early stopping needs validation data, got none",
        setup(new LinearModel(3, 0, 1)).optValidationData(List.of()).optEarlyStopping(2));
    assertMessage("early stopping patience must be >= 0 (0 = off), got -1",
        setup(new LinearModel(3, 0, 1)).optEarlyStopping(-1));
    assertMessage("checkpointEvery needs a checkpoint directory (optCheckpointDirectory), got none",
        setup(new LinearModel(3, 0, 1)).optCheckpointEvery(5));
    assertMessage("validationEvery must be >= 1 steps, got 0", setup(new LinearModel(3, 0, 1)).optValidationEvery(0));
  }

  private static void assertMessage(String expected, TrainerBuilder<LinearModel.Example, Float> b) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, b::build).getMessage());
  }

  @Test
  void consoleProgressDrawsACompactLine() {
    StepProgress p = new StepProgress(12, 1, 10, 35, 100, 1.23456, 0.5, 1e-3, 812.4, "examples",
        java.time.Duration.ofSeconds(12), java.time.Duration.ofSeconds(3725));
    assertEquals("epoch 2/10 [#######.............]   35/100 loss 1.2346 lr 1.0e-03    812 examples/s 0:12 eta "
        + "1:02:05", ConsoleProgress.line(p));
  }
}
