package org.rnn4j.topology;

import java.util.Map;

/** Reads the typed settings of a topology's {@code config()} map back, naming a missing or malformed key. */
final class ConfigValues {
  private final Map<String, String> config;
  private final String topology;

  ConfigValues(Map<String, String> config, String topology) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    this.config = config;
    this.topology = topology;
    String actual = config.get("topology");
    if (actual != null && !actual.equals(topology)) {
      throw new IllegalArgumentException("config 'topology' must be " + topology + ", got '" + actual + "'");
    }
  }

  String get(String key) {
    String value = config.get(key);
    if (value == null) {
      throw new IllegalArgumentException(topology + " config must contain '" + key + "', got keys "
          + config.keySet());
    }
    return value;
  }

  int integer(String key) {
    try {
      return Integer.parseInt(get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(topology + " config '" + key + "' must be an integer, got '" + get(key)
          + "'", e);
    }
  }

  long longValue(String key) {
    try {
      return Long.parseLong(get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(topology + " config '" + key + "' must be an integer, got '" + get(key)
          + "'", e);
    }
  }

  boolean bool(String key) {
    String v = get(key).trim();
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(topology + " config '" + key + "' must be true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  double decimal(String key) {
    try {
      return Double.parseDouble(get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(topology + " config '" + key + "' must be a number, got '" + get(key)
          + "'", e);
    }
  }
}
