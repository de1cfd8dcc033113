package org.rnn4j.examples.train;

/**
 * Input a training command cannot use that is not a data file's fault, such as a data set that cannot be
 * downloaded: its message says what is wrong and what to do, in one sentence. The command exits with
 * {@link TaskCommand#BAD_INPUT}.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem in one sentence. */
  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
