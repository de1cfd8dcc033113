package org.rnn4j.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart of several named series as inline SVG, with a legend and a linear or base-10 logarithmic y axis.
 * Long series are bucketed as in {@link SvgChart}; points that are not finite (and, on a log axis, not positive)
 * are left out.
 */
public final class SeriesChart {
  private static final String[] COLORS = {"#c0392b", "#2563eb", "#16a34a", "#9333ea", "#d97706", "#0891b2"};
  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;
  private static final int LEFT = 70;
  private static final int RIGHT = 150;
  private static final int TOP = 30;
  private static final int BOTTOM = 45;

  private SeriesChart() {}

  /**
   * One line of a chart.
   *
   * @param name the legend's text
   * @param xs the x values
   * @param ys the y values, as many as {@code xs}
   */
  public record Series(String name, double[] xs, double[] ys) {

    /** Checks that the lengths match and copies the arrays. */
    public Series {
      Objects.requireNonNull(name, "name");
      if (xs.length != ys.length) {
        throw new IllegalArgumentException("xs and ys must have the same length, got " + xs.length + " and "
            + ys.length);
      }
      xs = xs.clone();
      ys = ys.clone();
    }

    /** A series of {@code ys} at x = 0, 1, 2, ... */
    public static Series indexed(String name, double[] ys, int firstX) {
      return new Series(name, SvgChart.steps(ys.length, firstX), ys);
    }
  }

  /**
   * The chart of {@code series}, or a short note in SVG when no point can be drawn.
   *
   * @param logY whether the y axis is base-10 logarithmic (ticks at powers of ten)
   */
  public static String of(String title, String xLabel, String yLabel, List<Series> series, boolean logY) {
    List<List<double[]>> lines = new ArrayList<>();
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      List<double[]> points = new ArrayList<>();
      for (double[] p : SvgChart.bucketed(s.xs, s.ys)) {
        if (logY && !(p[1] > 0)) {
          continue;
        }
        double y = logY ? Math.log10(p[1]) : p[1];
        points.add(new double[] {p[0], y});
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      lines.add(points);
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" data-series=\"%d\" data-log-y=\"%b\">%n", WIDTH,
        HEIGHT, WIDTH, HEIGHT, Html.escape(title), series.size(), logY));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
        LEFT, Html.escape(title)));
    if (minX > maxX) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\">no data</text>%n", LEFT,
          HEIGHT / 2));
      return svg.append("</svg>").toString();
    }
    if (logY) {
      minY = Math.floor(minY);
      maxY = Math.max(Math.ceil(maxY), minY + 1);
    } else if (maxY == minY) {
      maxY = minY + Math.max(1e-9, Math.abs(minY) * 0.05);
      minY = minY - Math.max(1e-9, Math.abs(minY) * 0.05);
    }
    if (maxX == minX) {
      maxX = minX + 1;
    }
    Frame f = new Frame(minX, maxX, minY, maxY);
    axes(svg, f, xLabel, yLabel, logY);
    for (int i = 0; i < lines.size(); i++) {
      String color = COLORS[i % COLORS.length];
      StringBuilder path = new StringBuilder();
      for (double[] p : lines.get(i)) {
        path.append(path.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f %.1f", f.x(p[0]), f.y(p[1])));
      }
      if (path.length() > 0) {
        svg.append("<path class=\"series\" d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(color)
            .append("\" stroke-width=\"1.8\"/>\n");
      }
      int ly = TOP + 10 + 18 * i;
      int lx = WIDTH - RIGHT + 12;
      svg.append(String.format(Locale.ROOT, "<g class=\"legend\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
          + "stroke=\"%s\" stroke-width=\"3\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text></g>%n", lx, ly,
          lx + 18, ly, color, lx + 22, ly + 4, Html.escape(series.get(i).name())));
    }
    return svg.append("</svg>").toString();
  }

  private static void axes(StringBuilder svg, Frame f, String xLabel, String yLabel, boolean logY) {
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    svg.append("<g font-size=\"11\" fill=\"#333\">\n");
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", LEFT,
        TOP + plotH, LEFT + plotW, TOP + plotH));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", LEFT,
        TOP, LEFT, TOP + plotH));
    if (logY) {
      int decades = (int) Math.round(f.maxY - f.minY);
      int every = Math.max(1, (decades + 7) / 8);
      for (int e = (int) f.minY; e <= (int) f.maxY; e += every) {
        double y = f.y(e);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n",
            LEFT, y, LEFT + plotW, y));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">1e%d</text>%n",
            LEFT - 6, y + 4, e));
      }
    } else {
      svg.append(label(LEFT - 6, TOP + 4, "end", SvgChart.number(f.maxY)));
      svg.append(label(LEFT - 6, TOP + plotH + 4, "end", SvgChart.number(f.minY)));
    }
    svg.append(label(LEFT, TOP + plotH + 16, "middle", SvgChart.number(f.minX)));
    svg.append(label(LEFT + plotW, TOP + plotH + 16, "middle", SvgChart.number(f.maxX)));
    svg.append(label(LEFT + plotW / 2, HEIGHT - 8, "middle", xLabel));
    String yText = logY ? yLabel + " (log scale)" : yLabel;
    svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 "
        + "%d)\">%s</text>%n", TOP + plotH / 2, TOP + plotH / 2, Html.escape(yText)));
    svg.append("</g>\n");
  }

  private static String label(int x, int y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>%n", x, y, anchor,
        Html.escape(text));
  }

  /** Data ranges and their mapping to the plot area. */
  private record Frame(double minX, double maxX, double minY, double maxY) {
    double x(double v) {
      return LEFT + (v - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
      int plotH = HEIGHT - TOP - BOTTOM;
      return TOP + plotH - (v - minY) / (maxY - minY) * plotH;
    }
  }
}
