package org.rnn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.task.LabeledMatrix;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.StopReason;
import org.rnn4j.topology.TrainingResult;

class MatrixHeatmapTest {
  static final LabeledMatrix ATTENTION = new LabeledMatrix("attention: a <b>", List.of("x", "</s>"),
      List.of("a", "<b>", "c"), new float[][] {{0.1f, 0.8f, 0.1f}, {0, 0, 1}});

  @Test
  void oneSquarePerValueShadedByItsWeight() {
    String svg = MatrixHeatmap.of(ATTENTION);
    Matcher rect = Pattern.compile("<rect [^>]*fill=\"(#[0-9a-f]{6})\"[^>]*><title>([^<]*)</title>").matcher(svg);
    int squares = 0;
    while (rect.find()) {
      squares++;
      if (rect.group(2).endsWith("1.000")) {
        assertEquals(MatrixHeatmap.shade(1), rect.group(1));
      }
      if (rect.group(2).endsWith("0.000")) {
        assertEquals("#ffffff", rect.group(1));
      }
    }
    assertEquals(6, squares);
    assertTrue(svg.contains("&lt;/s&gt; / c: 1.000") && svg.contains("&lt;b&gt;"), svg);
    assertTrue(!svg.contains("<b>"), "labels are escaped");
  }

  @Test
  void shadesRunFromWhiteToDarkBlue() {
    assertEquals("#ffffff", MatrixHeatmap.shade(0));
    assertEquals("#08306b", MatrixHeatmap.shade(1));
    assertEquals("#08306b", MatrixHeatmap.shade(7));
  }

  @Test
  void aMatrixWhoseValuesDoNotMatchItsLabelsIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> new LabeledMatrix("m", List.of("r"),
        List.of("a", "b"), new float[][] {{1}}));
    assertEquals("'m' has 2 column labels but row 0 has 1 values", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LabeledMatrix("m", List.of("r"), List.of("a"),
        new float[][] {{Float.NaN}}));
  }

  @Test
  void theReportShowsTheAttentionOfATranslation() {
    TrainingResult training = new TrainingResult(new double[] {2, 1}, List.of(), Double.NaN, 0,
        StopReason.COMPLETED, "", 2);
    TaskReport report = new TaskReport("translate", "Seq2Seq", List.of(new Metric("BLEU", 12, "")),
        List.of("a => x"), training, Duration.ofSeconds(1), List.of(ATTENTION));
    String page = HtmlReport.of(report, new TrainingOptions(CellType.GRU, 1, 8, 1, 4, 1e-2, 1, Optional.empty(),
        false));
    assertTrue(page.contains("<h2>Attention</h2>") && page.contains(MatrixHeatmap.of(ATTENTION)), page);
  }
}
