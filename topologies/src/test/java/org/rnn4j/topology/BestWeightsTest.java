package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.optim.Adam;

/** A checkpoint of an early-stopped run restores the weights the model ended with, not the last step's. */
class BestWeightsTest {
  static final List<LinearModel.Example> TRAIN = LinearModel.data(40, 3, 11);
  static final List<LinearModel.Example> VALID = LinearModel.data(12, 3, 12);

  private static TrainerBuilder<LinearModel.Example, Float> setup(LinearModel model, Path dir) {
    return Trainer.<LinearModel.Example, Float>builder().setModel(model).setTrainingData(TRAIN)
        .optValidationData(VALID).setOptimizer(Adam.builder().setLearningRate(0.05).build()).optBatchSize(8)
        .optSeed(7).optCheckpointDirectory(dir);
  }

  @Test
  void anEarlyStoppedRunsCheckpointGivesItsBestWeights(@TempDir Path dir) throws IOException {
    double[] script = {5, 3, 4, 6};  // best at the 2nd validation; patience 2 stops at the 4th
    int[] calls = {0};
    LinearModel model = new LinearModel(3, 0, 1);
    setup(model, dir).optEpochs(10).optEarlyStopping(2,
        ValidationMetric.lowerIsBetter("scripted", (m, d) -> script[calls[0]++])).build().fit();
    Checkpoint checkpoint = Checkpoint.load(dir);
    LinearModel loaded = new LinearModel(3, 0, 99);
    assertTrue(BestWeights.restoreInto(checkpoint, loaded.params()));
    LinearModel last = new LinearModel(3, 0, 99);
    checkpoint.restoreWeights(last.params());
    for (int i = 0; i < model.params().size(); i++) {
      assertArrayEquals(model.params().get(i).value().data, loaded.params().get(i).value().data,
          "the weights the model ended with");
      assertNotEquals(List.of(loaded.params().get(i).value().data), List.of(last.params().get(i).value().data));
    }
  }

  @Test
  void withoutEarlyStoppingTheLastWeightsAreRestored(@TempDir Path dir) throws IOException {
    LinearModel model = new LinearModel(3, 0, 1);
    setup(model, dir).optEpochs(2).build().fit();
    LinearModel loaded = new LinearModel(3, 0, 99);
    assertFalse(BestWeights.restoreInto(Checkpoint.load(dir), loaded.params()));
    assertTrue(BestWeights.of(Checkpoint.load(dir)).isEmpty());
    for (int i = 0; i < model.params().size(); i++) {
      assertArrayEquals(model.params().get(i).value().data, loaded.params().get(i).value().data);
    }
  }
}
