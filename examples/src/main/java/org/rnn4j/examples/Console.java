package org.rnn4j.examples;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Where a command reads and writes: its standard input, output and error streams, and the marks that output can
 * display.
 *
 * @param out normal output
 * @param err errors and diagnostics
 * @param marks the right/wrong symbols {@code out} can show
 * @param terminal whether {@code out} is a terminal (progress bars redraw in place) rather than a file or pipe
 * @param in standard input, for commands that read text (such as {@code translate --checkpoint})
 */
public record Console(PrintWriter out, PrintWriter err, Marks marks, boolean terminal, BufferedReader in) {

  /** Requires every component. */
  public Console {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(marks, "marks");
    Objects.requireNonNull(in, "in");
  }

  /** A console that is not a terminal, with empty input. */
  public Console(PrintWriter out, PrintWriter err, Marks marks) {
    this(out, err, marks, false, new BufferedReader(new StringReader("")));
  }

  /** A console with empty input. */
  public Console(PrintWriter out, PrintWriter err, Marks marks, boolean terminal) {
    this(out, err, marks, terminal, new BufferedReader(new StringReader("")));
  }

  /**
   * The process's standard streams, all in the encoding the JVM uses for its standard output; a terminal when the
   * JVM has a console (standard input and output both attached to a terminal).
   */
  public static Console system() {
    Charset charset = outputCharset();
    return new Console(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new OutputStreamWriter(System.err, charset), true), Marks.forCharset(charset),
        System.console() != null, new BufferedReader(new InputStreamReader(System.in, charset)));
  }

  /**
   * The charset of standard output: {@code stdout.encoding} (Java 19+), else {@code sun.stdout.encoding} (set for a
   * terminal), else {@code native.encoding} (Java 17+), else the default charset.
   */
  static Charset outputCharset() {
    for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
      String name = System.getProperty(key);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }
}
