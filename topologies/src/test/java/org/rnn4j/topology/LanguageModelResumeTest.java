package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.Tensor;
import org.rnn4j.core.io.TrainingPosition;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.param.ParamSet;

/** A stateful {@link LanguageModel} under the {@link Trainer}: bit-identical resume mid-epoch, undisturbed by validation. */
class LanguageModelResumeTest {
  /** 4 streams of 31 tokens in chunks of 5 steps: 6 chunks, 3 batches of 2 chunks per epoch. */
  private static final List<StreamChunk> TRAIN = StreamChunk.batchify(periodic(124, 0), 4, 5);
  private static final List<StreamChunk> VALID = StreamChunk.batchify(periodic(40, 3), 2, 5);
  private static final int EPOCHS = 3;

  @TempDir Path dir;

  private static int[] periodic(int n, int shift) {
    int[] period = {0, 1, 2, 0, 1, 3, 4};
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = period[(i + shift) % period.length];
    }
    return t;
  }

  private static LanguageModel model(CellType type, long seed) {
    return LanguageModel.builder().setCellType(type).setVocabularySize(5).optEmbedding(3).setHiddenSize(6)
        .optLayers(2).optDropout(0.25).optSeed(seed).build();
  }

  private static TrainerBuilder<StreamChunk, int[]> setup(LanguageModel model) {
    return Trainer.<StreamChunk, int[]>builder().setModel(model).setTrainingData(TRAIN)
        .setOptimizer(Adam.builder().setLearningRate(0.02).build()).optBatches(Batches.sequential(2))
        .optEpochs(EPOCHS).optSeed(77).optClipGlobalNorm(0.5);
  }

  /** Thrown by a listener to simulate a crash right after a checkpoint. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static TrainerListener crashAt(long step) {
    return new TrainerListener() {
      @Override
      public void onCheckpoint(Path directory, TrainingPosition position) {
        if (position.globalStep() == step) {
          throw new Crash();
        }
      }
    };
  }

  /** Crash steps 4 and 5 are mid-epoch (3 batches per epoch), 3 is an epoch boundary. */
  @ParameterizedTest
  @CsvSource({"LSTM, 4", "GRU, 5", "LSTM, 3"})
  void resumingMidEpochContinuesBitForBit(CellType type, int crashStep) throws IOException {
    LanguageModel straight = model(type, 5);
    TrainingResult expected = setup(straight).optValidationData(VALID).optValidationEvery(2).build().fit();
    assertEquals(EPOCHS * 3, expected.steps());

    LanguageModel first = model(type, 5);
    assertThrows(Crash.class, () -> setup(first).optValidationData(VALID).optValidationEvery(2)
        .optCheckpointDirectory(dir).optCheckpointEvery(1).optListener(crashAt(crashStep)).build().fit());
    Checkpoint saved = Checkpoint.load(dir);
    assertTrue(saved.extraTensors().containsKey("carry/h_l0"), "the checkpoint holds the carry");

    LanguageModel resumed = scrambled(model(type, 5));
    TrainingResult actual = setup(resumed).optValidationData(VALID).optValidationEvery(2)
        .optCheckpointDirectory(dir).optResume(true).build().fit();
    assertArrayEquals(expected.losses(), actual.losses());
    assertEquals(expected.validations(), actual.validations());
    assertParamsEqual(straight.params(), resumed.params());
  }

  @Test
  void withoutTheCarryTheResumedRunWouldDiverge() throws IOException {
    LanguageModel straight = model(CellType.LSTM, 5);
    TrainingResult expected = setup(straight).build().fit();
    assertThrows(Crash.class, () -> setup(model(CellType.LSTM, 5)).optCheckpointDirectory(dir)
        .optCheckpointEvery(1).optListener(crashAt(4)).build().fit());
    Checkpoint saved = Checkpoint.load(dir);
    Map<String, Tensor> withoutCarry = new LinkedHashMap<>(saved.extraTensors());
    assertTrue(withoutCarry.keySet().removeIf(k -> k.startsWith("carry/")));
    saved.withExtras(saved.properties(), withoutCarry).writeTo(dir);

    TrainingResult actual = setup(scrambled(model(CellType.LSTM, 5))).optCheckpointDirectory(dir).optResume(true).build().fit();
    assertArrayEquals(Arrays.copyOf(expected.losses(), 4), Arrays.copyOf(actual.losses(), 4));
    assertFalse(expected.losses()[4] == actual.losses()[4],
        "the step after the crash starts from zeros instead of the carried state, so its loss differs");
  }

  @Test
  void validationBetweenStepsLeavesTrainingUntouched() {
    LanguageModel plain = model(CellType.GRU, 5);
    TrainingResult without = setup(plain).build().fit();
    LanguageModel validated = model(CellType.GRU, 5);
    TrainingResult with = setup(validated).optValidationData(VALID).optValidationEvery(2).build().fit();
    assertEquals(EPOCHS * 3 / 2, with.validations().size());
    assertArrayEquals(without.losses(), with.losses());
    assertParamsEqual(plain.params(), validated.params());
  }

  /** The model with other weights, which the checkpoint must overwrite. */
  private static LanguageModel scrambled(LanguageModel model) {
    model.params().list().forEach(p -> Arrays.fill(p.value().data, 0.125f));
    return model;
  }

  private static void assertParamsEqual(ParamSet expected, ParamSet actual) {
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i).value().data, actual.get(i).value().data, expected.get(i).name());
    }
  }
}
