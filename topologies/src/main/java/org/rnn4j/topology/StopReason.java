package org.rnn4j.topology;

/** Why {@link Trainer#fit()} returned. */
public enum StopReason {
  /** Every requested epoch ran. */
  COMPLETED,
  /** The validation metric did not improve for the configured patience. */
  EARLY_STOPPED,
  /** A loss or gradient was NaN or infinite, or the loss exceeded the divergence threshold. */
  DIVERGED,
  /** The training time limit ran out; the run stopped after a whole step, validated and checkpointed. */
  TIME_LIMIT
}
