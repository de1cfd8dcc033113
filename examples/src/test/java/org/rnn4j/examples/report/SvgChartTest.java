package org.rnn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {
  @Test
  void longSeriesAreAveragedIntoBuckets() {
    double[] xs = new double[1200];
    double[] ys = new double[1200];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i;
      ys[i] = i % 2;
    }
    List<double[]> points = SvgChart.bucketed(xs, ys);
    assertEquals(SvgChart.MAX_POINTS, points.size());
    assertEquals(0.5, points.get(0)[1], 1e-12);
    assertEquals(0, points.get(0)[0], 1e-12, "the first bucket at the first x");
    assertEquals(2.5, points.get(1)[0], 1e-12, "the others at their mean x");
    assertEquals(1199, points.get(SvgChart.MAX_POINTS - 1)[0], 1e-12, "the last bucket at the last x");
  }

  @Test
  void theXAxisOfABucketedSeriesSpansTheData() {
    double[] xs = new double[1813];
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i + 1;
      ys[i] = 1.0 / (i + 1);
    }
    String svg = SvgChart.of("loss", "step", "loss", xs, ys, false);
    assertTrue(svg.contains(">1</text>") && svg.contains(">1813</text>"), svg);
  }

  @Test
  void pointsThatAreNotFiniteAreLeftOut() {
    assertEquals(2, SvgChart.bucketed(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 2}).size());
  }

  @Test
  void theChartIsEscapedSvgWithAPath() {
    String svg = SvgChart.of("loss <train>", "step", "loss", new double[] {1, 2}, new double[] {3, 1}, true);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertTrue(svg.contains("loss &lt;train&gt;") && svg.contains("<path d=\"M") && svg.contains("<circle"), svg);
    assertTrue(SvgChart.of("empty", "x", "y", new double[0], new double[0], false).contains("no data"));
  }
}
