package org.rnn4j.core.gradcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Finite-difference gradient check: compares the analytic gradients an {@link Objective} writes into a
 * {@link ParamSet} with fourth-order central differences of its loss, element by element and along directions through all
 * parameters at once (the analytic gradient's own, then random ones).
 *
 * <p>The step for each element is relative to its value ({@code step * max(|v|, 1)}); a direction is scaled to
 * length {@code step}. The error of an element or a direction is
 * {@code |analytic - numeric| / max(|analytic|, |numeric|, absoluteFloor)}; a NaN counts as an infinite error. The
 * report names the worst parameter and element. Float32 models need the loss accumulated in double; the
 * fourth-order stencil lets the default step (3e-2, relative) rise above float32 rounding noise without curvature
 * error.
 */
public final class GradientCheck {

  /** A loss of the parameters' current values. */
  @FunctionalInterface
  public interface Objective {
    /**
     * Returns the loss at the current parameter values. When {@code computeGradients} is true it also sets every
     * parameter's gradient to dLoss/dParam (overwriting, not accumulating).
     */
    double evaluate(boolean computeGradients);
  }

  /** The outcome: the worst element-wise error, where it was, and the worst directional error. */
  public record Report(double maxError, String worstParam, int worstIndex, double worstAnalytic,
      double worstNumeric, double maxDirectionalError, int checkedElements, double tolerance) {
    /** True when every element and every direction is within tolerance. */
    public boolean passed() {
      return maxError <= tolerance && maxDirectionalError <= tolerance;
    }

    @Override
    public String toString() {
      return String.format("%s: max error %.3g at %s[%d] (analytic %.6g, numeric %.6g), directional %.3g,"
              + " %d elements, tolerance %.3g", passed() ? "passed" : "FAILED", maxError, worstParam, worstIndex,
          worstAnalytic, worstNumeric, maxDirectionalError, checkedElements, tolerance);
    }
  }

  private final ParamSet params;
  private final Objective objective;
  private final double step;
  private final double tolerance;
  private final double absoluteFloor;
  private final int directions;
  private final int maxElementsPerParam;
  private final long seed;

  private GradientCheck(Builder b) {
    this.params = b.params;
    this.objective = b.objective;
    this.step = b.step;
    this.tolerance = b.tolerance;
    this.absoluteFloor = b.absoluteFloor;
    this.directions = b.directions;
    this.maxElementsPerParam = b.maxElementsPerParam;
    this.seed = b.seed;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs the check; parameter values are restored exactly afterwards. */
  public Report run() {
    objective.evaluate(true);
    List<float[]> analytic = new ArrayList<>();
    for (Param p : params) {
      analytic.add(p.grad().data.clone());
    }
    SplittableRandom random = new SplittableRandom(seed);
    double maxError = 0;
    String worstParam = params.size() > 0 ? params.get(0).name() : "";
    int worstIndex = -1;
    double worstA = 0;
    double worstN = 0;
    int checked = 0;
    for (int pi = 0; pi < params.size(); pi++) {
      Param p = params.get(pi);
      float[] v = p.value().data;
      int[] indices = chooseIndices(v.length, random);
      for (int i : indices) {
        float saved = v[i];
        double h = step * Math.max(Math.abs(saved), 1.0);
        double numeric = stencil(shift -> {
          v[i] = (float) (saved + shift * h);
          double loss = objective.evaluate(false);
          v[i] = saved;
          return loss;
        }) / h;
        double a = analytic.get(pi)[i];
        double err = error(a, numeric);
        checked++;
        if (worstIndex < 0 || err > maxError) {
          maxError = err;
          worstParam = p.name();
          worstIndex = i;
          worstA = a;
          worstN = numeric;
        }
      }
    }
    double maxDirectional = 0;
    for (int d = 0; d < directions; d++) {
      List<float[]> direction = d == 0 && allFinite(analytic) ? analytic : randomDirection(random);
      maxDirectional = Math.max(maxDirectional, directional(analytic, direction));
    }
    return new Report(maxError, worstParam, worstIndex, worstA, worstN, maxDirectional, checked, tolerance);
  }

  /** Runs the check and throws {@link AssertionError} with the report if it fails. */
  public Report assertPasses() {
    Report r = run();
    if (!r.passed()) {
      throw new AssertionError("gradient check " + r);
    }
    return r;
  }

  private int[] chooseIndices(int n, SplittableRandom random) {
    if (n <= maxElementsPerParam) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < maxElementsPerParam; i++) {
      int j = i + random.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return java.util.Arrays.copyOf(perm, maxElementsPerParam);
  }

  /**
   * The error of the directional derivative along {@code direction}: the loss difference between the points
   * {@code v + step*u} and {@code v - step*u} against the analytic gradient dotted with the displacement actually
   * stored in float (which differs from {@code 2*step*u} by rounding).
   */
  private double directional(List<float[]> analytic, List<float[]> direction) {
    double norm = 0;
    for (float[] u : direction) {
      for (float ui : u) {
        norm += (double) ui * ui;
      }
    }
    if (norm == 0) {
      return 0;
    }
    double scale = step / Math.sqrt(norm);
    List<float[]> saved = new ArrayList<>();
    for (Param p : params) {
      saved.add(p.value().data.clone());
    }
    double numeric = stencil(k -> {
      shift(direction, saved, k * scale);
      return objective.evaluate(false);
    });
    double expected = stencil(k -> {
      shift(direction, saved, k * scale);
      double moved = 0;
      for (int pi = 0; pi < params.size(); pi++) {
        moved += dot(analytic.get(pi), params.get(pi).value().data, saved.get(pi));
      }
      return moved;
    });
    for (int pi = 0; pi < params.size(); pi++) {
      System.arraycopy(saved.get(pi), 0, params.get(pi).value().data, 0, saved.get(pi).length);
    }
    return error(expected / step, numeric / step);
  }

  /**
   * {@code h * f'(0)} of {@code f(k) = loss at displacement k*h}, by the fourth-order central difference
   * {@code (8(f(1) - f(-1)) - (f(2) - f(-2))) / 12}: its truncation error is O(h⁴), so a step large enough to rise
   * above float32 rounding noise brings no curvature error with it.
   */
  private static double stencil(java.util.function.DoubleUnaryOperator f) {
    double p1 = f.applyAsDouble(1);
    double m1 = f.applyAsDouble(-1);
    double p2 = f.applyAsDouble(2);
    double m2 = f.applyAsDouble(-2);
    return (8 * (p1 - m1) - (p2 - m2)) / 12;
  }

  /** A direction with independent uniform components, one array per parameter. */
  private List<float[]> randomDirection(SplittableRandom random) {
    List<float[]> dir = new ArrayList<>();
    for (Param p : params) {
      float[] u = new float[p.size()];
      for (int i = 0; i < u.length; i++) {
        u[i] = (float) (random.nextDouble() * 2 - 1);
      }
      dir.add(u);
    }
    return dir;
  }

  private static boolean allFinite(List<float[]> arrays) {
    for (float[] a : arrays) {
      for (float v : a) {
        if (!Float.isFinite(v)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code g . (moved - saved)} in double. */
  private static double dot(float[] g, float[] moved, float[] saved) {
    double sum = 0;
    for (int i = 0; i < g.length; i++) {
      sum += g[i] * ((double) moved[i] - saved[i]);
    }
    return sum;
  }

  private void shift(List<float[]> dir, List<float[]> saved, double h) {
    for (int pi = 0; pi < params.size(); pi++) {
      float[] v = params.get(pi).value().data;
      float[] s = saved.get(pi);
      float[] u = dir.get(pi);
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (s[i] + h * u[i]);
      }
    }
  }

  /** The relative error; NaN anywhere (a NaN gradient or loss) counts as infinitely wrong. */
  private double error(double analytic, double numeric) {
    double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), absoluteFloor);
    double err = Math.abs(analytic - numeric) / scale;
    return Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
  }

  /** Configures a {@link GradientCheck}. */
  public static final class Builder {
    private ParamSet params;
    private Objective objective;
    private double step = 3e-2;
    private double tolerance = 1e-2;
    private double absoluteFloor = 3e-3;
    private int directions = 3;
    private int maxElementsPerParam = Integer.MAX_VALUE;
    private long seed = 1;

    private Builder() {}

    /** The parameters to perturb (required). */
    public Builder setParams(ParamSet params) {
      this.params = Objects.requireNonNull(params, "params");
      return this;
    }

    /** The loss whose gradients are checked (required). */
    public Builder setObjective(Objective objective) {
      this.objective = Objects.requireNonNull(objective, "objective");
      return this;
    }

    /** Relative finite-difference step (default 3e-2). */
    public Builder optStep(double step) {
      this.step = Checks.positive("step", step);
      return this;
    }

    /** Largest accepted error (default 1e-2): a 2% error in a gradient is caught. */
    public Builder optTolerance(double tolerance) {
      this.tolerance = Checks.positive("tolerance", tolerance);
      return this;
    }

    /**
     * Gradients below this magnitude are compared absolutely (default 3e-3: float32 rounding leaves numeric
     * derivatives of a float32 model uncertain by about 1e-5).
     */
    public Builder optAbsoluteFloor(double floor) {
      this.absoluteFloor = Checks.positive("absoluteFloor", floor);
      return this;
    }

    /**
     * Number of directions checked in addition to single elements (default 3): the first is the analytic gradient
     * itself, which sees errors too small per element but consistent over many (a wrong scale, say); the others
     * are random, which see elements the gradient direction misses (a gradient that is zero where it should not be).
     */
    public Builder optDirections(int directions) {
      this.directions = Checks.nonNegative("directions", directions);
      return this;
    }

    /** Checks at most this many randomly chosen elements of each parameter (default all). */
    public Builder optMaxElementsPerParam(int max) {
      this.maxElementsPerParam = Checks.positive("maxElementsPerParam", max);
      return this;
    }

    /** Seed for the choice of elements and directions (default 1). */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Validates and builds. */
    public GradientCheck build() {
      if (params == null) {
        throw new IllegalArgumentException("params are required: call setParams");
      }
      if (objective == null) {
        throw new IllegalArgumentException("objective is required: call setObjective");
      }
      return new GradientCheck(this);
    }
  }
}
