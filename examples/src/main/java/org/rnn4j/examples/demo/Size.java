package org.rnn4j.examples.demo;

/** How much built-in data and training a demo runs on. */
public enum Size {
  /**
   * The task's own built-in data and defaults: what {@code rnn4j <demo>} and the tour run (all six demos take
   * about half a minute on two cores).
   */
  FULL,
  /** A few seconds per demo: a smoke test that every part runs, not a result. */
  QUICK
}
