package org.rnn4j.examples.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks for file options that only work together. */
final class FileOptions {
  private FileOptions() {}

  /** Requires all of {@code values} to be set or none; names the missing options otherwise. */
  static void requireAllOrNone(CommandSpec spec, String[] names, Object... values) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty() && missing.size() < values.length) {
      throw new ParameterException(spec.commandLine(), "give " + String.join(", ", names) + " together (missing "
          + String.join(", ", missing) + ")");
    }
  }
}
