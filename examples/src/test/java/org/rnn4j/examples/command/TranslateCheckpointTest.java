package org.rnn4j.examples.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;

/** {@code rnn4j translate --checkpoint DIR} alone translates standard input with a saved model. */
class TranslateCheckpointTest {
  @TempDir
  Path dir;

  @Test
  void translatesEachInputLineWithTheSavedModel() {
    Path checkpoint = dir.resolve("ckpt");
    CommandRun train = CommandRun.of("translate", "--epochs", "1", "--hidden", "8", "--checkpoint",
        checkpoint.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertTrue(train.out().startsWith("translate on built-in data"), "with a training option it trains");

    CommandRun run = CommandRun.withInput("the cat sees the dog\nthe dog likes a bird\n", "translate",
        "--checkpoint", checkpoint.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.outLines();
    assertEquals(2, lines.size(), run.out());
    assertFalse(lines.get(0).isBlank() || lines.get(1).isBlank(), run.out());
    assertEquals(run.out(), CommandRun.withInput("the cat sees the dog\nthe dog likes a bird\n", "translate",
        "--checkpoint", checkpoint.toString()).out(), "greedy decoding is deterministic");

    CommandRun blank = CommandRun.withInput("\nthe cat sees the dog\n", "translate", "--checkpoint",
        checkpoint.toString());
    assertEquals(List.of("", lines.get(0)), blank.outLines(), "an empty line stays an empty line");
  }

  @Test
  void aMissingCheckpointIsOneLineAndExitTwo() {
    Path missing = dir.resolve("none");
    CommandRun run = CommandRun.withInput("the cat\n", "translate", "--checkpoint", missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rnn4j translate: " + missing + " holds no checkpoint"), run.errLines());
  }

  @Test
  void helpExplainsTranslatingFromACheckpoint() {
    String help = CommandRun.of("translate", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("'rnn4j translate --checkpoint DIR' with no other option translates standard"), help);
  }
}
