package org.rnn4j.core.bptt;

import java.util.ArrayList;
import java.util.List;
import org.rnn4j.core.Checks;

/**
 * How far gradients travel back in time: full BPTT, or truncated BPTT(k1, k2) where every {@code k1} steps the
 * losses of those steps are propagated back through the last {@code k2 >= k1} steps and no further (Williams and
 * Peng's BPTT(h; h')). The forward pass is never truncated: hidden state is carried through every step, only the
 * gradient is cut. Across batches, a caller carries state by passing the last final state as the next initial state.
 *
 * @param k1 steps between truncation points (forward chunk length)
 * @param k2 steps each backward pass covers
 */
public record Truncation(int k1, int k2) {

  /**
   * A backward window: steps {@code [start, end)} are traversed; the losses of the chunk {@code [injectFrom, end)}
   * enter (output gradients from {@code outputsFrom}, final-state gradients of rows whose last step lies in the
   * chunk).
   *
   * @param start first step traversed; the gradient is cut before it
   * @param outputsFrom first step whose output gradient enters: {@code injectFrom} for a loss layer,
   *     {@code start} for a layer fed by the window of the layer above
   * @param injectFrom first step of the chunk whose losses this window propagates
   * @param end one past the last step
   */
  public record Window(int start, int outputsFrom, int injectFrom, int end) {
    /** A window over {@code [start, end)} whose chunk starts at {@code injectFrom}. */
    public Window(int start, int injectFrom, int end) {
      this(start, injectFrom, injectFrom, end);
    }

    /** The same window for the layer below, which receives output gradients over the whole window. */
    public Window forLayerBelow() {
      return new Window(start, start, injectFrom, end);
    }
  }

  private static final Truncation FULL = new Truncation(Integer.MAX_VALUE, Integer.MAX_VALUE);

  /** Validates {@code k1 >= 1} and {@code k2 >= k1}. */
  public Truncation {
    Checks.positive("k1", k1);
    Checks.positive("k2", k2);
    if (k2 < k1) {
      throw new IllegalArgumentException("k2 must be >= k1 (" + k1 + ") so every loss reaches its own step, got "
          + k2);
    }
  }

  /** Full BPTT: one window over the whole sequence. */
  public static Truncation full() {
    return FULL;
  }

  /** Truncated BPTT with {@code k1 = k2 = k}: the sequence is cut into chunks of {@code k} steps. */
  public static Truncation of(int k) {
    return new Truncation(k, k);
  }

  /** Truncated BPTT(k1, k2). */
  public static Truncation of(int k1, int k2) {
    return new Truncation(k1, k2);
  }

  /** Whether this is full BPTT. */
  public boolean isFull() {
    return k1 == Integer.MAX_VALUE;
  }

  /**
   * The backward windows over a sequence of {@code steps} steps, latest first. With {@code k1 >= steps} there is
   * one window covering everything, exactly full BPTT.
   */
  public List<Window> windows(int steps) {
    Checks.positive("steps", steps);
    List<Window> windows = new ArrayList<>();
    int chunks = (int) ((steps + (long) k1 - 1) / k1);
    for (int c = chunks - 1; c >= 0; c--) {
      int from = (int) ((long) c * k1);
      int end = (int) Math.min(steps, (long) from + k1);
      int start = (int) Math.max(0, (long) end - k2);
      windows.add(new Window(start, from, end));
    }
    return windows;
  }

  @Override
  public String toString() {
    return isFull() ? "full BPTT" : "truncated BPTT(k1=" + k1 + ", k2=" + k2 + ")";
  }
}
