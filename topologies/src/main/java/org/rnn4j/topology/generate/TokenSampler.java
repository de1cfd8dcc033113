package org.rnn4j.topology.generate;

import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.NonFiniteException;

/**
 * Picks the next token from a row of logits: the argmax (greedy), or a draw from {@code softmax(logits / T)}
 * restricted to the {@code k} largest logits (top-k; all tokens when no limit is set).
 *
 * <p>Ties are broken towards the lower token id, so greedy choice and the top-k set are deterministic. Draws come
 * from a {@link SplittableRandom} seeded at construction: the same seed and the same logits give the same tokens.
 * A sampler holds that random state and a scratch buffer, so it is not thread-safe; use one per thread.
 */
public final class TokenSampler {
  private final boolean greedy;
  private final double temperature;
  private final int topK;
  private final long seed;
  private SplittableRandom random;
  private double[] weights = new double[0];
  private int[] candidates = new int[0];

  private TokenSampler(boolean greedy, double temperature, int topK, long seed) {
    this.greedy = greedy;
    this.temperature = temperature;
    this.topK = topK;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** A sampler that always picks the largest logit. */
  public static TokenSampler argmax() {
    return new TokenSampler(true, 1, 0, 0);
  }

  /** A new builder of a random sampler (temperature 1, no top-k limit, seed 0 unless set). */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this sampler picks the argmax. */
  public boolean isGreedy() {
    return greedy;
  }

  /** The temperature (1 for the argmax sampler, where it plays no part). */
  public double temperature() {
    return temperature;
  }

  /** The top-k limit, 0 when every token is a candidate. */
  public int topK() {
    return topK;
  }

  /** Restarts the random stream from the seed, so the next draws repeat the first ones. */
  public void reset() {
    random = new SplittableRandom(seed);
  }

  /** The next token from a whole logits row. */
  public int sample(float[] logits) {
    if (logits == null) {
      throw new IllegalArgumentException("logits must not be null");
    }
    return sample(logits, 0, logits.length);
  }

  /**
   * The next token from {@code logits[offset .. offset + vocabularySize)}; the result is in
   * {@code [0, vocabularySize)}.
   *
   * @throws NonFiniteException if a logit is NaN or infinite
   */
  public int sample(float[] logits, int offset, int vocabularySize) {
    Checks.positive("vocabularySize", vocabularySize);
    Checks.capacity("logits", logits, offset, vocabularySize);
    Checks.finite("logits", logits, offset, vocabularySize);
    if (greedy) {
      return argmax(logits, offset, vocabularySize);
    }
    int n = selectCandidates(logits, offset, vocabularySize);
    double max = logits[offset + candidates[0]];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double w = Math.exp((logits[offset + candidates[i]] - max) / temperature);
      weights[i] = w;
      sum += w;
    }
    double u = random.nextDouble() * sum;
    double cumulative = 0;
    for (int i = 0; i < n; i++) {
      cumulative += weights[i];
      if (u < cumulative) {
        return candidates[i];
      }
    }
    return candidates[0];
  }

  /** The id of the largest of {@code logits[offset .. offset + n)} (the lowest id among equals). */
  public static int argmax(float[] logits, int offset, int n) {
    Checks.positive("n", n);
    Checks.capacity("logits", logits, offset, n);
    int best = 0;
    for (int j = 1; j < n; j++) {
      if (logits[offset + j] > logits[offset + best]) {
        best = j;
      }
    }
    return best;
  }

  /**
   * Fills {@code candidates} with the token ids a draw may return, the largest logit first; returns their count.
   * Without a top-k limit (or when k covers the vocabulary) every id is a candidate.
   */
  private int selectCandidates(float[] logits, int offset, int v) {
    int k = topK == 0 ? v : Math.min(topK, v);
    if (candidates.length < v) {
      candidates = new int[v];
      weights = new double[v];
    }
    if (k == v) {
      int best = argmax(logits, offset, v);
      candidates[0] = best;
      for (int j = 0, i = 1; j < v; j++) {
        if (j != best) {
          candidates[i++] = j;
        }
      }
      return v;
    }
    int count = 0;
    for (int j = 0; j < v; j++) {
      float value = logits[offset + j];
      if (count == k && value <= logits[offset + candidates[k - 1]]) {
        continue;
      }
      int pos = count < k ? count++ : k - 1;
      while (pos > 0 && value > logits[offset + candidates[pos - 1]]) {
        candidates[pos] = candidates[pos - 1];
        pos--;
      }
      candidates[pos] = j;
    }
    return k;
  }

  @Override
  public String toString() {
    return greedy ? "argmax" : "sample(temperature=" + temperature + (topK == 0 ? "" : ", topK=" + topK)
        + ", seed=" + seed + ")";
  }

  /** Configures a random {@link TokenSampler}. */
  public static final class Builder {
    private double temperature = 1;
    private int topK;
    private long seed;

    private Builder() {}

    /**
     * Divides the logits before the softmax (default 1): below 1 sharpens towards the argmax, above 1 flattens.
     *
     * @throws IllegalArgumentException unless finite and {@code > 0} (use {@link TokenSampler#argmax()} for the
     *     limit at 0)
     */
    public Builder optTemperature(double temperature) {
      if (!(temperature > 0) || Double.isInfinite(temperature)) {
        throw new IllegalArgumentException("temperature must be a finite number > 0 (for greedy choice use"
            + " TokenSampler.argmax()), got " + temperature);
      }
      this.temperature = temperature;
      return this;
    }

    /** Draws only among the {@code k} largest logits (default: no limit). */
    public Builder optTopK(int k) {
      this.topK = Checks.positive("topK", k);
      return this;
    }

    /** Seed of the draws (default 0). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Builds the sampler. */
    public TokenSampler build() {
      return new TokenSampler(false, temperature, topK, seed);
    }
  }
}
