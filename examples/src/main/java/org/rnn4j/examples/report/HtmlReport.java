package org.rnn4j.examples.report;

import java.util.List;
import java.util.Locale;
import org.rnn4j.examples.train.CellConverter;
import org.rnn4j.task.LabeledMatrix;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.TrainingResult;
import org.rnn4j.topology.ValidationRecord;

/**
 * The HTML page of one training run: what ran, the metrics table, the training loss per step and the validation
 * metric per evaluation as SVG charts, and the samples.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page of {@code report}, trained with {@code options}. */
  public static String of(TaskReport report, TrainingOptions options) {
    TrainingResult training = report.training();
    StringBuilder body = new StringBuilder();
    body.append("<p>Topology <b>").append(Html.escape(report.topology())).append("</b>; ")
        .append(Html.escape(settings(options))).append(". ")
        .append(String.format(Locale.ROOT, "%d optimizer steps in %.1f s; stopped: %s.", training.steps(),
            report.time().toMillis() / 1000.0, Html.escape(stop(training))))
        .append("</p>\n");
    body.append("<h2>Metrics</h2>\n<table>\n<tr><th>metric</th><th>value</th><th>unit</th></tr>\n");
    for (Metric m : report.metrics()) {
      body.append("<tr><td>").append(Html.escape(m.name())).append("</td><td class=\"num\">")
          .append(Html.escape(Format.metric(m))).append("</td><td>").append(Html.escape(m.unit()))
          .append("</td></tr>\n");
    }
    body.append("</table>\n<h2>Training</h2>\n");
    double[] losses = training.losses();
    body.append(SvgChart.of("training loss per step", "optimizer step", "loss", SvgChart.steps(losses.length, 1),
        losses, false)).append('\n');
    List<ValidationRecord> validations = training.validations();
    double[] at = new double[validations.size()];
    double[] metric = new double[validations.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = validations.get(i).step();
      metric[i] = validations.get(i).metric();
    }
    if (validations.isEmpty()) {
      body.append("<p class=\"muted\">No validation data, so no validation metric.</p>\n");
    } else {
      body.append(SvgChart.of("validation metric per evaluation", "optimizer step", "validation metric", at, metric,
          true)).append('\n');
      body.append(String.format(Locale.ROOT, "<p>Best validation metric %s at step %d.</p>%n",
          Format.value(training.bestMetric()), training.bestStep()));
    }
    body.append("<h2>Samples</h2>\n");
    if (report.samples().isEmpty()) {
      body.append("<p class=\"muted\">none</p>\n");
    } else {
      body.append("<pre>");
      for (String s : report.samples()) {
        body.append(Html.escape(s)).append('\n');
      }
      body.append("</pre>\n");
    }
    if (!report.matrices().isEmpty()) {
      if (report.matrices().stream().allMatch(m -> m.title().startsWith("attention"))) {
        body.append("<h2>Attention</h2>\n<p>Rows are output tokens, columns source tokens; the darker a square, "
            + "the more weight the decoder gave that source token when it produced that output token.</p>\n");
      } else {
        body.append("<h2>Matrices</h2>\n");
      }
      for (LabeledMatrix m : report.matrices()) {
        body.append(MatrixHeatmap.of(m)).append('\n');
      }
    }
    return Page.of("rnn4j " + report.task(), body.toString());
  }

  /** The training settings in one phrase. */
  public static String settings(TrainingOptions o) {
    return String.format(Locale.ROOT, "%s, %d layer(s) of %d, %d epoch(s) of batch %d, learning rate %s, seed %d",
        CellConverter.name(o.cell()), o.layers(), o.hidden(), o.epochs(), o.batch(), Format.value(o.learningRate()),
        o.seed());
  }

  private static String stop(TrainingResult training) {
    String reason = training.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return training.stopMessage() == null || training.stopMessage().isBlank() ? reason
        : reason + " (" + training.stopMessage() + ")";
  }
}
