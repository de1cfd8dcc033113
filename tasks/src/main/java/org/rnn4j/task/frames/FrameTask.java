package org.rnn4j.task.frames;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.ManyToMany;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.TaggedSequence;
import org.rnn4j.topology.Trainer;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.ValidationMetric;

/**
 * Frame-level classification of videos (the seed's synchronous many-to-many example): a {@link ManyToMany} reads a
 * video's frames as feature vectors and labels every frame with the object's {@link Motion} since the previous
 * frame, which only the recurrent state can know.
 *
 * <p>A run trains on {@code train}, keeps the weights with the best validation frame accuracy (stopping after
 * {@value #PATIENCE} epochs without improvement), and reports the {@value #FRAME_ACCURACY} on {@code test} (the
 * fraction of all test frames labelled right) with samples of true and predicted motions.
 */
public final class FrameTask {
  /** The task's name in reports. */
  public static final String NAME = "frames";
  /** The metric's name. */
  public static final String FRAME_ACCURACY = "frame accuracy";
  /** Validations without a better frame accuracy before training stops. */
  public static final int PATIENCE = 3;
  /** Samples in a report. */
  public static final int SAMPLES = 5;

  private FrameTask() {}

  /**
   * Settings that reach a test frame accuracy above 0.95 on 600 built-in videos of 8 to 16 frames (validated on 100)
   * in a few seconds: one GRU layer of 32, up to 20 epochs of 32, Adam at 0.01, seed 1.
   */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.GRU, 1, 32, 20, 32, 1e-2, 1, Optional.empty(), false);
  }

  /**
   * Trains on {@code train}, selects on {@code validation} (if not empty) and measures on {@code test}.
   *
   * @param listener receives training progress; may be null
   * @throws IllegalArgumentException if {@code train} or {@code test} is empty or frame widths differ
   */
  public static TaskReport run(List<FrameVideo> train, List<FrameVideo> validation, List<FrameVideo> test,
      TrainingOptions options, TrainerListener listener) {
    long start = System.nanoTime();
    if (train == null || train.isEmpty() || test == null || test.isEmpty()) {
      throw new IllegalArgumentException("frame classification needs training and test videos, got "
          + (train == null ? 0 : train.size()) + " and " + (test == null ? 0 : test.size()));
    }
    int width = train.get(0).frames()[0].length;
    List<TaggedSequence> trainSet = tagged(train, width, "training");
    List<TaggedSequence> validSet = tagged(validation == null ? List.of() : validation, width, "validation");
    List<TaggedSequence> testSet = tagged(test, width, "test");
    ManyToMany model = ManyToMany.builder().setCellType(options.cell()).setHiddenSize(options.hidden())
        .optLayers(options.layers()).setFeatureWidth(width).setTags(Motion.values().length).optSeed(options.seed())
        .build();
    TrainerBuilder<TaggedSequence, int[]> trainer = Trainer.<TaggedSequence, int[]>builder().setModel(model)
        .setTrainingData(trainSet).setOptimizer(Adam.builder().setLearningRate(options.learningRate()).build())
        .optEpochs(options.epochs()).optBatchSize(options.batch()).optSeed(options.seed()).optClipGlobalNorm(5)
        .optTokenCount(e -> e.tags().length);
    if (!validSet.isEmpty()) {
      trainer.optValidationData(validSet).optEarlyStopping(PATIENCE,
          ValidationMetric.higherIsBetter(FRAME_ACCURACY, (m, d) -> accuracy(predict(m, d, 64), d)));
    }
    options.checkpoint().ifPresent(dir -> trainer.optCheckpointDirectory(dir).optResume(options.resume()));
    if (listener != null) {
      trainer.optListener(listener);
    }
    TrainingResult result = trainer.build().fit();

    List<int[]> predicted = predict(model, testSet, options.batch());
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < Math.min(SAMPLES, test.size()); i++) {
      samples.add(test.get(i).describe() + " | predicted " + FrameVideo.symbols(predicted.get(i)));
    }
    return new TaskReport(NAME, "ManyToMany", List.of(new Metric(FRAME_ACCURACY, accuracy(predicted, testSet), "")),
        samples, result, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The fraction of all frames of {@code data} whose predicted label is right (0 for no frames). */
  static double accuracy(List<int[]> predicted, List<TaggedSequence> data) {
    long right = 0;
    long total = 0;
    for (int i = 0; i < data.size(); i++) {
      int[] tags = data.get(i).tags();
      for (int t = 0; t < tags.length; t++) {
        right += predicted.get(i)[t] == tags[t] ? 1 : 0;
      }
      total += tags.length;
    }
    return total == 0 ? 0 : (double) right / total;
  }

  private static List<int[]> predict(SequenceModel<TaggedSequence, int[]> model, List<TaggedSequence> data,
      int batch) {
    List<int[]> out = new ArrayList<>(data.size());
    for (int from = 0; from < data.size(); from += batch) {
      out.addAll(model.predict(data.subList(from, Math.min(data.size(), from + batch))));
    }
    return out;
  }

  private static List<TaggedSequence> tagged(List<FrameVideo> videos, int width, String split) {
    List<TaggedSequence> out = new ArrayList<>(videos.size());
    for (int i = 0; i < videos.size(); i++) {
      FrameVideo v = videos.get(i);
      if (v.frames()[0].length != width) {
        throw new IllegalArgumentException(split + " video " + i + " has frames of " + v.frames()[0].length
            + " pixels, but the first training video has " + width);
      }
      out.add(TaggedSequence.ofFeatures(v.frames(), v.labels()));
    }
    return out;
  }
}
