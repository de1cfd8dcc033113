package org.rnn4j.task.translate;

import java.util.Objects;
import org.rnn4j.topology.seq2seq.Attention;

/**
 * The translation task's settings beyond the common {@link org.rnn4j.task.TrainingOptions}.
 *
 * @param attention attention of the decoder over the encoder outputs
 * @param embedding token embedding width
 * @param sourceTokens tokenisation of the source language
 * @param targetTokens tokenisation of the target language
 * @param lowercaseSource whether source text is lower-cased
 * @param lowercaseTarget whether target text is lower-cased (BLEU is then against lower-cased output)
 * @param maxVocabulary most ids per language, the four special tokens included
 * @param minCount fewest training occurrences of a token to get an id of its own
 * @param beamSize beam width of test decoding, 1 for greedy
 * @param samples example translations in the report
 */
public record TranslateSettings(Attention attention, int embedding, Tokenization sourceTokens,
    Tokenization targetTokens, boolean lowercaseSource, boolean lowercaseTarget, int maxVocabulary, int minCount,
    int beamSize, int samples) {

  /** Validates, naming the first bad setting. */
  public TranslateSettings {
    Objects.requireNonNull(attention, "attention");
    Objects.requireNonNull(sourceTokens, "sourceTokens");
    Objects.requireNonNull(targetTokens, "targetTokens");
    positive("embedding", embedding);
    if (maxVocabulary <= 4) {
      throw new IllegalArgumentException("maxVocabulary must exceed the 4 special tokens, got " + maxVocabulary);
    }
    positive("minCount", minCount);
    positive("beamSize", beamSize);
    if (samples < 0) {
      throw new IllegalArgumentException("samples must be >= 0, got " + samples);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  /**
   * General attention, embeddings of 64, words on both sides, source lower-cased, target as written, up to 8,000
   * ids per language for every token seen in training (minCount 1),
   * greedy decoding, 5 samples.
   */
  public static TranslateSettings defaults() {
    return new TranslateSettings(Attention.GENERAL, 64, Tokenization.WORDS, Tokenization.WORDS, true, false, 8000, 1,
        1, 5);
  }

  /** A copy with other tokenisations. */
  public TranslateSettings withTokens(Tokenization source, Tokenization target) {
    return new TranslateSettings(attention, embedding, source, target, lowercaseSource, lowercaseTarget,
        maxVocabulary, minCount, beamSize, samples);
  }

  /** A copy with another beam width (1: greedy). */
  public TranslateSettings withBeamSize(int beam) {
    return new TranslateSettings(attention, embedding, sourceTokens, targetTokens, lowercaseSource, lowercaseTarget,
        maxVocabulary, minCount, beam, samples);
  }
}
