package org.rnn4j.core.bptt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A probe of how gradients travel through time: the engine records {@code ||dL/dh_t||} (the L2 norm over the batch
 * of the total gradient reaching hidden state {@code h_t}) for every step it traverses backward. With it the
 * vanishing and exploding gradients of long sequences can be observed.
 */
public final class GradientFlow {
  private double[] hiddenNorms = new double[0];

  /** Forgets earlier records and prepares for a sequence of {@code steps} steps. */
  public void reset(int steps) {
    if (hiddenNorms.length != steps) {
      hiddenNorms = new double[steps];
    } else {
      Arrays.fill(hiddenNorms, 0);
    }
  }

  /** Records {@code ||dL/dh_t||} of step {@code t}; the engine calls this once per backward step. */
  public void recordHidden(int t, float[] dh, int length) {
    double s = 0;
    for (int i = 0; i < length; i++) {
      s += (double) dh[i] * dh[i];
    }
    if (t >= hiddenNorms.length) {
      hiddenNorms = Arrays.copyOf(hiddenNorms, t + 1);
    }
    hiddenNorms[t] = Math.sqrt(s);
  }

  /**
   * {@code ||dL/dh_t||} for {@code t = 0 .. T-1} from the last backward pass; under truncated BPTT, step t's value
   * comes from the window of the chunk that holds t.
   */
  public double[] hiddenGradientNorms() {
    return hiddenNorms.clone();
  }

  /** The L2 norm of each parameter's current gradient, by name, in the set's order. */
  public static Map<String, Double> parameterGradientNorms(ParamSet params) {
    Map<String, Double> norms = new LinkedHashMap<>();
    for (Param p : params) {
      double s = 0;
      for (float g : p.grad().data) {
        s += (double) g * g;
      }
      norms.put(p.name(), Math.sqrt(s));
    }
    return norms;
  }
}
