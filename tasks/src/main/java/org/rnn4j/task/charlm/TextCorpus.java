package org.rnn4j.task.charlm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.rnn4j.task.DataFileException;

/**
 * A text to learn characters from, with its vocabulary and its split by position: the first 90% of the characters
 * for training, the last 10% for validation. Characters are Unicode code points.
 */
public final class TextCorpus {
  /** The fewest characters a corpus may have: enough for a validation part of two characters. */
  public static final int MIN_LENGTH = 20;

  private final String name;
  private final String text;
  private final CharVocabulary vocabulary;
  private final int[] tokens;

  private TextCorpus(String name, String text) {
    this.name = name;
    this.text = text;
    this.vocabulary = CharVocabulary.of(text);
    this.tokens = vocabulary.encode(text);
  }

  /**
   * A corpus of {@code text}, called {@code name} in reports.
   *
   * @throws IllegalArgumentException if the text has fewer than {@link #MIN_LENGTH} characters
   */
  public static TextCorpus of(String name, String text) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a corpus needs a name, got none");
    }
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("corpus '" + name + "' is empty; a character language model needs text");
    }
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      throw new IllegalArgumentException("corpus '" + name + "' has " + length + " characters, fewer than the "
          + MIN_LENGTH + " a 90/10 training/validation split needs");
    }
    return new TextCorpus(name, text);
  }

  /**
   * Reads {@code file} as strict UTF-8 (a leading byte-order mark is dropped).
   *
   * @throws DataFileException if the file does not exist, is empty, has fewer than {@link #MIN_LENGTH} characters,
   *     or holds an invalid UTF-8 sequence (naming its line and byte offset)
   * @throws IOException if the file cannot be read
   */
  public static TextCorpus read(Path file) throws IOException {
    String text = readUtf8(file);
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      throw new DataFileException(file, 0, "the file has " + length + " characters, fewer than the " + MIN_LENGTH
          + " a 90/10 training/validation split needs");
    }
    return new TextCorpus(file.toString(), text);
  }

  /**
   * The text of {@code file} read as strict UTF-8 (a leading byte-order mark is dropped).
   *
   * @throws DataFileException if the file does not exist, is empty, or holds an invalid UTF-8 sequence (naming its
   *     line and byte offset)
   * @throws IOException if the file cannot be read
   */
  public static String readUtf8(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DataFileException(file, 0, "no such file");
    }
    if (bytes.length == 0) {
      throw new DataFileException(file, 0, "the file is empty; a character language model needs text");
    }
    String text = decodeStrictly(file, bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The bytes as UTF-8 text; the first malformed or unmappable sequence is a {@link DataFileException}. */
  private static String decodeStrictly(Path file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      int end = Math.min(bytes.length, offset + Math.max(1, result.length()));
      StringBuilder seq = new StringBuilder();
      for (int i = offset; i < end; i++) {
        seq.append(seq.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
      }
      throw new DataFileException(file, line, "invalid UTF-8 at byte offset " + offset + " (bytes " + seq
          + "); the file must be UTF-8 text");
    }
    out.flip();
    return out.toString();
  }

  /** The name given in reports: the file's path, or the built-in text's name. */
  public String name() {
    return name;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The number of characters (code points). */
  public int length() {
    return tokens.length;
  }

  /** The vocabulary of the whole text. */
  public CharVocabulary vocabulary() {
    return vocabulary;
  }

  /** The number of characters in the validation part: a tenth, rounded down. */
  public int validationLength() {
    return tokens.length / 10;
  }

  /** The ids of the first 90% of the characters (all but the validation part). */
  public int[] trainingTokens() {
    return Arrays.copyOfRange(tokens, 0, tokens.length - validationLength());
  }

  /** The ids of the last 10% of the characters. */
  public int[] validationTokens() {
    return Arrays.copyOfRange(tokens, tokens.length - validationLength(), tokens.length);
  }

  @Override
  public String toString() {
    return "TextCorpus(" + name + ", " + tokens.length + " characters, " + vocabulary.size() + " distinct)";
  }
}
