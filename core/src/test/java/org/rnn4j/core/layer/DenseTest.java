package org.rnn4j.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.math.Gemm;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.math.PlainGemm;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

class DenseTest {

  private static Dense dense(int in, int out) {
    return Dense.builder().setInputSize(in).setOutputSize(out).setSeed(3).build();
  }

  /** W = [[1, 2, 3], [-1, 0, 0.5]], b = [0.5, -2]. */
  private static Dense handSet() {
    Dense d = dense(3, 2);
    System.arraycopy(new float[] {1, 2, 3, -1, 0, 0.5f}, 0, d.weight().value().data, 0, 6);
    System.arraycopy(new float[] {0.5f, -2}, 0, d.bias().orElseThrow().value().data, 0, 2);
    return d;
  }

  @Test
  void forwardComputesXWTransposePlusBias() {
    float[] y = new float[4];
    handSet().forward(new float[] {1, 1, 1, 2, 0, -2}, 2, y);
    // row 0: [1+2+3, -1+0+0.5] + b = [6.5, -2.5]; row 1: [2-6, -2-1] + b = [-3.5, -5]
    assertArrayEquals(new float[] {6.5f, -2.5f, -3.5f, -5f}, y);
  }

  @Test
  void backwardByHand() {
    Dense d = handSet();
    float[] x = {1, 1, 1, 2, 0, -2};
    float[] dy = {1, 0, 0.5f, -1};
    float[] dx = new float[6];
    d.backward(x, dy, 2, dx);
    // dW = dyᵀ x = [[1*1 + 0.5*2, 1 + 0, 1 - 1], [0 - 2, 0 + 0, 0 + 2]]
    assertArrayEquals(new float[] {2, 1, 0, -2, 0, 2}, d.weight().grad().data);
    assertArrayEquals(new float[] {1.5f, -1}, d.bias().orElseThrow().grad().data);
    // dx = dy W: row 0 = W[0] = [1, 2, 3]; row 1 = 0.5 W[0] - W[1] = [1.5, 1, 1]
    assertArrayEquals(new float[] {1, 2, 3, 1.5f, 1, 1}, dx);
  }

  @Test
  void backwardAccumulatesParameterGradientsAndOverwritesDx() {
    Dense d = handSet();
    float[] x = {1, 1, 1, 2, 0, -2};
    float[] dy = {1, 0, 0.5f, -1};
    float[] dx = new float[6];
    Arrays.fill(dx, 99f);
    d.backward(x, dy, 2, dx);
    float[] once = dx.clone();
    d.backward(x, dy, 2, null);
    assertArrayEquals(new float[] {4, 2, 0, -4, 0, 4}, d.weight().grad().data);
    assertArrayEquals(new float[] {3, -2}, d.bias().orElseThrow().grad().data);
    assertArrayEquals(new float[] {1, 2, 3, 1.5f, 1, 1}, once);
  }

  @Test
  void offsetsSelectRowsOfLargerBuffers() {
    Dense d = handSet();
    float[] x = {9, 9, 1, 1, 1, 2, 0, -2};
    float[] y = {7, 7, 7, 0, 0, 0, 0, 7};
    d.forward(x, 2, 2, y, 3);
    assertArrayEquals(new float[] {7, 7, 7, 6.5f, -2.5f, -3.5f, -5f, 7}, y);
    float[] dy = {5, 1, 0, 0.5f, -1};
    float[] dx = new float[8];
    d.backward(x, 2, dy, 1, 2, dx, 2);
    assertArrayEquals(new float[] {0, 0, 1, 2, 3, 1.5f, 1, 1}, dx);
  }

  @Test
  void withoutBias() {
    Dense d = Dense.builder().setInputSize(2).setOutputSize(1).setSeed(1).optBias(false).build();
    assertFalse(d.bias().isPresent());
    assertEquals(1, d.params().size());
    d.weight().value().data[0] = 2;
    d.weight().value().data[1] = -1;
    float[] y = {42};
    d.forward(new float[] {3, 4}, 1, y);
    assertEquals(2f, y[0]);
  }

  @Test
  void namesAndShapesFollowTorch() {
    Dense d = Dense.builder().setInputSize(3).setOutputSize(5).setSeed(1).optNamePrefix("fc.").build();
    assertEquals("fc.weight", d.params().get(0).name());
    assertArrayEquals(new int[] {5, 3}, d.params().get(0).shape());
    assertEquals("fc.bias", d.params().get(1).name());
    assertArrayEquals(new int[] {5}, d.params().get(1).shape());
  }

  @Test
  void initIsSeededUniformWithinTorchBound() {
    Dense a = dense(16, 8);
    Dense b = dense(16, 8);
    Dense c = Dense.builder().setInputSize(16).setOutputSize(8).setSeed(4).build();
    assertArrayEquals(a.weight().value().data, b.weight().value().data);
    assertArrayEquals(a.bias().orElseThrow().value().data, b.bias().orElseThrow().value().data);
    assertFalse(Arrays.equals(a.weight().value().data, c.weight().value().data));
    float max = 0;
    for (Param p : a.params()) {
      for (float v : p.value().data) {
        max = Math.max(max, Math.abs(v));
      }
    }
    assertTrue(max <= 0.25f && max > 0.2f, "max |w| = " + max + ", bound 1/sqrt(16)");
    assertNotEquals(0f, a.bias().orElseThrow().value().data[0]);
  }

  @Test
  void usesTheGivenKernels() {
    AtomicInteger calls = new AtomicInteger();
    Gemm plain = new PlainGemm();
    Gemm counting = new Gemm() {
      @Override
      public void gemm(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, int lda,
          float[] b, int bOff, int ldb, boolean accumulate, float[] c, int cOff, int ldc) {
        calls.incrementAndGet();
        plain.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, accumulate, c, cOff, ldc);
      }

      @Override
      public String name() {
        return "counting";
      }
    };
    Dense d = Dense.builder().setInputSize(2).setOutputSize(2).setSeed(1)
        .optKernels(new Kernels(counting, Kernels.plain().activations())).build();
    d.forward(new float[2], 1, new float[2]);
    d.backward(new float[2], new float[2], 1, new float[2]);
    assertEquals(3, calls.get());
  }

  /** Dense + masked softmax cross-entropy, with the input as a parameter too. */
  private static final class Model {
    final SequenceShape shape = new SequenceShape(3, 2, new int[] {3, 2});
    final Dense dense = Dense.builder().setInputSize(3).setOutputSize(4).setSeed(11).optNamePrefix("fc.").build();
    final Param x = Param.matrix("x", shape.rows(), 3);
    final int[] targets = {0, 3, 2, 1, 1, 2};
    final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(4, Reduction.MEAN);
    final float[] logits = new float[shape.rows() * 4];
    final float[] dLogits = new float[logits.length];
    final ParamSet params = ParamSet.concat(dense.params(), ParamSet.of(x));

    Model() {
      SplittableRandom random = new SplittableRandom(12);
      for (int i = 0; i < x.size(); i++) {
        x.value().data[i] = (float) (random.nextDouble() * 2 - 1);
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

  @Test
  void gradientCheckOfWeightBiasAndInputWithMaskedRows() {
    Model m = new Model();
    GradientCheck.builder().setParams(m.params).setObjective(m::evaluate).build().assertPasses();
  }

  @Test
  void paddedRowsGetZeroGradientAndChangeNothing() {
    Model m = new Model();
    double before = m.evaluate(true);
    float[] dW = m.dense.weight().grad().data.clone();
    float[] db = m.dense.bias().orElseThrow().grad().data.clone();
    int padded = 5;
    for (int j = 0; j < 3; j++) {
      assertEquals(0f, m.x.grad().data[padded * 3 + j], "dx of padded row");
      m.x.value().data[padded * 3 + j] = 1e6f * (j + 1);
    }
    m.targets[padded] = -1;
    assertEquals(before, m.evaluate(true), 0.0);
    assertArrayEquals(dW, m.dense.weight().grad().data);
    assertArrayEquals(db, m.dense.bias().orElseThrow().grad().data);
  }

  @Test
  void rejectsInvalidArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dense.builder().setInputSize(0).setOutputSize(2).setSeed(1).build());
    assertEquals("inputSize must be positive, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dense.builder().setInputSize(2).setSeed(1).build());
    assertEquals("outputSize must be positive, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dense.builder().setInputSize(2).setOutputSize(2).build());
    assertEquals("seed must be set with setSeed, got none", e.getMessage());
    Dense d = dense(3, 2);
    e = assertThrows(IllegalArgumentException.class, () -> d.forward(new float[5], 2, new float[4]));
    assertEquals("x must hold 6 floats from offset 0, but has length 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> d.forward(new float[6], 2, new float[3]));
    assertEquals("y must hold 4 floats from offset 0, but has length 3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> d.backward(new float[6], new float[4], 2, new float[5]));
    assertEquals("dx must hold 6 floats from offset 0, but has length 5", e.getMessage());
  }
}
