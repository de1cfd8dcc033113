package org.rnn4j.examples.tour;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rnn4j.examples.report.Format;
import org.rnn4j.examples.report.Html;
import org.rnn4j.examples.report.Page;
import org.rnn4j.examples.report.Sparkline;

/** The tour's summary: one row per demo (topology, task, metric, value, time) as text and as an HTML page. */
public final class TourSummary {
  private TourSummary() {}

  /**
   * The text table: a header ({@code topology  task  metric  value  time}), a rule, one row per entry, and the total
   * time.
   */
  public static String text(List<TourEntry> entries) {
    int topology = Math.max("topology".length(), entries.stream().mapToInt(e -> e.topology().length())
        .max().orElse(0));
    int task = Math.max("total".length(), entries.stream().mapToInt(e -> e.task().length()).max().orElse(0));
    int metric = Math.max("metric".length(), entries.stream().mapToInt(e -> e.headline().name().length()).max()
        .orElse(0));
    String row = "%-" + topology + "s  %-" + task + "s  %-" + metric + "s  %8s  %7s%n";
    String header = String.format(Locale.ROOT, row, "topology", "task", "metric", "value", "time");
    StringBuilder out = new StringBuilder(header).append("-".repeat(header.strip().length())).append('\n');
    double total = 0;
    for (TourEntry e : entries) {
      double seconds = e.time().toMillis() / 1000.0;
      total += seconds;
      out.append(String.format(Locale.ROOT, row, e.topology(), e.task(), e.headline().name(),
          Format.metric(e.headline()), String.format(Locale.ROOT, "%.1f s", seconds)));
    }
    return out.append(String.format(Locale.ROOT, row, "", "total", "", "",
        String.format(Locale.ROOT, "%.1f s", total))).toString();
  }

  /** The HTML page in {@code directory}: the table, each task linking its own report, and the headline values. */
  public static String html(List<TourEntry> entries, Path directory, String size) {
    StringBuilder body = new StringBuilder("<p>Every demo on its built-in data, " + Html.escape(size)
        + ". Each task links its own report (loss curves, validation metric, all metrics, samples, figures).</p>\n");
    body.append("<table>\n<tr><th>topology</th><th>task</th><th>metric</th><th>value</th><th>time</th>"
        + "<th>training loss</th></tr>\n");
    for (int i = 0; i < entries.size(); i++) {
      TourEntry e = entries.get(i);
      String link = directory.toAbsolutePath().relativize(e.page().toAbsolutePath()).toString().replace('\\', '/');
      body.append("<tr><td>").append(Html.escape(e.topology())).append("</td><td><a href=\"")
          .append(Html.escape(link)).append("\">").append(Html.escape(e.task())).append("</a></td><td>")
          .append(Html.escape(e.headline().name())).append("</td><td class=\"num\">")
          .append(Html.escape(Format.metric(e.headline()))).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f s", e.time().toMillis() / 1000.0))
          .append("</td><td>").append(Sparkline.of(e.losses())).append("</td></tr>\n");
    }
    body.append("</table>\n");
    return Page.of("rnn4j tour", body.toString());
  }
}
