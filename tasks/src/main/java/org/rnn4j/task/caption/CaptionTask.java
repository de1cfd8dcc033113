package org.rnn4j.task.caption;

import org.rnn4j.task.metric.Bleu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.ConditionedSequence;
import org.rnn4j.topology.OneToMany;
import org.rnn4j.topology.OneToMany.Conditioning;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.Trainer;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.ValidationMetric;

/**
 * Image captioning without a CNN: a feature vector stands for each image and a {@link OneToMany} decoder writes its
 * caption word by word. The vector conditions the decoder as its {@link Conditioning#INITIAL_STATE initial state}
 * (a learned bridge): on the built-in scenes it reached a slightly higher test exact match than feeding the vector
 * as the first input (0.983 against 0.974, averaged over twelve runs: three seeds in four settings).
 *
 * <p>A run builds the vocabulary from the training captions, trains on every (image, caption) pair, keeps the
 * weights with the best validation exact match (stopping after {@value #PATIENCE} epochs without improvement), and
 * reports greedy captions of the test images: the metrics {@value #EXACT_MATCH}, {@value #TOKEN_ACCURACY}
 * ({@link CaptionMetrics}) and {@value #BLEU}, and samples of image, reference and generated caption.
 */
public final class CaptionTask {
  /** The task's name in reports. */
  public static final String NAME = "caption";
  /** The exact-match metric's name. */
  public static final String EXACT_MATCH = "exact match";
  /** The token-accuracy metric's name. */
  public static final String TOKEN_ACCURACY = "token accuracy";
  /** Corpus BLEU (sacreBLEU's defaults, 0-100) of the generated captions against every reference caption. */
  public static final String BLEU = "BLEU";
  /** Validations without a better exact match before training stops. */
  public static final int PATIENCE = 4;
  /** Samples in a report. */
  public static final int SAMPLES = 6;
  /** Where the vector enters the decoder. */
  public static final Conditioning CONDITIONING = Conditioning.INITIAL_STATE;

  private CaptionTask() {}

  /**
   * Settings that reach a test exact match above 0.95 on 2000 built-in scenes (validated on 200) in a few seconds:
   * one GRU layer of 48, up to 30 epochs of 32, Adam at 0.01, seed 1.
   */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.GRU, 1, 48, 30, 32, 1e-2, 1, Optional.empty(), false);
  }

  /**
   * Trains a captioner on {@code train}, selects it on {@code validation} (if not empty) and measures it on
   * {@code test}.
   *
   * @param listener receives training progress; may be null
   * @throws IllegalArgumentException if {@code train} or {@code test} is empty or the feature widths differ
   */
  public static TaskReport run(List<CaptionedImage> train, List<CaptionedImage> validation,
      List<CaptionedImage> test, TrainingOptions options, TrainerListener listener) {
    return run(train, validation, test, options, listener, CONDITIONING);
  }

  /** {@link #run} with the vector entering where {@code conditioning} says. */
  static TaskReport run(List<CaptionedImage> train, List<CaptionedImage> validation, List<CaptionedImage> test,
      TrainingOptions options, TrainerListener listener, Conditioning conditioning) {
    long start = System.nanoTime();
    if (train == null || train.isEmpty() || test == null || test.isEmpty()) {
      throw new IllegalArgumentException("captioning needs training and test images, got "
          + (train == null ? 0 : train.size()) + " and " + (test == null ? 0 : test.size()));
    }
    List<CaptionedImage> valid = validation == null ? List.of() : validation;
    int width = train.get(0).features().length;
    checkWidth(train, width, "training");
    checkWidth(valid, width, "validation");
    checkWidth(test, width, "test");
    CaptionVocabulary vocabulary = CaptionVocabulary.ofImages(train);
    List<ConditionedSequence> examples = new ArrayList<>();
    int longest = 0;
    for (CaptionedImage image : train) {
      for (String caption : image.captions()) {
        int[] tokens = vocabulary.encode(caption);
        longest = Math.max(longest, tokens.length);
        examples.add(new ConditionedSequence(image.features(), tokens));
      }
    }
    OneToMany model = OneToMany.builder().setCellType(options.cell()).setVectorSize(width)
        .setVocabularySize(vocabulary.size()).setHiddenSize(options.hidden()).optLayers(options.layers())
        .setStartToken(CaptionVocabulary.START_ID).setEndToken(CaptionVocabulary.END_ID)
        .optConditioning(conditioning).optMaxLength(2 * longest + 2).optSeed(options.seed()).build();

    TrainerBuilder<ConditionedSequence, int[]> trainer = Trainer.<ConditionedSequence, int[]>builder()
        .setModel(model).setTrainingData(examples)
        .setOptimizer(Adam.builder().setLearningRate(options.learningRate()).build())
        .optEpochs(options.epochs()).optBatchSize(options.batch()).optSeed(options.seed()).optClipGlobalNorm(5)
        .optTokenCount(e -> e.tokens().length + 1);
    if (!valid.isEmpty()) {
      References refs = new References(valid, vocabulary);
      trainer.optValidationData(refs.examples).optEarlyStopping(PATIENCE,
          ValidationMetric.higherIsBetter(EXACT_MATCH, refs::exactMatch));
    }
    options.checkpoint().ifPresent(dir -> trainer.optCheckpointDirectory(dir).optResume(options.resume()));
    if (listener != null) {
      trainer.optListener(listener);
    }
    TrainingResult result = trainer.build().fit();

    References refs = new References(test, vocabulary);
    List<int[]> generated = predict(model, refs.examples, options.batch());
    List<String> hypotheses = new ArrayList<>(test.size());
    List<List<String>> references = new ArrayList<>(test.size());
    for (int i = 0; i < test.size(); i++) {
      hypotheses.add(vocabulary.decode(generated.get(i)));
      references.add(test.get(i).captions());
    }
    List<Metric> metrics = List.of(
        new Metric(EXACT_MATCH, CaptionMetrics.exactMatch(generated, refs.references), ""),
        new Metric(TOKEN_ACCURACY, CaptionMetrics.tokenAccuracy(generated, refs.references), ""),
        new Metric(BLEU, Bleu.corpus(hypotheses, references).score(), "BLEU"));
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < Math.min(SAMPLES, test.size()); i++) {
      CaptionedImage image = test.get(i);
      samples.add("image: " + image.description() + " | reference: " + image.captions().get(0)
          + " | generated: " + vocabulary.decode(generated.get(i)));
    }
    return new TaskReport(NAME, "OneToMany", metrics, samples, result, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Greedy captions of {@code examples}, in batches of {@code batch}. */
  static List<int[]> predict(SequenceModel<ConditionedSequence, int[]> model, List<ConditionedSequence> examples,
      int batch) {
    List<int[]> out = new ArrayList<>(examples.size());
    for (int from = 0; from < examples.size(); from += batch) {
      out.addAll(model.predict(examples.subList(from, Math.min(examples.size(), from + batch))));
    }
    return out;
  }

  private static void checkWidth(List<CaptionedImage> images, int width, String split) {
    for (CaptionedImage image : images) {
      if (image.features().length != width) {
        throw new IllegalArgumentException(split + " image '" + image.id() + "' has " + image.features().length
            + " feature values, but the first training image has " + width);
      }
    }
  }

  /** One example per image (its first caption) and every image's encoded references. */
  private static final class References {
    final List<ConditionedSequence> examples = new ArrayList<>();
    final List<List<int[]>> references = new ArrayList<>();
    final Map<ConditionedSequence, List<int[]>> byExample = new IdentityHashMap<>();

    References(List<CaptionedImage> images, CaptionVocabulary vocabulary) {
      for (CaptionedImage image : images) {
        List<int[]> refs = new ArrayList<>();
        for (String caption : image.captions()) {
          refs.add(vocabulary.encode(caption));
        }
        ConditionedSequence example = new ConditionedSequence(image.features(), refs.get(0));
        examples.add(example);
        references.add(refs);
        byExample.put(example, refs);
      }
    }

    double exactMatch(SequenceModel<ConditionedSequence, int[]> model, List<ConditionedSequence> data) {
      List<List<int[]>> refs = new ArrayList<>(data.size());
      for (ConditionedSequence e : data) {
        refs.add(byExample.get(e));
      }
      return CaptionMetrics.exactMatch(predict(model, data, 64), refs);
    }
  }
}
