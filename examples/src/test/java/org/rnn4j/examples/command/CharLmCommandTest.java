package org.rnn4j.examples.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;

/** {@code rnn4j charlm} with tiny budgets: built-in data, the user's text, bad text, Tiny Shakespeare offline. */
class CharLmCommandTest {
  @TempDir
  Path dir;

  private CommandRun tiny(String... args) {
    List<String> all = new ArrayList<>(List.of("charlm", "--epochs", "1", "--hidden", "8", "--sample-length", "12",
        "--report", dir.resolve("report").toString()));
    all.addAll(List.of(args));
    return CommandRun.of(all.toArray(String[]::new));
  }

  @Test
  void trainsOnBuiltInDataAndReportsBitsPerCharacterAndASamplePerTemperature() throws IOException {
    CommandRun run = tiny("--temperatures", "0.5,1.0");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.outLines().get(0).startsWith("charlm on built-in data (400 generated sentences, "), run.out());
    assertTrue(Pattern.compile("(?m)^  validation loss +[0-9.]+ nats/char$").matcher(run.out()).find(), run.out());
    assertTrue(Pattern.compile("(?m)^  bits per character +[0-9.]+ bits/char$").matcher(run.out()).find(),
        run.out());
    assertTrue(run.out().contains("  [temperature 0.5] "), run.out());
    assertTrue(run.out().contains("  [temperature 1.0] "), run.out());
    assertFalse(run.out().contains("[temperature 0.8]"), run.out());
    String html = Files.readString(dir.resolve("report").resolve("report.html"));
    assertTrue(html.contains("<svg") && html.contains("bits per character"), "report with charts and metrics");
  }

  @Test
  void trainsOnAUtf8TextWithKoreanAndEmoji() throws IOException {
    Path text = Files.writeString(dir.resolve("ko.txt"), "안녕하세요 세계! 😀 hello 😀\n".repeat(4),
        StandardCharsets.UTF_8);
    CommandRun run = tiny("--text", text.toString(), "--prime", "안녕");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.outLines().get(0).startsWith("charlm on " + text + " ("), run.out());
    assertTrue(run.out().contains("[temperature 0.8] 안녕"), run.out());
  }

  @Test
  void invalidUtf8IsOneLineWithFileAndLine() throws IOException {
    byte[] bytes = {'o', 'k', ' ', 'l', 'i', 'n', 'e', '\n', 'x', (byte) 0xFF, '\n'};
    Path bad = Files.write(dir.resolve("bad.txt"), bytes);
    CommandRun run = tiny("--text", bad.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("rnn4j charlm: " + bad + ":2: invalid UTF-8"), run.err());
    assertFalse(Files.exists(dir.resolve("report")), "nothing may be written");
  }

  @Test
  void aMissingOrEmptyTextIsOneLine() throws IOException {
    Path missing = dir.resolve("missing.txt");
    assertEquals(List.of("rnn4j charlm: " + missing + ": no such file"), tiny("--text", missing.toString())
        .errLines());
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    CommandRun run = tiny("--text", empty.toString());
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rnn4j charlm: " + empty + ": the file is empty; a character language model needs text"),
        run.errLines());
  }

  @Test
  void tinyShakespeareOfflineSaysWhichFileToGetAndExitsTwo() throws IOException {
    Path cache = Files.createDirectory(dir.resolve("cache"));
    CommandRun run = tiny("--tiny-shakespeare", "--cache", cache.toString(), "--tiny-shakespeare-source",
        "http://127.0.0.1:9/input.txt");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals(1, run.errLines().size(), run.err());
    String line = run.errLines().get(0);
    assertTrue(line.startsWith("rnn4j charlm: cannot get Tiny Shakespeare: the download from "
        + "http://127.0.0.1:9/input.txt failed"), line);
    assertTrue(line.endsWith("yourself and pass it with --text path/to/input.txt"), line);
    try (var files = Files.list(cache)) {
      assertEquals(0, files.count(), "the cache holds no partial file");
    }
  }

  @Test
  void aPrimeOutsideTheTextIsOneLine() {
    CommandRun run = tiny("--prime", "Q");
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rnn4j charlm: --prime has the character 'Q' (U+0051), which built-in sentences (seed 0, "
        + "400 lines) does not contain"), run.errLines());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals("rnn4j charlm: --temperatures must each be a finite number > 0, got 0.0",
        tiny("--temperatures", "0.5,0").errLines().get(0));
    assertEquals("rnn4j charlm: give either --text or --tiny-shakespeare, not both",
        tiny("--text", "x.txt", "--tiny-shakespeare").errLines().get(0));
    assertEquals("rnn4j charlm: --minutes must be a finite number > 0, got -1.0",
        tiny("--minutes", "-1").errLines().get(0));
  }

  @Test
  void helpShowsTheDataAndSamplingOptions() {
    CommandRun run = CommandRun.of("charlm", "--help");
    assertEquals(0, run.exitCode(), run.err());
    for (String option : List.of("--text", "--tiny-shakespeare", "--cache", "--seq-length", "--sample-length",
        "--temperatures", "--prime", "--minutes", "--cell", "--checkpoint", "--resume", "--report")) {
      assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
    }
    assertFalse(run.out().contains("--tiny-shakespeare-source"), "the source option is hidden");
    assertTrue(run.out().contains("Hidden size (default: 128)"), run.out());
  }
}
