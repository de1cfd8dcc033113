package org.rnn4j.core.optim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** Reads golden/optim/optim_golden.txt, written by core/src/test/python/optim_golden.py. */
final class Golden {
  private Golden() {}

  /** One tensor line: {@code kind step name shape values...}. */
  record Tensor(String kind, int step, String name, int[] shape, double[] values) {
    float[] floats() {
      float[] out = new float[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) values[i];
      }
      return out;
    }
  }

  /** A case: its name, its configuration and its records in file order. */
  record Case(String name, Map<String, String> config, List<Tensor> records) {
    double number(String key, double fallback) {
      String v = config.get(key);
      return v == null ? fallback : Double.parseDouble(v);
    }

    boolean flag(String key) {
      return Boolean.parseBoolean(config.getOrDefault(key, "false"));
    }

    List<Tensor> records(String kind, int step) {
      List<Tensor> out = new ArrayList<>();
      for (Tensor t : records) {
        if (t.kind.equals(kind) && t.step == step) {
          out.add(t);
        }
      }
      return out;
    }

    int lastStep() {
      int max = 0;
      for (Tensor t : records) {
        max = Math.max(max, t.step);
      }
      return max;
    }

    /** Fresh parameters holding the case's initial values. */
    ParamSet initialParams() {
      List<Param> params = new ArrayList<>();
      for (Tensor t : records("init", 0)) {
        Param p = t.shape.length == 1 ? Param.vector(t.name, t.shape[0])
            : Param.matrix(t.name, t.shape[0], t.shape[1]);
        System.arraycopy(t.floats(), 0, p.value().data, 0, p.size());
        params.add(p);
      }
      return ParamSet.of(params);
    }

    /** Writes the raw gradients of {@code step} into {@code params}. */
    void loadGrads(ParamSet params, int step) {
      for (Tensor t : records("grad", step)) {
        System.arraycopy(t.floats(), 0, params.get(t.name).grad().data, 0, t.values.length);
      }
    }

    /** The optimizer this case describes. */
    Optimizer optimizer() {
      double lr = number("lr", Double.NaN);
      switch (config.get("optimizer")) {
        case "sgd":
          return Sgd.builder().setLearningRate(lr).optMomentum(number("momentum", 0))
              .optDampening(number("dampening", 0)).optWeightDecay(number("weight_decay", 0))
              .optNesterov(flag("nesterov")).build();
        case "adagrad":
          return Adagrad.builder().setLearningRate(lr).optLrDecay(number("lr_decay", 0))
              .optWeightDecay(number("weight_decay", 0))
              .optInitialAccumulatorValue(number("initial_accumulator_value", 0)).optEps(number("eps", 1e-10))
              .build();
        case "rmsprop":
          return RmsProp.builder().setLearningRate(lr).optAlpha(number("alpha", 0.99)).optEps(number("eps", 1e-8))
              .optWeightDecay(number("weight_decay", 0)).optMomentum(number("momentum", 0))
              .optCentered(flag("centered")).build();
        case "adam":
        case "adamw":
          return Adam.builder().setLearningRate(lr).optBetas(number("beta1", 0.9), number("beta2", 0.999))
              .optEps(number("eps", 1e-8)).optWeightDecay(number("weight_decay", 0))
              .optDecoupledWeightDecay(config.get("optimizer").equals("adamw")).build();
        default:
          throw new IllegalArgumentException("unknown optimizer in golden case " + name + ": " + config);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static List<Case> cached;

  /** All cases in the file. */
  static synchronized List<Case> cases() {
    if (cached == null) {
      cached = read("/golden/optim/optim_golden.txt");
    }
    return cached;
  }

  /** The cases whose configuration has {@code key}. */
  static List<Case> casesWith(String key) {
    List<Case> out = new ArrayList<>();
    for (Case c : cases()) {
      if (c.config.containsKey(key)) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Case> read(String resource) {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] tok = line.trim().split("\\s+");
        if (tok[0].equals("case")) {
          Map<String, String> config = new LinkedHashMap<>();
          for (int i = 2; i < tok.length; i++) {
            String[] kv = tok[i].split("=", 2);
            config.put(kv[0], kv[1]);
          }
          cases.add(new Case(tok[1], config, new ArrayList<>()));
        } else {
          cases.get(cases.size() - 1).records.add(tensor(tok));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static Tensor tensor(String[] tok) {
    String[] dims = tok[3].split("x");
    int[] shape = new int[dims.length];
    int size = 1;
    for (int i = 0; i < dims.length; i++) {
      shape[i] = Integer.parseInt(dims[i]);
      size *= shape[i];
    }
    double[] values = new double[tok.length - 4];
    if (values.length != size) {
      throw new IllegalStateException("golden line has " + values.length + " values for shape " + tok[3] + ": "
          + String.join(" ", tok));
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = Double.parseDouble(tok[4 + i]);
    }
    return new Tensor(tok[0], Integer.parseInt(tok[1]), tok[2], shape, values);
  }
}
