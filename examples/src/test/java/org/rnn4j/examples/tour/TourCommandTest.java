package org.rnn4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;

class TourCommandTest {
  @TempDir
  Path dir;

  @Test
  void quickTourRunsEveryDemoAndSummarisesThem() throws IOException {
    CommandRun run = CommandRun.of("tour", "--quick", "--report", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Pattern.compile("(?m)^topology +task +metric +value +time$").matcher(run.out()).find(), run.out());
    for (String row : List.of("ManyToOne +sentiment +accuracy", "ManyToMany.* +pos +token accuracy",
        "Seq2Seq +translate +BLEU", "OneToMany +caption +exact match", "ManyToMany +frames +frame accuracy",
        "LanguageModel +charlm +bits per character",
        "LanguageModel \\(lstm units\\) +cells +best \\|r\\| with in_quotes",
        "ManyToOne \\(rnn, lstm, gru\\) +gradients +LSTM recall accuracy")) {
      assertTrue(Pattern.compile("(?m)^" + row + " +[0-9.]+ +[0-9.]+ s$").matcher(run.out()).find(),
          row + " missing from\n" + run.out());
    }
    String index = Files.readString(dir.resolve("index.html"));
    for (String task : List.of("sentiment", "pos", "translate", "caption", "frames", "charlm", "cells",
        "gradients")) {
      assertTrue(index.contains("href=\"" + task + "/report.html\""), task + " link missing");
      assertTrue(Files.readString(dir.resolve(task).resolve("report.html")).contains("<svg"), task);
    }
    assertEquals(8, Pattern.compile("<svg [^>]*class=\"spark\"").matcher(index).results().count(),
        "one training-loss sparkline per demo");
    assertTrue(run.out().contains("report: " + dir.resolve("index.html")), run.out());
  }

  @Test
  void helpNamesQuick() {
    CommandRun run = CommandRun.of("tour", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--quick") && run.out().contains("--report"), run.out());
  }
}
