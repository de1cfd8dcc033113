package org.rnn4j.topology.seq2seq;

/**
 * A decoded output sequence with its score under the model and, with attention, where it looked.
 *
 * @param tokens the output tokens, without start and end token
 * @param ended whether decoding produced the end token (false when it stopped at the maximum length)
 * @param logProbability {@code log P(tokens [+ end] | source)}, in nats, summed over the decoded steps
 * @param score the length-normalised score beam search ranks by (see {@link DecodeOptions#lengthPenalty()})
 * @param attention one row per decoded step ({@code tokens.length + (ended ? 1 : 0)} rows) of attention weights
 *     over the source positions ({@code sourceLength} columns, each row sums to 1); empty without attention
 */
public record Translation(int[] tokens, boolean ended, double logProbability, double score, float[][] attention) {

  /** Number of decoded steps the scores cover: the tokens, plus one for the end token when it was produced. */
  public int steps() {
    return tokens.length + (ended ? 1 : 0);
  }
}
