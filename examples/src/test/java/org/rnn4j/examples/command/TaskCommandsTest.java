package org.rnn4j.examples.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.examples.CommandRun;

/** Each training command on built-in data with a tiny budget, and its help. */
class TaskCommandsTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"sentiment, accuracy", "pos, token accuracy", "translate, BLEU", "caption, exact match",
      "frames, frame accuracy"})
  void runsOnBuiltInDataPrintsItsMetricAndWritesTheReport(String command, String metric) throws IOException {
    Path report = dir.resolve("report");
    CommandRun run = CommandRun.of(command, "--epochs", "1", "--hidden", "8", "--report", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.outLines().get(0).startsWith(command + " on built-in data: "), run.out());
    assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(metric) + " +[0-9.]+$").matcher(run.out()).find(),
        "no '" + metric + "' line in\n" + run.out());
    assertFalse(run.out().contains("\r"), "no redraws when the output is not a terminal");
    assertTrue(run.out().contains("report: " + report.resolve("report.html")), run.out());
    String html = Files.readString(report.resolve("report.html"));
    assertTrue(html.contains("<svg"), "the report has charts");
    assertFalse(html.contains("<script") || html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"),
        "self-contained");
    assertTrue(Files.readString(report.resolve("metrics.json")).contains("\"name\":\"" + metric + "\""));
    assertTrue(Files.readString(report.resolve("metrics.tsv")).startsWith("metric\tvalue\tunit\n" + metric + "\t")
        || Files.readString(report.resolve("metrics.tsv")).contains("\n" + metric + "\t"));
    try (var files = Files.list(report)) {
      assertEquals(List.of("metrics.json", "metrics.tsv", "report.html"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sentiment", "pos", "translate", "caption", "frames"})
  void helpShowsTheSharedOptionsWithTheTasksDefaults(String command) {
    CommandRun run = CommandRun.of(command, "--help");
    assertEquals(0, run.exitCode(), run.err());
    for (String option : List.of("--cell", "--layers", "--hidden", "--epochs", "--batch", "--lr", "--seed",
        "--checkpoint", "--resume", "--report")) {
      assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
    }
    assertTrue(Pattern.compile("--cell=CELL +Recurrent cell: rnn, lstm, gru \\(default: (rnn|lstm|gru)\\)")
        .matcher(run.out()).find(), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
  }

  @Test
  void theDefaultsAreEachTasksOwn() {
    assertTrue(CommandRun.of("sentiment", "--help").out().contains("Hidden size (default: 64)"));
    assertTrue(CommandRun.of("caption", "--help").out().contains("Hidden size (default: 48)"));
    assertTrue(CommandRun.of("frames", "--help").out().contains("Hidden size (default: 32)"));
    assertTrue(CommandRun.of("translate", "--help").out().contains("(default: gru)"));
  }

  @Test
  void aCheckpointRunWritesTheReportBesideTheCheckpoints() {
    Path checkpoint = dir.resolve("ckpt");
    CommandRun run = CommandRun.of("frames", "--epochs", "1", "--hidden", "8", "--checkpoint", checkpoint.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(checkpoint.resolve("report").resolve("report.html")), run.out());
    CommandRun resumed = CommandRun.of("frames", "--epochs", "2", "--hidden", "8", "--checkpoint",
        checkpoint.toString(), "--resume");
    assertEquals(0, resumed.exitCode(), resumed.err());
  }
}
