package org.rnn4j.examples.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rnn4j.task.DataFileException;

/** Turns a data file that cannot be opened into a {@link DataFileException} before a loader sees it. */
public final class DataFiles {
  private DataFiles() {}

  /** A file a loader reads. */
  @FunctionalInterface
  public interface Loader<T> {
    /** The content of {@code file}. */
    T load(Path file) throws IOException;
  }

  /**
   * {@code file}, if it is a readable regular file.
   *
   * @throws DataFileException saying that it does not exist, is a directory or cannot be read
   */
  public static Path readable(Path file) {
    if (!Files.exists(file)) {
      throw new DataFileException(file, 0, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new DataFileException(file, 0, "is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new DataFileException(file, 0, "cannot be read (permission denied)");
    }
    return file;
  }

  /**
   * What {@code loader} reads from {@code file}, which must be readable.
   *
   * @throws DataFileException for a file that cannot be opened or read, or that the loader rejects
   */
  public static <T> T load(Path file, Loader<T> loader) {
    readable(file);
    try {
      return loader.load(file);
    } catch (IOException e) {
      throw new DataFileException(file, 0, "cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new DataFileException(file, 0, "cannot be read: " + e.getCause().getMessage());
    }
  }
}
