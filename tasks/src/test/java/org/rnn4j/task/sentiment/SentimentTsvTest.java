package org.rnn4j.task.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.task.DataFileException;

class SentimentTsvTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsSentencesAndLabelsSkippingBlankLinesWithTheirLineNumbers() throws IOException {
    Path f = file("good.tsv", "Great food, friendly staff.\t1\n\n  The soup was cold. \t 0 \nNot bad at all!\tpos\n");
    assertEquals(List.of(
        new LabeledSentence("Great food, friendly staff.", "1", f, 1),
        new LabeledSentence("The soup was cold.", "0", f, 3),
        new LabeledSentence("Not bad at all!", "pos", f, 4)), SentimentTsv.read(f));
  }

  @Test
  void crlfLineEndingsAByteOrderMarkAndAHeaderAreAccepted() throws IOException {
    Path f = file("windows.tsv", "\uFEFF\r\nSentence\tLabel\r\nCaf\u00e9 au lait: superb\tpositive\r\nmeh\tnegative");
    assertEquals(List.of(
        new LabeledSentence("Caf\u00e9 au lait: superb", "positive", f, 3),
        new LabeledSentence("meh", "negative", f, 4)), SentimentTsv.read(f));
  }

  @Test
  void aHeaderLaterInTheFileIsAnOrdinaryLine() throws IOException {
    Path f = file("late.tsv", "good\t1\nsentence\tlabel\n");
    assertEquals("label", SentimentTsv.read(f).get(1).label());
  }

  @Test
  void malformedLinesAreRejectedWithFileLineAndProblem() throws IOException {
    assertRejected("ok\t1\nno tab here\n", 2, "expected sentence<TAB>label, got 1 field");
    assertRejected("ok\t1\n\nthree\tfields\t1\n", 3, "expected sentence<TAB>label, got 3 fields");
    assertRejected("  \t1\n", 1, "empty sentence before the tab");
    assertRejected("ok\t1\nfine\t \n", 2, "empty label after the tab");
    assertRejected("ok\t0.5\n", 1, "label '0.5' must be a class id or name made of letters, digits, '_' or '-'");
    assertRejected("ok\tvery good\n", 1,
        "label 'very good' must be a class id or name made of letters, digits, '_' or '-'");
    assertRejected("\n \r\n", 0, "no examples: expected lines of sentence<TAB>label");
    assertRejected("", 0, "no examples: expected lines of sentence<TAB>label");
  }

  @Test
  void invalidUtf8IsRejectedAtItsLineAndByte() throws IOException {
    Path f = dir.resolve("latin1.tsv");
    byte[] latin1 = "good\t1\ncaf\u00e9 ok\t1\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, latin1);
    DataFileException e = assertThrows(DataFileException.class, () -> SentimentTsv.read(f));
    assertEquals(f + ":2: invalid UTF-8: byte 0xE9 at byte 4 of the line", e.getMessage());
    assertEquals(2, e.line());
    assertEquals(f, e.file());
  }

  @Test
  void aTruncatedUtf8SequenceAtTheEndOfALineIsRejected() throws IOException {
    Path f = dir.resolve("cut.tsv");
    Files.write(f, new byte[] {'o', 'k', '\t', '1', (byte) 0xE2, (byte) 0x82, '\r', '\n'});
    assertEquals(f + ":1: invalid UTF-8: byte 0xE2 at byte 5 of the line",
        assertThrows(DataFileException.class, () -> SentimentTsv.read(f)).getMessage());
  }

  private void assertRejected(String text, int line, String problem) throws IOException {
    Path f = file("bad.tsv", text);
    DataFileException e = assertThrows(DataFileException.class, () -> SentimentTsv.read(f));
    assertEquals(f + (line > 0 ? ":" + line : "") + ": " + problem, e.getMessage());
    assertEquals(line, e.line());
  }
}
