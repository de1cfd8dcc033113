package org.rnn4j.task.sentiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.text.WordTokenizer;
import org.rnn4j.task.text.WordVocabulary;
import org.rnn4j.topology.Batches;
import org.rnn4j.topology.Head;
import org.rnn4j.topology.LabeledSequence;
import org.rnn4j.topology.ManyToOne;
import org.rnn4j.topology.Prediction;
import org.rnn4j.topology.Trainer;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.ValidationMetric;

/**
 * Sentence sentiment classification: a word embedding and a recurrent stack read the sentence, its outputs are pooled
 * into one vector (by default their maximum over the words; see {@link SentimentOptions#pooling()}) and a softmax over
 * the training labels predicts its class (a {@link ManyToOne}).
 *
 * <p>The vocabulary is built from the training sentences (lower-cased words and punctuation; words seen fewer than
 * {@link SentimentOptions#minCount()} times, and every word outside the training data, become {@code <unk>}). The
 * {@link Trainer} trains with Adam, global-norm clipping at 5 and batches of similar length, validates after each
 * epoch and keeps the weights of the best validation accuracy (early stopping). The report's metrics are
 * {@code accuracy} (on the test data), {@code validation accuracy}, {@code test unknown-word rate} and
 * {@code vocabulary}; its samples are test sentences with their predicted label and probability, right and wrong.
 */
public final class SentimentTask {
  /** The task's name in reports. */
  public static final String NAME = "sentiment";
  private static final int SAMPLES_EACH = 3;
  private static final double CLIP_NORM = 5;

  private SentimentTask() {}

  /** The default training settings: one LSTM layer of 64, 20 epochs of batch 32, learning rate 0.002, seed 1. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.LSTM, 1, 64, 20, 32, 2e-3, 1, Optional.empty(), false);
  }

  /**
   * Trains on {@code train} with {@link SentimentOptions#defaults()}, stops early on {@code validation} accuracy,
   * and reports accuracy on {@code test}.
   *
   * @throws org.rnn4j.task.DataFileException if a validation or test label is not a training label, or the training
   *     data has fewer than two labels
   */
  public static TaskReport run(List<LabeledSentence> train, List<LabeledSentence> validation,
      List<LabeledSentence> test, TrainingOptions options, TrainerListener listener) {
    return fit(new SentimentData(train, validation, test), options, SentimentOptions.defaults(), listener).report();
  }

  /**
   * Trains as {@link #run} does, with the task's own settings, and also returns the trained classifier.
   *
   * @throws org.rnn4j.task.DataFileException if a validation or test label is not a training label, or the training
   *     data has fewer than two labels
   */
  public static SentimentRun fit(SentimentData data, TrainingOptions options, SentimentOptions settings,
      TrainerListener listener) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(listener, "listener");
    long start = System.nanoTime();
    SentimentClassifier classifier = classifier(data.train(), options, settings);
    List<LabeledSequence> train = encode(classifier, data.train());
    List<LabeledSequence> validation = encode(classifier, data.validation());
    List<LabeledSequence> test = encode(classifier, data.test());

    ValidationMetric<LabeledSequence, Prediction> accuracy = ValidationMetric.higherIsBetter("accuracy",
        (m, d) -> Prediction.accuracy(classifier.predictEncoded(d), d));
    TrainerBuilder<LabeledSequence, Prediction> trainer = Trainer.<LabeledSequence, Prediction>builder()
        .setModel(classifier.model()).setTrainingData(train)
        .setOptimizer(Adam.builder().setLearningRate(options.learningRate())
            .optWeightDecay(settings.weightDecay()).build())
        .optBatches(Batches.bucketed(options.batch(), e -> e.input().length())).optBatchSize(options.batch())
        .optEpochs(options.epochs()).optSeed(options.seed()).optClipGlobalNorm(CLIP_NORM)
        .optValidationData(validation).optEarlyStopping(settings.patience(), accuracy)
        .optTokenCount(e -> e.input().length()).optListener(listener);
    options.checkpoint().ifPresent(dir -> trainer.optCheckpointDirectory(dir).optResume(options.resume()));
    TrainingResult result = trainer.build().fit();

    List<Prediction> testPredictions = classifier.predictEncoded(test);
    List<Metric> metrics = List.of(
        new Metric("accuracy", Prediction.accuracy(testPredictions, test), ""),
        new Metric("validation accuracy", Prediction.accuracy(classifier.predictEncoded(validation), validation), ""),
        new Metric("test unknown-word rate", classifier.unknownWordRate(data.test()), ""),
        new Metric("vocabulary", classifier.vocabulary().size(), "words"));
    TaskReport report = new TaskReport(NAME, "ManyToOne", metrics,
        samples(data.test(), testPredictions, classifier.labels()), result,
        Duration.ofNanos(System.nanoTime() - start));
    return new SentimentRun(report, classifier);
  }

  private static SentimentClassifier classifier(List<LabeledSentence> train, TrainingOptions options,
      SentimentOptions settings) {
    SentimentLabels labels = SentimentLabels.of(train);
    WordTokenizer tokenizer = WordTokenizer.lowercasing();
    WordVocabulary vocabulary = WordVocabulary.builder().optMinCount(settings.minCount())
        .optMaxSize(settings.maxVocabulary())
        .build(train.stream().map(s -> tokenizer.tokenize(s.sentence())).toList());
    ManyToOne model = ManyToOne.builder().setCellType(options.cell()).setHiddenSize(options.hidden())
        .optLayers(options.layers()).optBidirectional(settings.bidirectional()).optDropout(settings.dropout())
        .optPooling(settings.pooling()).setVocabulary(vocabulary.size()).optEmbedding(settings.embedding())
        .optHead(Head.SOFTMAX).setClasses(labels.size()).optSeed(options.seed()).build();
    return new SentimentClassifier(model, tokenizer, vocabulary, labels);
  }

  private static List<LabeledSequence> encode(SentimentClassifier classifier, List<LabeledSentence> sentences) {
    List<LabeledSequence> out = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      out.add(classifier.encode(s));
    }
    return out;
  }

  /** The first few right and the first few wrong test predictions, in test order. */
  private static List<String> samples(List<LabeledSentence> test, List<Prediction> predictions,
      SentimentLabels labels) {
    List<String> right = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < test.size() && (right.size() < SAMPLES_EACH || wrong.size() < SAMPLES_EACH); i++) {
      LabeledSentence s = test.get(i);
      Prediction p = predictions.get(i);
      String predicted = labels.name(p.label());
      String line = String.format(Locale.ROOT, "\"%s\" -> %s (p=%.2f)", s.sentence(), predicted,
          p.probabilities()[p.label()]);
      if (predicted.equals(s.label()) && right.size() < SAMPLES_EACH) {
        right.add("right: " + line);
      } else if (!predicted.equals(s.label()) && wrong.size() < SAMPLES_EACH) {
        wrong.add("wrong: " + line + ", labelled " + s.label());
      }
    }
    right.addAll(wrong);
    return List.copyOf(right);
  }
}
