package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnn4j.core.NonFiniteException;

class OneToOneTest {

  static List<VectorExample> batch(Head head, int outputs, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<VectorExample> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      float[] x = Fixtures.frames(r, 1, 3)[0];
      batch.add(head == Head.MSE ? VectorExample.regression(x, Fixtures.frames(r, 1, outputs)[0])
          : VectorExample.labeled(x, r.nextInt(head == Head.SIGMOID ? 2 : outputs)));
    }
    return batch;
  }

  /** ReLU is only piecewise smooth, so its check takes a smaller step. */
  @ParameterizedTest
  @CsvSource({"SOFTMAX, TANH, 4", "SIGMOID, RELU, 2", "MSE, TANH, 2", "SOFTMAX, RELU, 3"})
  void gradientsMatchFiniteDifferences(Head head, OneToOne.Activation activation, int outputs) {
    OneToOne model = OneToOne.builder().setInputSize(3).setOutputs(outputs).optHidden(5, 4)
        .optActivation(activation).optHead(head).optSeed(2).build();
    Fixtures.gradientCheck(model, batch(head, outputs, 3), activation == OneToOne.Activation.RELU ? 3e-3 : 3e-2);
  }

  @Test
  void linearModelGradientsMatchFiniteDifferences() {
    OneToOne model = OneToOne.builder().setInputSize(3).setOutputs(3).optSeed(1).build();
    Fixtures.gradientCheck(model, batch(Head.SOFTMAX, 3, 4));
  }

  @Test
  void learnsXor() {
    List<VectorExample> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      data.add(VectorExample.labeled(new float[] {i & 1, i >> 1}, (i & 1) ^ (i >> 1)));
    }
    OneToOne model = OneToOne.builder().setInputSize(2).setOutputs(2).optHidden(8).optHead(Head.SIGMOID)
        .optSeed(1).build();
    long start = System.nanoTime();
    double loss = Fixtures.fit(model, data, 300, 4, 3e-2, 1);
    List<float[]> p = model.predict(data);
    for (int i = 0; i < 4; i++) {
      assertEquals(data.get(i).label(), p.get(i)[1] > 0.5f ? 1 : 0, "XOR of example " + i);
    }
    LearningTest.report("XOR (OneToOne)", 1.0, loss, start);
    assertTrue(loss < 0.05, "final loss " + loss);
  }

  @Test
  void badInputAndConfig() {
    OneToOne model = OneToOne.builder().setInputSize(3).setOutputs(2).optHidden(4, 3)
        .optActivation(OneToOne.Activation.RELU).optSeed(5).build();
    PaddingAndInputTest.assertMessage(IllegalArgumentException.class, "input width of example 0 must be 3, got 2",
        () -> model.predict(List.of(VectorExample.labeled(new float[2], 0))));
    PaddingAndInputTest.assertMessage(IllegalArgumentException.class, "label of example 0 must be in [0, 2), got 2",
        () -> model.evaluate(List.of(VectorExample.labeled(new float[3], 2))));
    PaddingAndInputTest.assertMessage(NonFiniteException.class, "input of example 0 must be finite",
        () -> model.predict(List.of(VectorExample.labeled(new float[] {0, Float.NaN, 0}, 0))));
    OneToOne copy = OneToOne.fromConfig(model.config());
    assertEquals(model.config(), copy.config());
    PaddingAndInputTest.assertSameParams(model.params(), copy.params());
  }
}
