package org.rnn4j.task.pos;

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

class ConllUTest {
  private static final String T = "\t";

  @TempDir
  Path dir;

  private static String word(String id, String form, String upos) {
    return String.join(T, id, form, form.toLowerCase(), upos, "_", "_", "0", "dep", "_", "_") + "\n";
  }

  /** Comments skipped, the range 3-4 and the empty node 4.1 skipped, the last sentence has no blank line after it. */
  @Test
  void readsFormsAndUposSkippingRangesEmptyNodesAndComments() {
    List<Sentence> s = ConllU.readResource("/org/rnn4j/task/pos/fixture.conllu");

    assertEquals(3, s.size());
    assertEquals(List.of("The", "cat", "can", "not", "sleep", "."), s.get(0).words());
    assertEquals(List.of("DET", "NOUN", "AUX", "PART", "VERB", "PUNCT"), s.get(0).tags());
    assertEquals("Dogs/NOUN bark/VERB ,/PUNCT cats/NOUN too/ADV", s.get(1).toString());
    assertEquals("Émile/PROPN waits/VERB", s.get(2).toString());
  }

  @Test
  void aLastLineWithoutNewlineAndCrLfLineEndsStillCount() throws IOException {
    Path f = write("a.conllu", word("1", "Hi", "INTJ").replace("\n", "\r\n") + "\r\n" + word("1", "Go", "VERB")
        + word("2", "now", "ADV").strip());

    List<Sentence> s = ConllU.read(f);

    assertEquals(2, s.size());
    assertEquals("Hi/INTJ", s.get(0).toString());
    assertEquals("Go/VERB now/ADV", s.get(1).toString());
  }

  @Test
  void wrongColumnCountNamesFileLineAndCount() throws IOException {
    Path f = write("cols.conllu", "# c\n" + word("1", "a", "DET") + "2\tb\tb\tNOUN\n");
    assertEquals(f + ":3: expected 10 tab-separated columns, got 4", message(f));
  }

  @Test
  void nonConsecutiveIdsAreRejected() throws IOException {
    Path f = write("ids.conllu", word("1", "a", "DET") + word("3", "b", "NOUN"));
    assertEquals(f + ":2: expected word ID 2 (IDs run 1, 2, 3, ... in each sentence), got 3", message(f));
    Path g = write("start.conllu", word("1", "a", "DET") + "\n" + word("2", "b", "NOUN"));
    assertEquals(g + ":3: expected word ID 1 (IDs run 1, 2, 3, ... in each sentence), got 2", message(g));
  }

  @Test
  void badIdEmptyFormAndMissingTagAreRejected() throws IOException {
    Path id = write("id.conllu", word("x", "a", "DET"));
    assertEquals(id + ":1: ID (column 1) must be a word number, a range like 3-4 or an empty node like 5.1, got"
        + " 'x'", message(id));
    Path form = write("form.conllu", word("1", "a", "DET") + word("2", "", "NOUN"));
    assertEquals(form + ":2: FORM (column 2) of word 2 is empty", message(form));
    Path upos = write("upos.conllu", word("1", "a", ""));
    assertEquals(upos + ":1: UPOS (column 4) of word 1 is empty", message(upos));
    Path none = write("none.conllu", "\n" + word("1", "a", "_"));
    assertEquals(none + ":2: UPOS (column 4) of word 1 is '_' (no tag)", message(none));
  }

  @Test
  void invalidUtf8AndEmptyFilesAreRejected() throws IOException {
    byte[] good = word("1", "a", "DET").getBytes(StandardCharsets.UTF_8);
    byte[] bad = word("2", "b?", "NOUN").getBytes(StandardCharsets.UTF_8);
    bad[3] = (byte) 0xC3;
    bad[4] = (byte) 0x28;
    Path f = dir.resolve("utf8.conllu");
    Files.write(f, concat(good, bad));
    assertEquals(f + ":2: is not valid UTF-8", message(f));

    Path empty = write("empty.conllu", "# only a comment\n\n");
    assertEquals(empty + ": holds no sentence (expected CoNLL-U: 10 tab-separated columns per word, a blank line"
        + " after each sentence)", message(empty));
  }

  private String message(Path f) {
    DataFileException e = assertThrows(DataFileException.class, () -> ConllU.read(f));
    assertEquals(f, e.file());
    return e.getMessage();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
