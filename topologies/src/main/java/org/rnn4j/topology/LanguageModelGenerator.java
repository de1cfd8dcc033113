package org.rnn4j.topology;

import org.rnn4j.core.Checks;
import org.rnn4j.topology.generate.TokenSampler;

/**
 * Runs a {@link LanguageModel} one token at a time, keeping its recurrent state between calls: prime it with a
 * text, read the logits of the next token, feed a token, repeat. Obtained from {@link LanguageModel#generator()};
 * reads the model's current weights. Not thread-safe, and it shares the model's layers, so do not use it while the
 * model trains on another thread.
 */
public final class LanguageModelGenerator {
  private final LanguageModel model;
  private final TokenStepper stepper;
  private final int[] token = new int[1];
  private final float[] last;
  private boolean hasLogits;

  LanguageModelGenerator(LanguageModel model, TokenStepper stepper) {
    this.model = model;
    this.stepper = stepper;
    this.last = new float[model.vocabularySize()];
  }

  /** Back to zero state, with no logits yet. */
  public void reset() {
    stepper.reset();
    hasLogits = false;
  }

  /**
   * Feeds {@code tokens} in order from the current state (all at once, like one training sequence) and returns the
   * logits of the token that follows them; the returned buffer is overwritten by the next call.
   *
   * @throws IllegalArgumentException if {@code tokens} is empty or holds an id outside the vocabulary
   */
  public float[] prime(int[] tokens) {
    if (tokens == null || tokens.length == 0) {
      throw new IllegalArgumentException("prime tokens must hold at least one token, got none");
    }
    float[] all = model.sequenceLogits(tokens, stepper.states());
    stepper.keepFinalStates();
    int v = last.length;
    System.arraycopy(all, (tokens.length - 1) * v, last, 0, v);
    hasLogits = true;
    return last;
  }

  /**
   * Feeds one token and returns the logits {@code [V]} of the next; the buffer is overwritten by the next call.
   *
   * @throws IllegalArgumentException if {@code token} is outside {@code [0, V)}
   */
  public float[] step(int token) {
    int v = last.length;
    if (token < 0 || token >= v) {
      throw new IllegalArgumentException("token must be in [0, " + v + "), got " + token);
    }
    this.token[0] = token;
    System.arraycopy(stepper.step(this.token, null), 0, last, 0, v);
    hasLogits = true;
    return last;
  }

  /** The logits of the next token after the last {@link #prime} or {@link #step}. */
  public float[] logits() {
    requireLogits();
    return last;
  }

  /**
   * Continues from the current state: picks a token from the current logits with {@code sampler}, feeds it back,
   * {@code length} times; returns the chosen tokens.
   *
   * @throws IllegalStateException if nothing has been fed yet (prime first)
   */
  public int[] generate(int length, TokenSampler sampler) {
    Checks.positive("length", length);
    if (sampler == null) {
      throw new IllegalArgumentException("sampler must not be null");
    }
    requireLogits();
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = sampler.sample(last, 0, last.length);
      step(out[i]);
    }
    return out;
  }

  /** Resets, primes with {@code prime}, and generates {@code length} tokens after it. */
  public int[] sample(int[] prime, int length, TokenSampler sampler) {
    Checks.positive("length", length);
    reset();
    prime(prime);
    return generate(length, sampler);
  }

  private void requireLogits() {
    if (!hasLogits) {
      throw new IllegalStateException("no token has been fed yet: call prime or step first");
    }
  }
}
