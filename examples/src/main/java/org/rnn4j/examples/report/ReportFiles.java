package org.rnn4j.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;

/**
 * Where a run's report goes and writing it there: {@code metrics.json}, {@code metrics.tsv} and, last,
 * {@code report.html}, each written under a temporary name and then moved into place, so a reader never sees part of
 * a file.
 */
public final class ReportFiles {
  /** The report page's file name. */
  public static final String HTML = "report.html";
  /** The JSON metrics' file name. */
  public static final String JSON = "metrics.json";
  /** The TSV metrics' file name. */
  public static final String TSV = "metrics.tsv";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private ReportFiles() {}

  /**
   * The report directory: {@code report} if given, else {@code <checkpoint>/report} if there is a checkpoint
   * directory, else {@code reports/<task>-<yyyyMMdd-HHmmss>} (with {@code -2}, {@code -3}... if that exists).
   */
  public static Path directory(Optional<Path> report, Optional<Path> checkpoint, String task, LocalDateTime now) {
    if (report.isPresent()) {
      return report.get();
    }
    if (checkpoint.isPresent()) {
      return checkpoint.get().resolve("report");
    }
    String base = task + "-" + STAMP.format(now);
    Path dir = Path.of("reports", base);
    for (int k = 2; Files.exists(dir); k++) {
      dir = Path.of("reports", base + "-" + k);
    }
    return dir;
  }

  /** Writes the report of {@code report} into {@code directory} (created if needed); returns the page's path. */
  public static Path write(Path directory, TaskReport report, TrainingOptions options) throws IOException {
    Files.createDirectories(directory);
    writeAtomically(directory.resolve(JSON), MetricsFiles.json(report, options));
    writeAtomically(directory.resolve(TSV), MetricsFiles.tsv(report));
    Path html = directory.resolve(HTML);
    writeAtomically(html, HtmlReport.of(report, options));
    return html;
  }

  /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it over {@code target}. */
  public static void writeAtomically(Path target, String text) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * The one-line error for a report that could not be written to {@code directory}: {@code cannot write the report
   * to DIR: why}, the reason named in words (the JDK's message is often just a path).
   */
  public static String cannotWrite(Path directory, IOException e) {
    return "cannot write the report to " + directory + ": " + reason(e);
  }

  /** Why {@code e} happened, in words. */
  static String reason(IOException e) {
    String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
    String why;
    if (e instanceof FileSystemException f && f.getReason() != null) {
      why = f.getReason();
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      why = "no such file or directory";
    } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      why = "a file is in the way";
    } else if (e instanceof FileSystemException) {
      why = "the file system refused";
    } else {
      return String.valueOf(e.getMessage()).replaceAll("\\R+", " ");
    }
    return file == null || file.isEmpty() ? why : why + " (" + file + ")";
  }
}
