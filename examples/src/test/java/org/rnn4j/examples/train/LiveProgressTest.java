package org.rnn4j.examples.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rnn4j.topology.StepProgress;

class LiveProgressTest {
  private long now;

  private static StepProgress step(long step, int batch, int batches) {
    return new StepProgress(step, 0, 2, batch, batches, 1.25, 1, 1e-3, 500, "examples", Duration.ofSeconds(3),
        Duration.ofSeconds(75));
  }

  private String run(boolean terminal, long nanosPerStep, int steps) {
    StringWriter text = new StringWriter();
    LiveProgress progress = new LiveProgress(new PrintWriter(text), terminal, () -> now);
    for (int i = 1; i <= steps; i++) {
      now += nanosPerStep;
      progress.onStep(step(i, i, steps));
    }
    progress.onEpochEnd(0, steps, 1.0);
    return text.toString();
  }

  @Test
  void theLineShowsLossThroughputAndEta() {
    assertEquals("epoch 1/2 [############............] 5/10 loss 1.2500  500 examples/s  0:03 eta 1:15",
        LiveProgress.line(step(5, 5, 10)));
  }

  @Test
  void aTerminalRedrawsInPlaceAtMostTenTimesASecond() {
    String out = run(true, 10_000_000L, 100);  // 1 s of steps
    long redraws = out.chars().filter(c -> c == '\r').count();
    assertTrue(redraws >= 9 && redraws <= 12, redraws + " redraws");
    assertTrue(out.endsWith("\nepoch 1 done at step 100: mean loss 1.0000\n"), out);
  }

  @Test
  void elsewhereItPrintsAnOccasionalPlainLine() {
    String out = run(false, 100_000_000L, 200);  // 20 s of steps
    assertFalse(out.contains("\r"), out);
    long lines = out.lines().count();
    assertTrue(lines >= 4 && lines <= 6, out);
  }
}
