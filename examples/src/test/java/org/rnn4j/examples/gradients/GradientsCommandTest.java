package org.rnn4j.examples.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.examples.CommandRun;
import org.rnn4j.examples.demo.Size;

/** {@code rnn4j gradients}: the quick run's table and report, usage errors, and the tour's entry point. */
class GradientsCommandTest {
  @TempDir
  Path dir;

  @Test
  void quickRunPrintsTheTableAndWritesASelfContainedReportWithTheLogScalePlot() throws IOException {
    CommandRun run = CommandRun.of("gradients", "--quick", "--report", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("\nvanilla "), out);
    assertTrue(out.contains("\nLSTM "), out);
    assertTrue(out.contains("\nGRU "), out);
    assertTrue(out.contains("clipping (vanilla RNN, W_hh radius 3"), out);
    assertTrue(out.contains("report: " + dir.resolve("report.html")), out);
    String html = Files.readString(dir.resolve("report.html"));
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
        "nothing fetched");
    assertFalse(html.contains("https://"), "nothing fetched");
    Matcher trained = Pattern.compile("<svg[^>]*aria-label=\"\\|\\|dL/dh_t\\|\\| after training\" "
        + "data-series=\"(\\d+)\" data-log-y=\"true\">(.*?)</svg>", Pattern.DOTALL).matcher(html);
    assertTrue(trained.find(), "the trained flow plot on a log scale");
    assertEquals("3", trained.group(1));
    String svg = trained.group(2);
    assertEquals(3, count(svg, "class=\"series\""), "one line per cell");
    assertEquals(3, count(svg, "class=\"legend\""), "a legend entry per cell");
    for (String name : new String[] {">vanilla<", ">LSTM<", ">GRU<"}) {
      assertTrue(svg.contains(name), name);
    }
    assertTrue(svg.contains(">1e-"), "powers-of-ten ticks");
    assertTrue(html.contains("decay per step"), "decay rates");
    assertTrue(html.contains("spectral radii"), "spectral radii");
    assertTrue(html.contains("Gradient clipping when gradients explode"), "clipping comparison");
  }

  @Test
  void badOptionsAreOneLineAndExitTwo() {
    CommandRun run = CommandRun.of("gradients", "--distance", "1");
    assertEquals(2, run.exitCode());
    assertEquals("rnn4j gradients: --distance must be at least 2, got 1", run.errLines().get(0));
    assertEquals("", run.out());
    CommandRun unknown = CommandRun.of("gradients", "--bogus");
    assertEquals(2, unknown.exitCode());
    assertEquals("rnn4j gradients: Unknown option: '--bogus'", unknown.errLines().get(0));
    CommandRun notANumber = CommandRun.of("gradients", "--steps", "many");
    assertEquals(2, notANumber.exitCode());
    assertTrue(notANumber.errLines().get(0).startsWith("rnn4j gradients: Invalid value for option '--steps'"),
        notANumber.err());
  }

  @Test
  void theTourEntryPointWritesTheReportAndReturnsTheLstmAccuracy() throws IOException {
    Gradients.Run run = Gradients.run(Size.QUICK, dir.resolve("gradients"));
    assertEquals(dir.resolve("gradients").resolve("report.html"), run.page());
    assertTrue(Files.size(run.page()) > 1000);
    assertTrue(run.lstmAccuracy() >= 0 && run.lstmAccuracy() <= 1);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
