package org.rnn4j.core.golden;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads golden tensor files such as {@code golden/cells/lstm.txt} (written by
 * {@code core/src/test/python/cell_golden.py}; see {@code golden/README.md}).
 *
 * <p>Format, line by line: {@code # comment} and blank lines are ignored; {@code attr <key> <value>} is a string
 * attribute; {@code tensor <name> <d0> <d1> ...} starts a row-major tensor (no dims = a scalar) whose
 * {@code d0*d1*...} numbers follow, whitespace separated over any number of lines.
 *
 * <pre>{@code
 * GoldenTensors g = GoldenTensors.load("golden/cells/lstm.txt");
 * float[] w = g.get("weight_ih_l0");   // [4H x X] row-major
 * int[] shape = g.shape("weight_ih_l0");
 * double loss = g.scalar("loss");
 * }</pre>
 */
public final class GoldenTensors {
  private record Tensor(int[] shape, double[] values) {}

  private final String source;
  private final Map<String, Tensor> tensors;
  private final Map<String, String> attrs;

  private GoldenTensors(String source, Map<String, Tensor> tensors, Map<String, String> attrs) {
    this.source = source;
    this.tensors = tensors;
    this.attrs = attrs;
  }

  /** Loads a classpath resource, e.g. {@code "golden/cells/lstm.txt"}. */
  public static GoldenTensors load(String resource) {
    InputStream in = GoldenTensors.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("golden resource not found on the classpath: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Parses text in the golden format; {@code source} names it in error messages. */
  public static GoldenTensors parse(String source, BufferedReader reader) throws IOException {
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    Map<String, String> attrs = new LinkedHashMap<>();
    String name = null;
    double[] values = null;
    int filled = 0;
    int startLine = 0;
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] w = s.split("\\s+");
      boolean keyword = w[0].equals("tensor") || w[0].equals("attr");
      if (keyword && name != null) {
        throw error(source, lineNo, "tensor '" + name + "' (line " + startLine + ") has " + filled + " of "
            + values.length + " values before '" + w[0] + "'");
      }
      if (w[0].equals("attr")) {
        if (w.length != 3 || attrs.putIfAbsent(w[1], w[2]) != null) {
          throw error(source, lineNo, "expected 'attr <key> <value>' with a new key, got: " + s);
        }
      } else if (w[0].equals("tensor")) {
        if (w.length < 2 || tensors.containsKey(w[1])) {
          throw error(source, lineNo, "expected 'tensor <name> <dims...>' with a new name, got: " + s);
        }
        int[] shape = new int[w.length - 2];
        int size = 1;
        for (int i = 0; i < shape.length; i++) {
          shape[i] = parseDim(source, lineNo, w[i + 2]);
          size = Math.multiplyExact(size, shape[i]);
        }
        name = w[1];
        startLine = lineNo;
        values = new double[size];
        filled = 0;
        tensors.put(name, new Tensor(shape, values));
      } else {
        if (name == null) {
          throw error(source, lineNo, "numbers outside a tensor (or too many values): " + s);
        }
        for (String tok : w) {
          if (filled == values.length) {
            throw error(source, lineNo, "tensor '" + name + "' has more than " + values.length + " values");
          }
          try {
            values[filled++] = Double.parseDouble(tok);
          } catch (NumberFormatException e) {
            throw error(source, lineNo, "not a number in tensor '" + name + "': '" + tok + "'");
          }
        }
      }
      if (name != null && filled == values.length) {
        name = null;
      }
    }
    if (name != null) {
      throw error(source, lineNo, "end of file: tensor '" + name + "' (line " + startLine + ") has " + filled
          + " of " + values.length + " values");
    }
    return new GoldenTensors(source, Collections.unmodifiableMap(tensors), Collections.unmodifiableMap(attrs));
  }

  private static int parseDim(String source, int lineNo, String tok) {
    try {
      int d = Integer.parseInt(tok);
      if (d >= 0) {
        return d;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw error(source, lineNo, "dimension must be an integer >= 0, got '" + tok + "'");
  }

  private static IllegalArgumentException error(String source, int line, String message) {
    return new IllegalArgumentException(source + ":" + line + ": " + message);
  }

  private Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) {
      throw new IllegalArgumentException(source + ": no tensor '" + name + "'; has " + tensors.keySet());
    }
    return t;
  }

  /** The values of a tensor as float32, row-major (a fresh copy). Values are written to round-trip float32. */
  public float[] get(String name) {
    double[] v = tensor(name).values();
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) v[i];
    }
    return out;
  }

  /** The values of a tensor in double, row-major (a fresh copy). */
  public double[] getDouble(String name) {
    return tensor(name).values().clone();
  }

  /** The values of a tensor as ints (e.g. {@code lengths}); fails if a value is not integral. */
  public int[] ints(String name) {
    double[] v = tensor(name).values();
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
      if (out[i] != v[i]) {
        throw new IllegalArgumentException(source + ": tensor '" + name + "' value " + v[i] + " is not an int");
      }
    }
    return out;
  }

  /** The dimensions of a tensor; empty for a scalar. */
  public int[] shape(String name) {
    return tensor(name).shape().clone();
  }

  /** The single value of a one-element tensor (e.g. {@code loss}), in double. */
  public double scalar(String name) {
    double[] v = tensor(name).values();
    if (v.length != 1) {
      throw new IllegalArgumentException(source + ": tensor '" + name + "' has shape "
          + Arrays.toString(shape(name)) + ", not a scalar");
    }
    return v[0];
  }

  /** Whether the file has a tensor of that name. */
  public boolean has(String name) {
    return tensors.containsKey(name);
  }

  /** Tensor names in file order. */
  public Set<String> names() {
    return tensors.keySet();
  }

  /** An {@code attr} value, e.g. {@code attr("cell")} is {@code "lstm"}. */
  public String attr(String key) {
    String v = attrs.get(key);
    if (v == null) {
      throw new IllegalArgumentException(source + ": no attr '" + key + "'; has " + attrs.keySet());
    }
    return v;
  }

  /** An integer {@code attr}, e.g. {@code intAttr("hidden_size")}. */
  public int intAttr(String key) {
    return Integer.parseInt(attr(key));
  }

  /** All attributes in file order. */
  public Map<String, String> attrs() {
    return attrs;
  }

  /** The resource or source name this was read from. */
  public String source() {
    return source;
  }
}
