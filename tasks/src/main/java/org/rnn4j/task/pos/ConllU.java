package org.rnn4j.task.pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rnn4j.task.DataFileException;

/**
 * Reads the word forms and universal part-of-speech tags of a CoNLL-U file (the Universal Dependencies format).
 *
 * <p>Sentences are separated by blank lines; lines starting with {@code #} are comments; every other line is a
 * token of 10 tab-separated columns, of which FORM (column 2) and UPOS (column 4) are kept. Multi-word token ranges
 * ({@code 3-4}) and empty nodes ({@code 5.1}) are skipped, so a sentence is its syntactic words. Word IDs must run
 * 1, 2, 3, ... within each sentence. A last sentence without a trailing blank line counts. Anything else is rejected
 * with a {@link DataFileException} naming the file, the line and the problem.
 */
public final class ConllU {
  private static final int COLUMNS = 10;
  private static final Pattern WORD_ID = Pattern.compile("[0-9]+");
  private static final Pattern SKIPPED_ID = Pattern.compile("[0-9]+-[0-9]+|[0-9]+\\.[0-9]+");

  private ConllU() {}

  /**
   * The sentences of {@code file}.
   *
   * @throws DataFileException if the file is not valid UTF-8 CoNLL-U as described above or holds no sentence
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Sentence> read(Path file) {
    try {
      return parse(file, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The sentences of a CoNLL-U resource on the class path of this class, named {@code name} in messages.
   *
   * @throws IllegalArgumentException if there is no such resource
   * @throws DataFileException if the resource is not valid CoNLL-U
   */
  public static List<Sentence> readResource(String name) {
    try (InputStream in = ConllU.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource '" + name + "' next to " + ConllU.class.getName());
      }
      return parse(Path.of(name), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The sentences of CoNLL-U {@code bytes}; {@code file} names the source in messages.
   *
   * @throws DataFileException as {@link #read(Path)}
   */
  public static List<Sentence> parse(Path file, byte[] bytes) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Sentence> sentences = new ArrayList<>();
    SentenceBuilder current = new SentenceBuilder();
    int lineNumber = 0;
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      String line = decode(utf8, bytes, start, contentEnd, file, lineNumber);
      start = end + 1;
      if (line.isBlank()) {
        current.finishInto(sentences);
      } else if (!line.startsWith("#")) {
        current.add(line, file, lineNumber);
      }
    }
    current.finishInto(sentences);
    if (sentences.isEmpty()) {
      throw new DataFileException(file, 0, "holds no sentence (expected CoNLL-U: 10 tab-separated columns per word,"
          + " a blank line after each sentence)");
    }
    return sentences;
  }

  private static String decode(CharsetDecoder utf8, byte[] bytes, int from, int to, Path file, int line) {
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(file, line, "is not valid UTF-8");
    }
  }

  /** The words of the sentence being read, with the ID the next word must have. */
  private static final class SentenceBuilder {
    private final List<String> words = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    void add(String line, Path file, int lineNumber) {
      String[] columns = line.split("\t", -1);
      if (columns.length != COLUMNS) {
        throw new DataFileException(file, lineNumber, "expected " + COLUMNS + " tab-separated columns, got "
            + columns.length);
      }
      String id = columns[0];
      if (SKIPPED_ID.matcher(id).matches()) {
        return;
      }
      if (!WORD_ID.matcher(id).matches()) {
        throw new DataFileException(file, lineNumber, "ID (column 1) must be a word number, a range like 3-4 or an"
            + " empty node like 5.1, got '" + id + "'");
      }
      int expected = words.size() + 1;
      if (id.length() > 9 || Integer.parseInt(id) != expected) {
        throw new DataFileException(file, lineNumber, "expected word ID " + expected + " (IDs run 1, 2, 3, ... in"
            + " each sentence), got " + id);
      }
      String form = columns[1];
      String upos = columns[3];
      if (form.isEmpty()) {
        throw new DataFileException(file, lineNumber, "FORM (column 2) of word " + id + " is empty");
      }
      if (upos.isEmpty() || upos.equals("_")) {
        throw new DataFileException(file, lineNumber, "UPOS (column 4) of word " + id + " is "
            + (upos.isEmpty() ? "empty" : "'_' (no tag)"));
      }
      words.add(form);
      tags.add(upos);
    }

    void finishInto(List<Sentence> out) {
      if (!words.isEmpty()) {
        out.add(new Sentence(words, tags));
        words.clear();
        tags.clear();
      }
    }
  }
}
