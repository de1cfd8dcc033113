package org.rnn4j.task.translate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.task.Metric;
import org.rnn4j.task.LabeledMatrix;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.metric.Bleu;
import org.rnn4j.topology.Batches;
import org.rnn4j.topology.Seq2Seq;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.Trainer;
import org.rnn4j.topology.TrainerBuilder;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.seq2seq.DecodeOptions;
import org.rnn4j.topology.seq2seq.SentencePair;

/**
 * Translation: a {@link Seq2Seq} encoder-decoder with attention learns {@code source -> target} from sentence pairs
 * (see {@link PairTsv} for the file format, {@link BuiltInPairs} for data without a download).
 *
 * <p>A run builds each language's vocabulary from the training pairs, trains with Adam, gradient clipping at norm 5
 * and batches of similar source length, validating on the development pairs after each epoch, then reports
 * <ul>
 *   <li>{@code BLEU}: corpus BLEU on the test pairs as sacreBLEU computes it by default ({@link Bleu}, 0-100), of
 *       greedy translations unless {@link TranslateSettings#beamSize()} asks for beam search. Test pairs that share
 *       a source sentence are one segment whose references are all their targets.
 *   <li>{@code validation loss}: the mean cross-entropy per target token (end token included) on the development
 *       pairs after training, in nats.
 * </ul>
 * and, as samples, test translations with their references. With a checkpoint directory the trainer saves the
 * model, vocabularies included, after every epoch; {@link #translate} translates new text with it.
 */
public final class TranslateTask {
  private static final int DECODE_BATCH = 64;
  /** Test sentences whose attention the report shows. */
  static final int ATTENTION_SAMPLES = 3;

  private TranslateTask() {}

  /** A 1-layer GRU of 64 units, 10 epochs of batches of 32, learning rate 0.005, seed 1, no checkpoint. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(CellType.GRU, 1, 64, 10, 32, 5e-3, 1, Optional.empty(), false);
  }

  /** {@link #run(List, List, List, TrainingOptions, TranslateSettings, TrainerListener)} with default settings. */
  public static TaskReport run(List<TextPair> train, List<TextPair> dev, List<TextPair> test,
      TrainingOptions options, TrainerListener listener) {
    return run(train, dev, test, options, TranslateSettings.defaults(), listener);
  }

  /**
   * Trains on {@code train}, validates on {@code dev} and measures BLEU on {@code test}.
   *
   * @param listener progress receiver, or null for none
   * @throws IllegalArgumentException if a data set is empty or a setting is invalid
   */
  public static TaskReport run(List<TextPair> train, List<TextPair> dev, List<TextPair> test,
      TrainingOptions options, TranslateSettings settings, TrainerListener listener) {
    long start = System.nanoTime();
    requireSome("train", train);
    requireSome("dev", dev);
    requireSome("test", test);
    TranslationModel model = newModel(train, options, settings);
    List<SentencePair> trainIds = encode(model, train);
    List<SentencePair> devIds = encode(model, dev);
    TrainerBuilder<SentencePair, int[]> b = Trainer.<SentencePair, int[]>builder().setModel(model)
        .setTrainingData(trainIds).setOptimizer(Adam.builder().setLearningRate(options.learningRate()).build())
        .optValidationData(devIds).optEpochs(options.epochs()).optBatchSize(options.batch())
        .optBatches(Batches.bucketed(options.batch(), p -> p.source().length)).optSeed(options.seed())
        .optClipGlobalNorm(5).optTokenCount(p -> p.target().length + 1);
    options.checkpoint().ifPresent(b::optCheckpointDirectory);
    b.optResume(options.resume());
    if (listener != null) {
      b.optListener(listener);
    }
    TrainingResult training = b.build().fit();

    Map<String, List<String>> references = new LinkedHashMap<>();
    for (TextPair p : test) {
      references.computeIfAbsent(p.source(), k -> new ArrayList<>())
          .add(settings.lowercaseTarget() ? p.target().toLowerCase(Locale.ROOT) : p.target());
    }
    List<String> sources = new ArrayList<>(references.keySet());
    DecodeOptions decode = new DecodeOptions(settings.beamSize(), model.network().maxLength(), 0);
    List<String> hypotheses = new ArrayList<>();
    for (int from = 0; from < sources.size(); from += DECODE_BATCH) {
      hypotheses.addAll(model.translate(sources.subList(from, Math.min(sources.size(), from + DECODE_BATCH)),
          decode));
    }
    Bleu.Score bleu = Bleu.corpus(hypotheses, new ArrayList<>(references.values()));
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < Math.min(settings.samples(), sources.size()); i++) {
      samples.add(sources.get(i) + " => " + hypotheses.get(i) + "   (reference: "
          + String.join(" | ", references.get(sources.get(i))) + ")");
    }
    List<Metric> metrics = List.of(new Metric("BLEU", bleu.score(), ""),
        new Metric("validation loss", meanLoss(model, devIds, options.batch()), "nats/token"));
    List<LabeledMatrix> attention = new ArrayList<>();
    for (int i = 0; i < Math.min(ATTENTION_SAMPLES, Math.min(settings.samples(), sources.size())); i++) {
      model.attention(sources.get(i), decode).ifPresent(attention::add);
    }
    return new TaskReport("translate", "Seq2Seq", metrics, samples, training,
        Duration.ofNanos(System.nanoTime() - start), attention);
  }

  /**
   * Greedy translations of {@code lines} by the model saved in {@code checkpointDirectory}.
   *
   * @throws IOException if the checkpoint cannot be read
   * @throws IllegalArgumentException if the checkpoint holds no translation model or a line has no tokens
   */
  public static List<String> translate(Path checkpointDirectory, List<String> lines) throws IOException {
    TranslationModel model = TranslationModel.load(checkpointDirectory);
    return model.translate(lines, DecodeOptions.greedy(model.network().maxLength()));
  }

  /** The untrained model for {@code train}: vocabularies from its tokens, sizes from the options. */
  static TranslationModel newModel(List<TextPair> train, TrainingOptions options, TranslateSettings settings) {
    List<List<String>> sourceTokens = new ArrayList<>();
    List<List<String>> targetTokens = new ArrayList<>();
    int longest = 0;
    for (TextPair p : train) {
      sourceTokens.add(settings.sourceTokens().tokens(p.source(), settings.lowercaseSource()));
      List<String> t = settings.targetTokens().tokens(p.target(), settings.lowercaseTarget());
      targetTokens.add(t);
      longest = Math.max(longest, t.size());
    }
    TranslationModel.Side source = new TranslationModel.Side(settings.sourceTokens(), settings.lowercaseSource(),
        Vocabulary.build(sourceTokens, settings.maxVocabulary(), settings.minCount()));
    TranslationModel.Side target = new TranslationModel.Side(settings.targetTokens(), settings.lowercaseTarget(),
        Vocabulary.build(targetTokens, settings.maxVocabulary(), settings.minCount()));
    Seq2Seq net = Seq2Seq.builder().setCellType(options.cell()).setSourceVocabularySize(source.vocabulary().size())
        .setTargetVocabularySize(target.vocabulary().size()).setHiddenSize(options.hidden())
        .optEmbeddingSize(settings.embedding()).optLayers(options.layers()).optAttention(settings.attention())
        .optPadId(Vocabulary.PAD).optStartId(Vocabulary.START).optEndId(Vocabulary.END).optMaxLength(longest + 10)
        .optSeed(options.seed()).build();
    return new TranslationModel(net, source, target);
  }

  private static List<SentencePair> encode(TranslationModel model, List<TextPair> pairs) {
    List<SentencePair> out = new ArrayList<>(pairs.size());
    for (TextPair p : pairs) {
      out.add(model.encode(p));
    }
    return out;
  }

  private static double meanLoss(SequenceModel<SentencePair, int[]> model, List<SentencePair> data, int batch) {
    SequenceModel.Evaluation total = new SequenceModel.Evaluation(0, 0);
    for (int from = 0; from < data.size(); from += batch) {
      total = total.plus(model.evaluate(data.subList(from, Math.min(data.size(), from + batch))));
    }
    return total.meanLoss();
  }

  private static void requireSome(String name, List<TextPair> pairs) {
    if (pairs == null || pairs.isEmpty()) {
      throw new IllegalArgumentException(name + " must hold at least one pair, got "
          + (pairs == null ? "null" : "none"));
    }
  }
}
