package org.rnn4j.topology.seq2seq;

import java.util.Locale;

/** Whether and how the decoder attends over the encoder outputs (Luong et al. 2015, global attention). */
public enum Attention {
  /** No attention: the decoder output feeds the output layer directly. */
  NONE,
  /** {@code score(h_t, h̄_s) = h_tᵀ h̄_s}; needs the encoder output width to equal the decoder hidden size. */
  DOT,
  /** {@code score(h_t, h̄_s) = h_tᵀ W_a h̄_s} with a learned {@code W_a [H_dec x D_enc]}. */
  GENERAL;

  /** Parses {@code none}, {@code dot} or {@code general}, ignoring case. */
  public static Attention parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("attention must be one of none, dot, general, got '" + name + "'");
    }
  }
}
