package org.rnn4j.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rnn4j.core.inspect.GateSaturation;
import org.rnn4j.task.cells.CellsResult;
import org.rnn4j.task.cells.CellsTask;
import org.rnn4j.task.cells.TextProperty;
import org.rnn4j.task.cells.Unit;
import org.rnn4j.task.cells.UnitCorrelation;
import org.rnn4j.topology.TrainingResult;

/**
 * The page of an {@code rnn4j cells} run: what model and text it used, each text property's best unit with its
 * correlation, a heatmap of the text per unit shown, and the gate saturation per layer as a table and a scatter of
 * left- against right-saturated fraction per unit (Karpathy, Johnson and Fei-Fei 2015, figure 3). Self-contained:
 * inline CSS and SVG, no scripts.
 */
public final class CellsReport {
  private static final String[] GATE_COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea"};
  private static final int PLOT = 220;
  private static final int MARGIN = 36;
  /** The temperature of the sample the page shows. */
  public static final double SAMPLE_TEMPERATURE = 0.8;

  private CellsReport() {}

  /**
   * One unit to show as a heatmap.
   *
   * @param unit the unit
   * @param why why it is shown, for example {@code chosen} or {@code best for in_quotes}
   */
  public record Shown(Unit unit, String why) {}

  /**
   * Where the analysed model came from and what it writes.
   *
   * @param provenance lines about the model's origin (trained how, or which checkpoint)
   * @param training its training history when this run trained it
   * @param sample text the model generated, so a reader sees what it learned ("" for none)
   */
  public record Origin(List<String> provenance, Optional<TrainingResult> training, String sample) {

    /** Copies the lines. */
    public Origin {
      provenance = List.copyOf(provenance);
      Objects.requireNonNull(training, "training");
      Objects.requireNonNull(sample, "sample");
    }
  }

  /**
   * The page for {@code result}, a heatmap per unit of {@code shown} over at most {@code maxChars} characters from
   * character {@code from}, with where the model came from, its training curve and a sample when it was trained
   * here.
   */
  public static String page(CellsResult result, List<Shown> shown, int from, int maxChars, Origin origin) {
    StringBuilder b = new StringBuilder();
    b.append("<style>").append(TextHeatmap.style()).append("</style>\n");
    b.append("<h2>Model and text</h2>\n<ul>\n<li>model: ").append(Html.escape(result.model())).append("</li>\n");
    for (String line : origin.provenance()) {
      b.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    int length = result.text().codePointCount(0, result.text().length());
    b.append("<li>text: ").append(Html.escape(result.textName())).append(", ").append(length)
        .append(" characters read");
    if (result.skipped() > 0) {
      b.append(" (").append(result.skipped()).append(" left out: not in the model's vocabulary, the first ")
          .append(Html.escape(result.firstSkipped())).append(')');
    }
    if (result.unread() > 0) {
      b.append("; the ").append(result.unread()).append(" characters after the first ")
          .append(CellsTask.MAX_CHARACTERS).append(" were not read");
    }
    b.append("</li>\n</ul>\n");
    origin.training().ifPresent(t -> b.append(SvgChart.of("training loss per step", "optimizer step",
        "nats/char", SvgChart.steps(t.losses().length, 1), t.losses(), false)).append('\n'));
    if (!origin.sample().isEmpty()) {
      b.append("<p>What the model writes (sampled at temperature ").append(SAMPLE_TEMPERATURE)
          .append("):</p>\n<pre>").append(Html.escape(origin.sample())).append("</pre>\n");
    }
    properties(b, result);
    heatmaps(b, result, shown, from, maxChars, length);
    saturation(b, result.saturation());
    return Page.of("rnn4j cells: interpretable units", b.toString());
  }

  private static void properties(StringBuilder b, CellsResult result) {
    b.append("<h2>Which unit tracks which property</h2>\n<p class=\"muted\">Pearson's r between each unit's "
        + "activation (hidden state h, and cell state c for the LSTM) and a property computed from the text, over"
        + " all characters read; the unit with the largest |r| per property.</p>\n");
    b.append("<table>\n<tr><th>property</th><th>meaning</th><th>best unit</th><th>r</th><th>|r|</th></tr>\n");
    for (UnitCorrelation.Match m : result.correlation().bestPerProperty()) {
      TextProperty p = result.property(m.property());
      if (p.isConstant()) {
        b.append("<tr><td><code>").append(Html.escape(p.name())).append("</code></td><td>")
            .append(Html.escape(p.description())).append("</td><td colspan=\"3\" class=\"muted\">constant on this"
                + " text</td></tr>\n");
        continue;
      }
      int width = (int) Math.round(Math.abs(m.r()) * 120);
      b.append("<tr><td><code>").append(Html.escape(p.name())).append("</code></td><td>")
          .append(Html.escape(p.description())).append("</td><td>").append(Html.escape(m.unit().label()))
          .append("</td><td class=\"num\">").append(r(m.r())).append("</td><td><svg width=\"124\" height=\"12\""
              + " style=\"border:0;margin:0\"><rect width=\"").append(width).append("\" height=\"12\" fill=\"")
          .append(m.r() >= 0 ? "#dc2626" : "#2563eb").append("\"/></svg></td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void heatmaps(StringBuilder b, CellsResult result, List<Shown> shown, int from, int maxChars,
      int length) {
    int end = (int) Math.min(length, (long) from + maxChars);
    b.append("<h2>Heatmaps</h2>\n<p class=\"muted\">Each character coloured by the unit's value after reading it:"
        + " blue negative, red positive. Hidden states are in (-1, 1) and shown as they are; a cell state is"
        + " unbounded and divided by its largest |c| over the characters shown. Hover a character for its value.")
        .append(from == 0 && end == length ? "" : from == 0 ? " The first " + end + " of " + length
            + " characters are shown." : " Characters " + (from + 1) + " to " + end + " of " + length + " are shown.")
        .append("</p>\n").append(TextHeatmap.legend());
    for (Shown s : shown) {
      double[] values = s.unit().values(result.recording());
      double scale = 1;
      String scaleNote = "";
      if (s.unit().series() == Unit.Series.CELL) {
        scale = 0;
        for (int t = from; t < Math.min(end, values.length); t++) {
          scale = Math.max(scale, Math.abs(values[t]));
        }
        scale = scale > 0 ? scale : 1;
        scaleNote = ", scaled by max |c| = " + Format.value(scale);
      }
      b.append("<h3>").append(Html.escape(s.unit().label())).append(" <span class=\"muted\">(")
          .append(Html.escape(s.why())).append(scaleNote).append(")</span></h3>\n");
      b.append(TextHeatmap.render(result.text(), values, scale, from, maxChars));
    }
  }

  private static void saturation(StringBuilder b, List<GateSaturation> all) {
    b.append("<h2>Gate saturation</h2>\n");
    if (all.isEmpty()) {
      b.append("<p>This cell has no gates.</p>\n");
      return;
    }
    b.append("<p class=\"muted\">The fraction of characters at which a sigmoid gate is left-saturated (below ")
        .append(GateSaturation.LOW).append(", nearly closed) or right-saturated (above ").append(GateSaturation.HIGH)
        .append(", nearly open), as in Karpathy, Johnson and Fei-Fei (2015). A forget gate far right keeps its "
            + "cell's memory; far left it forgets at every step.</p>\n");
    b.append("<table>\n<tr><th>layer</th><th>gate</th><th>mean left-saturated</th><th>mean right-saturated</th>"
        + "<th>mean unsaturated</th></tr>\n");
    for (GateSaturation s : all) {
      b.append("<tr><td>").append(layerName(s)).append("</td><td><code>").append(Html.escape(s.gate()))
          .append("</code></td><td class=\"num\">").append(fraction(s.meanLeft())).append("</td><td class=\"num\">")
          .append(fraction(s.meanRight())).append("</td><td class=\"num\">").append(fraction(s.meanUnsaturated()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    List<List<GateSaturation>> byLayer = new ArrayList<>();
    for (GateSaturation s : all) {
      if (byLayer.isEmpty() || !sameLayer(byLayer.get(byLayer.size() - 1).get(0), s)) {
        byLayer.add(new ArrayList<>());
      }
      byLayer.get(byLayer.size() - 1).add(s);
    }
    for (List<GateSaturation> layer : byLayer) {
      b.append("<h3>").append(layerName(layer.get(0))).append("</h3>\n").append(scatter(layer));
    }
  }

  /** Left-saturated fraction (x) against right-saturated fraction (y), one dot per unit, a colour per gate. */
  static String scatter(List<GateSaturation> gates) {
    int size = PLOT + 2 * MARGIN;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size + 90).append("\" height=\"")
        .append(size).append("\" role=\"img\"><title>left- against right-saturated fraction per unit</title>\n");
    svg.append("<polygon points=\"").append(x(0)).append(',').append(y(0)).append(' ').append(x(1)).append(',')
        .append(y(0)).append(' ').append(x(0)).append(',').append(y(1))
        .append("\" fill=\"#f9fafb\" stroke=\"#ccc\"/>\n");
    svg.append(text(x(0.5), size - 6, "middle", "fraction left-saturated (< " + GateSaturation.LOW + ")"));
    svg.append("<text x=\"12\" y=\"").append(y(0.5)).append("\" text-anchor=\"middle\" font-size=\"11\" transform="
        + "\"rotate(-90 12 ").append(y(0.5)).append(")\">fraction right-saturated (&gt; ")
        .append(GateSaturation.HIGH).append(")</text>\n");
    svg.append(text(x(0), y(0) + 14, "middle", "0")).append(text(x(1), y(0) + 14, "middle", "1"))
        .append(text(x(0) - 6, y(1) + 4, "end", "1"));
    for (int g = 0; g < gates.size(); g++) {
      GateSaturation s = gates.get(g);
      String colour = GATE_COLOURS[g % GATE_COLOURS.length];
      for (int j = 0; j < s.units(); j++) {
        svg.append("<circle cx=\"").append(x(s.left()[j])).append("\" cy=\"").append(y(s.right()[j]))
            .append("\" r=\"3\" fill=\"").append(colour).append("\" fill-opacity=\"0.6\"><title>")
            .append(Html.escape(s.gate())).append(' ').append(j).append(": left ").append(fraction(s.left()[j]))
            .append(", right ").append(fraction(s.right()[j])).append("</title></circle>\n");
      }
      int ly = MARGIN + 14 * g;
      svg.append("<circle cx=\"").append(size + 10).append("\" cy=\"").append(ly - 4).append("\" r=\"4\" fill=\"")
          .append(colour).append("\"/>").append(text(size + 20, ly, "start", "gate " + s.gate()));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>%n",
        x, y, anchor, Html.escape(text));
  }

  private static double x(double fraction) {
    return Math.round((MARGIN + fraction * PLOT) * 10) / 10.0;
  }

  private static double y(double fraction) {
    return Math.round((MARGIN + (1 - fraction) * PLOT) * 10) / 10.0;
  }

  private static boolean sameLayer(GateSaturation a, GateSaturation b) {
    return a.layer() == b.layer() && a.direction() == b.direction();
  }

  private static String layerName(GateSaturation s) {
    return "layer " + s.layer() + (s.direction() == 1 ? " (reverse)" : "");
  }

  private static String r(double r) {
    return String.format(Locale.ROOT, "%+.3f", r);
  }

  private static String fraction(double f) {
    return String.format(Locale.ROOT, "%.3f", f);
  }
}
