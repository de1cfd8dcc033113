package org.rnn4j.examples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.examples.CommandRun;

/** The hello demo end to end, through the command line. */
class HelloCommandTest {

  @Test
  void theDefaultRunLearnsAllFourStepsWellWithinTheBudget() {
    long start = System.nanoTime();
    CommandRun run = CommandRun.of("hello");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(HelloCommand.PASS + ": 4/4"), run.out());
    List<String> after = tableAfterTraining(run);
    assertEquals(List.of("e", "l", "l", "o"), after.stream().map(row -> column(row, 6)).toList());
    assertEquals(List.of("e", "l", "l", "o"), after.stream().map(row -> column(row, 7)).toList());
    assertTrue(after.stream().allMatch(row -> row.endsWith("\u2713")), String.join("\n", after));
    assertTrue(seconds < 2, "hello took " + seconds + " s, budget 2 s");
  }

  @Test
  void beforeTrainingTheTableShowsTheUntrainedGuesses() {
    CommandRun run = CommandRun.of("hello");
    List<String> lines = run.outLines();
    int header = lines.indexOf("before training:") + 1;
    assertEquals("step  input  P(h)   P(e)   P(l)   P(o)   target  predicted", lines.get(header));
    assertEquals("h", column(lines.get(header + 1), 1));
    assertTrue(lines.get(header + 5).matches("loss 1\\.\\d{4} nats/char, [0-4]/4 correct"), lines.get(header + 5));
  }

  @Test
  void theSameSeedPrintsIdenticalOutput() {
    CommandRun first = CommandRun.of("hello", "--seed", "7");
    CommandRun second = CommandRun.of("hello", "--seed", "7");
    assertEquals(first.out(), second.out());
    assertNotEquals(first.out(), CommandRun.of("hello", "--seed", "8").out(), "the seed must matter");
  }

  @Test
  void argmaxSamplingFromHAfterTrainingSaysHello() {
    CommandRun run = CommandRun.of("hello", "--length", "9");
    String line = run.outLines().stream().filter(l -> l.startsWith("sample from 'h'")).findFirst().orElseThrow();
    String sample = line.substring(line.lastIndexOf(": ") + 2);
    assertEquals(9, sample.length(), line);
    assertTrue(sample.startsWith("hello"), line);
  }

  @Test
  void temperatureSamplingIsSeededAndHasTheRequestedLength() {
    String a = sampleLine(CommandRun.of("hello", "--temperature", "2", "--length", "30"));
    assertEquals(a, sampleLine(CommandRun.of("hello", "--temperature", "2", "--length", "30")));
    assertTrue(a.contains("sampled at temperature 2.0"), a);
    assertEquals(30, a.substring(a.lastIndexOf(": ") + 2).length(), a);
  }

  @Test
  void divergenceIsReportedAndExitsOne() {
    CommandRun run = CommandRun.of("hello", "--lr", "1e38");
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("rnn4j hello: training diverged at step "), run.err());
    assertTrue(run.err().contains("NaN") && run.err().contains("--lr"), run.err());
    assertFalse(run.out().contains("verdict"), "no verdict after a divergence");
  }

  @Test
  void theCommandDefaultsAreHelloSettingsDefaults() {
    String out = CommandRun.of("hello").out();
    HelloSettings d = HelloSettings.DEFAULTS;
    assertTrue(out.contains("rnn (tanh), hidden " + d.hidden() + " ->"), out);
    assertTrue(out.contains("seed " + d.seed() + ")"), out);
    assertTrue(out.contains("training: " + d.steps() + " steps, Adam lr " + d.learningRate()), out);
    assertTrue(out.contains("argmax, one step at a time, " + d.length() + " chars"), out);
  }

  private static String sampleLine(CommandRun run) {
    assertEquals(0, run.exitCode(), run.err());
    return run.outLines().stream().filter(l -> l.startsWith("sample from 'h'")).findFirst().orElseThrow();
  }

  /** The four step rows of the table after training. */
  private static List<String> tableAfterTraining(CommandRun run) {
    List<String> lines = run.outLines();
    int header = lines.indexOf("after training:") + 1;
    return lines.subList(header + 1, header + 5);
  }

  /** Whitespace-separated column {@code i} of a table row. */
  private static String column(String row, int i) {
    return row.trim().split("\\s+")[i];
  }
}
