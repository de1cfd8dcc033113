package org.rnn4j.examples.report;

import java.util.Locale;
import org.rnn4j.task.LabeledMatrix;

/**
 * A labelled matrix as an inline SVG grid: one square per value, white at 0 shading to dark blue at the matrix's
 * largest value, row labels on the left, column labels rotated above, each value in the square's tooltip. Attention
 * matrices read as alignments: a dark square says which source token an output token looked at.
 */
public final class MatrixHeatmap {
  private static final int CELL = 26;
  private static final int CHAR_WIDTH = 7;
  private static final int MAX_LABEL_CHARS = 16;
  private static final int MAX_TITLE_CHARS = 90;
  private static final int TITLE_CHAR_WIDTH = 8;

  private MatrixHeatmap() {}

  /** The heatmap of {@code matrix}. */
  public static String of(LabeledMatrix matrix) {
    int left = 12 + CHAR_WIDTH * longest(matrix.rowLabels().toArray(String[]::new));
    int top = 28 + CHAR_WIDTH * longest(matrix.columnLabels().toArray(String[]::new));
    String title = clip(matrix.title(), MAX_TITLE_CHARS);
    int width = Math.max(left + CELL * matrix.columns() + 12, 12 + TITLE_CHAR_WIDTH * title.length());
    int height = top + CELL * matrix.rows() + 12;
    float max = 0;
    for (float[] row : matrix.values()) {
      for (float v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"matrix\" width=\"%d\" "
        + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", width, height, width, height,
        Html.escape(matrix.title())));
    svg.append(String.format(Locale.ROOT, "<text x=\"6\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
        Html.escape(title)));
    svg.append("<g font-size=\"12\" font-family=\"monospace\" fill=\"#222\">\n");
    for (int c = 0; c < matrix.columns(); c++) {
      int x = left + c * CELL + CELL / 2 + 4;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" transform=\"rotate(-60 %d %d)\">%s</text>%n",
          x, top - 6, x, top - 6, Html.escape(clip(matrix.columnLabels().get(c), MAX_LABEL_CHARS))));
    }
    for (int r = 0; r < matrix.rows(); r++) {
      int y = top + r * CELL;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 6,
          y + CELL / 2 + 4, Html.escape(clip(matrix.rowLabels().get(r), MAX_LABEL_CHARS))));
      for (int c = 0; c < matrix.columns(); c++) {
        float v = matrix.values()[r][c];
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
            + "stroke=\"#ddd\"><title>%s / %s: %.3f</title></rect>%n", left + c * CELL, y, CELL, CELL,
            shade(max == 0 ? 0 : Math.abs(v) / max), Html.escape(matrix.rowLabels().get(r)),
            Html.escape(matrix.columnLabels().get(c)), v));
      }
    }
    svg.append("</g>\n");
    return svg.append("</svg>").toString();
  }

  /** The colour of intensity {@code t} in [0, 1]: white to dark blue. */
  static String shade(double t) {
    double u = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + (8 - 255) * u);
    int g = (int) Math.round(255 + (48 - 255) * u);
    int b = (int) Math.round(255 + (107 - 255) * u);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static int longest(String[] labels) {
    int n = 1;
    for (String s : labels) {
      n = Math.max(n, Math.min(MAX_LABEL_CHARS, s.length()));
    }
    return n;
  }

  private static String clip(String s, int chars) {
    return s.length() <= chars ? s : s.substring(0, chars - 1) + "…";
  }
}
