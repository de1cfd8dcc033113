package org.rnn4j.task.sentiment;

import org.rnn4j.core.Checks;
import org.rnn4j.topology.Pooling;

/**
 * The sentiment task's own settings, beside the common {@link org.rnn4j.task.TrainingOptions}.
 *
 * @param embedding width of the learned word embedding
 * @param bidirectional whether each recurrent layer also reads the sentence backwards
 * @param dropout dropout between recurrent layers (has an effect with two or more layers only)
 * @param pooling how the recurrent outputs become one vector: the last step's state, or their mean or maximum
 * @param minCount training words seen fewer times become the unknown word
 * @param maxVocabulary at most this many word ids, reserved ones included
 * @param patience validations without a better validation accuracy before training stops
 * @param weightDecay Adam's L2 weight decay
 */
public record SentimentOptions(int embedding, boolean bidirectional, double dropout, Pooling pooling, int minCount,
    int maxVocabulary, int patience, double weightDecay) {

  /** Validates every setting, naming the first bad one. */
  public SentimentOptions {
    Checks.positive("embedding", embedding);
    Checks.inHalfOpenRange("dropout", dropout, 0, 1);
    if (pooling == null) {
      throw new IllegalArgumentException("pooling must be one of LAST, MEAN, MAX, got none");
    }
    Checks.positive("minCount", minCount);
    if (maxVocabulary < 3) {
      throw new IllegalArgumentException("maxVocabulary must be >= 3 (padding, unknown and one word), got "
          + maxVocabulary);
    }
    Checks.positive("patience", patience);
    Checks.nonNegative("weightDecay", weightDecay);
  }

  /**
   * The defaults: embedding 64, one direction, no dropout, max pooling, min count 2, 20000 ids, patience 4, no
   * weight decay.
   */
  public static SentimentOptions defaults() {
    return new SentimentOptions(64, false, 0, Pooling.MAX, 2, 20_000, 4, 0);
  }

  /** A copy with another embedding width. */
  public SentimentOptions withEmbedding(int width) {
    return new SentimentOptions(width, bidirectional, dropout, pooling, minCount, maxVocabulary, patience,
        weightDecay);
  }

  /** A copy reading in both directions or not. */
  public SentimentOptions withBidirectional(boolean both) {
    return new SentimentOptions(embedding, both, dropout, pooling, minCount, maxVocabulary, patience, weightDecay);
  }

  /** A copy with another pooling. */
  public SentimentOptions withPooling(Pooling how) {
    return new SentimentOptions(embedding, bidirectional, dropout, how, minCount, maxVocabulary, patience,
        weightDecay);
  }
}
