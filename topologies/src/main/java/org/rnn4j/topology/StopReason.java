package org.rnn4j.topology;

/** Why {@link Trainer#fit()} returned. */
public enum StopReason {
  /** Every requested epoch ran. */
  COMPLETED,
  /** The validation metric did not improve for the configured patience. */
  EARLY_STOPPED,
  /** A loss or gradient was NaN or infinite, or the loss exceeded the divergence threshold. */
  DIVERGED
}
