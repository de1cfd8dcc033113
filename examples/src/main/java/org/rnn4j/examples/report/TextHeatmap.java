package org.rnn4j.examples.report;

import java.util.Locale;

/**
 * A text with each character coloured by one unit's activation, as in Karpathy's "Visualizing and Understanding
 * Recurrent Networks": blue for negative, white for zero, red for positive, in {@link #LEVELS} steps each way.
 * Every character is a {@code <span>} whose {@code title} gives the exact value; newlines are kept (the page shows
 * the text's own lines). Values are divided by a scale first (1 for the hidden state's tanh range) and clamped to
 * [-1, 1].
 */
public final class TextHeatmap {
  /** Colour steps on each side of zero. */
  public static final int LEVELS = 10;

  private TextHeatmap() {}

  /**
   * The style rules the heatmaps need: the text block ({@code .heat}) and one class per colour step, {@code n1} to
   * {@code n10} (blue), {@code z} (white) and {@code p1} to {@code p10} (red). Include once per page.
   */
  public static String style() {
    StringBuilder css = new StringBuilder(".heat{font-family:ui-monospace,monospace;white-space:pre-wrap;"
        + "line-height:1.45;border:1px solid #ddd;padding:.6em;word-break:break-all}.heat span{padding:0 .5px}"
        + ".legend span{display:inline-block;width:1.6em;text-align:center;font-size:.8em}");
    css.append(".z{background:#ffffff}");
    for (int k = 1; k <= LEVELS; k++) {
      double f = k / (double) LEVELS;
      css.append(".p").append(k).append("{background:").append(colour(f)).append(k > 6 ? ";color:#fff" : "")
          .append('}');
      css.append(".n").append(k).append("{background:").append(colour(-f)).append(k > 6 ? ";color:#fff" : "")
          .append('}');
    }
    return css.toString();
  }

  /**
   * {@code text} coloured by {@code values} (one per code point) divided by {@code scale}, at most
   * {@code maxChars} characters of it from the start.
   *
   * @throws IllegalArgumentException if there are fewer values than characters shown, or the scale is not positive
   */
  public static String render(String text, double[] values, double scale, int maxChars) {
    return render(text, values, scale, 0, maxChars);
  }

  /**
   * {@code text} coloured by {@code values} (one per code point) divided by {@code scale}: at most {@code count}
   * characters from character {@code from} (a code point index).
   *
   * @throws IllegalArgumentException if there are fewer values than characters, {@code from} is outside the text,
   *     or the scale is not positive
   */
  public static String render(String text, double[] values, double scale, int from, int count) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a finite number > 0, got " + scale);
    }
    int[] all = text.codePoints().toArray();
    if (from < 0 || from >= Math.max(1, all.length)) {
      throw new IllegalArgumentException("from must be in [0, " + all.length + "), got " + from);
    }
    int end = (int) Math.min(all.length, (long) from + count);
    if (values.length < end) {
      throw new IllegalArgumentException("values must cover the " + end + " characters up to the last shown, got "
          + values.length);
    }
    StringBuilder html = new StringBuilder((end - from) * 40);
    html.append("<div class=\"heat\">");
    for (int t = from; t < end; t++) {
      if (all[t] == '\n') {
        html.append("<span class=\"").append(level(values[t] / scale)).append("\" title=\"")
            .append(value(values[t])).append("\">\u21b5</span>\n");
        continue;
      }
      html.append("<span class=\"").append(level(values[t] / scale)).append("\" title=\"").append(value(values[t]))
          .append("\">").append(Html.escape(Character.toString(all[t]))).append("</span>");
    }
    return html.append("</div>\n").toString();
  }

  /** A strip of the colour steps from -1 to 1, to read the heatmaps by. */
  public static String legend() {
    StringBuilder html = new StringBuilder("<p class=\"legend\">");
    for (int k = -LEVELS; k <= LEVELS; k += 2) {
      String label = k == -LEVELS ? "-1" : k == 0 ? "0" : k == LEVELS ? "+1" : "";
      html.append("<span class=\"").append(level(k / (double) LEVELS)).append("\">").append(label)
          .append("</span>");
    }
    return html.append("</p>\n").toString();
  }

  /** The class of a value in [-1, 1] (clamped): {@code z}, {@code pK} or {@code nK}. */
  static String level(double v) {
    if (Double.isNaN(v)) {
      return "z";
    }
    int k = (int) Math.round(Math.max(-1, Math.min(1, v)) * LEVELS);
    return k == 0 ? "z" : (k > 0 ? "p" : "n") + Math.abs(k);
  }

  /** Red (239, 68, 68) for +1, blue (37, 99, 235) for -1, white between. */
  private static String colour(double f) {
    int[] end = f > 0 ? new int[] {220, 38, 38} : new int[] {37, 99, 235};
    double a = Math.abs(f);
    return String.format(Locale.ROOT, "#%02x%02x%02x", mix(end[0], a), mix(end[1], a), mix(end[2], a));
  }

  private static int mix(int end, double a) {
    return (int) Math.round(255 + (end - 255) * a);
  }

  private static String value(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
