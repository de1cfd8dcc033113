package org.rnn4j.task.translate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.task.LabeledMatrix;
import org.rnn4j.topology.BestWeights;
import org.rnn4j.topology.Seq2Seq;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.seq2seq.DecodeOptions;
import org.rnn4j.topology.seq2seq.SentencePair;
import org.rnn4j.topology.seq2seq.Translation;

/**
 * A {@link Seq2Seq} together with what turns text into its tokens and back: the tokenisation and vocabulary of each
 * language. Its {@link #config()} carries both vocabularies, so a checkpoint the trainer writes is enough to
 * {@link #load} the model and translate new text.
 */
public final class TranslationModel implements SequenceModel<SentencePair, int[]> {
  private static final String PREFIX = "translate.";
  private final Seq2Seq net;
  private final Side source;
  private final Side target;

  /**
   * How one language is tokenised.
   *
   * @param tokenization words or characters
   * @param lowercase whether text is lower-cased first
   * @param vocabulary the token ids
   */
  public record Side(Tokenization tokenization, boolean lowercase, Vocabulary vocabulary) {

    /** Requires every part. */
    public Side {
      Objects.requireNonNull(tokenization, "tokenization");
      Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The tokens of {@code text}. */
    public List<String> tokens(String text) {
      return tokenization.tokens(text, lowercase);
    }

    /** The ids of {@code text} (unknown tokens as {@link Vocabulary#UNK}). */
    public int[] encode(String text) {
      return vocabulary.encode(tokens(text));
    }

    /** The text of {@code ids}. */
    public String decode(int[] ids) {
      return tokenization.text(vocabulary.decode(ids));
    }
  }

  /** A model translating {@code source} text to {@code target} text with {@code net}, whose sizes must fit. */
  public TranslationModel(Seq2Seq net, Side source, Side target) {
    this.net = Objects.requireNonNull(net, "net");
    this.source = Objects.requireNonNull(source, "source");
    this.target = Objects.requireNonNull(target, "target");
    if (net.architecture().sourceVocabulary() != source.vocabulary().size()
        || net.architecture().targetVocabulary() != target.vocabulary().size()) {
      throw new IllegalArgumentException("the network's vocabularies (" + net.architecture().sourceVocabulary()
          + " source, " + net.architecture().targetVocabulary() + " target ids) must match the languages' ("
          + source.vocabulary().size() + ", " + target.vocabulary().size() + ")");
    }
  }

  /**
   * The model saved in the checkpoint in {@code directory}: the weights of its best validation when training kept
   * them (early stopping), else its last saved weights.
   *
   * @throws IOException if the checkpoint cannot be read or is corrupt
   * @throws IllegalArgumentException if it is not a translation model's checkpoint
   */
  public static TranslationModel load(Path directory) throws IOException {
    Checkpoint c = Checkpoint.load(directory);
    Map<String, String> config = c.config();
    if (!config.containsKey(PREFIX + "source.vocabulary")) {
      throw new IllegalArgumentException("the checkpoint in " + directory + " holds no translation model (no "
          + PREFIX + "source.vocabulary in its config)");
    }
    Seq2Seq net = Seq2Seq.fromConfig(config);
    BestWeights.restoreInto(c, net.params());
    return new TranslationModel(net, side(config, "source"), side(config, "target"));
  }

  /** The network. */
  public Seq2Seq network() {
    return net;
  }

  /** The source language's tokenisation and vocabulary. */
  public Side source() {
    return source;
  }

  /** The target language's tokenisation and vocabulary. */
  public Side target() {
    return target;
  }

  /** The training example of {@code pair}. */
  public SentencePair encode(TextPair pair) {
    return new SentencePair(source.encode(pair.source()), target.encode(pair.target()));
  }

  /**
   * The translations of {@code lines}.
   *
   * @throws IllegalArgumentException naming the first line that has no tokens
   */
  public List<String> translate(List<String> lines, DecodeOptions options) {
    List<int[]> sources = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int[] ids = source.encode(lines.get(i));
      if (ids.length == 0) {
        throw new IllegalArgumentException("line " + (i + 1) + " to translate has no tokens: '" + lines.get(i) + "'");
      }
      sources.add(ids);
    }
    List<String> out = new ArrayList<>();
    if (sources.isEmpty()) {
      return out;
    }
    for (Translation t : net.translate(sources, options)) {
      out.add(target.decode(t.tokens()));
    }
    return out;
  }

  /**
   * Where the decoder looked while translating {@code line}: one row per output token (and {@code </s>} when it
   * ended), one column per source token; empty when the network has no attention.
   *
   * @throws IllegalArgumentException if the line has no tokens
   */
  public Optional<LabeledMatrix> attention(String line, DecodeOptions options) {
    List<String> sourceTokens = source.tokens(line);
    if (sourceTokens.isEmpty()) {
      throw new IllegalArgumentException("line to translate has no tokens: '" + line + "'");
    }
    Translation t = net.translate(source.vocabulary().encode(sourceTokens), options);
    if (t.attention().length == 0) {
      return Optional.empty();
    }
    List<String> rows = new ArrayList<>(target.vocabulary().decode(t.tokens()));
    if (t.ended()) {
      rows.add("</s>");
    }
    return Optional.of(new LabeledMatrix("attention: " + line, rows, sourceTokens, t.attention()));
  }

  @Override
  public ParamSet params() {
    return net.params();
  }

  @Override
  public double lossAndGradients(List<SentencePair> batch, SplittableRandom random) {
    return net.lossAndGradients(batch, random);
  }

  @Override
  public Evaluation evaluate(List<SentencePair> batch) {
    return net.evaluate(batch);
  }

  @Override
  public List<int[]> predict(List<SentencePair> batch) {
    return net.predict(batch);
  }

  /** The network's config plus each language's tokenisation, lower-casing and vocabulary. */
  @Override
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>(net.config());
    put(c, "source", source);
    put(c, "target", target);
    return c;
  }

  private static void put(Map<String, String> c, String name, Side side) {
    c.put(PREFIX + name + ".tokenization", side.tokenization().name().toLowerCase(java.util.Locale.ROOT));
    c.put(PREFIX + name + ".lowercase", Boolean.toString(side.lowercase()));
    c.put(PREFIX + name + ".vocabulary", side.vocabulary().serialize());
  }

  private static Side side(Map<String, String> c, String name) {
    String lower = c.getOrDefault(PREFIX + name + ".lowercase", "");
    if (!lower.equals("true") && !lower.equals("false")) {
      throw new IllegalArgumentException("config '" + PREFIX + name + ".lowercase' must be true or false, got '"
          + lower + "'");
    }
    return new Side(Tokenization.parse(c.get(PREFIX + name + ".tokenization")), Boolean.parseBoolean(lower),
        Vocabulary.deserialize(c.getOrDefault(PREFIX + name + ".vocabulary", "")));
  }
}
