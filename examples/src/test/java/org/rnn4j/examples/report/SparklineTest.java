package org.rnn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SparklineTest {
  @Test
  void aFallingSeriesIsDrawnFromTopLeftToBottomRight() {
    String svg = Sparkline.of(new double[] {3, 2, Double.NaN, 1});
    Matcher m = Pattern.compile("d=\"M([0-9.]+) ([0-9.]+) L([0-9.]+) ([0-9.]+) L([0-9.]+) ([0-9.]+)\"").matcher(svg);
    assertTrue(m.find(), svg);
    assertTrue(Double.parseDouble(m.group(2)) < Double.parseDouble(m.group(6)), "first point above the last");
    assertTrue(Double.parseDouble(m.group(1)) < Double.parseDouble(m.group(5)));
    assertTrue(svg.contains("<title>3 to 1</title>"), svg);
  }

  @Test
  void longSeriesAreAveragedAndTooShortOnesDrawNothing() {
    double[] ys = new double[1000];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = i;
    }
    assertEquals(Sparkline.POINTS, Sparkline.of(ys).split(" L").length);
    assertEquals("", Sparkline.of(new double[] {1}));
    assertEquals("", Sparkline.of(new double[] {1, Double.NaN}));
  }
}
