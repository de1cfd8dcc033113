package org.rnn4j.topology.seq2seq;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.math.Gemm;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Init;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Luong-style global attention without input feeding, over time-major blocks of decoder outputs
 * {@code h_t [Tt*B x H]} and encoder outputs {@code h̄_s [Ts*B x D]}:
 *
 * <pre>
 *   s_ts = h_tᵀ h̄_s (dot)  or  h_tᵀ W_a h̄_s (general, W_a [H x D])    for valid source steps s &lt; len_b
 *   α_t  = softmax(s_t)  (padded source steps get weight 0)
 *   c_t  = Σ_s α_ts h̄_s
 *   h̃_t  = tanh(W_c [c_t; h_t] + b_c)                                    W_c [H x (D + H)]
 * </pre>
 *
 * Parameters: {@code attention.weight_a} (general only), {@code attention.combine.weight} and
 * {@code attention.combine.bias}. The weights of the last forward pass stay readable until the next one.
 */
public final class LuongAttention {
  private final Attention score;
  private final int hidden;
  private final int encoderWidth;
  private final Param weightA;
  private final Dense combine;
  private final ParamSet params;
  private final Gemm gemm;
  private SequenceShape source;
  private SequenceShape target;
  private float[] enc;
  private float[] dec;
  private float[] keys = new float[0];
  private float[] alpha = new float[0];
  private float[] concat = new float[0];
  private float[] out = new float[0];
  private float[] work = new float[0];
  private float[] dConcat = new float[0];
  private float[] dKeys = new float[0];

  /**
   * Attention of decoder states of width {@code hidden} over encoder outputs of width {@code encoderWidth}.
   *
   * @throws IllegalArgumentException if {@code score} is {@link Attention#NONE}, or DOT with different widths
   */
  public LuongAttention(Attention score, int hidden, int encoderWidth, long seed, Kernels kernels) {
    if (score == null || score == Attention.NONE) {
      throw new IllegalArgumentException("score must be DOT or GENERAL, got " + score);
    }
    this.score = score;
    this.hidden = Checks.positive("hidden", hidden);
    this.encoderWidth = Checks.positive("encoderWidth", encoderWidth);
    if (score == Attention.DOT && hidden != encoderWidth) {
      throw new IllegalArgumentException("dot attention needs encoder output width == decoder hidden size, got "
          + encoderWidth + " and " + hidden + " (use general attention)");
    }
    SplittableRandom random = new SplittableRandom(seed);
    this.combine = Dense.builder().setInputSize(encoderWidth + hidden).setOutputSize(hidden)
        .setSeed(random.nextLong()).optNamePrefix("attention.combine.").optKernels(kernels).build();
    if (score == Attention.GENERAL) {
      weightA = Param.matrix("attention.weight_a", hidden, encoderWidth);
      Init.uniform(1 / Math.sqrt(encoderWidth)).fill(weightA, random);
      params = ParamSet.concat(ParamSet.of(weightA), combine.params());
    } else {
      weightA = null;
      params = combine.params();
    }
    this.gemm = kernels.gemm();
  }

  /** The score function. */
  public Attention score() {
    return score;
  }

  /** The trainable parameters. */
  public ParamSet params() {
    return params;
  }

  /**
   * Attends from every decoder row to the valid encoder rows of the same sequence and returns {@code h̃}
   * ({@code [Tt*B x H]}, owned by this layer, overwritten by the next call). The inputs are kept (not copied) for
   * {@link #backward}.
   */
  public float[] forward(float[] encoderOut, SequenceShape sourceShape, float[] decoderOut, SequenceShape shape) {
    Checks.dimension("source batch", shape.batch(), sourceShape.batch());
    Checks.capacity("encoderOut", encoderOut, 0, sourceShape.rows() * encoderWidth);
    Checks.capacity("decoderOut", decoderOut, 0, shape.rows() * hidden);
    this.source = sourceShape;
    this.target = shape;
    this.enc = encoderOut;
    this.dec = decoderOut;
    int b = shape.batch();
    int tt = shape.steps();
    int ts = sourceShape.steps();
    int width = encoderWidth + hidden;
    float[] k = keys(sourceShape.rows());
    alpha = grow(alpha, b * tt * ts);
    concat = grow(concat, shape.rows() * width);
    for (int r = 0; r < b; r++) {
      int a0 = r * tt * ts;
      gemm.gemm(false, true, tt, ts, hidden, dec, r * hidden, b * hidden, k, r * hidden, b * hidden, false,
          alpha, a0, ts);
      softmaxValid(a0, tt, ts, sourceShape.length(r));
      gemm.gemm(false, false, tt, encoderWidth, ts, alpha, a0, ts, enc, r * encoderWidth, b * encoderWidth, false,
          concat, r * width, b * width);
    }
    for (int row = 0; row < shape.rows(); row++) {
      System.arraycopy(dec, row * hidden, concat, row * width + encoderWidth, hidden);
    }
    out = grow(out, shape.rows() * hidden);
    combine.forward(concat, 0, shape.rows(), out, 0);
    for (int i = 0; i < shape.rows() * hidden; i++) {
      out[i] = (float) Math.tanh(out[i]);
    }
    return out;
  }

  /** The weight of source step {@code s} for decoder step {@code t} of sequence {@code b}, last forward pass. */
  public float weight(int b, int t, int s) {
    return alpha[(b * target.steps() + t) * source.steps() + s];
  }

  /** Weights of sequence {@code b} from the last forward pass: {@code [steps][sourceLength]}. */
  public float[][] weights(int b, int steps) {
    float[][] w = new float[steps][source.length(b)];
    for (int t = 0; t < steps; t++) {
      System.arraycopy(alpha, (b * target.steps() + t) * source.steps(), w[t], 0, source.length(b));
    }
    return w;
  }

  /**
   * Backpropagates the last forward pass: accumulates parameter gradients, writes dL/d(decoder outputs) into
   * {@code dDecoder} (overwritten) and adds dL/d(encoder outputs) into {@code dEncoder}.
   */
  public void backward(float[] dOut, float[] dDecoder, float[] dEncoder) {
    int rows = target.rows();
    int b = target.batch();
    int tt = target.steps();
    int ts = source.steps();
    int width = encoderWidth + hidden;
    work = grow(work, Math.max(rows * hidden, b * tt * ts));
    for (int i = 0; i < rows * hidden; i++) {
      work[i] = dOut[i] * (1 - out[i] * out[i]);
    }
    dConcat = grow(dConcat, rows * width);
    combine.backward(concat, 0, work, 0, rows, dConcat, 0);
    for (int row = 0; row < rows; row++) {
      System.arraycopy(dConcat, row * width + encoderWidth, dDecoder, row * hidden, hidden);
    }
    float[] k = score == Attention.GENERAL ? keys : enc;
    dKeys = grow(dKeys, source.rows() * hidden);
    float[] dAlpha = work;
    for (int r = 0; r < b; r++) {
      int a0 = r * tt * ts;
      gemm.gemm(false, true, tt, ts, encoderWidth, dConcat, r * width, b * width, enc, r * encoderWidth,
          b * encoderWidth, false, dAlpha, a0, ts);
      gemm.gemm(true, false, ts, encoderWidth, tt, alpha, a0, ts, dConcat, r * width, b * width, true, dEncoder,
          r * encoderWidth, b * encoderWidth);
      softmaxBackward(a0, tt, ts);
      gemm.gemm(false, false, tt, hidden, ts, dAlpha, a0, ts, k, r * hidden, b * hidden, true, dDecoder,
          r * hidden, b * hidden);
      gemm.gemm(true, false, ts, hidden, tt, dAlpha, a0, ts, dec, r * hidden, b * hidden, false, dKeys,
          r * hidden, b * hidden);
    }
    int srcRows = source.rows();
    if (score == Attention.GENERAL) {
      gemm.gemm(true, false, hidden, encoderWidth, srcRows, dKeys, 0, hidden, enc, 0, encoderWidth, true,
          weightA.grad().data, 0, encoderWidth);
      gemm.gemm(false, false, srcRows, encoderWidth, hidden, dKeys, 0, hidden, weightA.value().data, 0,
          encoderWidth, true, dEncoder, 0, encoderWidth);
    } else {
      for (int i = 0; i < srcRows * hidden; i++) {
        dEncoder[i] += dKeys[i];
      }
    }
  }

  /** The keys {@code h̄_s} (dot) or {@code W_a h̄_s} (general) of every encoder row. */
  private float[] keys(int srcRows) {
    if (score == Attention.DOT) {
      return enc;
    }
    keys = grow(keys, srcRows * hidden);
    gemm.gemm(false, true, srcRows, hidden, encoderWidth, enc, 0, encoderWidth, weightA.value().data, 0,
        encoderWidth, false, keys, 0, hidden);
    return keys;
  }

  /** Softmax of each of {@code tt} rows over its first {@code valid} columns; the others become 0. */
  private void softmaxValid(int off, int tt, int ts, int valid) {
    for (int t = 0; t < tt; t++) {
      int o = off + t * ts;
      float max = alpha[o];
      for (int s = 1; s < valid; s++) {
        max = Math.max(max, alpha[o + s]);
      }
      if (!Float.isFinite(max)) {
        throw new org.rnn4j.core.NonFiniteException("attention scores must be finite, got " + max);
      }
      double sum = 0;
      for (int s = 0; s < valid; s++) {
        double e = Math.exp(alpha[o + s] - max);
        alpha[o + s] = (float) e;
        sum += e;
      }
      for (int s = 0; s < valid; s++) {
        alpha[o + s] = (float) (alpha[o + s] / sum);
      }
      Arrays.fill(alpha, o + valid, o + ts, 0f);
    }
  }

  /** {@code dS = α ⊙ (dα − Σ_s α dα)}, in place in the work buffer. */
  private void softmaxBackward(int off, int tt, int ts) {
    for (int t = 0; t < tt; t++) {
      int o = off + t * ts;
      double dot = 0;
      for (int s = 0; s < ts; s++) {
        dot += (double) alpha[o + s] * work[o + s];
      }
      for (int s = 0; s < ts; s++) {
        work[o + s] = (float) (alpha[o + s] * (work[o + s] - dot));
      }
    }
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }
}
