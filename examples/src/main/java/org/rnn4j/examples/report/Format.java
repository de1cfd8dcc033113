package org.rnn4j.examples.report;

import java.util.Locale;

/** How reports and tables print numbers. */
public final class Format {
  private Format() {}

  /** A metric's value: a fraction with four decimals, a count as an integer, anything else as {@link #value}. */
  public static String metric(org.rnn4j.task.Metric m) {
    double v = m.value();
    if (m.unit().isEmpty() && Double.isFinite(v) && Math.abs(v) <= 1) {
      return String.format(Locale.ROOT, "%.4f", v);
    }
    return value(v);
  }

  /** An integer as an integer, anything else with four significant digits (at least three decimals). */
  public static String value(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return String.valueOf((long) v);
    }
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (Math.abs(v) >= 1) {
      return String.format(Locale.ROOT, "%.3f", v);
    }
    return String.format(Locale.ROOT, Math.abs(v) < 1e-3 ? "%.3g" : "%.4f", v);
  }
}
