package org.rnn4j.core.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

class GradientCheckTest {

  /** A correct tiny model: Dense(3 -> 5) on a masked time-major batch, softmax cross-entropy, input as a Param. */
  private static final class TinyModel {
    final SequenceShape shape = new SequenceShape(3, 2, new int[] {3, 2});
    final Dense dense;
    final Param x = Param.matrix("x", shape.rows(), 3);
    final int[] targets = new int[shape.rows()];
    final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(5, Reduction.MEAN);
    final float[] logits = new float[shape.rows() * 5];
    final float[] dLogits = new float[logits.length];
    final ParamSet params;

    TinyModel(long seed) {
      dense = Dense.builder().setInputSize(3).setOutputSize(5).setSeed(seed).optNamePrefix("fc.").build();
      params = ParamSet.concat(dense.params(), ParamSet.of(x));
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < x.size(); i++) {
        x.value().data[i] = (float) (random.nextDouble() * 2 - 1);
      }
      for (int r = 0; r < targets.length; r++) {
        targets[r] = random.nextInt(5);
      }
    }

    double evaluate(boolean gradients) {
      dense.forward(x.value().data, shape.rows(), logits);
      double value = loss.compute(logits, targets, shape, gradients ? dLogits : null);
      if (gradients) {
        params.zeroGrad();
        dense.backward(x.value().data, dLogits, shape.rows(), x.grad().data);
      }
      return value;
    }
  }

  private static GradientCheck check(ParamSet params, GradientCheck.Objective objective) {
    return GradientCheck.builder().setParams(params).setObjective(objective).build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void passesOnACorrectFloat32Model(long seed) {
    TinyModel m = new TinyModel(seed);
    GradientCheck.Report r = check(m.params, m::evaluate).assertPasses();
    assertEquals(15 + 5 + 18, r.checkedElements());
    assertTrue(r.maxError() < 1e-3 && r.maxDirectionalError() < 1e-3, "margin below the 1e-2 tolerance: " + r);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aTwoPercentErrorInAnyOneParameterFailsAndIsNamed(long seed) {
    TinyModel m = new TinyModel(seed);
    for (int wrong = 0; wrong < m.params.size(); wrong++) {
      Param p = m.params.get(wrong);
      GradientCheck.Report r = check(m.params, g -> {
        double value = m.evaluate(g);
        if (g) {
          scale(p.grad().data, 1.02f);
        }
        return value;
      }).run();
      assertFalse(r.passed(), p.name() + " 2% wrong: " + r);
      assertEquals(p.name(), r.worstParam(), r.toString());
      assertThrows(AssertionError.class, () -> check(m.params, g -> {
        double value = m.evaluate(g);
        if (g) {
          scale(p.grad().data, 1.02f);
        }
        return value;
      }).assertPasses());
    }
  }

  /**
   * Many elements, each with a gradient too small to judge on its own (below the absolute floor), all 2% too large:
   * every single element passes, yet the gradient as a whole is wrong. Only the directional check sees it.
   */
  @Test
  void directionalCheckCatchesAGradientWrongOnlyAsAWhole() {
    int n = 400;
    Param w = Param.matrix("w", 20, 20);
    double[] target = new double[n];
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < n; i++) {
      w.value().data[i] = (float) (random.nextDouble() * 2 - 1);
      target[i] = w.value().data[i] + 0.5 + random.nextDouble();
    }
    double c = 1e-4;  // loss c/2 * |w - target|^2: every gradient element is about -1e-4
    GradientCheck.Objective correct = g -> {
      double loss = 0;
      for (int i = 0; i < n; i++) {
        double d = w.value().data[i] - target[i];
        loss += 0.5 * c * d * d;
        if (g) {
          w.grad().data[i] = (float) (c * d);
        }
      }
      return loss;
    };
    ParamSet params = ParamSet.of(w);
    assertTrue(check(params, correct).run().passed());
    GradientCheck.Report r = check(params, g -> {
      double value = correct.evaluate(g);
      if (g) {
        scale(w.grad().data, 1.02f);
      }
      return value;
    }).run();
    assertTrue(r.maxError() <= r.tolerance(), "each element alone looks right: " + r);
    assertTrue(r.maxDirectionalError() > r.tolerance(), "the whole gradient does not: " + r);
    assertFalse(r.passed());
  }

  @Test
  void aNanGradientFails() {
    TinyModel m = new TinyModel(1);
    GradientCheck.Report r = check(m.params, g -> {
      double value = m.evaluate(g);
      if (g) {
        m.x.grad().data[7] = Float.NaN;
      }
      return value;
    }).run();
    assertFalse(r.passed(), r.toString());
    assertEquals("x", r.worstParam());
    assertEquals(7, r.worstIndex());
  }

  @Test
  void restoresParameterValuesExactly() {
    TinyModel m = new TinyModel(2);
    float[][] before = new float[m.params.size()][];
    for (int i = 0; i < before.length; i++) {
      before[i] = m.params.get(i).value().data.clone();
    }
    check(m.params, m::evaluate).run();
    for (int i = 0; i < before.length; i++) {
      assertTrue(Arrays.equals(before[i], m.params.get(i).value().data), m.params.get(i).name());
    }
  }

  @Test
  void samplesElementsWhenAsked() {
    TinyModel m = new TinyModel(3);
    GradientCheck.Report r = GradientCheck.builder().setParams(m.params).setObjective(m::evaluate)
        .optMaxElementsPerParam(4).build().assertPasses();
    assertEquals(4 + 4 + 4, r.checkedElements());
  }

  private static void scale(float[] a, float factor) {
    for (int i = 0; i < a.length; i++) {
      a[i] *= factor;
    }
  }
}
