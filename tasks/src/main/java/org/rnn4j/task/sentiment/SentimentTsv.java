package org.rnn4j.task.sentiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rnn4j.task.DataFileException;

/**
 * Reads sentiment data in the {@code sentence<TAB>label} format: one example per line, UTF-8.
 *
 * <ul>
 *   <li>Line endings may be LF or CRLF; a UTF-8 byte-order mark at the start is skipped; blank lines are skipped.
 *   <li>If the first non-blank line is exactly {@code sentence<TAB>label} (any case), it is a header and skipped.
 *   <li>Sentence and label are trimmed. A label is a class id or name made of letters, digits, {@code _} and
 *       {@code -}, for example {@code 0}, {@code 1}, {@code pos}, {@code very-negative}.
 * </ul>
 *
 * <p>A file that breaks these rules is rejected with a {@link DataFileException} naming the file, the line and
 * what was wrong: invalid UTF-8, a line without exactly one tab, an empty sentence, an empty or malformed label,
 * or no examples at all.
 */
public final class SentimentTsv {
  private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_-]+");
  private static final String HEADER = "sentence\tlabel";

  private SentimentTsv() {}

  /**
   * The examples of {@code file}, in file order.
   *
   * @throws DataFileException if the file is malformed or holds no example
   * @throws IOException if it cannot be read
   */
  public static List<LabeledSentence> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<LabeledSentence> out = new ArrayList<>();
    boolean seenContent = false;
    int start = hasByteOrderMark(bytes) ? 3 : 0;
    for (int lineNo = 1; start < bytes.length; lineNo++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      String text = decode(decoder, bytes, start, contentEnd, file, lineNo);
      start = end + 1;
      if (text.isBlank()) {
        continue;
      }
      if (!seenContent && text.strip().equalsIgnoreCase(HEADER)) {
        seenContent = true;
        continue;
      }
      seenContent = true;
      out.add(parse(text, file, lineNo));
    }
    if (out.isEmpty()) {
      throw new DataFileException(file, 0, "no examples: expected lines of sentence<TAB>label");
    }
    return List.copyOf(out);
  }

  private static LabeledSentence parse(String text, Path file, int line) {
    String[] fields = text.split("\t", -1);
    if (fields.length != 2) {
      throw new DataFileException(file, line, "expected sentence<TAB>label, got " + fields.length
          + (fields.length == 1 ? " field" : " fields"));
    }
    String sentence = fields[0].strip();
    String label = fields[1].strip();
    if (sentence.isEmpty()) {
      throw new DataFileException(file, line, "empty sentence before the tab");
    }
    if (label.isEmpty()) {
      throw new DataFileException(file, line, "empty label after the tab");
    }
    if (!LABEL.matcher(label).matches()) {
      throw new DataFileException(file, line, "label '" + label
          + "' must be a class id or name made of letters, digits, '_' or '-'");
    }
    return new LabeledSentence(sentence, label, file, line);
  }

  private static String decode(CharsetDecoder decoder, byte[] bytes, int from, int to, Path file, int line) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    decoder.reset();
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      throw new DataFileException(file, line, String.format("invalid UTF-8: byte 0x%02X at byte %d of the line",
          bytes[at] & 0xff, at - from + 1));
    }
    return out.flip().toString();
  }

  private static boolean hasByteOrderMark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }
}
