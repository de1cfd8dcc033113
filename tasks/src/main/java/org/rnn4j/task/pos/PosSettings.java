package org.rnn4j.task.pos;

/**
 * The settings of the part-of-speech task beyond the common {@link org.rnn4j.task.TrainingOptions}.
 *
 * @param embedding width of the learned word embedding
 * @param minCount training occurrences a word needs for an embedding of its own; rarer and unseen words share
 *     their unknown-word class ({@link WordVocabulary})
 * @param lowercase whether words are looked up lower-cased
 * @param wordClasses whether unknown words are told apart by shape and suffix (otherwise all are one unknown word)
 * @param bidirectional whether every recurrent layer also reads the sentence backwards
 * @param dropout dropout between recurrent layers, in {@code [0, 1)}
 * @param patience with development data: stop after this many epochs without a better development accuracy and
 *     keep the best epoch's weights (0: no early stopping; the last weights are kept)
 */
public record PosSettings(int embedding, int minCount, boolean lowercase, boolean wordClasses,
    boolean bidirectional, double dropout, int patience) {

  /** Validates every setting, naming the first bad one. */
  public PosSettings {
    if (embedding < 1) {
      throw new IllegalArgumentException("embedding must be >= 1, got " + embedding);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0, got " + patience);
    }
  }

  /** Embedding 64, words seen twice get their own id, case kept, word classes on, bidirectional, patience 3. */
  public static PosSettings defaults() {
    return new PosSettings(64, 2, false, true, true, 0, 3);
  }
}
