package org.rnn4j.task.charlm;

import java.net.URI;
import java.nio.file.Path;

/**
 * The reference corpus of character language models: Tiny Shakespeare from Karpathy's char-rnn (1,115,394 bytes,
 * 65 distinct characters), fetched into a cache directory and verified by SHA-256.
 */
public final class TinyShakespeare {
  /** Where char-rnn publishes the file. */
  public static final String URL =
      "https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/input.txt";

  /** The SHA-256 of the published file. */
  public static final String SHA256 = "86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed";

  /** The name of the file in the cache directory. */
  public static final String FILE_NAME = "input.txt";

  private TinyShakespeare() {}

  /** The canonical download: {@link #URL}, checked against {@link #SHA256}. */
  public static CheckedDownload download() {
    return new CheckedDownload("Tiny Shakespeare", FILE_NAME, URI.create(URL), SHA256, URL);
  }

  /**
   * The verified file in {@code cacheDir}, downloaded from {@link #URL} unless already cached.
   *
   * @throws DatasetUnavailableException as {@link CheckedDownload#fetch}
   */
  public static Path fetch(Path cacheDir) throws DatasetUnavailableException {
    return download().fetch(cacheDir);
  }

  /**
   * The verified file in {@code cacheDir}, downloaded from {@code source} (a mirror) unless already cached; the file
   * must still have {@link #SHA256}.
   *
   * @throws DatasetUnavailableException as {@link CheckedDownload#fetch}
   */
  public static Path fetch(Path cacheDir, URI source) throws DatasetUnavailableException {
    return download().withSource(source).fetch(cacheDir);
  }
}
