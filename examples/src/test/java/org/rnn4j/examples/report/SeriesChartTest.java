package org.rnn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnn4j.examples.report.SeriesChart.Series;

class SeriesChartTest {
  @Test
  void logAxisHasPowerOfTenTicksAndLeavesOutNonPositiveValues() {
    Series a = Series.indexed("a & b", new double[] {1, 0.1, 0.01, 0, 1e-4}, 0);
    String svg = SeriesChart.of("t", "x", "y", List.of(a), true);
    assertTrue(svg.contains(">1e0<"), svg);
    assertTrue(svg.contains(">1e-4<"), svg);
    assertTrue(svg.contains("y (log scale)"), svg);
    assertTrue(svg.contains(">a &amp; b<"), "escaped legend");
    String path = svg.substring(svg.indexOf("<path class=\"series\" d=\""));
    assertEquals(4, path.substring(0, path.indexOf("\" fill")).split("[ML]").length - 1, "four drawable points");
  }

  @Test
  void oneLineAndLegendEntryPerSeries() {
    Series a = Series.indexed("a", new double[] {1, 2, 3}, 1);
    Series b = Series.indexed("b", new double[] {3, 2, 1}, 1);
    String svg = SeriesChart.of("t", "x", "y", List.of(a, b), false);
    assertEquals(2, svg.split("class=\"series\"", -1).length - 1);
    assertEquals(2, svg.split("class=\"legend\"", -1).length - 1);
    assertFalse(svg.contains("log scale"));
  }

  @Test
  void noDrawablePointIsANote() {
    String svg = SeriesChart.of("t", "x", "y", List.of(Series.indexed("a", new double[] {0, -1}, 0)), true);
    assertTrue(svg.contains("no data"), svg);
  }

  @Test
  void seriesLengthsMustMatch() {
    assertThrows(IllegalArgumentException.class, () -> new Series("a", new double[2], new double[3]));
  }

  @Test
  void theXAxisOfBucketedSeriesSpansTheData() {
    double[] ys = new double[1999];
    java.util.Arrays.fill(ys, 1);
    String svg = SeriesChart.of("loss", "step", "loss", List.of(Series.indexed("a", ys, 1)), false);
    assertTrue(svg.contains(">1</text>") && svg.contains(">1999</text>"), svg);
  }
}
