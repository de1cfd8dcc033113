package org.rnn4j.task.charlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked download against a local HTTP server on 127.0.0.1 serving a small fake file; never the internet. */
class CheckedDownloadTest {
  private static final byte[] FAKE = "First Citizen:\nBefore we proceed any further, hear me speak.\n"
      .getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path cache;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/input.txt", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(200, FAKE.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(FAKE);
      }
    });
    server.createContext("/missing.txt", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static CheckedDownload fake(URI source, String sha256) {
    return new CheckedDownload("Tiny Shakespeare", "input.txt", source, sha256, TinyShakespeare.URL);
  }

  @Test
  void downloadsVerifiesAndThenReusesTheCachedFileWithoutTheNetwork() throws Exception {
    CheckedDownload d = fake(uri("/input.txt"), sha256(FAKE).toUpperCase());
    Path file = d.fetch(cache.resolve("sub"));
    assertEquals(cache.resolve("sub").resolve("input.txt"), file);
    assertEquals(new String(FAKE, StandardCharsets.UTF_8), Files.readString(file));
    assertEquals(1, requests.get());
    assertEquals(1, fileCount(cache.resolve("sub")), "no temporary file left behind");

    server.stop(0);
    assertEquals(file, d.fetch(cache.resolve("sub")), "a valid cached file is used offline");
    assertEquals(1, requests.get());
  }

  @Test
  void aCachedFileWithTheWrongHashIsDownloadedAgain() throws Exception {
    Files.writeString(cache.resolve("input.txt"), "half a fi");
    Path file = fake(uri("/input.txt"), sha256(FAKE)).fetch(cache);
    assertEquals(new String(FAKE, StandardCharsets.UTF_8), Files.readString(file));
    assertEquals(1, requests.get());
  }

  @Test
  void aHashMismatchLeavesNoFileAndSaysWhatToPass() throws Exception {
    String wrong = "0".repeat(64);
    DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
        () -> fake(uri("/input.txt"), wrong).fetch(cache));
    assertEquals("cannot get Tiny Shakespeare: the download from " + uri("/input.txt") + " has SHA-256 "
        + sha256(FAKE) + ", not the expected " + wrong + "; download " + TinyShakespeare.URL
        + " yourself and pass it with --text path/to/input.txt", e.getMessage());
    assertEquals(0, fileCount(cache), "neither the file nor a temporary file stays in the cache");
  }

  @Test
  void aMissingFileOnTheServerIsAClearError() throws Exception {
    DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
        () -> fake(uri("/missing.txt"), sha256(FAKE)).fetch(cache));
    assertTrue(e.getMessage().contains("failed (IOException: HTTP status 404)"), e.getMessage());
    assertTrue(e.getMessage().endsWith("pass it with --text path/to/input.txt"), e.getMessage());
    assertEquals(0, fileCount(cache));
  }

  @Test
  void anUnreachableServerIsAClearErrorAndAWrongCachedFileIsRemoved() throws Exception {
    Files.writeString(cache.resolve("input.txt"), "half a fi");
    URI source = uri("/input.txt");
    server.stop(0);
    DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
        () -> fake(source, sha256(FAKE)).fetch(cache));
    assertTrue(e.getMessage().startsWith("cannot get Tiny Shakespeare: the download from " + source + " failed ("),
        e.getMessage());
    assertTrue(e.getMessage().contains("download " + TinyShakespeare.URL + " yourself"), e.getMessage());
    assertFalse(Files.exists(cache.resolve("input.txt")));
  }

  @Test
  void tinyShakespeareTakesAMirrorButKeepsItsHash() throws Exception {
    assertEquals(TinyShakespeare.SHA256, TinyShakespeare.download().sha256());
    assertEquals(URI.create(TinyShakespeare.URL), TinyShakespeare.download().source());
    // the fake file is not Tiny Shakespeare, so its hash cannot match
    DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
        () -> TinyShakespeare.fetch(cache, uri("/input.txt")));
    assertTrue(e.getMessage().contains("not the expected " + TinyShakespeare.SHA256), e.getMessage());
    assertEquals(0, fileCount(cache));
  }

  @Test
  void settingsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> fake(URI.create("file:///etc/passwd"), "0".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> fake(uri("/input.txt"), "abc"));
    assertThrows(IllegalArgumentException.class, () -> new CheckedDownload("t", "../x", uri("/x"), "0".repeat(64),
        "u"));
  }

  private static long fileCount(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
