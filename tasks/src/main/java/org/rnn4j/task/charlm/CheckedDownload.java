package org.rnn4j.task.charlm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A data file known by name, source and SHA-256, fetched once into a cache directory: a cached file with the right
 * hash is reused without any network access; a cached file with another hash is deleted; the file is downloaded to
 * a temporary name, its hash checked, and only then moved into place, so the cache never holds a partial or wrong
 * file.
 *
 * @param title what the file is, for messages ({@code Tiny Shakespeare})
 * @param fileName the file's name in the cache directory
 * @param source where to download it from
 * @param sha256 the expected SHA-256 of its bytes, 64 hexadecimal digits
 * @param canonicalUrl where a person can get the file by hand, named in failure messages
 */
public record CheckedDownload(String title, String fileName, URI source, String sha256, String canonicalUrl) {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Validates the fields. */
  public CheckedDownload {
    if (title == null || title.isBlank() || fileName == null || fileName.isBlank() || canonicalUrl == null) {
      throw new IllegalArgumentException("a download needs a title, a file name and a canonical URL");
    }
    if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
      throw new IllegalArgumentException("fileName must be a plain file name, got '" + fileName + "'");
    }
    if (source == null || !("http".equals(source.getScheme()) || "https".equals(source.getScheme()))) {
      throw new IllegalArgumentException("source must be an http or https URI, got " + source);
    }
    if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits, got '" + sha256 + "'");
    }
    sha256 = sha256.toLowerCase(Locale.ROOT);
  }

  /** The same file from another source (a mirror or a local server); the expected hash stays. */
  public CheckedDownload withSource(URI newSource) {
    return new CheckedDownload(title, fileName, newSource, sha256, canonicalUrl);
  }

  /** Where the file lives in {@code cacheDir}. */
  public Path cachedFile(Path cacheDir) {
    return cacheDir.resolve(fileName);
  }

  /**
   * The verified file in {@code cacheDir} (created if needed), downloaded first unless a cached copy has the
   * expected hash.
   *
   * @throws DatasetUnavailableException if the download fails or its hash differs; the message names the file to
   *     get by hand and how to pass it, and the cache is left without a file of that name
   */
  public Path fetch(Path cacheDir) throws DatasetUnavailableException {
    Path target = cachedFile(cacheDir);
    try {
      if (Files.isRegularFile(target)) {
        if (sha256Of(target).equals(sha256)) {
          return target;
        }
        Files.delete(target);
      }
      Files.createDirectories(cacheDir);
    } catch (IOException e) {
      throw unavailable("the cache directory " + cacheDir + " cannot be used (" + describe(e) + ")", e);
    }
    Path temp = cacheDir.resolve("." + fileName + ".download");
    String mismatch;
    try {
      String actual = download(temp);
      if (!actual.equals(sha256)) {
        mismatch = actual;
      } else {
        moveIntoPlace(temp, target);
        return target;
      }
    } catch (IOException e) {
      throw unavailable("the download from " + source + " failed (" + describe(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("the download from " + source + " was interrupted", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the temporary file is hidden and replaced by the next attempt
      }
    }
    throw unavailable("the download from " + source + " has SHA-256 " + mismatch + ", not the expected " + sha256,
        null);
  }

  /** Downloads {@link #source} to {@code temp}; returns the SHA-256 of the bytes received. */
  private String download(Path temp) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(source).timeout(TIMEOUT).GET().build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP status " + response.statusCode());
      }
      MessageDigest digest = newDigest();
      try (InputStream in = new DigestInputStream(body, digest)) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The SHA-256 of a file's bytes, as lower-case hexadecimal. */
  static String sha256Of(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  private DatasetUnavailableException unavailable(String why, Exception cause) {
    return new DatasetUnavailableException("cannot get " + title + ": " + why + "; download " + canonicalUrl
        + " yourself and pass it with --text path/to/" + fileName, cause);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
  }
}
