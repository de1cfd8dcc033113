package org.rnn4j.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writing a file so that readers see the old content or the new content, never a part; and SHA-256 digests. */
final class AtomicFiles {
  /** Suffix of the temporary files this class writes (a leading dot hides them too). */
  static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** The temporary name of {@code target} in the same directory. */
  static Path tempFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
  }

  /**
   * Writes {@code bytes} to a temporary file next to {@code target}, forces it to the device, then moves it over
   * {@code target} atomically (or, where the file system cannot, by replacing). The temporary file is removed if
   * anything fails.
   */
  static void write(Path target, byte[] bytes) throws IOException {
    Path temp = tempFor(target);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /** Best effort: flushes the directory entry so the rename survives a power cut (not possible everywhere). */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Some platforms cannot open directories; the rename itself is still atomic.
    }
  }

  /** The lowercase hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
