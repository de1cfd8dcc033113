package org.rnn4j.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG: one series of (x, y) points, axes with their end values, a title and axis labels.
 * Long series are shown as the means of at most {@value #MAX_POINTS} consecutive buckets (the first and last at the
 * data's first and last x); points that are not finite are left out.
 */
public final class SvgChart {
  /** Most points drawn. */
  static final int MAX_POINTS = 600;
  private static final int WIDTH = 640;
  private static final int HEIGHT = 280;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 45;

  private SvgChart() {}

  /**
   * The chart of {@code ys} against {@code xs} (same length), or a short note in SVG when no point is finite.
   *
   * @param markers whether to mark every point (for short series such as validations)
   */
  public static String of(String title, String xLabel, String yLabel, double[] xs, double[] ys, boolean markers) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("xs and ys must have the same length, got " + xs.length + " and "
          + ys.length);
    }
    List<double[]> points = bucketed(xs, ys);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
        LEFT, Html.escape(title)));
    if (points.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\">no data</text>%n", LEFT,
          HEIGHT / 2));
      return svg.append("</svg>").toString();
    }
    double minX = points.get(0)[0];
    double maxX = points.get(points.size() - 1)[0];
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (double[] p : points) {
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    if (maxX == minX) {
      maxX = minX + 1;
    }
    if (maxY == minY) {
      maxY = minY + Math.max(1e-9, Math.abs(minY) * 0.05);
      minY = minY - Math.max(1e-9, Math.abs(minY) * 0.05);
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    svg.append(String.format(Locale.ROOT, "<g font-size=\"11\" fill=\"#333\">%n"));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", LEFT,
        TOP + plotH, LEFT + plotW, TOP + plotH));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", LEFT,
        TOP, LEFT, TOP + plotH));
    svg.append(label(LEFT - 6, TOP + 4, "end", number(maxY)));
    svg.append(label(LEFT - 6, TOP + plotH + 4, "end", number(minY)));
    svg.append(label(LEFT, TOP + plotH + 16, "middle", number(minX)));
    svg.append(label(LEFT + plotW, TOP + plotH + 16, "middle", number(maxX)));
    svg.append(label(LEFT + plotW / 2, HEIGHT - 8, "middle", xLabel));
    svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 "
        + "%d)\">%s</text>%n", TOP + plotH / 2, TOP + plotH / 2, Html.escape(yLabel)));
    svg.append("</g>\n");
    StringBuilder path = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (double[] p : points) {
      double x = LEFT + (p[0] - minX) / (maxX - minX) * plotW;
      double y = TOP + plotH - (p[1] - minY) / (maxY - minY) * plotH;
      path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      if (markers) {
        dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#c0392b\"/>%n", x, y));
      }
    }
    svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"1.5\"/>\n");
    svg.append(dots);
    return svg.append("</svg>").toString();
  }

  /** The finite points, averaged over equal buckets when there are more than {@value #MAX_POINTS}. */
  static List<double[]> bucketed(double[] xs, double[] ys) {
    return bucketed(xs, ys, MAX_POINTS);
  }

  /**
   * The finite points, averaged over {@code maxPoints} equal buckets of consecutive points when there are more; the
   * first and last bucket keep the data's first and last x, so an axis spans the data (1 to 1813, not 2 to 1813.5).
   */
  static List<double[]> bucketed(double[] xs, double[] ys, int maxPoints) {
    List<double[]> finite = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
        finite.add(new double[] {xs[i], ys[i]});
      }
    }
    if (finite.size() <= maxPoints) {
      return finite;
    }
    List<double[]> out = new ArrayList<>(maxPoints);
    for (int b = 0; b < maxPoints; b++) {
      int from = (int) ((long) b * finite.size() / maxPoints);
      int to = (int) ((long) (b + 1) * finite.size() / maxPoints);
      double sx = 0;
      double sy = 0;
      for (int i = from; i < to; i++) {
        sx += finite.get(i)[0];
        sy += finite.get(i)[1];
      }
      out.add(new double[] {sx / (to - from), sy / (to - from)});
    }
    out.get(0)[0] = finite.get(0)[0];
    out.get(maxPoints - 1)[0] = finite.get(finite.size() - 1)[0];
    return out;
  }

  /** {@code first, first + 1, ..., first + n - 1}: the x values of a series recorded once per step. */
  public static double[] steps(int n, int first) {
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = first + i;
    }
    return xs;
  }

  private static String label(int x, int y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>%n", x, y, anchor,
        Html.escape(text));
  }

  /** A short decimal for an axis end. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4g", v);
  }
}
