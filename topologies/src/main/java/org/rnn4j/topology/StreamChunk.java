package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;

/**
 * One training example of a {@link LanguageModel}: {@code steps} consecutive tokens of each of {@code streams}
 * parallel token streams, and the token that follows each of them. Chunks with consecutive {@code index} continue
 * each other, so the state a model reaches at the end of chunk {@code i} is where chunk {@code i + 1} starts.
 *
 * <p>Tokens are time-major like every batch in rnn4j: {@code inputs[t * streams + b]} is step {@code t} of stream
 * {@code b}, and {@code targets[t * streams + b]} is the token after it.
 *
 * @param index position of the chunk in its split (0 for the first chunk of each stream)
 * @param streams number of parallel streams B
 * @param steps number of steps T of this chunk
 * @param inputs input tokens, {@code [T*B]}
 * @param targets next tokens, {@code [T*B]}
 */
public record StreamChunk(int index, int streams, int steps, int[] inputs, int[] targets) {

  /** Validates the sizes. */
  public StreamChunk {
    Checks.nonNegative("index", index);
    Checks.positive("streams", streams);
    Checks.positive("steps", steps);
    if (inputs == null || targets == null) {
      throw new IllegalArgumentException("inputs and targets must not be null");
    }
    Checks.dimension("inputs length (steps * streams)", steps * streams, inputs.length);
    Checks.dimension("targets length (steps * streams)", steps * streams, targets.length);
  }

  /** The layout of this chunk as a batch: every stream spans all steps. */
  public SequenceShape shape() {
    return SequenceShape.full(steps, streams);
  }

  /**
   * Cuts one long token stream into {@code streams} equal parallel streams (the remainder of the division is
   * dropped, as in char-rnn and PyTorch's word-language-model {@code batchify}) and then into consecutive chunks
   * of {@code steps} steps; the last chunk may be shorter. Stream {@code b} is the {@code b}-th contiguous part of
   * {@code tokens}, and each position's target is the next token of the same stream.
   *
   * @throws IllegalArgumentException unless every stream gets at least two tokens (one input and its target)
   */
  public static List<StreamChunk> batchify(int[] tokens, int streams, int steps) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens must not be null");
    }
    Checks.positive("streams", streams);
    Checks.positive("steps", steps);
    int perStream = tokens.length / streams;
    if (perStream < 2) {
      throw new IllegalArgumentException("tokens must hold at least 2 per stream (" + 2 * streams + " for "
          + streams + " streams), got " + tokens.length);
    }
    List<StreamChunk> chunks = new ArrayList<>();
    for (int from = 0, index = 0; from < perStream - 1; from += steps, index++) {
      int t = Math.min(steps, perStream - 1 - from);
      int[] in = new int[t * streams];
      int[] out = new int[t * streams];
      for (int s = 0; s < t; s++) {
        for (int b = 0; b < streams; b++) {
          in[s * streams + b] = tokens[b * perStream + from + s];
          out[s * streams + b] = tokens[b * perStream + from + s + 1];
        }
      }
      chunks.add(new StreamChunk(index, streams, t, in, out));
    }
    return chunks;
  }
}
