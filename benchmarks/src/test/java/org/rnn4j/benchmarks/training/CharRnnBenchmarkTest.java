package org.rnn4j.benchmarks.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnn4j.core.param.Param;

class CharRnnBenchmarkTest {

  @Test
  void trainingStepsRunAndLearn() {
    CharRnnBenchmark b = new CharRnnBenchmark();
    b.hidden = 8;
    b.threads = 1;
    b.seqLength = 4;
    b.batch = 3;
    b.setUp();
    double first = b.trainStep();
    assertTrue(Double.isFinite(first));
    // About ln(65) at the start: the logits are small.
    assertTrue(Math.abs(first - Math.log(CharRnnBenchmark.VOCAB)) < 0.5, "initial loss " + first);
    double last = first;
    for (int i = 0; i < 30; i++) {
      last = b.trainStep();
    }
    assertTrue(last < first, "loss on fixed data should fall: " + first + " -> " + last);
    for (Param p : b.params()) {
      for (float v : p.value().data) {
        assertTrue(Float.isFinite(v), p.name());
      }
    }
  }
}
