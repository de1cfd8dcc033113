package org.rnn4j.benchmarks;

import org.rnn4j.core.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rnn4j.benchmarks.cell.CellShape;
import org.rnn4j.core.cell.CellType;

/**
 * Prints markdown tables from JMH JSON result files ({@code -rf json -rff results.json}): for the cell benchmarks
 * time per operation with effective GFLOP/s, for the char-rnn benchmark time per step with characters per second.
 * Each row shows JMH's score (mean of the measured iterations) with its 99.9% error, and the median, minimum and
 * maximum iteration; rates are computed from the median, as the peer harnesses do.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.rnn4j.benchmarks.Report results.json [more.json ...]}.
 */
public final class Report {
  private static final String CELL = "CellBenchmark";
  private static final String CHAR_RNN = "CharRnnBenchmark";

  private Report() {}

  /** Reads each JSON file named in {@code args} and prints its tables. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: java -cp benchmarks.jar org.rnn4j.benchmarks.Report results.json [more.json ...]");
      System.exit(2);
    }
    for (String file : args) {
      System.out.print(render(Files.readString(Path.of(file))));
    }
  }

  /** The markdown tables for one JMH JSON result document. */
  static String render(String json) {
    List<Result> cells = new ArrayList<>();
    List<Result> charRnn = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (Object o : (List<?>) Json.parse(json)) {
      Result r = Result.of((Map<?, ?>) o);
      switch (r.className()) {
        case CELL -> cells.add(r);
        case CHAR_RNN -> charRnn.add(r);
        default -> other.add(r.benchmark());
      }
    }
    StringBuilder out = new StringBuilder();
    if (!cells.isEmpty()) {
      out.append("| cell | shape (B, X, H, T) | threads | benchmark | ms/op (score ± error) | median | min | max "
          + "| GFLOP/s |\n|---|---|---|---|---|---|---|---|---|\n");
      for (Result r : cells) {
        CellShape shape = CellShape.parse(r.param("shape"));
        double flops = shape.flops(CellType.parse(r.param("cell")), r.method().equals("forward"));
        out.append(row(r.param("cell"), r.param("shape") + " " + shape, r.param("threads"), r.method(),
            timeColumns(r), fmt("%.1f", flops / (r.median() * 1e6))));
      }
      out.append('\n');
    }
    if (!charRnn.isEmpty()) {
      out.append("| hidden | T x B | threads | ms/step (score ± error) | median | min | max | chars/s |\n"
          + "|---|---|---|---|---|---|---|---|\n");
      for (Result r : charRnn) {
        int chars = Integer.parseInt(r.param("seqLength")) * Integer.parseInt(r.param("batch"));
        out.append(row(r.param("hidden"), r.param("seqLength") + " x " + r.param("batch"), r.param("threads"),
            timeColumns(r), fmt("%.0f", chars / (r.median() / 1e3))));
      }
      out.append('\n');
    }
    if (!other.isEmpty()) {
      out.append("Not tabulated here: ").append(String.join(", ", other)).append('\n');
    }
    return out.toString();
  }

  private static String timeColumns(Result r) {
    String error = Double.isNaN(r.errorMs()) ? "" : " ± " + ms(r.errorMs());
    double[] it = r.iterationsMs();
    return ms(r.scoreMs()) + error + " | " + ms(r.median()) + " | " + ms(it[0]) + " | " + ms(it[it.length - 1]);
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String ms(double v) {
    return v >= 100 ? fmt("%.1f", v) : v >= 1 ? fmt("%.3f", v) : fmt("%.4f", v);
  }

  private static String fmt(String format, double v) {
    return String.format(Locale.ROOT, format, v);
  }

  /**
   * One benchmark result: the benchmark's full name, its parameters, JMH's score and error in milliseconds and
   * every measured iteration (all forks) in milliseconds, sorted.
   */
  record Result(String benchmark, Map<String, String> params, double scoreMs, double errorMs,
      double[] iterationsMs) {

    static Result of(Map<?, ?> json) {
      Map<?, ?> metric = (Map<?, ?>) json.get("primaryMetric");
      double toMs = millisPer((String) metric.get("scoreUnit"));
      Map<String, String> params = new LinkedHashMap<>();
      Object p = json.get("params");
      if (p instanceof Map<?, ?> m) {
        m.forEach((k, v) -> params.put((String) k, (String) v));
      }
      List<Double> raw = new ArrayList<>();
      for (Object fork : (List<?>) metric.get("rawData")) {
        for (Object v : (List<?>) fork) {
          raw.add(number(v) * toMs);
        }
      }
      if (raw.isEmpty()) {
        throw new IllegalArgumentException("no measured iterations for " + json.get("benchmark"));
      }
      double[] it = raw.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Result((String) json.get("benchmark"), params, number(metric.get("score")) * toMs,
          number(metric.get("scoreError")) * toMs, it);
    }

    /** Simple class name, for example {@code CellBenchmark}. */
    String className() {
      String[] parts = benchmark.split("\\.");
      return parts.length < 2 ? benchmark : parts[parts.length - 2];
    }

    /** Benchmark method name, for example {@code forward}. */
    String method() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    String param(String name) {
      String v = params.get(name);
      if (v == null) {
        throw new IllegalArgumentException(benchmark + " has no parameter '" + name + "', got " + params);
      }
      return v;
    }

    /** Median measured iteration in milliseconds. */
    double median() {
      int n = iterationsMs.length;
      return n % 2 == 1 ? iterationsMs[n / 2] : (iterationsMs[n / 2 - 1] + iterationsMs[n / 2]) / 2;
    }

    private static double millisPer(String unit) {
      switch (unit) {
        case "s/op":
          return 1e3;
        case "ms/op":
          return 1;
        case "us/op":
          return 1e-3;
        case "ns/op":
          return 1e-6;
        default:
          throw new IllegalArgumentException("score unit must be s/op, ms/op, us/op or ns/op (run JMH in "
              + "average-time mode), got " + unit);
      }
    }

    @Override
    public String toString() {
      return benchmark + params + " " + scoreMs + " ms " + Arrays.toString(iterationsMs);
    }
  }

  /** A JMH number: JSON numbers, or the strings JMH writes for NaN and infinities. */
  static double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String str) {
      return Double.parseDouble(str);
    }
    throw new IllegalArgumentException("expected a number, got " + v);
  }
}
