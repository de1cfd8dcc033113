package org.rnn4j.task.charlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.task.DataFileException;

class TextCorpusTest {
  @TempDir
  Path dir;

  @Test
  void readsUtf8WithKoreanAndEmoji() throws Exception {
    Path file = dir.resolve("ko.txt");
    String text = "안녕하세요 세계! 😀\n".repeat(3);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    TextCorpus c = TextCorpus.read(file);
    assertEquals(text, c.text());
    assertEquals(text.codePointCount(0, text.length()), c.length());
    assertEquals(file.toString(), c.name());
  }

  @Test
  void invalidUtf8NamesTheFileLineAndByteOffset() throws Exception {
    Path file = dir.resolve("bad.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("first line\nsecond line\nthird ".getBytes(StandardCharsets.UTF_8));
    int offset = bytes.size();
    bytes.write(0xC3); // a two-byte lead
    bytes.write(0x28); // not a continuation byte
    bytes.writeBytes(" rest of the text\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    DataFileException e = assertThrows(DataFileException.class, () -> TextCorpus.read(file));
    assertEquals(file, e.file());
    assertEquals(3, e.line());
    assertEquals(file + ":3: invalid UTF-8 at byte offset " + offset + " (bytes 0xC3); the file must be UTF-8 text",
        e.getMessage());
  }

  @Test
  void aLoneContinuationByteAndATruncatedEndAreInvalidToo() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "caf\u00e9 au lait, twenty characters".getBytes(StandardCharsets.ISO_8859_1));
    DataFileException e = assertThrows(DataFileException.class, () -> TextCorpus.read(file));
    assertTrue(e.getMessage().contains(":1: invalid UTF-8 at byte offset 3 (bytes 0xE9)"), e.getMessage());

    Path cut = dir.resolve("cut.txt");
    byte[] emoji = "twenty-one characters 😀".getBytes(StandardCharsets.UTF_8);
    Files.write(cut, java.util.Arrays.copyOf(emoji, emoji.length - 1));
    e = assertThrows(DataFileException.class, () -> TextCorpus.read(cut));
    assertTrue(e.getMessage().contains("byte offset " + (emoji.length - 4)), e.getMessage());
  }

  @Test
  void emptyMissingAndTooShortFilesAreClearErrors() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    DataFileException e = assertThrows(DataFileException.class, () -> TextCorpus.read(empty));
    assertEquals(empty + ": the file is empty; a character language model needs text", e.getMessage());

    Path missing = dir.resolve("missing.txt");
    e = assertThrows(DataFileException.class, () -> TextCorpus.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());

    Path shortFile = Files.writeString(dir.resolve("short.txt"), "hello");
    e = assertThrows(DataFileException.class, () -> TextCorpus.read(shortFile));
    assertTrue(e.getMessage().contains("has 5 characters, fewer than the 20"), e.getMessage());
  }

  @Test
  void aByteOrderMarkIsDropped() throws Exception {
    Path file = dir.resolve("bom.txt");
    Files.writeString(file, "\uFEFFtwenty or more characters here", StandardCharsets.UTF_8);
    assertEquals("twenty or more characters here", TextCorpus.read(file).text());
  }

  @Test
  void theSplitIsNinetyTenByPosition() {
    String text = "abcdefghij".repeat(10) + "klm"; // 103 characters
    TextCorpus c = TextCorpus.of("t", text);
    assertEquals(10, c.validationLength());
    assertEquals(93, c.trainingTokens().length);
    assertEquals(text.substring(0, 93), c.vocabulary().decode(c.trainingTokens()));
    assertEquals(text.substring(93), c.vocabulary().decode(c.validationTokens()));

    String emoji = "😀".repeat(15) + "한".repeat(15); // 30 code points, 45 UTF-16 units
    TextCorpus e = TextCorpus.of("e", emoji);
    assertEquals(27, e.trainingTokens().length, "the split counts code points");
    assertArrayEquals(new int[] {0, 0, 0}, e.validationTokens(), "한 (U+D55C) sorts before 😀 (U+1F600)");
  }
}
