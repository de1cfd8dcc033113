package org.rnn4j.examples.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;

/** {@code rnn4j sample} from the checkpoint of a tiny {@code charlm} run. */
class SampleCommandTest {
  @TempDir
  static Path dir;

  static Path checkpoint;

  @BeforeAll
  static void trainATinyModel() {
    checkpoint = dir.resolve("ckpt");
    CommandRun run = CommandRun.of("charlm", "--epochs", "1", "--hidden", "8", "--sample-length", "5",
        "--checkpoint", checkpoint.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  private static CommandRun sample(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "sample";
    all[1] = "--checkpoint";
    all[2] = checkpoint.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CommandRun.of(all);
  }

  @Test
  void argmaxIsDeterministicAndStartsWithThePrime() {
    CommandRun first = sample("--prime", "the ", "--temperature", "0", "--length", "30");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().startsWith("the "), first.out());
    assertEquals("the ".length() + 30 + System.lineSeparator().length(), first.out().length(),
        "the prime, 30 ASCII characters and the line end:\n" + first.out());
    assertEquals(first.out(), sample("--prime", "the ", "--temperature", "0", "--length", "30", "--seed", "9").out(),
        "the seed does not matter at temperature 0");
  }

  @Test
  void theSameSeedGivesTheSameSample() {
    CommandRun a = sample("--prime", "a", "--temperature", "1", "--length", "40", "--seed", "5");
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(a.out(), sample("--prime", "a", "--temperature", "1", "--length", "40", "--seed", "5").out());
  }

  @Test
  void aPrimeWithAnUnknownCharacterIsOneLineAndExitTwo() {
    CommandRun run = sample("--prime", "thé", "--temperature", "0");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("rnn4j sample: cannot prime with \"thé\": the character 'é' "
        + "(U+00E9) is not in the vocabulary"), run.err());
  }

  @Test
  void aMissingOrCorruptCheckpointIsOneLineAndExitTwo() throws IOException {
    Path missing = dir.resolve("none");
    CommandRun run = CommandRun.of("sample", "--checkpoint", missing.toString(), "--prime", "a");
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rnn4j sample: " + missing + " holds no checkpoint"), run.errLines());
    Path corrupt = Files.createDirectory(dir.resolve("corrupt"));
    Files.writeString(corrupt.resolve("checkpoint.json"), "{");
    CommandRun bad = CommandRun.of("sample", "--checkpoint", corrupt.toString(), "--prime", "a");
    assertEquals(2, bad.exitCode());
    assertEquals(1, bad.errLines().size(), bad.err());
    assertTrue(bad.errLines().get(0).startsWith("rnn4j sample: cannot read the checkpoint in " + corrupt + ": "),
        bad.err());
  }

  @Test
  void aNegativeTemperatureIsAUsageError() {
    CommandRun run = sample("--prime", "a", "--temperature", "-1");
    assertEquals(2, run.exitCode());
    assertEquals("rnn4j sample: --temperature must be a finite number >= 0, got -1.0", run.errLines().get(0));
  }

  @Test
  void helpNamesItsOptions() {
    CommandRun run = CommandRun.of("sample", "--help");
    assertEquals(0, run.exitCode(), run.err());
    for (String option : List.of("--checkpoint", "--prime", "--temperature", "--length", "--seed")) {
      assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
    }
  }
}
