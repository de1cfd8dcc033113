package org.rnn4j.topology;

/** How {@link ManyToOne} turns the recurrent outputs of a sequence into one vector. */
public enum Pooling {
  /**
   * The state at the row's last valid step; when bidirectional, the forward half at the last valid step and the
   * reverse half at step 0 (each direction's final state).
   */
  LAST,
  /** The mean of the outputs over the row's valid steps. */
  MEAN,
  /** The element-wise maximum of the outputs over the row's valid steps. */
  MAX
}
