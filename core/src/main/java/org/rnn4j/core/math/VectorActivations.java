package org.rnn4j.core.math;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sigmoid and tanh on the Vector API from one vectorised float {@code exp} (range reduction by powers of two and a
 * degree-6 polynomial). Absolute error below {@code 1e-6} against double-precision {@link Math}; saturates cleanly
 * for large {@code |x|}; NaN stays NaN. Every element goes through the same vector formula (the tail too), so
 * an element's result does not depend on its position or on the length of the range.
 *
 * <p>Loading this class needs {@code --add-modules jdk.incubator.vector}.
 */
public final class VectorActivations implements Activations {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final float LOG2E = 1.44269504088896341f;
  private static final float LN2_HI = 0.693145751953125f;
  private static final float LN2_LO = 1.428606765330187045e-06f;
  /** 1.5 * 2^23: adding it rounds a float of magnitude below 2^22 to an integer held in the low mantissa bits. */
  private static final float SHIFTER = 12582912f;
  private static final int SHIFTER_BITS = Float.floatToRawIntBits(SHIFTER);
  /** Inputs of exp are clamped here so the power of two stays a normal float. */
  private static final float EXP_LO = -87f;
  private static final float EXP_HI = 88f;

  /**
   * The last partial vector is computed in this per-thread buffer: on JDK 17 masked loads and stores are not
   * compiled to vector instructions and would allocate.
   */
  private static final ThreadLocal<float[]> TAIL = ThreadLocal.withInitial(() -> new float[S.length()]);

  /** Creates the kernel; it holds no state. */
  public VectorActivations() {}

  @Override
  public void sigmoid(float[] x, int off, int len) {
    checkRange(x, off, len);
    int end = off + len;
    int i = off;
    for (; i + S.length() <= end; i += S.length()) {
      sigmoid(FloatVector.fromArray(S, x, i)).intoArray(x, i);
    }
    if (i < end) {
      float[] t = TAIL.get();
      System.arraycopy(x, i, t, 0, end - i);
      sigmoid(FloatVector.fromArray(S, t, 0)).intoArray(t, 0);
      System.arraycopy(t, 0, x, i, end - i);
    }
  }

  @Override
  public void tanh(float[] x, int off, int len) {
    checkRange(x, off, len);
    int end = off + len;
    int i = off;
    for (; i + S.length() <= end; i += S.length()) {
      tanh(FloatVector.fromArray(S, x, i)).intoArray(x, i);
    }
    if (i < end) {
      float[] t = TAIL.get();
      System.arraycopy(x, i, t, 0, end - i);
      tanh(FloatVector.fromArray(S, t, 0)).intoArray(t, 0);
      System.arraycopy(t, 0, x, i, end - i);
    }
  }

  @Override
  public String name() {
    return "vector-" + S.vectorBitSize();
  }

  private static void checkRange(float[] x, int off, int len) {
    org.rnn4j.core.Checks.nonNegative("len", len);
    org.rnn4j.core.Checks.capacity("x", x, off, len);
  }

  private static FloatVector sigmoid(FloatVector v) {
    return FloatVector.broadcast(S, 1f).div(exp(v.neg()).add(1f));
  }

  private static FloatVector tanh(FloatVector v) {
    FloatVector e = exp(v.abs().mul(-2f));
    FloatVector t = e.neg().add(1f).div(e.add(1f));
    // Copy the sign of v onto t (|t| has a clear sign bit).
    IntVector sign = v.reinterpretAsInts().and(Integer.MIN_VALUE);
    return t.reinterpretAsInts().or(sign).reinterpretAsFloats();
  }

  /** {@code e^v} for v in [-87, 88] (clamped outside), NaN for NaN. */
  static FloatVector exp(FloatVector v) {
    FloatVector x = v.max(EXP_LO).min(EXP_HI);
    FloatVector t = x.fma(LOG2E, SHIFTER);
    FloatVector n = t.sub(SHIFTER);
    FloatVector r = n.fma(FloatVector.broadcast(S, -LN2_HI), x);
    r = n.fma(FloatVector.broadcast(S, -LN2_LO), r);
    FloatVector p = r.fma(1f / 720, 1f / 120);
    p = p.fma(r, FloatVector.broadcast(S, 1f / 24));
    p = p.fma(r, FloatVector.broadcast(S, 1f / 6));
    p = p.fma(r, FloatVector.broadcast(S, 0.5f));
    p = p.fma(r, FloatVector.broadcast(S, 1f));
    p = p.fma(r, FloatVector.broadcast(S, 1f));
    IntVector scale = t.reinterpretAsInts().sub(SHIFTER_BITS - 127).lanewise(VectorOperators.LSHL, 23);
    return p.mul(scale.reinterpretAsFloats());
  }
}
