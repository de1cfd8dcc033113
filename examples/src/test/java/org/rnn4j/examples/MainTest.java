package org.rnn4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheCommandsAndExitsZero() {
    CommandRun run = CommandRun.of("--help");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: rnn4j"), run.out());
    assertTrue(run.out().contains("hello"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void helloHelpShowsItsOptionsAndDefaults() {
    CommandRun run = CommandRun.of("hello", "--help");
    assertEquals(0, run.exitCode(), run.err());
    for (String option : List.of("--cell", "--hidden", "--steps", "--lr", "--seed", "--length", "--temperature")) {
      assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
    }
    assertTrue(run.out().contains("rnn, lstm, gru (default: rnn)"), run.out());
  }

  @Test
  void versionNamesTheProjectVersion() {
    CommandRun run = CommandRun.of("--version");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("rnn4j " + VersionProvider.version(), run.outLines().get(0));
    assertFalse(VersionProvider.version().contains("${"), "version.properties was not filtered");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "--steps=many", "--cell=elman", "--hidden=0", "--lr=-1", "--lr=Infinity",
      "--length=0", "--temperature=0"})
  void aBadOptionIsOneErrorLinePlusUsageAndExitTwo(String option) {
    CommandRun run = CommandRun.of("hello", option);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out(), "nothing may run on a bad option");
    List<String> err = run.errLines();
    assertTrue(err.get(0).startsWith("rnn4j hello: "), err.get(0));
    assertTrue(err.get(1).startsWith("Usage: rnn4j hello"), "usage must follow the one error line:\n" + run.err());
    assertEquals("Try 'rnn4j hello --help' for more information.", err.get(err.size() - 1));
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
  }

  @Test
  void theErrorLineNamesTheProblem() {
    assertEquals("rnn4j hello: Unknown option: '--bogus'", CommandRun.of("hello", "--bogus").errLines().get(0));
    assertEquals("rnn4j hello: --lr must be a finite number > 0, got -1.0",
        CommandRun.of("hello", "--lr", "-1").errLines().get(0));
    assertEquals("rnn4j hello: Invalid value for option '--cell': expected one of [rnn, lstm, gru], got 'elman'",
        CommandRun.of("hello", "--cell", "elman").errLines().get(0));
  }

  @Test
  void noCommandIsAUsageError() {
    CommandRun run = CommandRun.of();
    assertEquals(2, run.exitCode());
    assertEquals("rnn4j: Missing required subcommand", run.errLines().get(0));
  }

  @Test
  void marksFallBackToAsciiWhenTheOutputCannotShowThem() {
    assertEquals(Marks.UNICODE, Marks.forCharset(StandardCharsets.UTF_8));
    assertEquals(Marks.ASCII, Marks.forCharset(StandardCharsets.US_ASCII));
    assertEquals(Marks.ASCII, Marks.forCharset(StandardCharsets.ISO_8859_1));
  }
}
