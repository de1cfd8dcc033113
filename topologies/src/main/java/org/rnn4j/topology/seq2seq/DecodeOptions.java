package org.rnn4j.topology.seq2seq;

/**
 * Settings of greedy and beam-search decoding.
 *
 * <p>Hypotheses are ranked by {@code score = log P(y | x) / lp(|y|)} with GNMT's length penalty (Wu et al. 2016)
 * {@code lp(n) = ((5 + n) / 6)^α}, where {@code n} counts the decoded steps (the tokens, plus the end token when
 * produced). {@code α = 0} ranks by the plain log-probability; larger α favours longer outputs.
 *
 * @param beamSize hypotheses kept per step (1 is greedy decoding)
 * @param maxLength the most tokens an output may hold (decoding stops there without an end token)
 * @param lengthPenalty α of the length penalty, {@code >= 0}
 */
public record DecodeOptions(int beamSize, int maxLength, double lengthPenalty) {

  /** Validates the settings; messages name the argument, the expected and the actual value. */
  public DecodeOptions {
    if (beamSize < 1) {
      throw new IllegalArgumentException("beamSize must be at least 1, got " + beamSize);
    }
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
    }
    if (!(lengthPenalty >= 0) || Double.isInfinite(lengthPenalty)) {
      throw new IllegalArgumentException("lengthPenalty must be a finite number >= 0, got " + lengthPenalty);
    }
  }

  /** Greedy decoding of at most {@code maxLength} tokens, ranked by plain log-probability. */
  public static DecodeOptions greedy(int maxLength) {
    return new DecodeOptions(1, maxLength, 0);
  }

  /** Beam search with the given width, maximum length and length-penalty α. */
  public static DecodeOptions beam(int beamSize, int maxLength, double lengthPenalty) {
    return new DecodeOptions(beamSize, maxLength, lengthPenalty);
  }

  /** The score of a hypothesis of {@code steps} decoded steps with log-probability {@code logProbability}. */
  public double score(double logProbability, int steps) {
    return lengthPenalty == 0 ? logProbability : logProbability / Math.pow((5.0 + steps) / 6.0, lengthPenalty);
  }
}
