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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;

/** Missing, unreadable and malformed data files: one line naming the file (and line), exit code 2, nothing written. */
class BadInputTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private CommandRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--epochs", "1", "--report", dir.resolve("report").toString()));
    return CommandRun.of(all.toArray(String[]::new));
  }

  private void assertBadInput(CommandRun run, String command, String line) {
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals(List.of("rnn4j " + command + ": " + line), run.errLines());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(dir.resolve("report")), "nothing may be written");
  }

  @Test
  void aMissingSentimentFileIsOneLine() throws IOException {
    Path ok = write("ok.tsv", "good film\tpos\nbad film\tneg\n");
    Path missing = dir.resolve("missing.tsv");
    assertBadInput(run("sentiment", "--train", ok.toString(), "--dev", missing.toString(), "--test", ok.toString()),
        "sentiment", missing + ": no such file");
  }

  @Test
  void aMalformedSentimentLineNamesFileAndLine() throws IOException {
    Path ok = write("ok.tsv", "good film\tpos\nbad film\tneg\n");
    Path bad = write("bad.tsv", "good film\tpos\nno label here\n");
    CommandRun r = run("sentiment", "--train", ok.toString(), "--dev", ok.toString(), "--test", bad.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith("rnn4j sentiment: " + bad + ":2: "), r.err());
  }

  @Test
  void aDataDirectoryWithoutItsFilesNamesTheFirstMissingOne() {
    assertBadInput(run("sentiment", "--data", dir.toString()), "sentiment", dir.resolve("train.tsv")
        + ": no such file");
  }

  @Test
  void aDirectoryIsNotADataFile() throws IOException {
    Path ok = write("ok.conllu", "1\tThe\tthe\tDET\t_\t_\t0\troot\t_\t_\n\n");
    assertBadInput(run("pos", "--train", dir.toString(), "--test", ok.toString()), "pos",
        dir + ": is a directory, not a file");
  }

  @Test
  void aMalformedConllULineNamesFileAndLine() throws IOException {
    Path ok = write("ok.conllu", "1\tThe\tthe\tDET\t_\t_\t0\troot\t_\t_\n\n");
    Path bad = write("bad.conllu", "1\tThe\tthe\tDET\n\n");
    CommandRun r = run("pos", "--train", bad.toString(), "--test", ok.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith("rnn4j pos: " + bad + ":1: "), r.err());
  }

  @Test
  void aMalformedPairLineNamesFileAndLine() throws IOException {
    Path ok = write("ok.tsv", "a cat\tun chat\n");
    Path bad = write("bad.tsv", "a cat\tun chat\nno tab\n");
    CommandRun r = run("translate", "--train", ok.toString(), "--dev", ok.toString(), "--test", bad.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(List.of("rnn4j translate: " + bad + ":2: expected source<TAB>target, got no tab in 'no tab'"),
        r.errLines());
  }

  @Test
  void aMissingCaptionFileIsOneLine() throws IOException {
    Path features = write("f.tsv", "img1\t0.1\t0.2\n");
    Path captions = dir.resolve("c.tsv");
    assertBadInput(run("caption", "--features", features.toString(), "--captions", captions.toString()), "caption",
        captions + ": no such file");
  }

  @Test
  void aMalformedFeatureLineNamesFileAndLine() throws IOException {
    Path features = write("f.tsv", "img1\t0.1\t0.2\nimg2\t0.1\tx\n");
    Path captions = write("c.tsv", "img1\ta red square\n");
    CommandRun r = run("caption", "--features", features.toString(), "--captions", captions.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith("rnn4j caption: " + features + ":2: "), r.err());
  }

  @Test
  void fileOptionsThatBelongTogetherAreAUsageError() throws IOException {
    Path ok = write("ok.tsv", "a cat\tun chat\n");
    CommandRun r = run("translate", "--train", ok.toString());
    assertEquals(2, r.exitCode());
    assertEquals("rnn4j translate: give --train, --dev, --test together (missing --dev, --test)", r.errLines().get(0));
    assertTrue(r.errLines().get(1).startsWith("Usage: rnn4j translate"), r.err());
  }

  @Test
  void aBadSharedOptionIsAUsageError() {
    CommandRun r = CommandRun.of("frames", "--cell", "elman");
    assertEquals(2, r.exitCode());
    assertEquals("rnn4j frames: Invalid value for option '--cell': expected one of [rnn, lstm, gru], got 'elman'",
        r.errLines().get(0));
    assertEquals("rnn4j frames: --hidden must be at least 1, got 0",
        CommandRun.of("frames", "--hidden", "0").errLines().get(0));
    assertEquals("rnn4j frames: --resume needs --checkpoint DIR", CommandRun.of("frames", "--resume").errLines()
        .get(0));
    assertEquals("", r.out(), "nothing runs on a bad option");
  }
}
