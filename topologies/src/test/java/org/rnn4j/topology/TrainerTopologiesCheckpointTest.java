package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.SafeTensors;
import org.rnn4j.core.io.Tensor;
import org.rnn4j.core.io.TrainingPosition;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.LearningRateSchedule;
import org.rnn4j.core.param.ParamSet;

/**
 * Checkpoints, resume and divergence with a real (stateless) topology rather than a fake model: a 2-layer LSTM
 * {@link ManyToOne} with dropout, shuffled batches, Adam, clipping, a per-step schedule and early stopping's best
 * weights resumes from a mid-epoch checkpoint bit for bit (losses, validations, final weights); the checkpoint's
 * weights are PyTorch-named and -shaped tensors; and a NaN that reaches the inputs mid-run stops training as
 * {@link StopReason#DIVERGED}, leaving the last good checkpoint loadable and resumable.
 */
class TrainerTopologiesCheckpointTest {
  private static final long SEED = 2024;
  private static final int HIDDEN = 8;
  private static final List<LabeledSequence> TRAIN = LearningTest.signData(new SplittableRandom(21), 64);
  private static final List<LabeledSequence> VALID = LearningTest.signData(new SplittableRandom(22), 24);

  /**
   * The validation loss, but higher is better: as training lowers the loss the first validation (step 8) stays the
   * best, so the run ends by restoring best weights that a resumed run can only have from the checkpoint.
   */
  private static final ValidationMetric<LabeledSequence, Prediction> FIRST_IS_BEST =
      ValidationMetric.higherIsBetter("validation loss (inverted)", (m, d) -> m.evaluate(d).meanLoss());

  @TempDir Path dir;

  /** The same architecture and initial weights every call. */
  private static ManyToOne model() {
    return ManyToOne.builder().setCellType(CellType.LSTM).setHiddenSize(HIDDEN).setFeatureWidth(1).optLayers(2)
        .optDropout(0.3).setClasses(2).optSeed(8).build();
  }

  /** 8 shuffled batches of 8 per epoch, 3 epochs: 24 steps, validation each epoch. */
  private static TrainerBuilder<LabeledSequence, Prediction> setup(ManyToOne model) {
    return Trainer.<LabeledSequence, Prediction>builder().setModel(model).setTrainingData(TRAIN)
        .setOptimizer(Adam.builder().setLearningRate(1e-2).build()).optBatches(Batches.shuffled(8)).optBatchSize(8)
        .optEpochs(3).optSeed(SEED).optClipGlobalNorm(0.5)
        .optLearningRateSchedule(LearningRateSchedule.exponentialDecay(0.98), true)
        .optValidationData(VALID);
  }

  @Test
  void aMidEpochCheckpointResumesBitForBitAndHoldsPyTorchTensors() throws IOException {
    ManyToOne probe = model();
    List<LabeledSequence> firstBatch = TRAIN.subList(0, 8);
    assertNotEquals(probe.lossAndGradients(firstBatch, new SplittableRandom(1)),
        probe.lossAndGradients(firstBatch, new SplittableRandom(2)), "dropout must draw on the step's randomness");

    ManyToOne straight = model();
    TrainingResult expected = setup(straight).optEarlyStopping(5, FIRST_IS_BEST).build().fit();
    assertEquals(24, expected.steps());
    assertEquals(StopReason.COMPLETED, expected.stopReason());
    assertEquals(8, expected.bestStep(), "the best weights predate the crash, so they travel in the checkpoint");

    int crashStep = 11;  // epoch 1, after batch 3 of 8
    ManyToOne first = model();
    List<float[][]> atCheckpoint = new ArrayList<>();
    TrainerListener crash = new TrainerListener() {
      @Override
      public void onCheckpoint(Path directory, TrainingPosition position) {
        if (position.globalStep() == crashStep) {
          atCheckpoint.add(values(first.params()));
          throw new Crash();
        }
      }
    };
    assertThrows(Crash.class, () -> setup(first).optEarlyStopping(5, FIRST_IS_BEST).optCheckpointDirectory(dir)
        .optCheckpointEvery(1).optListener(crash).build().fit());
    assertEquals(new TrainingPosition(1, 3, crashStep, SEED), Checkpoint.load(dir).position());
    assertPyTorchLayout(weightsFile(dir), atCheckpoint.get(0), first.params());

    ManyToOne resumed = model();
    for (var p : resumed.params()) {
      Arrays.fill(p.value().data, 0.25f);  // the checkpoint must overwrite every weight
    }
    TrainingResult actual = setup(resumed).optEarlyStopping(5, FIRST_IS_BEST).optCheckpointDirectory(dir)
        .optResume(true).build().fit();
    assertEquals(24, actual.steps());
    assertArrayEquals(expected.losses(), actual.losses(), "loss history");
    assertEquals(expected.validations(), actual.validations(), "validation history");
    assertEquals(expected.bestStep(), actual.bestStep());
    for (int i = 0; i < straight.params().size(); i++) {
      assertArrayEquals(straight.params().get(i).value().data, resumed.params().get(i).value().data,
          straight.params().get(i).name());
    }
  }

  /**
   * A NaN reaches the inputs at step 14 (epoch 1, batch 6): training stops as DIVERGED naming the step and the bad
   * value, the model keeps the weights of step 13, and the last checkpoint (step 12) loads, holds the weights of
   * step 12 and resumes to the end on clean data.
   */
  @Test
  void aNaNInTheInputsStopsTrainingAndKeepsTheLastGoodCheckpoint() throws IOException {
    ManyToOne model = model();
    List<float[][]> afterStep = new ArrayList<>();
    TrainingResult r = setup(model).optBatches(poisoned(Batches.shuffled(8), 1, 5))
        .optCheckpointDirectory(dir).optCheckpointEvery(4).optListener(new TrainerListener() {
          @Override
          public void onStep(StepProgress p) {
            afterStep.add(values(model.params()));
          }
        }).build().fit();
    assertEquals(StopReason.DIVERGED, r.stopReason());
    assertEquals(13, r.steps());
    assertTrue(r.stopMessage().startsWith("training diverged at step 14 (epoch 1, batch 6 of 8): feature 0 at step 0"
        + " of example 0 must be finite, got NaN"), r.stopMessage());
    assertEquals(13, r.losses().length);
    assertSameValues(afterStep.get(12), model.params(), "the NaN step changed nothing");

    Checkpoint c = Checkpoint.load(dir);
    assertEquals(new TrainingPosition(1, 4, 12, SEED), c.position());
    ManyToOne fresh = model();
    c.restoreInto(fresh.params(), null);
    assertSameValues(afterStep.get(11), fresh.params(), "the checkpoint holds the weights of step 12");

    ManyToOne resumed = model();
    TrainingResult rest = setup(resumed).optCheckpointDirectory(dir).optResume(true)
        .build().fit();
    assertEquals(StopReason.COMPLETED, rest.stopReason());
    assertEquals(24, rest.steps());
    assertArrayEquals(Arrays.copyOf(r.losses(), 12), Arrays.copyOf(rest.losses(), 12), "history up to the checkpoint");
  }

  // ---- helpers

  /** Thrown by a listener to simulate a crash right after a checkpoint. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** {@code inner}'s batches with a NaN in the first feature of the first example of one batch of one epoch. */
  private static Batches<LabeledSequence> poisoned(Batches<LabeledSequence> inner, int epoch, int batch) {
    return (data, seed, e) -> {
      List<List<LabeledSequence>> batches = new ArrayList<>(inner.epoch(data, seed, e));
      if (e == epoch) {
        List<LabeledSequence> b = new ArrayList<>(batches.get(batch));
        float[][] f = b.get(0).input().features().clone();
        f[0] = f[0].clone();
        f[0][0] = Float.NaN;
        b.set(0, LabeledSequence.ofFeatures(f, b.get(0).label()));
        batches.set(batch, b);
      }
      return batches;
    };
  }

  /**
   * The weights file holds every parameter under its PyTorch name with PyTorch's shape (an LSTM layer's
   * {@code weight_ih_l<k>} is [4H x X]) and the values at the checkpoint.
   */
  private static void assertPyTorchLayout(Path file, float[][] values, ParamSet params) throws IOException {
    Map<String, Tensor> tensors = SafeTensors.read(file).tensors();
    int g = 4 * HIDDEN;
    assertArrayEquals(new int[] {g, 1}, tensors.get("weight_ih_l0").shape(), "weight_ih_l0 [G x X]");
    assertArrayEquals(new int[] {g, HIDDEN}, tensors.get("weight_hh_l0").shape(), "weight_hh_l0 [G x H]");
    assertArrayEquals(new int[] {g}, tensors.get("bias_ih_l0").shape(), "bias_ih_l0 [G]");
    assertArrayEquals(new int[] {g}, tensors.get("bias_hh_l0").shape(), "bias_hh_l0 [G]");
    assertArrayEquals(new int[] {g, HIDDEN}, tensors.get("weight_ih_l1").shape(), "weight_ih_l1 [G x H]");
    assertArrayEquals(new int[] {g, HIDDEN}, tensors.get("weight_hh_l1").shape(), "weight_hh_l1 [G x H]");
    assertEquals(params.size(), tensors.size(), "one tensor per parameter: " + tensors.keySet());
    for (int i = 0; i < params.size(); i++) {
      Tensor t = tensors.get(params.get(i).name());
      assertArrayEquals(params.get(i).shape(), t.shape(), params.get(i).name());
      assertArrayEquals(values[i], t.floats(), params.get(i).name());
    }
  }

  private static Path weightsFile(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> models = s.filter(p -> p.getFileName().toString().matches("model-\\d+\\.safetensors")).toList();
      assertEquals(1, models.size(), "one weights file: " + models);
      return models.get(0);
    }
  }

  private static float[][] values(ParamSet ps) {
    float[][] out = new float[ps.size()][];
    for (int i = 0; i < ps.size(); i++) {
      out[i] = ps.get(i).value().data.clone();
    }
    return out;
  }

  private static void assertSameValues(float[][] expected, ParamSet actual, String message) {
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual.get(i).value().data, message + ": " + actual.get(i).name());
    }
  }
}
