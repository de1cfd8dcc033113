package org.rnn4j.topology.input;

import java.util.List;
import org.rnn4j.core.SequenceShape;

/**
 * Token sequences of different lengths packed time-major: {@code ids[t*B + b]} is token {@code t} of sequence
 * {@code b}, padded with {@code padId} past each sequence's length.
 *
 * @param ids the packed ids, {@code [T*B]}
 * @param shape steps (the longest length), batch and lengths
 */
public record PackedTokens(int[] ids, SequenceShape shape) {

  /**
   * Packs the sequences (each at least one token long), padding with {@code padId}.
   *
   * @throws IllegalArgumentException naming the first empty sequence
   */
  public static PackedTokens pack(List<int[]> sequences, int padId) {
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException("a batch must hold at least one sequence, got none");
    }
    int batch = sequences.size();
    int steps = 0;
    int[] lengths = new int[batch];
    for (int b = 0; b < batch; b++) {
      lengths[b] = sequences.get(b).length;
      if (lengths[b] == 0) {
        throw new IllegalArgumentException("sequence " + b + " of the batch is empty; every sequence needs at least"
            + " one token");
      }
      steps = Math.max(steps, lengths[b]);
    }
    int[] ids = new int[steps * batch];
    java.util.Arrays.fill(ids, padId);
    for (int b = 0; b < batch; b++) {
      int[] s = sequences.get(b);
      for (int t = 0; t < s.length; t++) {
        ids[t * batch + b] = s[t];
      }
    }
    return new PackedTokens(ids, new SequenceShape(steps, batch, lengths));
  }
}
