package org.rnn4j.examples.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A word-sized line chart as inline SVG: the shape of a series (a training loss curve) without axes, its first and
 * last values in the tooltip. Long series are averaged into at most {@value #POINTS} buckets.
 */
public final class Sparkline {
  static final int POINTS = 80;
  private static final int WIDTH = 140;
  private static final int HEIGHT = 28;
  private static final int PAD = 2;

  private Sparkline() {}

  /** The sparkline of the finite values of {@code ys}, or an empty string when there are fewer than two. */
  public static String of(double[] ys) {
    List<double[]> buckets = SvgChart.bucketed(SvgChart.steps(ys.length, 0), ys, POINTS);
    if (buckets.size() < 2) {
      return "";
    }
    int n = buckets.size();
    double[] points = new double[n];
    for (int i = 0; i < n; i++) {
      points[i] = buckets.get(i)[1];
    }
    double[] finite = Arrays.stream(ys).filter(Double::isFinite).toArray();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double p : points) {
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    double span = max > min ? max - min : 1;
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double x = PAD + (double) i / (n - 1) * (WIDTH - 2 * PAD);
      double y = PAD + (max - points[i]) / span * (HEIGHT - 2 * PAD);
      path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
    }
    return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" width=\"%d\" "
        + "height=\"%d\" viewBox=\"0 0 %d %d\"><title>%s to %s</title><path d=\"%s\" fill=\"none\" "
        + "stroke=\"#2563eb\" stroke-width=\"1.2\"/></svg>", WIDTH, HEIGHT, WIDTH, HEIGHT,
        Format.value(finite[0]), Format.value(finite[finite.length - 1]), path);
  }
}
