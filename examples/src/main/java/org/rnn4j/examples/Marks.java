package org.rnn4j.examples;

import java.nio.charset.Charset;

/**
 * The symbols that mark a prediction right or wrong.
 *
 * @param right the mark of a correct prediction
 * @param wrong the mark of a wrong prediction
 */
public record Marks(String right, String wrong) {
  /** Check mark and ballot X, for terminals that can show them. */
  public static final Marks UNICODE = new Marks("\u2713", "\u2717");
  /** Plain ASCII, for output encodings without those symbols. */
  public static final Marks ASCII = new Marks("ok", "x");

  /** {@link #UNICODE} when {@code charset} can encode both symbols, else {@link #ASCII}. */
  public static Marks forCharset(Charset charset) {
    var encoder = charset.newEncoder();
    return encoder.canEncode(UNICODE.right) && encoder.canEncode(UNICODE.wrong) ? UNICODE : ASCII;
  }
}
