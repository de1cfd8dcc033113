package org.rnn4j.core.loss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.rnn4j.core.SequenceShape;

/** The known values written by {@code torch_losses.py} (test resource next to this package). */
final class TorchValues {
  private static final Map<String, double[]> VALUES = load();

  private TorchValues() {}

  static double[] get(String key) {
    double[] v = VALUES.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no key " + key + " in torch_losses.txt");
    }
    return v.clone();
  }

  static float[] floats(String key) {
    double[] v = get(key);
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = (float) v[i];
      if (f[i] != v[i]) {
        throw new IllegalStateException(key + "[" + i + "] is not a float32 value: " + v[i]);
      }
    }
    return f;
  }

  static int[] ints(String key) {
    double[] v = get(key);
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
    }
    return out;
  }

  /** The script's time-major layout: 3 steps of 2 sequences with lengths [3, 2]. */
  static SequenceShape shape() {
    return new SequenceShape(3, 2, ints("lengths"));
  }

  private static Map<String, double[]> load() {
    Map<String, double[]> values = new HashMap<>();
    try (InputStream in = TorchValues.class.getResourceAsStream("torch_losses.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        String[] parts = line.substring(colon + 1).trim().split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
          v[i] = Double.parseDouble(parts[i]);
        }
        values.put(line.substring(0, colon), v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
