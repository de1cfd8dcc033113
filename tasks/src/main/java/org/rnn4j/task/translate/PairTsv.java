package org.rnn4j.task.translate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rnn4j.task.DataFileException;

/**
 * Reads parallel text in the Tatoeba/Anki tab-separated format: one {@code source<TAB>target} pair per line, UTF-8.
 *
 * <p>Columns after the second (Anki's attribution column) are ignored. Line ends may be LF or CRLF; a byte-order
 * mark at the start is skipped; blank lines are skipped. Leading and trailing spaces of each side are removed. A
 * line without a tab, a side that is empty, bytes that are not UTF-8, or a file without any pair is rejected with a
 * {@link DataFileException} naming the file, the line and the problem.
 */
public final class PairTsv {
  private PairTsv() {}

  /**
   * The pairs of {@code file}, in file order.
   *
   * @throws DataFileException naming the line and the problem of a malformed line or an empty file
   * @throws IOException if the file cannot be read
   */
  public static List<TextPair> load(Path file) throws IOException {
    return parse(file, Files.readAllBytes(file));
  }

  /** The pairs of {@code bytes}, the content of {@code file} (named in errors). */
  static List<TextPair> parse(Path file, byte[] bytes) {
    List<TextPair> pairs = new ArrayList<>();
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    int lineNumber = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      String line = decode(file, lineNumber, bytes, start, stop);
      if (!line.isBlank()) {
        pairs.add(pair(file, lineNumber, line));
      }
      start = end + 1;
    }
    if (pairs.isEmpty()) {
      throw new DataFileException(file, 0, "holds no source<TAB>target pairs");
    }
    return pairs;
  }

  private static TextPair pair(Path file, int lineNumber, String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new DataFileException(file, lineNumber, "expected source<TAB>target, got no tab in '" + clip(line) + "'");
    }
    int next = line.indexOf('\t', tab + 1);
    String source = line.substring(0, tab).strip();
    String target = line.substring(tab + 1, next < 0 ? line.length() : next).strip();
    if (source.isEmpty()) {
      throw new DataFileException(file, lineNumber, "the source (column 1) is empty");
    }
    if (target.isEmpty()) {
      throw new DataFileException(file, lineNumber, "the target (column 2) is empty");
    }
    return new TextPair(source, target);
  }

  private static String decode(Path file, int lineNumber, byte[] bytes, int from, int to) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
    if (r.isError()) {
      throw new DataFileException(file, lineNumber, String.format("is not valid UTF-8 (byte 0x%02x at byte %d of "
          + "the line)", bytes[in.position()] & 0xff, in.position() - from + 1));
    }
    return out.flip().toString();
  }

  private static String clip(String line) {
    return line.length() <= 40 ? line : line.substring(0, 40) + "...";
  }
}
