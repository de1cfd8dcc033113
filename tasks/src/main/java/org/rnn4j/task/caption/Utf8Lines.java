package org.rnn4j.task.caption;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rnn4j.task.DataFileException;

/**
 * Reads a file line by line as strict UTF-8 (a malformed byte is an error naming its line), without the line
 * terminator ({@code \n} or {@code \r\n}) and without a leading byte-order mark. Streams, so large feature files
 * are never held whole.
 */
final class Utf8Lines implements AutoCloseable {
  private final Path file;
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int number;
  private boolean done;

  /**
   * Opens {@code file}.
   *
   * @throws DataFileException if it does not exist
   */
  Utf8Lines(Path file) {
    this.file = file;
    try {
      this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new DataFileException(file, 0, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The 1-based number of the line {@link #next()} returned last. */
  int number() {
    return number;
  }

  /**
   * The next line, or null at the end of the file.
   *
   * @throws DataFileException if the line is not valid UTF-8
   */
  String next() {
    if (done) {
      return null;
    }
    buffer.reset();
    try {
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        buffer.write(b);
      }
      if (b == -1) {
        done = true;
        if (buffer.size() == 0) {
          return null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    number++;
    byte[] bytes = buffer.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    int start = number == 1 && length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(file, number, "not valid UTF-8");
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
