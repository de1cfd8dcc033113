package org.rnn4j.task.translate;

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

class PairTsvTest {
  @TempDir
  Path dir;

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("pairs.tsv"), bytes);
  }

  private Path file(String text) throws IOException {
    return file(text.getBytes(StandardCharsets.UTF_8));
  }

  private DataFileException rejected(String text) throws IOException {
    Path f = file(text);
    return assertThrows(DataFileException.class, () -> PairTsv.load(f));
  }

  @Test
  void readsPairsWithCrlfBomBlankLinesAndAnkiAttribution() throws IOException {
    Path f = file("\uFEFFGo.\tVa !\r\n\r\n  Hi. \t Salut. \tCC-BY 2.0 (France) Attribution: tatoeba.org #1\r\nRun!\tCours\u00a0!");
    assertEquals(List.of(new TextPair("Go.", "Va !"), new TextPair("Hi.", "Salut."), new TextPair("Run!",
        "Cours\u00a0!")), PairTsv.load(f));
  }

  @Test
  void readsKorean() throws IOException {
    Path f = file("I attended his funeral.\t나는 그의 장례식에 참석했다.\nI heard Tom's voice.\t톰 목소리를 들었어.\n");
    List<TextPair> pairs = PairTsv.load(f);
    assertEquals(new TextPair("I heard Tom's voice.", "톰 목소리를 들었어."), pairs.get(1));
    assertEquals(List.of("톰", "목소리를", "들었어", "."), Tokenization.WORDS.tokens(pairs.get(1).target(), false));
  }

  @Test
  void aLineWithoutTabIsRejected() throws IOException {
    DataFileException e = rejected("Go.\tVa !\nHi. Salut.\n");
    assertEquals(dir.resolve("pairs.tsv") + ":2: expected source<TAB>target, got no tab in 'Hi. Salut.'",
        e.getMessage());
    assertEquals(2, e.line());
  }

  @Test
  void anEmptySideIsRejected() throws IOException {
    assertEquals(dir.resolve("pairs.tsv") + ":1: the source (column 1) is empty", rejected(" \tVa !").getMessage());
    assertEquals(dir.resolve("pairs.tsv") + ":3: the target (column 2) is empty",
        rejected("a\tb\n\nGo.\t\tattribution\n").getMessage());
  }

  @Test
  void invalidUtf8IsRejectedWithItsLineAndByte() throws IOException {
    byte[] bytes = "ok\tok\nbad\tx\u00e9y\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = file(bytes);
    DataFileException e = assertThrows(DataFileException.class, () -> PairTsv.load(f));
    assertEquals(f + ":2: is not valid UTF-8 (byte 0xe9 at byte 6 of the line)", e.getMessage());
  }

  @Test
  void aFileWithoutPairsIsRejected() throws IOException {
    DataFileException e = rejected("\n\r\n  \n");
    assertEquals(dir.resolve("pairs.tsv") + ": holds no source<TAB>target pairs", e.getMessage());
    assertEquals(0, e.line());
  }
}
