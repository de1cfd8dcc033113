package org.rnn4j.topology;

import java.util.Map;

/** Reading a topology's text configuration back, with messages naming the key. */
final class Configs {
  private Configs() {}

  /** The value of a required key. */
  static String get(Map<String, String> config, String key) {
    String v = config.get(key);
    if (v == null) {
      throw new IllegalArgumentException("config must contain '" + key + "', got keys " + config.keySet());
    }
    return v;
  }

  /** The value of an optional key, or {@code fallback}. */
  static String get(Map<String, String> config, String key, String fallback) {
    return config.getOrDefault(key, fallback);
  }

  /** An integer value. */
  static int integer(Map<String, String> config, String key) {
    String v = get(config, key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config '" + key + "' must be an integer, got '" + v + "'", e);
    }
  }

  /** A long value. */
  static long longValue(Map<String, String> config, String key) {
    String v = get(config, key);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config '" + key + "' must be an integer, got '" + v + "'", e);
    }
  }

  /** A floating-point value. */
  static double real(Map<String, String> config, String key) {
    String v = get(config, key);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config '" + key + "' must be a number, got '" + v + "'", e);
    }
  }

  /** A boolean value, {@code true} or {@code false}. */
  static boolean bool(Map<String, String> config, String key) {
    String v = get(config, key);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("config '" + key + "' must be true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  /** Requires the topology named in the configuration to be {@code expected}. */
  static void requireTopology(Map<String, String> config, String expected) {
    String v = get(config, "topology");
    if (!v.equals(expected)) {
      throw new IllegalArgumentException("config 'topology' must be " + expected + ", got '" + v + "'");
    }
  }
}
