package org.rnn4j.core.optim;

import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Gradient clipping in place, as {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}. Call it after
 * the backward pass and before {@link Optimizer#step}. Neither method allocates.
 */
public final class GradientClipping {
  private GradientClipping() {}

  /**
   * Scales all gradients together so that their global L2 norm is at most {@code maxNorm}: with the total norm
   * {@code n} (accumulated in double over every gradient), each gradient is multiplied by
   * {@code maxNorm / (n + 1e-6)} when that factor is below 1, and left unchanged otherwise (so, as in PyTorch, a
   * norm exactly at {@code maxNorm} is still scaled by a factor just below 1).
   *
   * <p>Unlike PyTorch's default, a non-finite total norm is an error (as with {@code error_if_nonfinite=True}):
   * scaling by it would turn every gradient into NaN or zero and silently ruin the parameters.
   *
   * @return the total norm before clipping
   * @throws IllegalArgumentException unless {@code maxNorm} is finite and {@code > 0}
   * @throws org.rnn4j.core.NonFiniteException if the total norm is NaN or infinite, naming the first parameter whose gradient
   *     is not finite; the gradients are left unchanged
   */
  public static double clipGlobalNorm(ParamSet params, double maxNorm) {
    Checks.positive("maxNorm", maxNorm);
    double sum = 0;
    for (int i = 0; i < params.size(); i++) {
      float[] g = params.get(i).grad().data;
      for (float x : g) {
        sum += (double) x * x;
      }
    }
    double norm = Math.sqrt(sum);
    if (!Double.isFinite(norm)) {
      throw new org.rnn4j.core.NonFiniteException("the total gradient norm is " + norm + " (not finite), so it cannot be "
          + "clipped; first non-finite gradient: " + firstNonFinite(params));
    }
    double scale = maxNorm / (norm + 1e-6);
    if (scale < 1) {
      float s = (float) scale;
      for (int i = 0; i < params.size(); i++) {
        float[] g = params.get(i).grad().data;
        for (int j = 0; j < g.length; j++) {
          g[j] *= s;
        }
      }
    }
    return norm;
  }

  /**
   * Clamps every gradient element to {@code [-clip, clip]}; NaN elements stay NaN.
   *
   * @throws IllegalArgumentException unless {@code clip} is finite and {@code > 0}
   */
  public static void clipValue(ParamSet params, double clip) {
    Checks.positive("clip", clip);
    float hi = (float) clip;
    float lo = -hi;
    for (int i = 0; i < params.size(); i++) {
      float[] g = params.get(i).grad().data;
      for (int j = 0; j < g.length; j++) {
        g[j] = Math.min(Math.max(g[j], lo), hi);
      }
    }
  }

  private static String firstNonFinite(ParamSet params) {
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      float[] g = p.grad().data;
      for (int j = 0; j < g.length; j++) {
        if (!Float.isFinite(g[j])) {
          return p.name() + "[" + j + "] = " + g[j];
        }
      }
    }
    return "none (the sum of squares overflowed)";
  }
}
