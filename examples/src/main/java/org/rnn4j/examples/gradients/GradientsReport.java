package org.rnn4j.examples.gradients;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.examples.report.Format;
import org.rnn4j.examples.report.Html;
import org.rnn4j.examples.report.Page;
import org.rnn4j.examples.report.SeriesChart;
import org.rnn4j.examples.report.SeriesChart.Series;
import org.rnn4j.task.gradients.Budget;
import org.rnn4j.task.gradients.CellFlow;
import org.rnn4j.task.gradients.ClippingComparison;
import org.rnn4j.task.gradients.FlowSettings;
import org.rnn4j.task.gradients.GradientFlowExperiment;
import org.rnn4j.task.gradients.InitialFlow;
import org.rnn4j.task.gradients.TrainingTrace;

/**
 * The self-contained HTML page of a gradient-flow run: settings, the measured decay rates, spectral radii and
 * accuracies, {@code ||dL/dh||} against distance on a log scale (one line per cell, at initialisation and after
 * training), the training curves, and the clipping comparison.
 */
final class GradientsReport {
  private GradientsReport() {}

  /** The page of {@code r}, which took {@code time}. */
  static String of(GradientFlowExperiment.Result r, Duration time) {
    FlowSettings s = r.settings();
    int n = s.data().distractors();
    StringBuilder body = new StringBuilder();
    body.append("<p>Task: recall the first of ").append(n + 1).append(" symbols: one of ")
        .append(s.data().classes()).append(" classes, then ").append(n).append(" distractors from ")
        .append(s.data().distractorSymbols()).append(" other symbols (one-hot input; chance accuracy ")
        .append(Format.value(s.data().chance())).append("). Every cell: one layer of ").append(s.hiddenSize())
        .append(" units, ").append(Html.escape(budget(s.budget()))).append(", the same batches and seed (")
        .append(s.seed()).append("). Weights as PyTorch initialises them, except the bias of the gate that keeps a gated cell's "
            + "memory (the LSTM's forget gate, the GRU's update gate), set to ")
        .append(Format.value(s.memoryGateBias())).append(String.format(Locale.ROOT, ". Run time %.1f s.</p>%n",
            time.toMillis() / 1000.0));
    body.append("<p>").append(Html.escape(headline(r))).append("</p>\n");
    body.append("<h2>Per cell</h2>\n").append(cellTable(r));
    body.append("<p class=\"muted\">decay per step: <code>exp(slope)</code> of the least-squares fit of "
        + "<code>ln ||dL/dh_t||</code> against the distance <code>d = T-1-t</code> from the loss, over d = 1 up to "
        + "the last distance whose norm is above 1e-35; a norm behaves like <code>n(0)·factor^d</code>. "
        + "<code>||dL/dh_t||</code> is the L2 norm over a batch of ").append(s.probeBatch())
        .append(" sequences with the batch-mean loss. Spectral radius: largest eigenvalue modulus of each "
            + "<code>H x H</code> gate block of <code>weight_hh</code> (vanilla: one block; LSTM: i, f, g, o; "
            + "GRU: r, z, n).</p>\n");
    body.append("<h2>Gradient flow</h2>\n");
    List<Series> atInit = flows(r, true);
    for (InitialFlow f : r.pytorchInit()) {
      atInit.add(Series.indexed(GradientsText.name(f.cell()) + ", bias 0", f.flow(), 0));
    }
    body.append(SeriesChart.of("||dL/dh_t|| at initialisation", "distance from the loss (steps)", "||dL/dh||",
        atInit, true)).append('\n');
    body.append(String.format(Locale.ROOT, "<p class=\"muted\">The open memory gate matters: with PyTorch's "
        + "initialisation (bias 0) ||dL/dh|| changes per step at initialisation by %.3fx in the LSTM and %.3fx in "
        + "the GRU, against %.3fx and %.3fx with bias %s.</p>%n", r.pytorchInit(CellType.LSTM).decay().factor(),
        r.pytorchInit(CellType.GRU).decay().factor(), r.cell(CellType.LSTM).decayAtInit().factor(),
        r.cell(CellType.GRU).decayAtInit().factor(), Format.value(s.memoryGateBias())));
    body.append(SeriesChart.of("||dL/dh_t|| after training", "distance from the loss (steps)", "||dL/dh||",
        flows(r, false), true)).append('\n');
    body.append("<h2>Training</h2>\n");
    List<Series> losses = new ArrayList<>();
    for (CellFlow c : r.cells()) {
      losses.add(Series.indexed(GradientsText.name(c), c.trace().losses(), 1));
    }
    body.append(SeriesChart.of("training loss per step", "optimizer step", "cross-entropy", losses, false))
        .append('\n');
    body.append(clipping(r.clipping(), s.clippingBudget(), s.clippingData().distractors()));
    return Page.of("rnn4j gradients: gradient flow through time", body.toString());
  }

  /** The measured comparison of vanilla RNN and LSTM in two sentences. */
  static String headline(GradientFlowExperiment.Result r) {
    CellFlow v = r.cell(CellType.RNN_TANH);
    CellFlow l = r.cell(CellType.LSTM);
    int n = r.settings().data().distractors();
    return String.format(Locale.ROOT, "Measured: at initialisation ||dL/dh|| changes by %.3fx per step in the "
        + "vanilla RNN and %.3fx in the LSTM (after training %.3fx and %.3fx), so from distance 1 to %d the "
        + "vanilla gradient norm is multiplied by %.3g and the LSTM's by %.3g. Held-out accuracy: vanilla "
        + "%.3f, LSTM %.3f, GRU %.3f (chance %.3f).", v.decayAtInit().factor(), l.decayAtInit().factor(),
        v.decayTrained().factor(), l.decayTrained().factor(), n, v.flowAtInit()[n] / v.flowAtInit()[1],
        l.flowAtInit()[n] / l.flowAtInit()[1], v.accuracy(), l.accuracy(), r.cell(CellType.GRU).accuracy(),
        r.settings().data().chance());
  }

  private static String cellTable(GradientFlowExperiment.Result r) {
    int n = r.settings().data().distractors();
    int mid = Math.min(10, n);
    StringBuilder t = new StringBuilder("<table>\n<tr><th>cell</th><th>accuracy</th><th>decay per step (init)</th>"
        + "<th>decay per step (trained)</th><th>steps per decade (init)</th><th>spectral radii (init)</th>"
        + "<th>spectral radii (trained)</th><th>||dL/dh|| d=1</th><th>d=" + mid + "</th><th>d=" + n
        + "</th></tr>\n");
    for (CellFlow c : r.cells()) {
      double[] f = c.flowTrained();
      t.append("<tr><td>").append(GradientsText.name(c)).append("</td>").append(num(c.accuracy()))
          .append(num(c.decayAtInit().factor())).append(num(c.decayTrained().factor()))
          .append(stepsPerDecade(c.decayAtInit().stepsPerDecade())).append("<td>").append(radii(c.radiiAtInit()))
          .append("</td><td>").append(radii(c.radiiTrained())).append("</td>").append(num(f[1])).append(num(f[mid]))
          .append(num(f[n])).append("</tr>\n");
    }
    return t.append("</table>\n<p class=\"muted\">||dL/dh|| columns: after training.</p>\n").toString();
  }

  private static String clipping(ClippingComparison c, Budget b, int distractors) {
    StringBuilder body = new StringBuilder("<h2>Gradient clipping when gradients explode</h2>\n");
    body.append("<p>A vanilla RNN of the same size with <code>weight_hh</code> scaled to spectral radius ")
        .append(Format.value(c.radius())).append(String.format(Locale.ROOT, ": at initialisation its ||dL/dh|| "
            + "changes by %.3fx per step of distance. Trained twice on the recall task with %d distractors and %s, "
            + "once without clipping and once with the global gradient norm clipped to %s (the same weights and "
            + "batches).</p>%n",
            c.decayAtInit().factor(), distractors, Html.escape(budget(b.withClipNorm(0))),
            Format.value(c.threshold())));
    body.append("<table>\n<tr><th>run</th><th>max gradient norm (before clipping)</th><th>max norm applied</th>"
        + "<th>max loss</th><th>mean loss, last 20 steps</th><th>held-out accuracy</th><th>diverged</th></tr>\n");
    body.append(traceRow("without clipping", c.unclipped(), c.unclippedAccuracy()))
        .append(traceRow("with clipping", c.clipped(), c.clippedAccuracy()));
    body.append("</table>\n");
    double[] flow = c.flowAtInit();
    body.append(SeriesChart.of("||dL/dh_t|| at initialisation, W_hh radius " + Format.value(c.radius()),
        "distance from the loss (steps)", "||dL/dh||", List.of(Series.indexed("vanilla, radius "
            + Format.value(c.radius()), java.util.Arrays.copyOfRange(flow, 1, flow.length), 1)), true)).append('\n');
    body.append(SeriesChart.of("global gradient norm per step (before clipping)", "optimizer step", "norm",
        List.of(Series.indexed("without clipping", c.unclipped().gradientNorms(), 1),
            Series.indexed("with clipping", c.clipped().gradientNorms(), 1)), true)).append('\n');
    body.append(SeriesChart.of("gradient norm handed to the optimizer", "optimizer step", "norm",
        List.of(Series.indexed("without clipping", c.unclipped().appliedNorms(), 1),
            Series.indexed("with clipping", c.clipped().appliedNorms(), 1)), true)).append('\n');
    body.append(SeriesChart.of("training loss per step", "optimizer step", "cross-entropy",
        List.of(Series.indexed("without clipping", c.unclipped().losses(), 1),
            Series.indexed("with clipping", c.clipped().losses(), 1)), false)).append('\n');
    return body.toString();
  }

  private static String traceRow(String name, TrainingTrace t, double accuracy) {
    return "<tr><td>" + name + "</td>" + num(t.maxGradientNorm()) + num(t.maxAppliedNorm()) + num(t.maxLoss())
        + num(t.finalLoss(20)) + num(accuracy) + "<td>" + (t.diverged() ? "at step " + t.divergedAtStep() : "no")
        + "</td></tr>\n";
  }

  private static List<Series> flows(GradientFlowExperiment.Result r, boolean atInit) {
    List<Series> out = new ArrayList<>();
    for (CellFlow c : r.cells()) {
      double[] f = atInit ? c.flowAtInit() : c.flowTrained();
      out.add(Series.indexed(GradientsText.name(c), f, 0));
    }
    return out;
  }

  /** The budget in one phrase. */
  static String budget(Budget b) {
    String rule = b.rule() == Budget.Rule.ADAM ? "Adam" : "plain SGD";
    return String.format(Locale.ROOT, "%d %s steps of batch %d at learning rate %s%s", b.steps(), rule,
        b.batchSize(), Format.value(b.learningRate()), b.clips() ? ", clipped at " + Format.value(b.clipNorm()) : "");
  }

  private static String radii(double[] radii) {
    StringBuilder b = new StringBuilder();
    for (double v : radii) {
      b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
    }
    return b.toString();
  }

  private static String stepsPerDecade(double v) {
    return Double.isInfinite(v) ? "<td>no decay</td>" : num(v);
  }

  private static String num(double v) {
    return "<td class=\"num\">" + Html.escape(Format.value(v)) + "</td>";
  }
}
