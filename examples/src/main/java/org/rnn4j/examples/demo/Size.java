package org.rnn4j.examples.demo;

/** How much built-in data and training a demo runs on. */
public enum Size {
  /** The task's own built-in data and defaults: what {@code rnn4j <demo>} runs. */
  FULL,
  /** Smaller data and fewer epochs, so that the whole tour takes a few minutes on two cores. */
  TOUR,
  /** A few seconds per demo: a smoke test that every part runs, not a result. */
  QUICK
}
