package org.rnn4j.topology.seq2seq;

import java.util.Objects;

/**
 * One sequence-to-sequence example: a source token sequence and the target token sequence it maps to. Targets hold
 * only the output tokens; the model adds the start token in front of the decoder inputs and the end token after the
 * targets itself.
 *
 * @param source source token ids (the encoder reads all of them)
 * @param target target token ids, without start or end token
 */
public record SentencePair(int[] source, int[] target) {

  /** Requires both arrays (emptiness and ranges are checked by the model, which knows the vocabularies). */
  public SentencePair {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
