package org.rnn4j.core.io;

import java.io.IOException;

/** A file that exists but is truncated, corrupted or not in the expected format; the message names the file. */
public class CorruptFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /** An exception saying that {@code file} is unusable because of {@code problem}. */
  public CorruptFileException(String file, String problem) {
    super(file + " is corrupt: " + problem);
    this.file = file;
  }

  /** The file that was rejected. */
  public String file() {
    return file;
  }
}
