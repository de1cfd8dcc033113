package org.rnn4j.task.pos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.Batches;
import org.rnn4j.topology.ManyToMany;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.TaggedSequence;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.ValidationMetric;

/**
 * Part-of-speech tagging: a synchronous many-to-many network reads a sentence's words and writes one UPOS tag per
 * word; the metric is token accuracy, overall, on unknown words and per tag.
 *
 * <pre>  The  watch  stopped -> [embedding] -> [BiLSTM] -> [Dense + softmax] -> DET  NOUN  VERB</pre>
 *
 * <p>Words are learned embeddings over a {@link WordVocabulary}: words seen at least {@code minCount} times in
 * training have their own vector, every other word the vector of its shape-and-suffix class, which rare training
 * words teach. (The network takes one token per step, so this is how character-level evidence reaches it.)
 */
public final class PosTask {
  /** The task's name in reports. */
  public static final String NAME = "pos";
  private static final double CLIP_NORM = 5;
  private static final int SAMPLES = 5;

  /** Generated training sentences in the built-in run. */
  public static final int BUILT_IN_TRAINING = 1500;
  /** Generated development sentences in the built-in run. */
  public static final int BUILT_IN_DEVELOPMENT = 200;

  private PosTask() {}

  /** One bidirectional LSTM layer of 64 per direction, 10 epochs, batches of 32, Adam at 0.005, seed 1. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.LSTM, 1, 64, 10, 32, 5e-3, 1, Optional.empty(), false);
  }

  /**
   * The built-in test data: 20 hand-written sentences in the style of {@link GeneratedTreebank}, some with words it
   * never generates (the resource {@code sample.conllu} next to this class).
   */
  public static List<Sentence> sample() {
    return ConllU.readResource("sample.conllu");
  }

  /**
   * Trains on {@value #BUILT_IN_TRAINING} generated sentences (seed 1) with {@value #BUILT_IN_DEVELOPMENT} more for
   * development (seed 2) and {@link PosSettings#defaults()}, and measures on the hand-written {@link #sample()}.
   */
  public static TaskReport runBuiltIn(TrainingOptions options, TrainerListener listener) {
    return run(GeneratedTreebank.sentences(1, BUILT_IN_TRAINING), GeneratedTreebank.sentences(2, BUILT_IN_DEVELOPMENT),
        sample(), options, PosSettings.defaults(), listener);
  }

  /**
   * Trains on {@code train} with {@link PosSettings#defaults()} and no development data, and measures on
   * {@code test}.
   */
  public static TaskReport run(List<Sentence> train, List<Sentence> test, TrainingOptions options,
      TrainerListener listener) {
    return run(train, List.of(), test, options, PosSettings.defaults(), listener);
  }

  /**
   * Trains a tagger on {@code train} and measures it on {@code test}. With development data ({@code dev} not empty)
   * the development token accuracy is measured after every epoch and early stopping keeps the best epoch's weights.
   *
   * @param listener receives training progress (validations only with development data)
   * @throws IllegalArgumentException if {@code train} or {@code test} is empty
   */
  public static TaskReport run(List<Sentence> train, List<Sentence> dev, List<Sentence> test,
      TrainingOptions options, PosSettings settings, TrainerListener listener) {
    if (train.isEmpty() || test.isEmpty()) {
      throw new IllegalArgumentException("training and test data must hold at least one sentence, got "
          + train.size() + " and " + test.size());
    }
    long start = System.nanoTime();
    Tagger tagger = untrained(train, options, settings);
    TrainingResult result = train(tagger, train, dev, options, settings, listener);
    TagAccuracy accuracy = tagger.evaluate(test, options.batch());
    List<List<String>> predicted = tagger.tag(test.subList(0, Math.min(SAMPLES, test.size())), options.batch());
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      samples.add(marked(test.get(i), predicted.get(i)));
    }
    List<Metric> metrics = new ArrayList<>(accuracy.metrics());
    metrics.add(new Metric("known words", tagger.words().knownWords(), "words"));
    String topology = "ManyToMany (" + (settings.bidirectional() ? "bidirectional " : "")
        + options.cell().name().toLowerCase(Locale.ROOT) + ")";
    return new TaskReport(NAME, topology, metrics, samples, result, Duration.ofNanos(System.nanoTime() - start));
  }

  /** A tagger with the vocabulary and tag set of {@code train} and fresh weights. */
  static Tagger untrained(List<Sentence> train, TrainingOptions options, PosSettings settings) {
    WordVocabulary words = WordVocabulary.build(train, settings.minCount(), settings.lowercase(),
        settings.wordClasses());
    TreeSet<String> tagSet = new TreeSet<>();
    train.forEach(s -> tagSet.addAll(s.tags()));
    if (tagSet.size() < 2) {
      throw new IllegalArgumentException("training data must hold at least 2 distinct tags, got " + tagSet);
    }
    ManyToMany model = ManyToMany.builder().setCellType(options.cell()).setHiddenSize(options.hidden())
        .optLayers(options.layers()).optBidirectional(settings.bidirectional()).optDropout(settings.dropout())
        .setVocabulary(words.size()).optEmbedding(settings.embedding()).setTags(tagSet.size())
        .optSeed(options.seed()).build();
    return new Tagger(words, new ArrayList<>(tagSet), model);
  }

  private static TrainingResult train(Tagger tagger, List<Sentence> train, List<Sentence> dev,
      TrainingOptions options, PosSettings settings, TrainerListener listener) {
    TrainerBuilder<TaggedSequence, int[]> b = TrainerBuilder.<TaggedSequence, int[]>create()
        .setModel(tagger.model()).setTrainingData(encode(tagger, train))
        .setOptimizer(Adam.builder().setLearningRate(options.learningRate()).build())
        .optBatches(Batches.bucketed(options.batch(), t -> t.input().length())).optBatchSize(options.batch())
        .optEpochs(options.epochs()).optSeed(options.seed()).optClipGlobalNorm(CLIP_NORM)
        .optTokenCount(t -> t.input().length()).optListener(listener);
    if (!dev.isEmpty()) {
      b.optValidationData(encode(tagger, dev)).optValidationMetric(
          ValidationMetric.higherIsBetter("token accuracy", (model, data) -> accuracy(model, data, options.batch())));
      if (settings.patience() > 0) {
        b.optEarlyStopping(settings.patience());
      }
    }
    options.checkpoint().ifPresent(dir -> b.optCheckpointDirectory(dir).optResume(options.resume()));
    return b.build().fit();
  }

  private static List<TaggedSequence> encode(Tagger tagger, List<Sentence> sentences) {
    List<TaggedSequence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(tagger.encode(s));
    }
    return out;
  }

  /** Token accuracy of {@code model} on encoded sentences (a gold tag unknown to the tagger counts as tag 0). */
  private static double accuracy(SequenceModel<TaggedSequence, int[]> model, List<TaggedSequence> data, int batch) {
    long right = 0;
    long total = 0;
    for (int from = 0; from < data.size(); from += batch) {
      List<TaggedSequence> part = data.subList(from, Math.min(data.size(), from + batch));
      List<int[]> predicted = model.predict(part);
      for (int i = 0; i < part.size(); i++) {
        int[] gold = part.get(i).tags();
        for (int t = 0; t < gold.length; t++) {
          right += predicted.get(i)[t] == gold[t] ? 1 : 0;
          total++;
        }
      }
    }
    return (double) right / total;
  }

  /** {@code word/TAG} per word; a wrong tag is shown as {@code [word/PREDICTED, gold GOLD]}. */
  static String marked(Sentence gold, List<String> predicted) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < gold.length(); i++) {
      String word = gold.words().get(i);
      String tag = predicted.get(i);
      s.append(i == 0 ? "" : " ");
      if (tag.equals(gold.tags().get(i))) {
        s.append(word).append('/').append(tag);
      } else {
        s.append('[').append(word).append('/').append(tag).append(", gold ").append(gold.tags().get(i)).append(']');
      }
    }
    return s.toString();
  }
}
