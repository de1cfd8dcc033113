package org.rnn4j.task;

import java.nio.file.Path;

/**
 * A data file that cannot be used, with the file, the 1-based line (0 when the problem is the whole file) and what
 * was wrong, in one sentence: {@code data/train.tsv:17: expected sentence<TAB>label, got 3 fields}.
 */
public class DataFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;

  /** A problem at {@code line} of {@code file} (line 0: the file as a whole). */
  public DataFileException(Path file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 for the whole file. */
  public int line() {
    return line;
  }
}
