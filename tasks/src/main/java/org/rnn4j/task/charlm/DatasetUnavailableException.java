package org.rnn4j.task.charlm;

import java.io.IOException;

/** A data set could not be downloaded or verified; the message says which file to get by hand and how to pass it. */
public class DatasetUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The failure, explained in one sentence. */
  public DatasetUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
