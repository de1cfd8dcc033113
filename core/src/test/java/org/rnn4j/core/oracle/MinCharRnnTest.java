package org.rnn4j.core.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.oracle.MinCharRnn.Params;
import org.rnn4j.core.oracle.MinCharRnn.Result;

class MinCharRnnTest {
  private static final int V = 5;
  private static final int H = 4;
  private static final int[] INPUTS = {0, 3, 1, 3, 4, 2, 3};
  private static final int[] TARGETS = {3, 1, 3, 4, 2, 3, 0};
  private static final double[] HPREV = {0.3, -0.2, 0.1, -0.4};
  private static final double EPS = 1e-5;

  private static double loss(Params p, double[] hprev) {
    return new MinCharRnn(p).lossFun(INPUTS, TARGETS, hprev).loss();
  }

  /** Central differences in double on every parameter value and on hprev agree with the analytic gradient. */
  @Test
  void gradientsMatchFiniteDifferences() {
    Params params = Params.random(V, H, 0.8, 42);
    Result r = new MinCharRnn(params).lossFun(INPUTS, TARGETS, HPREV);
    Params g = r.gradients();
    double maxErr = 0;
    double maxGrad = 0;
    for (int which = 0; which < 5; which++) {
      double[][] grad = matrices(g)[which];
      for (int i = 0; i < grad.length; i++) {
        for (int j = 0; j < grad[i].length; j++) {
          final int w = which;
          final int ii = i;
          final int jj = j;
          double fd = centralDifference(params, p -> loss(p, HPREV), p -> matrices(p)[w][ii], jj);
          maxErr = Math.max(maxErr, Math.abs(fd - grad[i][j]));
          maxGrad = Math.max(maxGrad, Math.abs(grad[i][j]));
        }
      }
    }
    for (int k = 0; k < H; k++) {
      double[] hp = HPREV.clone();
      hp[k] += EPS;
      double plus = loss(params, hp);
      hp[k] -= 2 * EPS;
      double fd = (plus - loss(params, hp)) / (2 * EPS);
      maxErr = Math.max(maxErr, Math.abs(fd - r.dhPrev()[k]));
    }
    assertTrue(maxErr < 1e-6, "max |finite difference - analytic| = " + maxErr);
    assertTrue(maxGrad > 0.1, "gradients too small for the check to mean anything: " + maxGrad);
  }

  private static double centralDifference(Params base, ToDoubleFunction<Params> f,
                                          Function<Params, double[]> row, int j) {
    Params p = base.copy();
    double old = row.apply(p)[j];
    row.apply(p)[j] = old + EPS;
    double plus = f.applyAsDouble(p);
    row.apply(p)[j] = old - EPS;
    double minus = f.applyAsDouble(p);
    return (plus - minus) / (2 * EPS);
  }

  private static double[][][] matrices(Params p) {
    return new double[][][] {p.wxh(), p.whh(), p.why(), {p.bh()}, {p.by()}};
  }

  /** With all-zero parameters every prediction is uniform: loss = T ln V, and the gradients follow by hand. */
  @Test
  void knownAnswerWithZeroParameters() {
    Params zero = new Params(new double[H][V], new double[H][H], new double[V][H], new double[H], new double[V]);
    Result r = new MinCharRnn(zero).lossFun(INPUTS, TARGETS, new double[H]);
    assertEquals(INPUTS.length * Math.log(V), r.loss(), 1e-12);
    double[] dby = new double[V];
    for (int t : TARGETS) {
      for (int j = 0; j < V; j++) {
        dby[j] += (j == t ? -1.0 : 0.0) + 1.0 / V;
      }
    }
    assertArrayEquals(dby, r.dby(), 1e-12);
    assertArrayEquals(new double[H], r.hLast());
    assertArrayEquals(new double[H], r.dbh());
    assertArrayEquals(new double[H], r.dhPrev());
  }

  /** Running a sequence in two pieces, carrying hLast, gives the same total loss and final state. */
  @Test
  void carriedStateComposes() {
    MinCharRnn rnn = new MinCharRnn(Params.random(V, H, 0.8, 7));
    Result whole = rnn.lossFun(INPUTS, TARGETS, HPREV);
    Result a = rnn.lossFun(Arrays.copyOfRange(INPUTS, 0, 3),
        Arrays.copyOfRange(TARGETS, 0, 3), HPREV);
    Result b = rnn.lossFun(Arrays.copyOfRange(INPUTS, 3, 7),
        Arrays.copyOfRange(TARGETS, 3, 7), a.hLast());
    assertEquals(whole.loss(), a.loss() + b.loss(), 1e-12);
    assertArrayEquals(whole.hLast(), b.hLast(), 1e-15);
  }

  @Test
  void clippingIsSeparateAndElementwise() {
    Params big = Params.random(V, H, 3.0, 3);
    Result r = new MinCharRnn(big).lossFun(INPUTS, TARGETS, HPREV);
    Result c = r.clipped(0.5);
    boolean anyClipped = false;
    for (int w = 0; w < 5; w++) {
      double[][] raw = matrices(r.gradients())[w];
      double[][] cl = matrices(c.gradients())[w];
      for (int i = 0; i < raw.length; i++) {
        for (int j = 0; j < raw[i].length; j++) {
          assertEquals(Math.max(-0.5, Math.min(0.5, raw[i][j])), cl[i][j]);
          anyClipped |= Math.abs(raw[i][j]) > 0.5;
        }
      }
    }
    assertTrue(anyClipped);
    assertEquals(r.loss(), c.loss());
  }

  @Test
  void rejectsBadArguments() {
    MinCharRnn rnn = new MinCharRnn(Params.random(V, H, 0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> rnn.lossFun(new int[] {0, 1}, new int[] {1}, HPREV));
    assertThrows(IllegalArgumentException.class, () -> rnn.lossFun(new int[] {V}, new int[] {1}, HPREV));
    assertThrows(IllegalArgumentException.class, () -> rnn.lossFun(new int[] {0}, new int[] {1}, new double[3]));
    assertThrows(IllegalArgumentException.class,
        () -> new Params(new double[H][V], new double[H][H], new double[V][H + 1], new double[H], new double[V]));
  }
}
