package org.rnn4j.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rnn4j.core.io.Json;
import org.rnn4j.examples.train.CellConverter;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;

/** A run's metrics as machine-readable text: {@code metrics.json} and {@code metrics.tsv}. */
public final class MetricsFiles {
  private MetricsFiles() {}

  /**
   * JSON: task, topology, seconds, the training options, the stop reason, steps, the best validation metric and
   * every metric with its unit (values that are not finite are null).
   */
  public static String json(TaskReport report, TrainingOptions options) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("task", report.task());
    root.put("topology", report.topology());
    root.put("seconds", report.time().toMillis() / 1000.0);
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("cell", CellConverter.name(options.cell()));
    opts.put("layers", (long) options.layers());
    opts.put("hidden", (long) options.hidden());
    opts.put("epochs", (long) options.epochs());
    opts.put("batch", (long) options.batch());
    opts.put("lr", options.learningRate());
    opts.put("seed", options.seed());
    root.put("options", opts);
    root.put("stop", report.training().stopReason().name().toLowerCase(Locale.ROOT));
    root.put("steps", report.training().steps());
    root.put("bestValidationMetric", finite(report.training().bestMetric()));
    List<Object> metrics = new ArrayList<>();
    for (Metric m : report.metrics()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", m.name());
      one.put("value", finite(m.value()));
      one.put("unit", m.unit());
      metrics.add(one);
    }
    root.put("metrics", metrics);
    return Json.write(root) + "\n";
  }

  /** TSV with a header: {@code metric<TAB>value<TAB>unit}, one metric per line, values at full precision. */
  public static String tsv(TaskReport report) {
    StringBuilder out = new StringBuilder("metric\tvalue\tunit\n");
    for (Metric m : report.metrics()) {
      out.append(m.name()).append('\t').append(m.value()).append('\t').append(m.unit()).append('\n');
    }
    return out.toString();
  }

  private static Object finite(double v) {
    return Double.isFinite(v) ? (Object) v : null;
  }
}
