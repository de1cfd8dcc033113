package org.rnn4j.examples;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/** The exit code and captured output of one in-process {@code rnn4j} invocation. */
public record CommandRun(int exitCode, String out, String err) {

  /** Runs {@code rnn4j args...} in this JVM with Unicode marks and empty standard input. */
  public static CommandRun of(String... args) {
    return withInput("", args);
  }

  /** Runs {@code rnn4j args...} in this JVM with Unicode marks, reading {@code input} as standard input. */
  public static CommandRun withInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new Console(new PrintWriter(out), new PrintWriter(err), Marks.UNICODE, false,
        new BufferedReader(new StringReader(input))));
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** Standard output, line by line. */
  public List<String> outLines() {
    return out.lines().toList();
  }

  /** Standard error, line by line. */
  public List<String> errLines() {
    return err.lines().toList();
  }
}
