package org.rnn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @Test
  void aFailedWriteIsNamedInWordsNotJustAPath() {
    Path dir = Path.of("out");
    assertEquals("cannot write the report to out: no such file or directory (/x)",
        ReportFiles.cannotWrite(dir, new NoSuchFileException("/x")));
    assertEquals("cannot write the report to out: permission denied (/y)",
        ReportFiles.cannotWrite(dir, new AccessDeniedException("/y")));
    assertEquals("cannot write the report to out: disk full",
        ReportFiles.cannotWrite(dir, new IOException("disk\nfull")));
  }

  @Test
  void aReportUnderAFileFailsWithItsReasonAndLeavesNothing(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Path target = file.resolve("report.html");
    IOException e = assertThrows(IOException.class, () -> ReportFiles.writeAtomically(target, "<html>"));
    assertTrue(ReportFiles.cannotWrite(file, e).startsWith("cannot write the report to " + file + ": "),
        ReportFiles.cannotWrite(file, e));
    assertEquals("x", Files.readString(file), "nothing written half-way");
  }
}
