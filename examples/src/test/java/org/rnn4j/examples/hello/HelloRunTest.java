package org.rnn4j.examples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.examples.Marks;

/** Learning is not luck: other seeds and other cells learn too, within the default budget. */
class HelloRunTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 1000, -5, 123456789})
  void otherSeedsLearnAllFourStepsAndSayHello(long seed) {
    HelloRun.Result r = run(HelloSettings.DEFAULTS.withSeed(seed));
    assertEquals(4, r.after().correct(), "seed " + seed);
    assertEquals("hello", r.sample(), "seed " + seed);
    assertTrue(r.after().loss() < 0.05, "seed " + seed + ": loss " + r.after().loss());
  }

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"LSTM", "GRU"})
  void gatedCellsLearnToo(CellType cell) {
    HelloSettings d = HelloSettings.DEFAULTS;
    HelloRun.Result r = run(new HelloSettings(cell, d.hidden(), d.steps(), d.learningRate(), d.seed(), d.length(),
        d.temperature()));
    assertTrue(r.learned(), cell + ": " + r.after().correct() + "/4");
    assertEquals("hello", r.sample());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void withoutEnoughTrainingTheVerdictFails(int steps) {
    HelloSettings d = HelloSettings.DEFAULTS;
    StringWriter text = new StringWriter();
    HelloRun.Result r = new HelloRun(new PrintWriter(text), Marks.ASCII).run(new HelloSettings(d.cell(), d.hidden(),
        steps, d.learningRate(), d.seed(), d.length(), d.temperature()));
    assertTrue(r.after().correct() < 4);
    assertTrue(text.toString().contains("verdict: FAIL: "), text.toString());
  }

  private static HelloRun.Result run(HelloSettings settings) {
    return new HelloRun(new PrintWriter(new StringWriter()), Marks.ASCII).run(settings);
  }
}
