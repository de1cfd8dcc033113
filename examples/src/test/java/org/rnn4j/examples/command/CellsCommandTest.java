package org.rnn4j.examples.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;

/** {@code rnn4j cells} on a tiny training budget and on the checkpoint of a tiny {@code charlm} run. */
class CellsCommandTest {
  @TempDir
  static Path dir;

  static Path checkpoint;

  @BeforeAll
  static void trainATinyCharLm() {
    checkpoint = dir.resolve("ckpt");
    CommandRun run = CommandRun.of("charlm", "--epochs", "1", "--hidden", "8", "--sample-length", "5",
        "--checkpoint", checkpoint.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void trainsBrieflyAndWritesTheHeatmapsTheTableAndTheSaturation() throws IOException {
    Path report = dir.resolve("trained");
    CommandRun run = CommandRun.of("cells", "--train-seconds", "1", "--hidden", "8", "--chars", "300", "--top",
        "2", "--units", "3,c1", "--report", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("property"), run.out());
    assertTrue(run.outLines().stream().anyMatch(l -> l.matches("in_quotes +L0 [hc]\\d+ +[-+]\\d\\.\\d{3}")),
        run.out());
    assertTrue(run.outLines().stream().anyMatch(l -> l.matches(" +layer 0 +i [\\d.]+ / [\\d.]+ +f .* o .*")),
        run.out());
    Path page = report.resolve("report.html");
    assertTrue(run.out().contains("report: " + page), run.out());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<div class=\"heat\">"));
    assertTrue(html.contains("<h3>L0 h3 <span class=\"muted\">(chosen)"), "chosen units come first");
    assertTrue(html.contains("<h3>L0 c1 <span class=\"muted\">(chosen, scaled by max |c| = "));
    assertEquals(4, html.split("<div class=\"heat\">", -1).length - 1, "2 chosen + 2 found");
    assertTrue(html.contains("<code>in_quotes</code>") && html.contains("<svg"));
    assertTrue(html.contains("gate f"), "the saturation scatter has a legend");
    assertTrue(html.contains("aria-label=\"training loss per step\""), "the model was trained: its loss curve");
    assertTrue(html.matches("(?s).*What the model writes \\(sampled at temperature 0\\.8\\):</p>\n<pre>.{300}.*"),
        "a sample of 300 characters after the prime");
    assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href=\"http"),
        "self-contained");
    int heatSpans = html.split("<div class=\"heat\">")[1].split("</div>")[0].split("<span ", -1).length - 1;
    assertEquals(300, heatSpans, "one span per character shown");
    assertFalse(html.contains("<span class=\"z\" title=\"0.000\">\"</span>"), "quotes are escaped");
  }

  @Test
  void readsACheckpointOverAFileLeavingOutUnknownCharacters() throws IOException {
    Path text = Files.writeString(dir.resolve("text.txt"), "the cat <sees> \"a dog\" (again) ü\n",
        StandardCharsets.UTF_8);
    Path report = dir.resolve("from-checkpoint");
    CommandRun run = CommandRun.of("cells", "--checkpoint", checkpoint.toString(), "--text", text.toString(),
        "--report", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("text: " + text + ", "), run.out());
    assertTrue(run.out().contains("not in the vocabulary left out, the first '<' (U+003C)"), run.out());
    assertTrue(run.outLines().contains("after_if           -                -  (constant on this text)"), run.out());
    String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("loaded from the checkpoint in " + checkpoint + " (the weights of its best validation)"),
        "charlm stops early, so its checkpoint keeps the best weights");
    assertFalse(html.contains("training loss per step"), "a loaded model was not trained here");
    assertTrue(html.contains("What the model writes"), html);
    assertTrue(html.contains("&quot;"), "the text is escaped");
  }

  @Test
  void aMissingCheckpointIsOneLineAndExitTwo() {
    Path missing = dir.resolve("none");
    CommandRun run = CommandRun.of("cells", "--checkpoint", missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rnn4j cells: " + missing + " holds no checkpoint"), run.errLines());
  }

  @Test
  void fromChoosesTheFirstCharacterShownAndMustBeInTheText() throws IOException {
    Path text = Files.writeString(dir.resolve("window.txt"), "the cat sees a dog.\nthe dog sees a cat.\n",
        StandardCharsets.UTF_8);
    Path report = dir.resolve("window");
    CommandRun run = CommandRun.of("cells", "--checkpoint", checkpoint.toString(), "--text", text.toString(),
        "--from", "20", "--chars", "7", "--top", "1", "--report", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Characters 21 to 27 of 40 are shown."), html);
    String heat = html.split("<div class=\"heat\">")[1].split("</div>")[0];
    assertEquals("the dog", heat.replaceAll("<[^>]+>", ""), "the window's characters, in order");

    CommandRun beyond = CommandRun.of("cells", "--checkpoint", checkpoint.toString(), "--text", text.toString(),
        "--from", "40");
    assertEquals(2, beyond.exitCode());
    assertEquals(List.of("rnn4j cells: --from 40 is beyond the 40 characters read"), beyond.errLines());
  }

  @Test
  void anUnknownUnitIsOneLineAndExitTwo() {
    CommandRun run = CommandRun.of("cells", "--checkpoint", checkpoint.toString(), "--units", "8");
    assertEquals(2, run.exitCode());
    assertEquals(List.of("rnn4j cells: --units: the model has no unit 8 (1 layer of 8 units, h0 to h7, cell states"
        + " c0 to c7)"), run.errLines());
    CommandRun untrained = CommandRun.of("cells", "--hidden", "4", "--units", "L1 h0");
    assertEquals(2, untrained.exitCode());
    assertEquals(1, untrained.errLines().size(), untrained.err());
    assertTrue(untrained.errLines().get(0).contains("no unit L1 h0"), untrained.err());
    assertFalse(untrained.out().contains("training"), "checked before training");
  }

  @Test
  void aTextFileWithBadUtf8IsOneLineNamingFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', 'b', '\n', 'c', (byte) 0xC3, '(', '\n'});
    CommandRun run = CommandRun.of("cells", "--checkpoint", checkpoint.toString(), "--text", bad.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("rnn4j cells: " + bad + ":2: invalid UTF-8"), run.err());
  }

  @Test
  void optionsThatTrainDoNotGoWithACheckpoint() {
    CommandRun run = CommandRun.of("cells", "--checkpoint", checkpoint.toString(), "--hidden", "4");
    assertEquals(2, run.exitCode());
    assertTrue(run.errLines().get(0).contains("do not go with --checkpoint"), run.err());
  }
}
