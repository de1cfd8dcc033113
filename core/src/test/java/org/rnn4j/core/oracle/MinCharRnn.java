package org.rnn4j.core.oracle;

import java.util.SplittableRandom;

/**
 * A plain double-precision port of the loss function of Karpathy's min-char-rnn (2015), the reference the
 * vanilla RNN + dense + softmax cross-entropy path is checked against. Written from the published algorithm as
 * straightforward loops; nothing here is shared with the main code.
 *
 * <p>For one sequence of vocabulary indices, with one-hot {@code x_t} of size V:
 * <pre>
 *   h_t = tanh(Wxh x_t + Whh h_{t-1} + bh)        h_{-1} = hprev
 *   y_t = Why h_t + by
 *   p_t = softmax(y_t)
 *   loss = sum_t -log p_t[target_t]                (a sum over steps, not a mean)
 * </pre>
 * Backward, exactly as the original: {@code dy = p - onehot(target)}, {@code dWhy += dy h_tᵀ}, {@code dby += dy},
 * {@code dh = Whyᵀ dy + dhnext}, {@code dhraw = (1 - h_t²) ∘ dh}, {@code dbh += dhraw}, {@code dWxh += dhraw x_tᵀ},
 * {@code dWhh += dhraw h_{t-1}ᵀ}, {@code dhnext = Whhᵀ dhraw}. Unlike the original, {@link #lossFun} does not clip
 * the gradients to [-5, 5]; {@link Result#clipped(double)} does that on request. The softmax subtracts the max
 * logit first (the same value, without overflow). {@link Result#dhPrev()} (the final {@code dhnext}) is the
 * gradient of the loss with respect to {@code hprev}, which the original computes but does not return.
 *
 * <p>Mapping to rnn4j / PyTorch names: {@code Wxh = weight_ih [H x V]}, {@code Whh = weight_hh [H x H]},
 * {@code bh = bias_ih + bias_hh} (so each of the two gets the gradient {@code dbh}), and the output layer
 * {@code Why [V x H]}, {@code by [V]} is a dense layer; a one-hot input row equals an embedding lookup of
 * {@code Wxh}'s column.
 */
public final class MinCharRnn {

  /** The five parameters; matrices are {@code [rows][cols]}. */
  public record Params(double[][] wxh, double[][] whh, double[][] why, double[] bh, double[] by) {
    public Params {
      int h = bh.length;
      int v = by.length;
      requireShape("Wxh", wxh, h, v);
      requireShape("Whh", whh, h, h);
      requireShape("Why", why, v, h);
    }

    /** Hidden size H. */
    public int hidden() {
      return bh.length;
    }

    /** Vocabulary size V. */
    public int vocab() {
      return by.length;
    }

    /** Parameters drawn uniformly from [-scale, scale) with a seeded generator. */
    public static Params random(int vocab, int hidden, double scale, long seed) {
      SplittableRandom rnd = new SplittableRandom(seed);
      return new Params(matrix(hidden, vocab, scale, rnd), matrix(hidden, hidden, scale, rnd),
          matrix(vocab, hidden, scale, rnd), matrix(1, hidden, scale, rnd)[0], matrix(1, vocab, scale, rnd)[0]);
    }

    /** A deep copy, e.g. to perturb one value in a finite-difference check. */
    public Params copy() {
      return new Params(deepCopy(wxh), deepCopy(whh), deepCopy(why), bh.clone(), by.clone());
    }
  }

  /**
   * The loss, the five gradients (same shapes as {@link Params}), the last hidden state {@code h_{T-1}} and the
   * gradient of the loss with respect to {@code hprev}.
   */
  public record Result(double loss, double[][] dWxh, double[][] dWhh, double[][] dWhy, double[] dbh, double[] dby,
                       double[] hLast, double[] dhPrev) {

    /** The gradients as a {@link Params} (for walking all five uniformly). */
    public Params gradients() {
      return new Params(dWxh, dWhh, dWhy, dbh, dby);
    }

    /** A copy whose five parameter gradients are clipped elementwise to [-limit, limit], as min-char-rnn does. */
    public Result clipped(double limit) {
      Params g = gradients().copy();
      for (double[][] m : new double[][][] {g.wxh(), g.whh(), g.why(), {g.bh()}, {g.by()}}) {
        for (double[] row : m) {
          for (int i = 0; i < row.length; i++) {
            row[i] = Math.max(-limit, Math.min(limit, row[i]));
          }
        }
      }
      return new Result(loss, g.wxh(), g.whh(), g.why(), g.bh(), g.by(), hLast.clone(), dhPrev.clone());
    }
  }

  private final Params p;

  public MinCharRnn(Params params) {
    this.p = params;
  }

  /** Forward and backward over one sequence; {@code inputs[t]} predicts {@code targets[t]}. */
  public Result lossFun(int[] inputs, int[] targets, double[] hprev) {
    int n = inputs.length;
    int h = p.hidden();
    int v = p.vocab();
    if (targets.length != n || n == 0) {
      throw new IllegalArgumentException("inputs and targets must have the same length > 0, got " + n + " and "
          + targets.length);
    }
    if (hprev.length != h) {
      throw new IllegalArgumentException("hprev must have length " + h + ", got " + hprev.length);
    }
    double[][] hs = new double[n + 1][]; // hs[t + 1] = h_t, hs[0] = hprev
    double[][] ps = new double[n][];
    hs[0] = hprev.clone();
    double loss = 0;
    for (int t = 0; t < n; t++) {
      int in = index("inputs", inputs, t, v);
      int target = index("targets", targets, t, v);
      double[] ht = new double[h];
      for (int i = 0; i < h; i++) {
        double a = p.wxh()[i][in] + p.bh()[i]; // Wxh x_t with one-hot x_t picks column `in`
        for (int k = 0; k < h; k++) {
          a += p.whh()[i][k] * hs[t][k];
        }
        ht[i] = Math.tanh(a);
      }
      hs[t + 1] = ht;
      double[] y = new double[v];
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < v; j++) {
        y[j] = p.by()[j];
        for (int i = 0; i < h; i++) {
          y[j] += p.why()[j][i] * ht[i];
        }
        max = Math.max(max, y[j]);
      }
      double sum = 0;
      for (int j = 0; j < v; j++) {
        y[j] = Math.exp(y[j] - max);
        sum += y[j];
      }
      for (int j = 0; j < v; j++) {
        y[j] /= sum;
      }
      ps[t] = y;
      loss += -Math.log(y[target]);
    }
    return backward(inputs, targets, hs, ps, loss);
  }

  private Result backward(int[] inputs, int[] targets, double[][] hs, double[][] ps, double loss) {
    int h = p.hidden();
    int v = p.vocab();
    double[][] dWxh = new double[h][v];
    double[][] dWhh = new double[h][h];
    double[][] dWhy = new double[v][h];
    double[] dbh = new double[h];
    double[] dby = new double[v];
    double[] dhnext = new double[h];
    for (int t = inputs.length - 1; t >= 0; t--) {
      double[] ht = hs[t + 1];
      double[] hPrev = hs[t];
      double[] dy = ps[t].clone();
      dy[targets[t]] -= 1;
      double[] dh = dhnext.clone();
      for (int j = 0; j < v; j++) {
        dby[j] += dy[j];
        for (int i = 0; i < h; i++) {
          dWhy[j][i] += dy[j] * ht[i];
          dh[i] += p.why()[j][i] * dy[j];
        }
      }
      double[] dhraw = new double[h];
      for (int i = 0; i < h; i++) {
        dhraw[i] = (1 - ht[i] * ht[i]) * dh[i];
        dbh[i] += dhraw[i];
        dWxh[i][inputs[t]] += dhraw[i];
        for (int k = 0; k < h; k++) {
          dWhh[i][k] += dhraw[i] * hPrev[k];
        }
      }
      dhnext = new double[h];
      for (int k = 0; k < h; k++) {
        for (int i = 0; i < h; i++) {
          dhnext[k] += p.whh()[i][k] * dhraw[i];
        }
      }
    }
    return new Result(loss, dWxh, dWhh, dWhy, dbh, dby, hs[inputs.length].clone(), dhnext);
  }

  private static int index(String name, int[] a, int t, int v) {
    if (a[t] < 0 || a[t] >= v) {
      throw new IllegalArgumentException(name + "[" + t + "] must be in [0, " + v + "), got " + a[t]);
    }
    return a[t];
  }

  private static void requireShape(String name, double[][] m, int rows, int cols) {
    if (m.length != rows) {
      throw new IllegalArgumentException(name + " must have " + rows + " rows, got " + m.length);
    }
    for (double[] row : m) {
      if (row.length != cols) {
        throw new IllegalArgumentException(name + " rows must have " + cols + " columns, got " + row.length);
      }
    }
  }

  private static double[][] matrix(int rows, int cols, double scale, SplittableRandom rnd) {
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int i = 0; i < cols; i++) {
        row[i] = (2 * rnd.nextDouble() - 1) * scale;
      }
    }
    return m;
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
