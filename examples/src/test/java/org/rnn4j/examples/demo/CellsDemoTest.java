package org.rnn4j.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point the tour can call. */
class CellsDemoTest {
  @TempDir
  Path dir;

  @Test
  void theQuickDemoWritesItsReportAndReportsTheHeadline() throws IOException {
    CellsDemo.Outcome outcome = CellsDemo.run(Size.QUICK, dir.resolve("cells"), null);
    assertEquals(dir.resolve("cells").resolve("report.html"), outcome.report());
    assertTrue(Files.readString(outcome.report()).contains("<div class=\"heat\">"));
    assertEquals(CellsDemo.HEADLINE, outcome.headline().name());
    double r = outcome.headline().value();
    assertTrue(r > 0 && r <= 1, "|r| = " + r);
    assertTrue(outcome.seconds() > 0);
  }
}
