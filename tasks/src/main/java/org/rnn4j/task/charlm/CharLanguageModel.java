package org.rnn4j.task.charlm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.BestWeights;
import org.rnn4j.topology.LanguageModel;
import org.rnn4j.topology.SequenceModel;
import org.rnn4j.topology.StreamChunk;
import org.rnn4j.topology.generate.TokenSampler;

/**
 * A {@link LanguageModel} over the characters of a {@link CharVocabulary}. It trains exactly like the language model
 * it holds; its {@link #config()} also carries the vocabulary, so a checkpoint alone is enough to
 * {@link #load load} it and generate text.
 */
public final class CharLanguageModel implements SequenceModel<StreamChunk, int[]> {
  /** The config key holding the vocabulary's code points. */
  public static final String VOCABULARY_KEY = "vocabulary";

  private final LanguageModel model;
  private final CharVocabulary vocabulary;

  /**
   * Pairs a language model with the vocabulary its token ids index.
   *
   * @throws IllegalArgumentException if the sizes differ
   */
  public CharLanguageModel(LanguageModel model, CharVocabulary vocabulary) {
    if (model == null || vocabulary == null) {
      throw new IllegalArgumentException("a character language model needs a model and a vocabulary");
    }
    Checks.dimension("the model's vocabulary size", vocabulary.size(), model.vocabularySize());
    this.model = model;
    this.vocabulary = vocabulary;
  }

  /** A new untrained model with one-hot input and the cell, layers, hidden size and seed of {@code options}. */
  public static CharLanguageModel create(CharVocabulary vocabulary, TrainingOptions options) {
    LanguageModel lm = LanguageModel.builder().setCellType(options.cell()).setVocabularySize(vocabulary.size())
        .setHiddenSize(options.hidden()).optLayers(options.layers()).optSeed(options.seed()).build();
    return new CharLanguageModel(lm, vocabulary);
  }

  /**
   * The model saved in the checkpoint in {@code checkpointDir}, with the weights of its best validation when
   * training kept them (early stopping: the weights the trained model ended with), else its last weights.
   *
   * @throws java.nio.file.NoSuchFileException if the directory holds no checkpoint
   * @throws org.rnn4j.core.io.CorruptFileException if a checkpoint file is damaged
   * @throws IllegalArgumentException if the checkpoint is not a character language model's
   */
  public static CharLanguageModel load(Path checkpointDir) throws IOException {
    Checkpoint checkpoint = Checkpoint.load(checkpointDir);
    CharVocabulary vocabulary = vocabularyOf(checkpoint.config());
    if (vocabulary == null) {
      throw new IllegalArgumentException("the checkpoint in " + checkpointDir + " has no '" + VOCABULARY_KEY
          + "' setting, so it is not a character language model's");
    }
    Map<String, String> lmConfig = new LinkedHashMap<>(checkpoint.config());
    lmConfig.remove(VOCABULARY_KEY);
    CharLanguageModel m = new CharLanguageModel(LanguageModel.fromConfig(lmConfig), vocabulary);
    BestWeights.restoreInto(checkpoint, m.params());
    return m;
  }

  /** The vocabulary saved in the config of a checkpoint, if it has one (null otherwise). */
  static CharVocabulary vocabularyOf(Map<String, String> config) {
    String codePoints = config.get(VOCABULARY_KEY);
    return codePoints == null ? null : CharVocabulary.parseConfigValue(codePoints);
  }

  /** The language model. */
  public LanguageModel languageModel() {
    return model;
  }

  /** The characters the token ids stand for. */
  public CharVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Reads {@code prime} from zero state, then generates {@code length} characters with {@code sampler}; returns the
   * generated characters (without the prime).
   *
   * @throws IllegalArgumentException if {@code prime} is empty or has a character outside the vocabulary (named)
   */
  public String sample(String prime, int length, TokenSampler sampler) {
    if (prime == null || prime.isEmpty()) {
      throw new IllegalArgumentException("the prime text must hold at least one character, got none");
    }
    int[] primeIds;
    try {
      primeIds = vocabulary.encode(prime);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot prime with \"" + prime + "\": " + e.getMessage(), e);
    }
    return vocabulary.decode(model.generator().sample(primeIds, length, sampler));
  }

  @Override
  public ParamSet params() {
    return model.params();
  }

  @Override
  public double lossAndGradients(List<StreamChunk> batch, SplittableRandom random) {
    return model.lossAndGradients(batch, random);
  }

  @Override
  public Evaluation evaluate(List<StreamChunk> batch) {
    return model.evaluate(batch);
  }

  @Override
  public List<int[]> predict(List<StreamChunk> batch) {
    return model.predict(batch);
  }

  @Override
  public void startEpoch(int epoch) {
    model.startEpoch(epoch);
  }

  /** The language model's config plus {@link #VOCABULARY_KEY}: the code points as decimal numbers. */
  @Override
  public Map<String, String> config() {
    Map<String, String> m = new LinkedHashMap<>(model.config());
    m.put(VOCABULARY_KEY, vocabulary.toConfigValue());
    return m;
  }
}
