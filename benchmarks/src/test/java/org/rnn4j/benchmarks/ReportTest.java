package org.rnn4j.benchmarks;

import org.rnn4j.core.io.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  /** Trimmed JMH 1.37 output: one cell result (ms/op, 2 forks), one char-rnn result (us/op, NaN error), one other. */
  private static final String SAMPLE = """
      [
          {
              "jmhVersion" : "1.37",
              "benchmark" : "org.rnn4j.benchmarks.cell.CellBenchmark.forwardBackward",
              "mode" : "avgt",
              "threads" : 1,
              "forks" : 2,
              "jvmArgs" : [ "--add-modules=jdk.incubator.vector" ],
              "params" : { "cell" : "lstm", "shape" : "c3", "threads" : "2" },
              "primaryMetric" : {
                  "score" : 50.5,
                  "scoreError" : 1.25,
                  "scoreConfidence" : [ 49.25, 51.75 ],
                  "scorePercentiles" : { "0.0" : 48.0, "50.0" : 50.0, "100.0" : 54.0 },
                  "scoreUnit" : "ms/op",
                  "rawData" : [ [ 54.0, 48.0 ], [ 50.0, 49.0, 51.0 ] ]
              },
              "secondaryMetrics" : { }
          },
          {
              "benchmark" : "org.rnn4j.benchmarks.training.CharRnnBenchmark.trainStep",
              "mode" : "avgt",
              "params" : { "batch" : "50", "hidden" : "128", "seqLength" : "50", "threads" : "1" },
              "primaryMetric" : {
                  "score" : 100000.0,
                  "scoreError" : "NaN",
                  "scoreUnit" : "us/op",
                  "rawData" : [ [ 100000.0 ] ]
              }
          },
          {
              "benchmark" : "org.rnn4j.benchmarks.math.GemmBenchmark.gemm",
              "params" : { "kernel" : "plain", "shape" : "NN:8x8x8" },
              "primaryMetric" : { "score" : 1.0E-1, "scoreError" : 0.0, "scoreUnit" : "us/op", "rawData" : [ [ 0.1 ] ] }
          }
      ]
      """;

  @Test
  void tabulatesCellsWithGflopsAndCharRnnWithCharsPerSecond() {
    String table = Report.render(SAMPLE);
    // LSTM c3: 3 * 2*64*(512+512)*2048*50 = 40.27 GFLOP over the median 50 ms = 805.3 GFLOP/s.
    assertTrue(table.contains("| lstm | c3 (64, 512, 512, 50) | 2 | forwardBackward | 50.500 ± 1.250 | 50.000 "
        + "| 48.000 | 54.000 | 805.3 |"), table);
    // 2,500 characters in 100 ms.
    assertTrue(table.contains("| 128 | 50 x 50 | 1 | 100.0 | 100.0 | 100.0 | 100.0 | 25000 |"), table);
    assertTrue(table.contains("Not tabulated here: org.rnn4j.benchmarks.math.GemmBenchmark.gemm"), table);
  }

  @Test
  void parsesJson() {
    Object v = Json.parse(" {\"a\": [1, -2.5e1, true, null, \"q\\\"\\u0041\"], \"b\": {}} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(5, ((List<?>) m.get("a")).size());
    assertEquals(-25.0, ((List<?>) m.get("a")).get(1));
    assertEquals(true, ((List<?>) m.get("a")).get(2));
    assertEquals(null, ((List<?>) m.get("a")).get(3));
    assertEquals("q\"A", ((List<?>) m.get("a")).get(4));
    assertEquals(Map.of(), m.get("b"));
    assertTrue(Double.isNaN(Report.number("NaN")));
    assertEquals(3.0, Report.number(3L));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
  }
}
